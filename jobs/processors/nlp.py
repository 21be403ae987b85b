"""The spaCy French parser, loaded once per process and only when needed.

Most sentences never reach the parser (only those over the limit do), so
importing this module costs nothing until the first parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from jobs.processors.parse import Parse, from_doc
from jobs.spacy_models import load_once

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "fr_core_news_sm"
# The splitter needs tokens, morphology (VerbForm, Mood) and the dependency
# parse; named entities, lemmas and the statistical sentencer are dead weight.
EXCLUDED = ("ner", "lemmatizer", "senter")
BATCH_SIZE = 64


def get_nlp() -> Language:
    return load_once("splitter", _build)


def _build() -> Language:
    import spacy

    return spacy.load(MODEL, exclude=list(EXCLUDED))


def parse_many(texts: Iterable[str]) -> Iterator[Parse]:
    """Parse in batches; texts are prepared by the caller (see clauses)."""
    return (from_doc(doc) for doc in get_nlp().pipe(texts, batch_size=BATCH_SIZE))
