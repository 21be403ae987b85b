"""Scores a rewriter's short sentences against the hand-checked cases in rewrite_cases.yaml.

An output (the list of pieces produced for one source at one limit) is acceptable when it
matches one of the case's acceptable rewrites at that limit, piece for piece, after
normalising whitespace, the case of each piece's first letter and each piece's final
punctuation mark (". ! ? …", before any closing »). Pure functions: no Django, no processor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .rewrite_cases import CASES

LIMITS = (8, 12)

_FINAL_PUNCTUATION = re.compile(r"[\s.!?…]+$")


def normalise_piece(piece: str) -> str:
    """Whitespace collapsed, first letter lower-cased, final . ! ? … dropped (a closing » kept)."""
    text = " ".join(piece.split())
    closer = ""
    if text.endswith("»"):
        text, closer = text[:-1], " »"
    text = _FINAL_PUNCTUATION.sub("", text)
    for i, ch in enumerate(text):
        if ch.isalpha():
            text = text[:i] + ch.lower() + text[i + 1 :]
            break
    return text + closer


def _normalise(pieces: Iterable[str]) -> list[str]:
    return [normalise_piece(p) for p in pieces if p.strip()]


def judge(pieces: list[str], case: dict, limit: int) -> bool:
    """True when `pieces` matches one acceptable rewrite of `case` at `limit`.

    A limit marked `"fits": False` has no acceptable rewrite, so nothing passes there;
    pass_rate counts such limits apart instead of scoring them.
    """
    expected = case["limits"][limit]
    got = _normalise(pieces)
    return any(got == _normalise(rewrite) for rewrite in expected["acceptable"])


def _share(passed: int, total: int) -> dict:
    return {"passed": passed, "total": total, "share": passed / total if total else 0.0}


def pass_rate(outputs: dict[str, dict[int, list[str]]], cases: list[dict] | None = None) -> dict:
    """Share of acceptable outputs per limit and per category (and per limit within each category).

    `outputs` maps a case id to {limit: pieces}. Every case that fits at a limit counts: a
    missing output is a failure. Limits marked `"fits": False` are left out of the shares and
    counted under "unfit". Returns
    {"by_limit": {8: {"passed", "total", "share"}, 12: ...},
     "by_category": {category: {"passed", "total", "share", 8: {...}, 12: {...}}},
     "unfit": {8: n, 12: n}}.
    """
    cases = CASES if cases is None else cases
    by_limit = {limit: [0, 0] for limit in LIMITS}
    by_category: dict[str, dict[int, list[int]]] = {}
    unfit = dict.fromkeys(LIMITS, 0)
    for case in cases:
        category = by_category.setdefault(case["category"], {limit: [0, 0] for limit in LIMITS})
        for limit in LIMITS:
            if not case["limits"][limit]["fits"]:
                unfit[limit] += 1
                continue
            pieces = outputs.get(case["id"], {}).get(limit)
            ok = pieces is not None and judge(pieces, case, limit)
            for counter in (by_limit[limit], category[limit]):
                counter[0] += ok
                counter[1] += 1
    result_by_category = {}
    for name, counters in sorted(by_category.items()):
        entry = _share(sum(c[0] for c in counters.values()), sum(c[1] for c in counters.values()))
        entry.update({limit: _share(*counters[limit]) for limit in LIMITS})
        result_by_category[name] = entry
    return {
        "by_limit": {limit: _share(*by_limit[limit]) for limit in LIMITS},
        "by_category": result_by_category,
        "unfit": unfit,
    }
