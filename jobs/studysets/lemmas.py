"""French lemmas for matching list words to sentences.

The spaCy model is loaded once per process with only what its lemmatizer
needs (tok2vec, morphologizer, attribute_ruler, lemmatizer); parser, NER and
sentencer are excluded. A text becomes its *terms*: for every word, its
lemma and its folded surface form, with elisions (l', qu', jusqu', ...)
spelled out and case folded, so « L'aimait » holds "le" and "aimer".
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "fr_core_news_sm"
EXCLUDED = ("parser", "ner", "senter")
BATCH_SIZE = 256

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

_nlp: Language | None = None
_lock = threading.Lock()


def get_nlp() -> Language:
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    return _nlp


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
    surface = fold(token.text)
    lemma = fold(token.lemma_ or token.text)
    return frozenset((surface, lemma))


def doc_terms(doc: Doc) -> set[str]:
    terms: set[str] = set()
    for token in doc:
        if is_word(token):
            terms |= token_terms(token)
    return terms


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


def terms_of(texts: Iterable[str], **kwargs) -> list[set[str]]:
    return [doc_terms(doc) for doc in lemmatize_many(texts, **kwargs)]


def content_terms(doc: Doc, stop_words: frozenset[str]) -> list[frozenset[str]]:
    """The terms of each content word (not a stop word, by form or lemma): what drill mode checks."""
    out = []
    for token in doc:
        if not is_word(token):
            continue
        terms = token_terms(token)
        if terms & stop_words or token.is_stop:
            continue
        out.append(terms)
    return out


def french_stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset(fold(w) for w in STOP_WORDS)
