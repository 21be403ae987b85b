"""Whose verb is it: the checks that keep a coordinated verb from getting a subject that is not its own.

The small model often hangs a verb on the wrong one before it; these read the words between the two verbs
(another subject, a relative or "que" clause still open, a name set off by commas) and refuse where the
verb may be another's.
"""

from __future__ import annotations

from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.french import PERSONAL
from jobs.engine.processors.rewrite.tree import is_finite_word, subject_of
from jobs.engine.processors.rewrite.word_classes import (
    DE_FORMS,
    DETERMINERS,
    PARTICIPLE_ENDINGS,
    RELATIVE_OPENERS,
    SUBJECT_DEPS,
)
from jobs.engine.processors.rewrite.words import ADDED, Clause, Word

_CLAUSE_LINKS = frozenset({"car", "et", "mais", "or", "donc", "puis"})
_NOUN_OPENERS = DETERMINERS | {"tout", "toute", "tous", "toutes"}


def noun_set_off(host: Clause, verb: int) -> bool:
    """After the verb, a noun phrase or a name alone between commas or ending the host (", le blessé,", "et
    Florimond, Colbert le savait, était", "et l'amour, si longtemps contenu, jaillissait"): the next verb's own
    subject."""
    segment: list[Word] = []
    for w in (*host, None):
        if w is not None and w.text not in (",", ";"):
            segment.append(w)
            continue
        while segment and (segment[0].text.lower() in _CLAUSE_LINKS or segment[0].pos == "ADV" and len(segment) > 1):
            segment = segment[1:]  # ", car la duchesse, de retour de ..., achevait", ", souvent Charles, ..."
        first = segment[0] if segment else None
        if (
            first is not None
            and first.src > verb
            and (first.pos == "DET" or first.text.lower() in _NOUN_OPENERS or _name(first))
            and not any(x.pos in ("VERB", "AUX") or x.pos == "ADP" and x.text.lower() not in DE_FORMS for x in segment)
            and not absolute(segment)
        ):
            return True
        segment = []
    return False


def _name(w: Word) -> bool:
    return w.pos == "PROPN" and w.text[:1].isupper()  # a name


def dangling_before(host: Clause, subject: int) -> bool:
    """Right before the subject's clause, a name or noun phrase alone between commas: the subject of a verb
    still to come."""
    k = next((i for i, w in enumerate(host) if w.src == subject), None)
    if k is None or k < 2 or host[k - 1].text != ",":
        return False
    segment = []
    for w in reversed(host[: k - 1]):
        if w.text in (",", ";"):
            break
        segment.insert(0, w)
    while segment and segment[0].text.lower() in _CLAUSE_LINKS:
        segment = segment[1:]
    return (
        bool(segment)
        and any(w.pos in ("NOUN", "PROPN") for w in segment)
        and not any(w.pos in ("VERB", "AUX", "ADP", "ADJ") for w in segment)
    )


# Words opening a clause of their own: relatives, "que", indirect questions ("raconta comment ce garçon"),
# time clauses ("quand", "lorsque").
_CLAUSE_OPENERS = RELATIVE_OPENERS | {"comment", "pourquoi", "combien", "quand", "lorsque", "lorsqu'", "lorsqu’"}


def open_relative(doc, a: int, b: int) -> bool:
    """A relative, "que" or indirect question clause opens between a and b with no conjugated verb of its own
    before b ("Macha avait raconté comment ce beau garçon, au visage vermeil, s'était élancé")."""
    opener = max((i for i in range(a + 1, b) if doc[i].lower_ in _CLAUSE_OPENERS), default=None)
    return opener is not None and not any(is_finite_word(doc[i]) for i in range(opener + 1, b))


def que_between(doc, a: int, b: int) -> bool:
    """A subordinate or relative clause opens between the two verbs: the second may be its own."""
    return any(doc[i].lower_ in RELATIVE_OPENERS for i in range(a + 1, b))


def absolute(segment: list[Word]) -> bool:
    """ "les pieds tout crottés": a noun told with its state, no subject."""
    nouns = [k for k, w in enumerate(segment) if w.pos == "NOUN"]
    # the small model may call the participle a noun: its ending tells it
    return bool(nouns) and any(
        w.pos == "ADJ" or "VerbForm=Part" in w.morph or w.text.lower().endswith(PARTICIPLE_ENDINGS)
        for w in segment[nouns[0] + 1 :]
    )


def other_subject_between(doc, verb: Token, srcs: frozenset[int]) -> bool:
    """Between the coordinated verb and the one the parse gives it, the subject of another verb: a
    pronoun that is not the same person, or a noun."""
    subject = subject_of(doc, verb.head)
    return subject is not None and any(
        k in srcs
        and doc[k].head.i != verb.head.i
        and (another_person(doc[k], subject) or _named_subject(doc[k]) or _another_verb(doc[k]))
        for k in range(verb.head.i + 1, verb.i)
    )


def _another_verb(word: Token) -> bool:
    """ "..., Anne de Cuzance parlait d'autre chose et prouvait": a conjugated verb between the two (not one of
    the first's words: the caller skips those); the second may be its, whatever the parse says."""
    return word.pos_ == "VERB" and is_finite_word(word)


def _named_subject(word: Token) -> bool:
    """ "que « la coquine » promenait ..., Anne de Cuzance parlait d'autre chose et prouvait": a noun subject
    of another verb between the two; the second verb may be its."""
    return word.dep_ in ("nsubj", "nsubj:pass") and word.pos_ in ("NOUN", "PROPN")


def another_person(word: Token, subject: Token) -> bool:
    """A subject pronoun of another gender, number or person than the subject: "le vicomte ..., où elle"."""
    if word.dep_ not in SUBJECT_DEPS or word.lower_ not in PERSONAL or word.i == subject.i:
        return False
    return any(
        word.morph.get(key) and subject.morph.get(key) and word.morph.get(key) != subject.morph.get(key)
        for key in ("Gender", "Number", "Person")
    )


def not_the_last_subject(doc, host: Clause, subject: Token) -> bool:
    """ "... allumaient gaiement leurs feux, se séchaient": the noun after the last verb is its object;
    "ses cheveux étaient trempés, et de grosses gouttes ..., roulaient": ", et" and an article (or a name: "; et
    Rodolphe, de moins en moins, cacha") open a clause with a subject of its own."""
    if subject.lower_.startswith("-"):
        return False  # "répondit-il, et sortit"
    after = [w for w in host if w.src != ADDED and w.src > subject.i]
    if not any(is_finite_word(doc[w.src]) for w in after):
        return True
    if any(another_person(doc[w.src], subject) for w in after):
        return True  # "le vicomte disparut au bout de la galerie, où elle faillit tomber, et s'appuya": hers
    return any(
        a.text in (",", ";") and b.text.lower() == "et" and (c.pos in ("DET", "PROPN") or c.text.lower() in DE_FORMS)
        for a, b, c in zip(after, after[1:], after[2:], strict=False)
    )
