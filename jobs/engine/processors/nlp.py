"""The spaCy French parser, loaded once per process and only when needed.

Every body sentence of a book is parsed once, in batches; the parse gives
the splitter its tokens, morphology and dependencies, and gives each output
sentence its lemmas (stored with the sentence, so study sets never parse the
book again).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from jobs.engine.processors.parse import Parse, from_doc
from jobs.engine.spacy_models import load_once

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "fr_core_news_sm"
# The splitter needs tokens, morphology (VerbForm, Mood) and the dependency
# parse, the stored sentences their lemmas; named entities and the
# statistical sentencer are dead weight.
EXCLUDED = ("ner", "senter")
BATCH_SIZE = 64


def get_nlp() -> Language:
    return load_once("splitter", _build)


def _build() -> Language:
    import spacy

    nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    index_as_sets(nlp)
    return nlp


def index_as_sets(nlp: Language) -> None:
    """Turn the French rule lemmatizer's word index into sets.

    spaCy ships ``lemma_index`` as lists (66,000 verbs) and tests membership
    with ``in`` once per new (form, POS) and once per candidate rule: a linear
    scan that made the lemmatizer the slowest step. Sets hold the same words,
    so every lemma is unchanged.
    """
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for key in list(table.keys()):
        table[key] = frozenset(table[key])


def parse_many(texts: Iterable[str]) -> Iterator[Parse]:
    """Parse in batches; texts are prepared by the caller (see clauses)."""
    return (from_doc(doc) for doc in get_nlp().pipe(texts, batch_size=BATCH_SIZE))
