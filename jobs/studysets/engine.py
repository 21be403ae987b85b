"""Compute a study set from a book's sentences and a word list: pure (no ORM), shared by the actor and the bench."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from jobs.studysets import cover, lemmas

Progress = Callable[[int, str], None]  # (percent, step)


@dataclass(frozen=True, slots=True)
class BookSentence:
    sid: int
    text: str
    word_count: int
    position: int


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


def sentence_docs(sentences: Sequence[BookSentence], progress: Progress | None):
    """Lemmatize each distinct text once; yields (sentence, doc)."""
    texts = list(dict.fromkeys(s.text for s in sentences))
    total = max(len(texts), 1)

    def on_batch(done: int) -> None:
        if progress:
            progress(10 + int(70 * done / total), f"Reading sentence {done:,} of {total:,}")

    docs = dict(zip(texts, lemmas.lemmatize_many(texts, on_batch=on_batch), strict=True))
    return [(s, docs[s.text]) for s in sentences]


def compute(
    sentences: Sequence[BookSentence],
    words: Sequence[str],
    *,
    mode: str,
    max_words: int,
    drill_limit: int = 1000,
    progress: Progress | None = None,
) -> SetResult:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    patterns = list_patterns(words)
    matcher = cover.Matcher(patterns)
    docs = sentence_docs(sentences, progress)
    timings["lemmatize_s"] = round(time.perf_counter() - started, 3)
    if progress:
        progress(85, "Choosing sentences")
    started = time.perf_counter()
    if mode == "drill":
        result = _drill(docs, patterns, matcher, max_words=max_words, limit=drill_limit)
    else:
        result = _cover(docs, words, matcher, max_words=max_words)
    timings["choose_s"] = round(time.perf_counter() - started, 3)
    result.timings = timings
    return result


def _cover(docs, words: Sequence[str], matcher: cover.Matcher, *, max_words: int) -> SetResult:
    within: list[cover.Candidate] = []
    over: list[frozenset[int]] = []
    for s, doc in docs:
        found = matcher.match(lemmas.doc_terms(doc))
        if s.word_count > max_words:
            over.append(found)
        elif found:
            within.append(cover.Candidate(s.sid, s.word_count, s.position, found))
    chosen = cover.greedy_cover(within, rarity_of(words))
    credits = cover.credit((c.sid, c.words) for c in chosen)
    picks = [Pick(c.sid, credits[c.sid], sorted(c.words)) for c in chosen]
    missing, over_limit = cover.classify_uncovered(len(words), (c.words for c in within), over)
    index = {str(c.sid): [c.word_count, *sorted(c.words)] for c in within}
    return SetResult(picks, sum(len(p.words) for p in picks), missing, over_limit, index)


def _drill(docs, patterns, matcher: cover.Matcher, *, max_words: int, limit: int) -> SetResult:
    known: set[str] = set().union(*(keys for pattern in patterns for keys in pattern))
    stop = lemmas.french_stop_words()
    picks: list[Pick] = []
    covered: set[int] = set()
    for s, doc in sorted(docs, key=lambda pair: pair[0].position):
        if s.word_count > max_words:
            continue
        content = lemmas.content_terms(doc, stop)
        if not content or not all(terms & known for terms in content):
            continue
        found = sorted(matcher.match(lemmas.doc_terms(doc)))
        picks.append(Pick(s.sid, found, found))
        covered.update(found)
        if len(picks) >= limit:
            break
    return SetResult(picks, len(covered), [], [], {})
