"""Does a rewrite say what its original says, and nothing more?

Content words are the word forms left once French function words (spaCy's
French stop list: pronouns, articles, auxiliaries, copulas, "alors") are
taken out. A rewrite may add function words only, so its content forms
must all come from the original (invented content), and the original's
must all reach the pieces (content recall). Forms are compared as written,
lowercased, which is stricter than comparing lemmas: "finit" for "fini"
counts as both lost and invented; only a participle turned into the
imparfait of its verb ("donnant", "donnait") is the same word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.fr.stop_words import STOP_WORDS

_PART_RE = re.compile(r"[^\W_]+")
# Hyphenated inversions and elisions leave bits that are not words: "a-t-il", "qu'", "l'".
_NOT_CONTENT = frozenset(STOP_WORDS) | frozenset("abcdefghijklmnopqrstuvwxyz") | {"qu", "jusqu", "lorsqu", "puisqu"}


# A participle and the imparfait of its verb share a stem ("donnant",
# "donnait"): a rewrite may conjugate the one into the other.
_VERB_ENDING_RE = re.compile(r"(?:ant|ait|aient|ais)$")


def content_forms(text: str) -> list[str]:
    """The content words of a text, lowercased, split at apostrophes and hyphens."""
    return [w for w in _PART_RE.findall(text.lower()) if w not in _NOT_CONTENT]


def same_word(form: str) -> str:
    """What two forms of one word share: the form, or the stem a participle and its imparfait have."""
    return _VERB_ENDING_RE.sub("", form) if len(form) > 5 else form


@dataclass(frozen=True)
class Fidelity:
    original: int  # content words in the original
    kept: int  # of those, found in the pieces (as a multiset)
    output: int  # content words in the pieces
    invented: int  # of those, absent from the original

    @property
    def recall(self) -> float:
        return self.kept / self.original if self.original else 1.0

    @property
    def invented_share(self) -> float:
        return self.invented / self.output if self.output else 0.0

    def __add__(self, other: Fidelity) -> Fidelity:
        return Fidelity(
            self.original + other.original,
            self.kept + other.kept,
            self.output + other.output,
            self.invented + other.invented,
        )


NONE = Fidelity(0, 0, 0, 0)


def fidelity(original: str, pieces: Iterable[str]) -> Fidelity:
    wanted = Counter(same_word(w) for w in content_forms(original))
    got = Counter(same_word(w) for piece in pieces for w in content_forms(piece))
    kept = sum(min(n, got[w]) for w, n in wanted.items())
    invented = sum(n for w, n in got.items() if w not in wanted)
    return Fidelity(sum(wanted.values()), kept, sum(got.values()), invented)
