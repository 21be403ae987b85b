"""Each output sentence's words with their lemma and part of speech, from the parse the splitter already made.

A piece is made of the source sentence's words (plus, in the sentences
style, a few function words a rewrite adds: "il", "c'", "était"). Its words
keep the part of speech the parse gave them; their lemma is looked up in
the parse of the whole source sentence by (form, part of speech), so no
text is parsed twice. Stored per sentence as ``[surface, lemma, POS]``
lists; study sets fold them into lemmas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from jobs.engine.processors.parse import Parse

Term = tuple[str, str, str]  # (surface as in the text, lemma, universal POS)
Words = tuple[tuple[str, str], ...]  # (surface, POS) of a piece's words, in order

# What a rewrite adds that the source may not hold: the copula and auxiliary
# in the tenses it uses, "c'" before them.
ADDED_LEMMAS = {
    **dict.fromkeys(("est", "était", "fut", "sont", "étaient", "furent", "sera", "serait", "seront"), "être"),
    **dict.fromkeys(("a", "avait", "eut", "ont", "avaient", "eurent", "aura", "aurait"), "avoir"),
    "c'": "ce",
    "c’": "ce",
}


@lru_cache(maxsize=65536)
def has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def span_words(doc: Parse, start: int = 0, end: int | None = None) -> Words:
    """The words of ``doc`` whose first character falls in [start, end)."""
    stop = len(doc.text) if end is None else end
    return tuple((t.text, t.pos_) for t in doc if start <= t.idx < stop and has_letter(t.text))


class Lexicon:
    """Lemmas of one parsed source sentence, by (lower-case form, POS), then by form alone."""

    def __init__(self, doc: Parse) -> None:
        self.by_pos: dict[tuple[str, str], str] = {}
        self.by_form: dict[str, str] = {}
        for t in doc:
            if t.lemma_ and has_letter(t.text):
                self.by_pos.setdefault((t.lower_, t.pos_), t.lemma_)
                self.by_form.setdefault(t.lower_, t.lemma_)

    def lemma(self, surface: str, pos: str) -> str:
        lower = surface.lower()
        found = self.by_pos.get((lower, pos)) or self.by_form.get(lower)
        return found or ADDED_LEMMAS.get(lower, lower)

    def terms(self, words: Iterable[tuple[str, str]]) -> tuple[Term, ...]:
        return tuple((surface, self.lemma(surface, pos), pos) for surface, pos in words)


def stored(terms: Sequence[Term] | None) -> list[list[str]] | None:
    """As a Sentence row keeps them; None when the sentence was never parsed (nothing to say)."""
    return None if terms is None else [list(t) for t in terms]
