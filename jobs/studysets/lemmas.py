"""French lemmas for matching list words to sentences.

The spaCy model is loaded once per process with only what its lemmatizer
needs (tok2vec, morphologizer, lemmatizer); parser, NER and sentencer are
excluded, and the attribute ruler is replaced by the one rule the lemmatizer
reads (see space_pos). A text becomes its *analysis*: for every word, its
folded surface form and its folded lemma, with elisions (l', qu', jusqu', ...)
spelled out and case folded, so « L'aimait » holds "le" and "aimer". An
analysis is plain JSON-able data (a list of ``[surface, lemma]`` pairs), so a
book's analyses can be stored and reused by its next study set.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import metadata
from typing import TYPE_CHECKING

from jobs.spacy_models import load_once

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "fr_core_news_sm"
EXCLUDED = ("parser", "ner", "senter", "attribute_ruler")
BATCH_SIZE = 256
# Bump when fold() or analyse() change: stored analyses of another version are recomputed.
FORMAT = 1

Analysis = Sequence[Sequence[str]]  # [[surface, lemma], ...] for the words of a text

# Elided forms, spelled out (apostrophe already normalised to ').
ELISIONS = {
    "l": "le",
    "qu": "que",
    "j": "je",
    "d": "de",
    "n": "ne",
    "s": "se",
    "m": "me",
    "t": "te",
    "c": "ce",
    "jusqu": "jusque",
    "lorsqu": "lorsque",
    "puisqu": "puisque",
}
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})

PIPELINE = "studysets-lemmatizer"


def get_nlp() -> Language:
    return load_once(PIPELINE, _build)


def _build() -> Language:
    import spacy

    nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    _register_space_pos()
    nlp.add_pipe(SPACE_POS, before="lemmatizer")
    _index_as_sets(nlp)
    return nlp


SPACE_POS = "studysets_space_pos"


def _register_space_pos() -> None:
    from spacy.language import Language

    if not Language.has_factory(SPACE_POS):
        Language.component(SPACE_POS, func=space_pos)


def space_pos(doc: Doc) -> Doc:
    """The part of fr_core_news_sm's attribute ruler that the lemmatizer reads.

    The ruler's other rules copy POS into TAG (and fix MORPH and DEP), which
    the rule lemmatizer never reads; its Matcher cost more than the lemmatizer
    itself. Only these POS fixes change a lemma's input.
    """
    for token in doc:
        if token.is_space:
            token.pos_ = "SPACE"
        elif token.pos_ == "SPACE":
            token.pos_ = "X"
    return doc


def _index_as_sets(nlp: Language) -> None:
    """Turn the French rule lemmatizer's word index into sets.

    spaCy ships ``lemma_index`` as lists (66,000 verbs) and tests membership
    with ``in`` once per new (form, POS) and once per candidate rule: a linear
    scan that made the lemmatizer the slowest step. Sets hold the same words,
    so every lemma is unchanged.
    """
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for key in list(table.keys()):
        table[key] = frozenset(table[key])


def version() -> str:
    """What stored analyses depend on: the model's version and this module's format."""
    return f"{MODEL}-{metadata.version(MODEL)}-f{FORMAT}"


@functools.lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """Lower case, one apostrophe, NFC; an elided form becomes its full form (``L'`` -> ``le``)."""
    text = unicodedata.normalize("NFC", word).translate(APOSTROPHES).strip().lower()
    bare = text.rstrip("'")
    # "l'" in a sentence, "l" or "qu" alone in a list (wordfreq splits at the apostrophe).
    return ELISIONS.get(bare, text)


def is_word(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.text)


def token_terms(token: Token) -> frozenset[str]:
    """The keys a token answers to: its folded form and its folded lemma."""
    return frozenset(token_pair(token))


def token_pair(token: Token) -> tuple[str, str]:
    return fold(token.text), fold(token.lemma_ or token.text)


def analyse(doc: Doc) -> list[list[str]]:
    return [list(token_pair(token)) for token in doc if is_word(token)]


def prepare(text: str) -> str:
    # spaCy splits "l'eau" on the straight or curly apostrophe alike, but elision
    # folding is simpler with one kind.
    text = unicodedata.normalize("NFC", text).translate(APOSTROPHES)
    # The tagger reads an all-caps line (a heading, a shout) as proper nouns and keeps their forms.
    return text.lower() if text.isupper() else text


def lemmatize_many(
    texts: Iterable[str], *, on_batch: Callable[[int], None] | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Doc]:
    """Docs for ``texts`` in order; ``on_batch(done)`` after each batch (for progress)."""
    nlp = get_nlp()
    done = 0
    for doc in nlp.pipe((prepare(t) for t in texts), batch_size=batch_size):
        yield doc
        done += 1
        if on_batch and done % batch_size == 0:
            on_batch(done)


def analyse_many(texts: Iterable[str], **kwargs) -> Iterator[list[list[str]]]:
    for doc in lemmatize_many(texts, **kwargs):
        yield analyse(doc)


def terms(analysis: Analysis) -> set[str]:
    """Every key the text answers to: each word's folded form and lemma."""
    out: set[str] = set()
    for pair in analysis:
        out.update(pair)
    return out


def content_terms(analysis: Analysis, stop_words: frozenset[str]) -> list[frozenset[str]]:
    """The terms of each content word (neither its form nor its lemma a stop word): what drill mode checks."""
    out = []
    for pair in analysis:
        keys = frozenset(pair)
        if not keys & stop_words:
            out.append(keys)
    return out


def french_stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset(fold(w) for w in STOP_WORDS)
