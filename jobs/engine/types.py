"""The processor interface: source sentences in, short sentences out.

Processors are pure: no ORM, no Django settings access at call time beyond
what is passed in. The pipeline hands a processor one chunk's source
sentences (already segmented, each with its page and chapter) plus the
previous sentence as read-only context, and stores what it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

MIN_LIMIT = 3
MAX_LIMIT = 50

# How the local processor shortens a long sentence: rewrite it into short
# sentences that stand alone (adding only function words), or cut the
# author's exact words at clause boundaries.
STYLE_SENTENCES = "sentences"
STYLE_EXACT = "exact"
STYLES = (STYLE_SENTENCES, STYLE_EXACT)


@dataclass(frozen=True)
class ProcessorSettings:
    max_words: int = 8
    min_words: int = 2
    keep_dialogue_whole: bool = False
    keep_punctuation: bool = True
    processor: str = "local"
    tier: str = "balanced"
    style: str = STYLE_SENTENCES

    def as_dict(self) -> dict:
        return {
            "style": self.style,
            "max_words": self.max_words,
            "min_words": self.min_words,
            "keep_dialogue_whole": self.keep_dialogue_whole,
            "keep_punctuation": self.keep_punctuation,
            "processor": self.processor,
            "tier": self.tier,
        }

    @classmethod
    def from_dict(cls, data: dict) -> ProcessorSettings:
        known = cls.__dataclass_fields__.keys()
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of the book as segmented from the cleaned text."""

    text: str
    page: int
    chapter: str = ""
    is_heading: bool = False

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "page": self.page,
            "chapter": self.chapter,
            "is_heading": self.is_heading,
        }

    @classmethod
    def from_dict(cls, data: dict) -> SourceSentence:
        return cls(
            text=data["text"],
            page=int(data["page"]),
            chapter=data.get("chapter", ""),
            is_heading=bool(data.get("is_heading", False)),
        )


@dataclass(frozen=True)
class OutputSentence:
    """One short sentence, tied to the source sentence it came from."""

    text: str
    source_index: int  # index into the chunk's source sentences
    flags: tuple[str, ...] = ()
    # A subject with its finite verb (or an imperative), by the parse; None
    # when not judged (headings, sentences never parsed).
    stands_alone: bool | None = None
    # Each word as (surface, lemma, POS) from the same parse; None when never parsed (a heading).
    lemmas: tuple[tuple[str, str, str], ...] | None = None

    @property
    def word_count(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True)
class Usage:
    credits: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    requests: int = 0


@dataclass
class ChunkResult:
    sentences: list[OutputSentence] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)


class Processor(Protocol):
    name: str

    def process(
        self,
        sources: list[SourceSentence],
        *,
        context: str,
        settings: ProcessorSettings,
    ) -> ChunkResult: ...


def count_words(text: str) -> int:
    """Words as a learner counts them: tokens holding a letter or digit."""
    return sum(1 for tok in text.split() if _ALNUM_RE.search(tok))


# A character for which str.isalnum() holds: \w less the underscore (the same test, one regex call a token).
_ALNUM_RE = re.compile(r"[^\W_]")
