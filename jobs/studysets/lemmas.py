"""Lemmas as study sets count them: from the pipeline's parse of each sentence, with part of speech.

A sentence's words come stored with the lemma and part of speech its parse
gave them (``Sentence.lemmas``); this module turns them into the lemmas a
learner learns, fixing what the small model gets wrong in ways that would
credit a word the sentence does not hold:

- a function word (adverb, conjunction, preposition, pronoun) is its own
  lemma: "puis" is not "pouvoir", "elle" is not "lui" (a verb form the model
  tagged an adverb keeps its verb: "dormaient" is "dormir");
- after a determiner, a verb reading is a noun: "l'est" is the east, not
  "être"; "un as" is an ace;
- after a subject pronoun, a form of "être" or "avoir" is that verb: "tu as".

Word lists and known words hold word forms ("peuvent", "pu"); they are
folded to lemmas too, by the lemma the book itself gives each form, so one
verb is one entry, counted once. Pure (no ORM); spaCy is only loaded for
texts the pipeline never parsed (an edited sentence, an older job) and for
list forms the book lacks.
"""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jobs.engine.typography import TITLE_ABBREVIATIONS

Terms = Sequence[Sequence[str]]  # [[surface, lemma, POS], ...] as stored with a sentence

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

# Parts of speech whose words are their own lemma (the model's lookup table ignores the part of speech:
# it lemmatizes the adverb "puis" as "pouvoir"): names and numbers always, function words when they are one
# (a stop word, an adverb in -ment), not an open-class word the model tagged an adverb ("dormaient").
OWN_LEMMA_POS = frozenset({"PROPN", "NUM", "X", "SYM", "PRON"})
FUNCTION_POS = frozenset({"ADV", "CCONJ", "SCONJ", "ADP", "INTJ", "PART"})
# What a learner learns as a word: a name or a number is not one.
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
NOT_WORDS_POS = frozenset({"PROPN", "NUM", "SYM", "PUNCT", "SPACE", "X"})
DETERMINERS = frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "mon", "ton", "son"}
    | {"ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leur", "leurs", "quel", "quelle"}
)
# Titles before a name: part of the name, not words of the book to learn ("me" is the pronoun far more often
# than maître; "Monsieur" written out is a word).
TITLES = frozenset(title.lower() for title in TITLE_ABBREVIATIONS - {"Me"})
SUBJECT_PRONOUNS = frozenset({"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})
ETRE_AVOIR = {
    **dict.fromkeys(("suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez"), "être"),
    **dict.fromkeys(("étaient", "fus", "fut", "fûmes", "furent", "serai", "seras", "sera", "serons"), "être"),
    **dict.fromkeys(("ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez"), "avoir"),
    **dict.fromkeys(("avaient", "eus", "eut", "eûmes", "eurent", "aurai", "auras", "aura", "aurons"), "avoir"),
}


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case, one apostrophe, NFC; an elided form becomes its full form (``L'`` -> ``le``).

    A clitic's hyphen goes ("-il" -> "il", "-t-il" -> "il").
    """
    text = unicodedata.normalize("NFC", word).translate(APOSTROPHES).strip().lower()
    if text.startswith("-"):
        text = text.rsplit("-", 1)[-1]
    bare = text.rstrip("'")
    # "l'" in a sentence, "l" or "qu" alone in a list (wordfreq splits at the apostrophe).
    return ELISIONS.get(bare, text)


def word_lemma(surface: str, lemma: str, pos: str, previous: tuple[str, str] | None) -> str:
    """The lemma a learner learns for one word of a parsed sentence; ``previous`` is (folded form, POS)."""
    form = fold(surface)
    if pos in FUNCTION_POS and (form in french_stop_words() or form.endswith("ment") or lemma == form):
        return form
    if previous is not None:
        before, before_pos = previous
        if before in SUBJECT_PRONOUNS and form in ETRE_AVOIR:
            return ETRE_AVOIR[form]
        if before_pos == "DET" and before in DETERMINERS and pos in ("VERB", "AUX"):
            return form
    if pos in OWN_LEMMA_POS:
        return form
    return fold(lemma) if lemma else form


@dataclass(frozen=True, slots=True)
class Word:
    surface: str  # as written in the sentence
    lemma: str
    content: bool  # a word a learner learns (not a function word, a name or a number)
    counted: bool  # a word token of the book (names and numbers are not)


@functools.lru_cache(maxsize=500_000)
def reading(surface: str, lemma: str, pos: str, before: str | None, before_pos: str | None) -> tuple:
    """(folded form, learned lemma, content word, counted token) of one stored word after (``before``, its POS)."""
    previous = (before, before_pos) if before is not None else None
    learned = word_lemma(surface, lemma, pos, previous)
    counted = pos not in NOT_WORDS_POS and fold(surface) not in TITLES
    # "lorsque il" for a mis-tagged "lorsqu'il" is two function words, not a word to learn.
    content = counted and pos in CONTENT_POS and learned not in french_stop_words() and " " not in learned
    return fold(surface), learned, content, counted


def sentence_words(terms: Terms) -> list[Word]:
    """Each word of a sentence with the lemma a learner learns (stored terms hold only words with a letter)."""
    out: list[Word] = []
    before = before_pos = None
    for surface, lemma, pos in terms:
        folded, learned, content, counted = reading(surface, lemma, pos, before, before_pos)
        out.append(Word(surface, learned, content, counted))
        before, before_pos = folded, pos
    return out


def entry_parts(form: str) -> list[str]:
    """The words of a list entry; with an elision, also its pieces as the parser cuts them ("jusqu'", "à")."""
    out = []
    for part in form.split():
        out.append(part)
        out.extend(elided_pieces(part))
    return out


def elided_pieces(part: str) -> list[str]:
    head, apostrophe, tail = part.partition("'")
    return [fold(head + apostrophe), tail] if apostrophe and head and tail else []


def fold_forms(
    forms: Sequence[str], book: Mapping[str, Counter], lemma_counts: Mapping[str, int]
) -> list[tuple[str, ...]]:
    """Each list entry as lemmas (one per word of an expression).

    A form the book holds takes the lemma the book gives it most often ("est" -> "être",
    "puis" -> "puis"); an elided form the book holds cut in two, its two pieces' ("jusqu'à" -> "jusque à");
    another form, the candidate lemma the book uses most ("pourrait" -> "pouvoir"), else its noun, verb or
    adjective reading by the model's rules.
    """

    def in_book(part: str) -> list[str] | None:
        if part in book:
            return [part]
        pieces = elided_pieces(part)
        return pieces if pieces and all(p in book for p in pieces) else None

    absent = sorted({part for form in forms for part in form.split() if in_book(part) is None})
    guessed = cached_candidates(absent)
    out: list[tuple[str, ...]] = []
    for form in forms:
        lemmas = []
        for part in form.split():
            found = in_book(part)
            if found is not None:
                lemmas.extend(book[p].most_common(1)[0][0] for p in found)
                continue
            options = guessed[part]
            lemmas.append(max(options, key=lambda lemma: (lemma_counts.get(lemma, 0), -options.index(lemma))))
        out.append(tuple(lemmas))
    return out


CANDIDATES_KEY = "studysets:candidates:v1:{}"
CANDIDATES_TTL = 30 * 24 * 3600


def cached_candidates(forms: Sequence[str]) -> dict[str, list[str]]:
    """candidate_lemmas of forms, kept in the shared cache: they depend on the form and the model only, so a
    worker loads spaCy for them once per form, not for every set (the model's version is in the key)."""
    if not forms:
        return {}
    from django.core.cache import cache

    version = model_version()
    keys = {form: CANDIDATES_KEY.format(f"{version}:{form}") for form in forms}
    found = cache.get_many(list(keys.values()))
    out = {form: found[key] for form, key in keys.items() if key in found}
    fresh = [form for form in forms if form not in out]
    if fresh:
        computed = dict(zip(fresh, candidate_lemmas(fresh), strict=True))
        cache.set_many({keys[form]: options for form, options in computed.items()}, timeout=CANDIDATES_TTL)
        out.update(computed)
    return out


MODEL = "fr_core_news_sm"  # the pipeline's parser (jobs.engine.processors.nlp), named here so no spaCy import is needed


@functools.lru_cache(maxsize=1)
def model_version() -> str:
    from importlib import metadata

    return f"{MODEL}-{metadata.version(MODEL)}"


def candidate_lemmas(forms: Sequence[str]) -> Iterator[list[str]]:
    """Readings of bare forms, the model's first: its tag and lemma for the word alone (a form of "être" or
    "avoir" is that verb), then its lemmatizer rules for a noun, a verb, an adjective, then the form itself."""
    from spacy.tokens import Doc

    from jobs.engine.processors.nlp import get_nlp

    nlp = get_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    for form, doc in zip(forms, nlp.pipe(forms), strict=True):
        options: list[str] = []
        if form in ETRE_AVOIR:
            options.append(ETRE_AVOIR[form])
        elif len(doc) == 1:
            options.append(word_lemma(doc[0].text, doc[0].lemma_, doc[0].pos_, None))
        for pos in ("NOUN", "VERB", "ADJ"):
            for lemma in lemmatizer.rule_lemmatize(Doc(nlp.vocab, words=[form], pos=[pos])[0]):
                if lemma and fold(lemma) not in options:
                    options.append(fold(lemma))
        if form not in options:
            options.append(form)
        yield options


def parse_terms(texts: Sequence[str]) -> Iterator[list[list[str]]]:
    """Terms of texts the pipeline never parsed, by the pipeline's own parser and lexicon."""
    from jobs.engine.processors.clauses import parse_text
    from jobs.engine.processors.nlp import parse_many
    from jobs.engine.processors.terms import Lexicon, span_words, stored

    for doc in parse_many(parse_text(prepare(t)) for t in texts):
        yield stored(Lexicon(doc).terms(span_words(doc)))


def prepare(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # The tagger reads an all-caps line (a heading, a shout) as proper nouns and keeps their forms.
    return text.lower() if text.isupper() else text


@functools.lru_cache(maxsize=1)
def french_stop_words() -> frozenset[str]:
    """spaCy's French stop words, read from their module alone: importing spaCy costs seconds a set need not pay
    when every sentence's lemmas are stored."""
    spec = importlib.util.find_spec("spacy")
    path = Path(spec.submodule_search_locations[0]) / "lang" / "fr" / "stop_words.py"
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 (a word list)
    return frozenset(fold(w) for w in namespace["STOP_WORDS"])
