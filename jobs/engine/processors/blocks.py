"""A sentence as whitespace-separated blocks: the learner's words with their punctuation attached.

Every cut must fall on whitespace to keep the text lossless, so the cut
planner and the stand-alone judgement count, cut and join blocks, not the
parser's tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_BLOCK_RE = re.compile(r"\S+")
_ALNUM_RE = re.compile(r"\w")


@dataclass(frozen=True)
class Blocks:
    """The blocks of one sentence, by their character spans in its text."""

    text: str
    spans: tuple[tuple[int, int], ...]
    words: tuple[int, ...]  # 1 when the block holds a letter or digit

    @classmethod
    def of(cls, text: str) -> Blocks:
        spans = tuple(m.span() for m in _BLOCK_RE.finditer(text))
        words = tuple(1 if _ALNUM_RE.search(text, a, b) else 0 for a, b in spans)
        return cls(text, spans, words)

    @cached_property
    def strings(self) -> tuple[str, ...]:
        return tuple(self.text[a:b] for a, b in self.spans)

    def slice(self, i: int, j: int) -> str:
        return self.text[self.spans[i][0] : self.spans[j - 1][1]]
