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
LOOKUP_TABLE = "lemma_lookup"


def get_nlp() -> Language:
    return load_once("splitter", _build)


def _build() -> Language:
    import spacy
    from thinc.api import use_ops

    # thinc multiplies its matrices with blis unless told otherwise; numpy's
    # OpenBLAS makes the same products in about 60% of the time here, and
    # gave the same parse for every sentence of the five corpus books (40,608).
    # One thread: a worker process is one core's worth of work.
    one_blas_thread()
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    index_as_sets(nlp)
    lookups = nlp.get_pipe("lemmatizer").lookups
    lookups.set_table(LOOKUP_TABLE, PackedLookup(lookups.get_table(LOOKUP_TABLE)))
    return nlp


def one_blas_thread() -> None:
    """Keep numpy's OpenBLAS to one thread: left alone it runs one per core, and the parse gets slower."""
    import numpy  # noqa: F401  (loads the BLAS library threadpoolctl finds)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


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


class PackedLookup:
    """The French lemmatizer's last-resort table, packed: the same answers in far less memory.

    spaCy keeps ``lemma_lookup`` (217,000 forms) as a dict from each form's
    hash to a one-item list, every list and string its own object: about
    60 MB in each worker. Here the hashes sit sorted in one array, and each
    of the 36,000 distinct answers is one shared list. The lemmatizer only
    ever calls ``get``, with a form or its hash.
    """

    def __init__(self, table) -> None:
        import numpy as np
        from spacy.strings import get_string_id

        self._np, self._id = np, get_string_id
        answers: dict[tuple, int] = {}
        codes = [answers.setdefault(tuple(v), len(answers)) for v in table.values()]
        keys = np.fromiter(table.keys(), dtype=np.uint64, count=len(codes))
        order = np.argsort(keys)
        self._keys = keys[order]
        self._codes = np.asarray(codes, dtype=np.int32)[order]
        self._answers = [list(a) for a in answers]

    def get(self, key, default=None):
        h = self._np.uint64(self._id(key))
        i = int(self._np.searchsorted(self._keys, h))
        if i < len(self._keys) and self._keys[i] == h:
            return self._answers[self._codes[i]]
        return default

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        return len(self._keys)


def parse_many(texts: Iterable[str]) -> Iterator[Parse]:
    """Parse in batches; texts are prepared by the caller (see clauses)."""
    return (from_doc(doc) for doc in get_nlp().pipe(texts, batch_size=BATCH_SIZE))
