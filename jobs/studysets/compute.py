"""Compute a study set from a book's sentences: pure (no ORM), shared by the actor and the bench.

Everything is counted in lemmas (see lemmas): a list's forms are folded to
the lemmas they stand for, a sentence holds the lemmas of its own words, and
a sentence brings only lemmas whose words it holds.

Modes:
- cover: the fewest sentences within the length limit that hold every lemma of the list (known words skipped);
- drill: sentences whose every content word the learner knows (the list and their known words);
- book: the fewest stand-alone sentences that bring the learner to a share of the book's word tokens,
  in reading order, with the curve of that share against the number of sentences;
- one_new: sentences with exactly one content lemma the learner does not know, one per new word,
  the book's most frequent new words first.
"""

from __future__ import annotations

import heapq
import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from jobs.studysets import cover, lemmas

Progress = Callable[[int, str], None]  # (percent, step)

CURVE_MARKS = (80, 90, 95)
CURVE_POINTS = 120  # at most this many points kept for the drawn curve (plus every mark)


@dataclass(frozen=True, slots=True)
class BookSentence:
    sid: int
    text: str
    word_count: int
    position: int
    stands_alone: bool | None = None  # from the pipeline's parse; None: not judged
    terms: lemmas.Terms | None = None  # [[surface, lemma, POS], ...] of ``text``; None: never parsed
    chapter: str = ""
    edited: bool = False  # the learner's own text: parsed for the set, never stored as the pipeline's


@dataclass(frozen=True, slots=True)
class Pick:
    sid: int
    words: list[int]  # lemmas credited to this sentence (cover/book) or all it holds (drill/one_new)
    matches: list[int]  # every list lemma the sentence holds
    targets: list[str] = field(default_factory=list)  # the sentence's own words for ``words`` (highlighted)


@dataclass
class SetResult:
    picks: list[Pick]
    covered: int
    missing: list[int]
    over_limit: list[int]
    index: dict[str, list[int]]  # str(sid) -> [word_count, *list lemmas], within the limit
    words: list[str] = field(default_factory=list)  # the lemmas ``Pick.words`` index into
    known: int = 0  # list lemmas skipped because the learner knows them
    curve: list[list[float]] = field(default_factory=list)  # [[sentences, percent of tokens], ...] (book)
    marks: dict[str, int | None] = field(default_factory=dict)  # "80" -> sentences needed (book)
    reached: float = 0.0  # percent of the book's tokens understood with the set (book)
    timings: dict[str, float] = field(default_factory=dict)
    parsed: dict[int, list[list[str]]] = field(default_factory=dict)  # sid -> terms parsed now (to store)


@dataclass(frozen=True, slots=True)
class Read:
    """One sentence as the set sees it."""

    s: BookSentence
    terms: lemmas.Terms
    lemmas: frozenset[str]
    content: frozenset[str]
    counted: tuple[str, ...]  # the lemma of each word token (names and numbers apart)

    def surfaces(self, wanted: Sequence[str]) -> list[str]:
        """The sentence's own words for these lemmas, in sentence order."""
        keep = set(wanted)
        return [w.surface for w in lemmas.sentence_words(self.terms) if w.lemma in keep]


@dataclass
class Book:
    reads: list[Read]
    parsed: dict[int, list[list[str]]]  # sid -> terms parsed now (no stored ones)
    readings: dict[str, Counter]  # folded form -> lemmas the book gives it (forms asked for only)
    lemma_counts: Counter  # lemma -> word tokens


def rarity_of(patterns: Sequence[tuple[str, ...]], lemma_counts: Counter) -> list[float]:
    """Higher is rarer in this book: minus the log of the word tokens of its rarest lemma."""
    return [-math.log1p(min(lemma_counts.get(lemma, 0) for lemma in pattern)) for pattern in patterns]


def read_book(
    sentences: Sequence[BookSentence], *, forms: frozenset[str] = frozenset(), progress: Progress | None = None
) -> Book:
    """Each sentence's lemmas; sentences with no stored terms are parsed now. ``forms``: list forms whose
    readings in the book to count (what the book's "est" means)."""
    missing = [s for s in sentences if s.terms is None]
    parsed: dict[int, list[list[str]]] = {}
    if missing:
        if progress:
            progress(10, f"Reading {len(missing):,} sentences")
        parsed = dict(zip((s.sid for s in missing), lemmas.parse_terms([s.text for s in missing]), strict=True))
    reading = lemmas.reading
    readings: dict[str, Counter] = {form: Counter() for form in forms}
    lemma_counts: Counter = Counter()
    reads = []
    for s in sentences:
        terms = s.terms if s.terms is not None else parsed[s.sid]
        all_lemmas, content, counted = [], [], []
        before = before_pos = None
        for surface, lemma, pos in terms:
            folded, learned, is_content, is_counted = reading(surface, lemma, pos, before, before_pos)
            all_lemmas.append(learned)
            if is_content:
                content.append(learned)
            if is_counted:
                counted.append(learned)
            if folded in readings:
                readings[folded][learned] += 1
            before, before_pos = folded, pos
        lemma_counts.update(all_lemmas)
        reads.append(Read(s, terms, frozenset(all_lemmas), frozenset(content), tuple(counted)))
    return Book(reads, parsed, {form: c for form, c in readings.items() if c}, lemma_counts)


def fold_list(forms: Sequence[str], book: Book) -> tuple[list[str], list[tuple[str, ...]]]:
    """(distinct entries as lemma text, their lemma patterns), in list order: forms of one lemma count once."""
    folded = lemmas.fold_forms(forms, book.readings, book.lemma_counts)
    seen: dict[tuple[str, ...], None] = {}
    for pattern in folded:
        seen.setdefault(pattern, None)
    patterns = list(seen)
    return [" ".join(p) for p in patterns], patterns


def compute(
    sentences: Sequence[BookSentence],
    words: Sequence[str],
    *,
    mode: str,
    max_words: int,
    known: Sequence[str] = (),
    drill_limit: int = 1000,
    target_percent: int = 90,
    chapters: int = 0,
    progress: Progress | None = None,
) -> SetResult:
    """The set over ``sentences`` for list forms ``words``; ``known``: forms the learner already knows."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    forms = frozenset(part for form in [*words, *known] for part in lemmas.entry_parts(form))
    read = read_book(sentences, forms=forms, progress=progress)
    book, parsed = read.reads, read.parsed
    timings["read_s"] = round(time.perf_counter() - started, 3)
    timings["texts_parsed"] = len(parsed)
    started = time.perf_counter()
    entries, patterns = fold_list(words, read) if words else ([], [])
    _, known_patterns = fold_list(known, read) if known else ([], [])
    known_lemmas = {p[0] for p in known_patterns if len(p) == 1}
    timings["fold_s"] = round(time.perf_counter() - started, 3)
    if progress:
        progress(70, "Choosing sentences")
    started = time.perf_counter()
    if mode == "drill":
        result = _drill(book, entries, patterns, known_lemmas, max_words=max_words, limit=drill_limit)
    elif mode == "book":
        result = _book(_scope(book, chapters), known_lemmas, max_words=max_words, target=target_percent)
    elif mode == "one_new":
        known_all = known_lemmas | {p[0] for p in patterns if len(p) == 1}
        result = _one_new(book, known_all, max_words=max_words, limit=drill_limit)
    else:
        result = _cover(book, entries, patterns, known_lemmas, max_words=max_words, counts=read.lemma_counts)
    timings["choose_s"] = round(time.perf_counter() - started, 3)
    result.timings = timings
    result.parsed = parsed
    return result


def _scope(book: list[Read], chapters: int) -> list[Read]:
    """The sentences of the book's first ``chapters`` chapters (0: the whole book)."""
    if chapters <= 0:
        return book
    seen: list[str] = []
    out = []
    for r in sorted(book, key=lambda r: r.s.position):
        if r.s.chapter not in seen:
            if len(seen) == chapters:
                break
            seen.append(r.s.chapter)
        out.append(r)
    return out


def _cover(
    book: list[Read],
    entries: list[str],
    patterns: list[tuple[str, ...]],
    known: set[str],
    *,
    max_words: int,
    counts: Counter,
) -> SetResult:
    targets = [i for i, p in enumerate(patterns) if not (len(p) == 1 and p[0] in known)]
    wanted = [patterns[i] for i in targets]
    matcher = cover.Matcher([tuple(frozenset({lemma}) for lemma in p) for p in wanted])
    within: list[cover.Candidate] = []
    over: list[frozenset[int]] = []
    reads: dict[int, Read] = {}
    for r in book:
        found = matcher.match(r.lemmas)
        if r.s.word_count > max_words:
            over.append(found)
        elif found:
            within.append(cover.Candidate(r.s.sid, r.s.word_count, r.s.position, found, r.s.stands_alone))
            reads[r.s.sid] = r
    chosen = cover.greedy_cover(within, rarity_of(wanted, counts))
    credits = cover.credit((c.sid, c.words) for c in chosen)
    picks = [
        Pick(c.sid, credits[c.sid], sorted(c.words), reads[c.sid].surfaces(_lemmas(wanted, credits[c.sid])))
        for c in chosen
    ]
    missing, over_limit = cover.classify_uncovered(len(wanted), (c.words for c in within), over)
    index = {str(c.sid): [c.word_count, *sorted(c.words)] for c in within}
    result = SetResult(picks, sum(len(p.words) for p in picks), missing, over_limit, index)
    result.words = [entries[i] for i in targets]
    result.known = len(patterns) - len(targets)
    return result


def _lemmas(patterns: Sequence[tuple[str, ...]], indices: Sequence[int]) -> list[str]:
    return [lemma for i in indices for lemma in patterns[i]]


def _drill(
    book: list[Read],
    entries: list[str],
    patterns: list[tuple[str, ...]],
    known: set[str],
    *,
    max_words: int,
    limit: int,
) -> SetResult:
    allowed = known | {lemma for p in patterns for lemma in p}
    matcher = cover.Matcher([tuple(frozenset({lemma}) for lemma in p) for p in patterns])
    picks: list[Pick] = []
    covered: set[int] = set()
    for r in sorted(book, key=lambda r: r.s.position):
        if r.s.word_count > max_words or not r.content or not r.content <= allowed:
            continue
        found = sorted(matcher.match(r.lemmas))
        picks.append(Pick(r.s.sid, found, found, r.surfaces(_lemmas(patterns, found))))
        covered.update(found)
        if len(picks) >= limit:
            break
    result = SetResult(picks, len(covered), [], [], {})
    result.words = entries
    return result


def _one_new(book: list[Read], known: set[str], *, max_words: int, limit: int) -> SetResult:
    """For each lemma that is a sentence's only unknown content word, that sentence (the best one)."""
    frequency = Counter(lemma for r in book for lemma in r.content)
    best: dict[str, Read] = {}
    for r in book:
        if r.s.word_count > max_words:
            continue
        unknown = r.content - known
        if len(unknown) != 1:
            continue
        (lemma,) = unknown
        current = best.get(lemma)
        if current is None or _preference(r) < _preference(current):
            best[lemma] = r
    order = sorted(best, key=lambda lemma: (-frequency[lemma], best[lemma].s.position))[:limit]
    picks = [Pick(best[lemma].s.sid, [i], [i], best[lemma].surfaces([lemma])) for i, lemma in enumerate(order)]
    result = SetResult(picks, len(picks), [], [], {})
    result.words = order
    return result


def _preference(r: Read) -> tuple:
    return (cover.standing_of(r.s.stands_alone), r.s.word_count, r.s.position)


def _book(book: list[Read], known: set[str], *, max_words: int, target: int) -> SetResult:
    """Greedy: each step the stand-alone sentence whose new lemmas hold the most of the book's tokens."""
    weight = Counter(lemma for r in book for lemma in r.counted)
    total = sum(weight.values()) or 1
    understood = set(known) & set(weight)
    done = sum(weight[lemma] for lemma in understood)
    candidates = [r for r in book if r.s.stands_alone and r.s.word_count <= max_words and r.lemmas - understood]
    heap = [(-_gain(r, understood, weight), r.s.word_count, r.s.position, i) for i, r in enumerate(candidates)]
    heapq.heapify(heap)
    goal = max(target, max(CURVE_MARKS))
    chosen: list[tuple[Read, list[str]]] = []
    curve = [[0, round(100 * done / total, 2)]]
    marks: dict[str, int | None] = {str(m): (0 if 100 * done / total >= m else None) for m in CURVE_MARKS}
    picked_at_target = 0 if 100 * done / total >= target else None
    while heap and 100 * done / total < goal:
        key, wc, position, i = heapq.heappop(heap)
        r = candidates[i]
        gain = _gain(r, understood, weight)
        if gain == 0:
            continue
        if -gain != key:
            heapq.heappush(heap, (-gain, wc, position, i))
            continue
        new = sorted(lemma for lemma in r.lemmas - understood if weight[lemma])
        understood.update(new)
        done += gain
        chosen.append((r, new))
        percent = round(100 * done / total, 2)
        curve.append([len(chosen), percent])
        for m in CURVE_MARKS:
            if marks[str(m)] is None and percent >= m:
                marks[str(m)] = len(chosen)
        if picked_at_target is None and percent >= target:
            picked_at_target = len(chosen)
    count = picked_at_target if picked_at_target is not None else len(chosen)
    in_set = chosen[:count]
    lemma_ids: dict[str, int] = {}
    picks = []
    for r, new in sorted(in_set, key=lambda pair: pair[0].s.position):
        ids = [lemma_ids.setdefault(lemma, len(lemma_ids)) for lemma in new]
        content = [lemma for lemma in new if lemma in r.content]
        picks.append(Pick(r.s.sid, ids, ids, r.surfaces(content)))
    reached = curve[count][1] if count < len(curve) else curve[-1][1]
    result = SetResult(picks, len(lemma_ids), [], [], {})
    result.words = list(lemma_ids)
    result.curve = thin_curve(curve, [marks[str(m)] for m in CURVE_MARKS] + [count])
    result.marks = marks
    result.reached = reached
    return result


def _gain(r: Read, understood: set[str], weight: Counter) -> int:
    return sum(weight[lemma] for lemma in r.lemmas if lemma not in understood)


def thin_curve(curve: list[list[float]], keep: Sequence[int | None]) -> list[list[float]]:
    """At most CURVE_POINTS evenly spaced points, plus the first, the last and the marked ones."""
    if len(curve) <= CURVE_POINTS:
        return curve
    step = len(curve) / CURVE_POINTS
    wanted = {round(k * step) for k in range(CURVE_POINTS)} | {0, len(curve) - 1}
    wanted |= {k for k in keep if k is not None and k < len(curve)}
    return [curve[k] for k in sorted(wanted)]
