"""Compare a job's output with a book's source text: words kept, in order."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    return _WORD.findall(text)


def in_order_share(reference: list[str], output: list[str], *, window: int = 30, resync_after: int = 20) -> float:
    """Share of reference words found in the output in the same order.

    Greedy alignment: each reference word matches its next occurrence in the
    output within ``window`` words of the previous match. After a run of
    misses (a passage missing from one side) the cursor re-synchronises on
    the nearest place where the next four reference words appear together, so one gap
    costs only its own words.
    """
    positions: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(output):
        positions[w].append(i)
    grams: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(output) - 3):
        grams[tuple(output[i : i + 4])].append(i)
    cursor = found = misses = 0
    for i, w in enumerate(reference):
        occ = positions.get(w, [])
        k = bisect.bisect_left(occ, cursor)
        if k < len(occ) and occ[k] - cursor <= window:
            found += 1
            cursor = occ[k] + 1
            misses = 0
            continue
        misses += 1
        if misses >= resync_after:
            starts = grams.get(tuple(reference[i + 1 : i + 5]), [])
            if starts:  # the nearest place, behind or ahead: the cursor may have overshot a gap
                cursor, misses = min(starts, key=lambda p: abs(p - cursor)), 0
    return found / max(len(reference), 1)


def book_words(path: Path) -> list[str]:
    return words(path.read_text(encoding="utf-8"))
