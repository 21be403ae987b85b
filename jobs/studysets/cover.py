"""Pure set cover over list words: which sentences to keep, which to offer in a swap.

Words are list indices (ints); a sentence is the set of list words it holds.
Nothing here touches the database or spaCy.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Pattern = tuple[frozenset[str], ...]  # one key set per token of a list entry


@dataclass(frozen=True, slots=True)
class Candidate:
    sid: int
    word_count: int
    position: int
    words: frozenset[int]
    stands_alone: bool | None = None  # None: not judged


def standing(c: Candidate) -> int:
    return standing_of(c.stands_alone)


def standing_of(stands_alone: bool | None) -> int:
    """0 for a sentence that stands alone, 1 when not judged, 2 for a fragment: lower is learned first."""
    return 1 if stands_alone is None else (0 if stands_alone else 2)


class Matcher:
    """Which list entries a sentence's terms hold; an entry of several tokens needs every token."""

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = patterns
        self.rest = [pattern[1:] for pattern in patterns]  # the tokens after the first, checked per sentence
        self.by_key: dict[str, list[int]] = {}
        for index, pattern in enumerate(patterns):
            if not pattern:
                continue
            for key in pattern[0]:
                self.by_key.setdefault(key, []).append(index)

    def match(self, terms: set[str] | frozenset[str]) -> frozenset[int]:
        found: set[int] = set()
        for term in terms:
            for index in self.by_key.get(term, ()):
                rest = self.rest[index]
                if not rest or all(keys & terms for keys in rest):
                    found.add(index)
        return frozenset(found)


def _key(c: Candidate, new: frozenset[int] | set[int], rarity: Sequence[float]) -> tuple:
    # Most new words first; among as many, a sentence that stands alone before one not judged before a
    # fragment (never at the cost of a new word, so the set stays as small), then the shorter sentence,
    # then the rarer words, then book order.
    return (-len(new), standing(c), c.word_count, -round(sum(rarity[w] for w in new), 6), c.position, c.sid)


def greedy_cover(candidates: Sequence[Candidate], rarity: Sequence[float]) -> list[Candidate]:
    """Greedy set cover with lazy re-evaluation (a sentence's key only gets worse as words get covered)."""
    uncovered: set[int] = set().union(*(c.words for c in candidates)) if candidates else set()
    heap = [(_key(c, c.words, rarity), i) for i, c in enumerate(candidates) if c.words]
    heapq.heapify(heap)
    chosen: list[Candidate] = []
    while heap and uncovered:
        key, i = heapq.heappop(heap)
        candidate = candidates[i]
        new = candidate.words & uncovered
        if not new:
            continue
        fresh = _key(candidate, new, rarity)
        if fresh != key:
            heapq.heappush(heap, (fresh, i))
            continue
        chosen.append(candidate)
        uncovered -= new
    return prune(chosen)


def prune(chosen: list[Candidate]) -> list[Candidate]:
    """Drop any sentence whose words the others all hold (longest first), so no sentence is superfluous."""
    counts = Counter(w for c in chosen for w in c.words)
    dropped: set[int] = set()
    for c in sorted(chosen, key=lambda c: (-c.word_count, -c.position)):
        if all(counts[w] > 1 for w in c.words):
            dropped.add(c.sid)
            counts.subtract(c.words)
    return [c for c in chosen if c.sid not in dropped]


def credit(chosen: Iterable[tuple[int, Iterable[int]]]) -> dict[int, list[int]]:
    """The words each chosen sentence brings, in rank order: those no earlier sentence holds."""
    seen: set[int] = set()
    out: dict[int, list[int]] = {}
    for sid, words in chosen:
        new = sorted(set(words) - seen)
        seen.update(new)
        out[sid] = new
    return out


def unique_words(target: int, chosen: dict[int, frozenset[int]]) -> frozenset[int]:
    """The words only ``target`` holds among the chosen sentences: what a replacement must hold."""
    others: set[int] = set()
    for sid, words in chosen.items():
        if sid != target:
            others |= words
    return chosen[target] - others


def alternatives(
    target: int, chosen: dict[int, frozenset[int]], pool: dict[int, tuple[int, frozenset[int]]], *, limit: int
) -> list[int]:
    """Sentences not chosen that hold every word only ``target`` brings; shortest, then most list words, first.

    ``pool`` maps sentence id to (word count, list words) for every sentence within the length limit.
    """
    needed = unique_words(target, chosen)
    found = [
        (wc, -len(words), sid) for sid, (wc, words) in pool.items() if sid not in chosen and needed <= words and words
    ]
    return [sid for _, _, sid in sorted(found)[:limit]]


def classify_uncovered(
    n_words: int, in_limit: Iterable[frozenset[int]], over_limit: Iterable[frozenset[int]]
) -> tuple[list[int], list[int]]:
    """(words in no sentence of the book, words only in sentences over the length limit)."""
    reachable: set[int] = set().union(*in_limit)
    long_only: set[int] = set().union(*over_limit) - reachable
    missing = [w for w in range(n_words) if w not in reachable and w not in long_only]
    return missing, sorted(long_only)
