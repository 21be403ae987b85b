"""Compute a study set from a book's sentences and a word list: pure (no ORM), shared by the actor and the bench."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from jobs.studysets import cover, lemmas

Progress = Callable[[int, str], None]  # (percent, step)


@dataclass(frozen=True, slots=True)
class BookSentence:
    sid: int
    text: str
    word_count: int
    position: int
    stands_alone: bool | None = None  # from the pipeline's parse; None: not judged


@dataclass(frozen=True, slots=True)
class Pick:
    sid: int
    words: list[int]  # list words credited to this sentence (cover) or all it holds (drill)
    matches: list[int]  # every list word the sentence holds


@dataclass
class SetResult:
    picks: list[Pick]
    covered: int
    missing: list[int]
    over_limit: list[int]
    index: dict[str, list[int]]  # str(sid) -> [word_count, *list words], within the limit
    timings: dict[str, float] = field(default_factory=dict)
    analyses: dict[str, lemmas.Analysis] = field(default_factory=dict)  # by text, for the next run on the book


def rarity_of(words: Sequence[str]) -> list[float]:
    """Higher is rarer (8 minus wordfreq's Zipf frequency)."""
    from wordfreq import zipf_frequency

    return [8.0 - zipf_frequency(w, "fr") for w in words]


def list_patterns(words: Sequence[str]) -> list[cover.Pattern]:
    """Each list entry lemmatized like the sentences: one key set per word of the entry."""
    out: list[cover.Pattern] = []
    for word, doc in zip(words, lemmas.lemmatize_many(words), strict=True):
        keys = tuple(lemmas.token_terms(t) for t in doc if lemmas.is_word(t))
        out.append(keys or (frozenset({lemmas.fold(word)}),))
    return out


def analyse_texts(
    texts: Sequence[str], *, known: Mapping[str, lemmas.Analysis] | None = None, progress: Progress | None = None
) -> tuple[dict[str, lemmas.Analysis], int]:
    """The analysis of each distinct text, lemmatizing only those ``known`` lacks; (analyses, how many were new)."""
    known = known or {}
    distinct = list(dict.fromkeys(texts))
    out: dict[str, lemmas.Analysis] = {t: known[t] for t in distinct if t in known}
    fresh = [t for t in distinct if t not in out]
    total = max(len(fresh), 1)

    def on_batch(done: int) -> None:
        if progress:
            progress(10 + int(70 * done / total), f"Reading sentence {done:,} of {total:,}")

    out.update(zip(fresh, lemmas.analyse_many(fresh, on_batch=on_batch), strict=True))
    return out, len(fresh)


def compute(
    sentences: Sequence[BookSentence],
    words: Sequence[str],
    *,
    mode: str,
    max_words: int,
    drill_limit: int = 1000,
    progress: Progress | None = None,
    known: Mapping[str, lemmas.Analysis] | None = None,
) -> SetResult:
    """The set for ``words`` over ``sentences``; ``known`` holds analyses from an earlier run (by text)."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    patterns = list_patterns(words)
    matcher = cover.Matcher(patterns)
    analyses, fresh = analyse_texts([s.text for s in sentences], known=known, progress=progress)
    timings["lemmatize_s"] = round(time.perf_counter() - started, 3)
    timings["texts_lemmatized"] = fresh
    if progress:
        progress(85, "Choosing sentences")
    started = time.perf_counter()
    pairs = [(s, analyses[s.text]) for s in sentences]
    if mode == "drill":
        result = _drill(pairs, patterns, matcher, max_words=max_words, limit=drill_limit)
    else:
        result = _cover(pairs, words, matcher, max_words=max_words)
    timings["choose_s"] = round(time.perf_counter() - started, 3)
    result.timings = timings
    result.analyses = analyses
    return result


def _cover(pairs, words: Sequence[str], matcher: cover.Matcher, *, max_words: int) -> SetResult:
    within: list[cover.Candidate] = []
    over: list[frozenset[int]] = []
    for s, analysis in pairs:
        found = matcher.match(lemmas.terms(analysis))
        if s.word_count > max_words:
            over.append(found)
        elif found:
            within.append(cover.Candidate(s.sid, s.word_count, s.position, found, s.stands_alone))
    chosen = cover.greedy_cover(within, rarity_of(words))
    credits = cover.credit((c.sid, c.words) for c in chosen)
    picks = [Pick(c.sid, credits[c.sid], sorted(c.words)) for c in chosen]
    missing, over_limit = cover.classify_uncovered(len(words), (c.words for c in within), over)
    index = {str(c.sid): [c.word_count, *sorted(c.words)] for c in within}
    return SetResult(picks, sum(len(p.words) for p in picks), missing, over_limit, index)


def _drill(pairs, patterns, matcher: cover.Matcher, *, max_words: int, limit: int) -> SetResult:
    known: set[str] = set().union(*(keys for pattern in patterns for keys in pattern))
    stop = lemmas.french_stop_words()
    picks: list[Pick] = []
    covered: set[int] = set()
    for s, analysis in sorted(pairs, key=lambda pair: pair[0].position):
        if s.word_count > max_words:
            continue
        content = lemmas.content_terms(analysis, stop)
        if not content or not all(terms & known for terms in content):
            continue
        found = sorted(matcher.match(lemmas.terms(analysis)))
        picks.append(Pick(s.sid, found, found))
        covered.update(found)
        if len(picks) >= limit:
            break
    return SetResult(picks, len(covered), [], [], {})
