"""Quality figures of a processor's output, measured rather than assumed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jobs.processors.base import OutputSentence, ProcessorSettings, SourceSentence, count_words
from jobs.processors.clauses import Chunks, analyse, parse_text, stands_alone
from jobs.processors.nlp import parse_many
from jobs.processors.split import FLAG_OVER_LIMIT_DIALOGUE

_WORD_RE = re.compile(r"\w+(?:[’'-]\w+)*")


@dataclass(frozen=True)
class Quality:
    sentences: int
    within_limit: float  # share of body sentences within the word limit
    standalone: float | None  # share with a subject and finite verb; None if not measured
    coverage: float  # share of source word occurrences found in the output
    over_limit_dialogue: int  # dialogue kept whole over the limit on request

    def as_dict(self) -> dict:
        return {
            "sentences": self.sentences,
            "within_limit": self.within_limit,
            "standalone": self.standalone,
            "coverage": self.coverage,
            "over_limit_dialogue": self.over_limit_dialogue,
        }


def word_tokens(text: str) -> list[str]:
    """Lowercased words, apostrophe and hyphen compounds kept whole."""
    return _WORD_RE.findall(text.lower())


def coverage(sources: Iterable[str], outputs: Iterable[str]) -> float:
    """Multiset share of source words present in the output (1.0 when lossless)."""
    wanted = Counter(w for text in sources for w in word_tokens(text))
    total = sum(wanted.values())
    if not total:
        return 1.0
    got = Counter(w for text in outputs for w in word_tokens(text))
    found = sum(min(n, got[w]) for w, n in wanted.items())
    return found / total


def within_limit_share(texts: Sequence[str], max_words: int) -> float:
    if not texts:
        return 1.0
    return sum(1 for t in texts if count_words(t) <= max_words) / len(texts)


def standalone_flags(texts: Sequence[str]) -> list[bool]:
    """Whether each text holds a subject with its finite verb (or an imperative)."""
    flags = []
    for text, doc in zip(texts, parse_many(parse_text(t) for t in texts), strict=True):
        analysis = analyse(Chunks.of(text), doc, cuts=False)
        n = len(analysis.chunks.spans)
        flags.append(stands_alone(analysis, 0, n))
    return flags


def standalone_share(texts: Sequence[str]) -> float:
    if not texts:
        return 1.0
    flags = standalone_flags(texts)
    return sum(flags) / len(flags)


def measure(
    sources: Sequence[SourceSentence],
    outputs: Sequence[OutputSentence],
    settings: ProcessorSettings,
    *,
    with_standalone: bool = True,
) -> Quality:
    """Figures over body sentences; headings are neither limited nor verbs."""
    body = [o.text for o in outputs if "heading" not in o.flags]
    return Quality(
        sentences=len(body),
        within_limit=within_limit_share(body, settings.max_words),
        standalone=standalone_share(body) if with_standalone else None,
        coverage=coverage((s.text for s in sources), (o.text for o in outputs)),
        over_limit_dialogue=sum(1 for o in outputs if FLAG_OVER_LIMIT_DIALOGUE in o.flags),
    )
