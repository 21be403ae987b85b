"""Whether a candidate sentence is whole: a verb of its own, no relative left without its verb, nothing taken
out of it that a word left behind still hangs on.

The search (jobs.engine.processors.rewrite.search) refuses a candidate holding a part that fails these; the
rules ask some of them before they make one. The small model's tags are read with care: it calls some past
tenses adverbs and hangs objects on the nearest noun.
"""

from __future__ import annotations

from jobs.engine.processors import subjects
from jobs.engine.processors.clause_words import COMPLEMENT_MARKS, FINITE_HELPERS, NEGATION_CLOSERS
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.tree import is_finite_word
from jobs.engine.processors.rewrite.word_classes import NOMINAL, PARTICIPLES_LIKE_VERBS, PASSE_SIMPLE_RE, SUBJECT_DEPS
from jobs.engine.processors.rewrite.words import ADDED, Clause


def leaves_relative_open(clause: Clause) -> bool:
    """ "ce prince russe, qui, du premier coup d'œil.", "qu'une cuisinière, autrefois.": a relative pronoun or a
    conjunction whose verb went to another sentence."""
    srcs = {w.src for w in clause}
    for k, w in enumerate(clause):
        if w.src == ADDED or not ("PronType=Rel" in w.morph or w.dep == "mark"):
            continue
        if w.head not in srcs:
            return True
        if "PronType=Rel" in w.morph and not any(x.pos in ("VERB", "AUX") for x in clause[k + 1 :]):
            return True  # the parse hung it on a noun, but no verb follows it
    return False


def ends_elided(clause: Clause) -> bool:
    """ "Vous voudrez le nom, c'.": the last word is elided before one that went to another sentence."""
    words = [w for w in clause if w.pos != "PUNCT"]
    return bool(words) and words[-1].text.endswith(("'", "’"))


def in_parentheses(clause: Clause) -> set[int]:
    """The sources of the words between "(" and ")"."""
    inside, depth = set(), 0
    for w in clause:
        if w.text.startswith("("):
            depth += 1
        if depth:
            inside.add(w.src)
        if w.text.endswith(")"):
            depth = max(0, depth - 1)
    return inside


def has_verb(clause: Clause) -> bool:
    """A sentence needs a verb: "Le juge en habit de cour." has none ("voilà" and "voici" act as one).

    The small model tags some verbs as adverbs ("entouraient", "tournèrent"): a past-tense ending on a word
    that is no noun, article or preposition counts too."""
    if any(w.pos in ("VERB", "AUX") or w.text.lower() in ("voilà", "voici") for w in clause):
        return True
    return has_finite(clause)


_NOT_VERB_TAGS = frozenset({"NOUN", "PROPN", "DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "NUM"})


def has_finite(clause: Clause) -> bool:
    """A conjugated verb, by its tag or, where the small model tags it an adverb, by its past-tense ending."""
    previous = None
    for w in clause:
        lower = w.text.lower()
        if "VerbForm=Fin" in w.morph:
            return True
        verbal = subjects.NARRATIVE_ENDING_RE.search(lower) or lower.endswith("ent")
        if "VerbForm=Part" in w.morph and lower.endswith(PARTICIPLES_LIKE_VERBS):
            verbal = False  # "il avait combattu, fait la campagne": "fait", "écrit" are participles here
        if verbal and w.pos not in _NOT_VERB_TAGS and lower not in subjects.NOT_A_VERB_WORDS:
            return True
        if (
            w.pos in ("NOUN", "PRON")
            and w.text[:1].islower()
            and PASSE_SIMPLE_RE.search(lower)
            and (previous is None or previous.pos not in ("DET", "ADP"))
        ):
            return True  # "Un jeune homme entra", "Nicolas entra": a passé simple the small model tags a noun
        previous = w
    return False


def orphans(host: Clause, removed: Clause) -> bool:
    """A word left in host hangs on a word taken out: "sur lui seul" without "sur lui", "pantoufles en
    tapisserie" without "pantoufles"; what was taken out was not whole."""
    gone = {w.src for w in removed if w.src != ADDED}
    return any(w.src != ADDED and w.pos != "PUNCT" and w.head in gone and w.src not in gone for w in host)


def holds_an_argument(phrase: Token) -> bool:
    """ "trouva devant la porte un rassemblement": the parse hung the verb's object (or subject) on the
    phrase's noun, so taking the phrase out would take it too."""
    if any(c.dep_ in ("obj", "nsubj", "iobj") for c in phrase.children):
        return True
    # "éteindre dans le cœur de son fils la dernière lueur": a noun with its article and no preposition, hung
    # inside the phrase, is the verb's object the parse misplaced
    # "sur la tête un feutre mou hideux": a subject or an object hung on no verb, the parse's knot
    return any(
        (t.dep_ == "nmod" and t.pos_ == "NOUN" and _bare(t) and t.i > phrase.i)
        or (t.dep_ in ("nsubj", "obj") and t.head.pos_ not in ("VERB", "AUX"))
        for t in phrase.subtree
    )


def _bare(noun: Token) -> bool:
    children = noun.children
    return any(c.dep_ == "det" for c in children) and not any(c.dep_ == "case" for c in children)


def bare_complement(noun: Token) -> bool:
    """ "à dessin", "d'eau": a common noun after "à" or "de" with no article completes the noun before it."""
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    return (
        bool(cases)
        and cases[0] in ("à", "de", "d'", "d’")
        and not noun.text[:1].isupper()
        and not any(c.dep_ == "det" for c in noun.children)
    )


def swallows_main_verb(doc, inside: Clause) -> bool:
    """A relative clause's words, as the parse gave them, that hold the main clause's verb too."""
    return _two_verbs(doc, inside) or _verb_on_a_noun(doc, inside)


_OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la", "les", "lui", "leur", "se", "s'", "s’", "y", "en"})
_LINKS = frozenset({"et", "ou", "mais", ",", ";", "qui", "que", "qu'", "qu’", "dont", "où", "quand", "si", "comme"})


def _verb_on_a_noun(doc, inside: Clause) -> bool:
    """ "Denissow, qui ignorait la nature ..., lui fit des reproches": after a comma, a conjugated verb the
    parse hung on a noun of the relative is the main clause's."""
    after_comma = False
    for w in inside:
        if w.text == ",":
            after_comma = True
        elif w.text.lower() in _LINKS:
            after_comma = False  # "..., et qui, d'ailleurs, sont": another relative's verb
        elif after_comma and w.src != ADDED and is_finite_word(verb := doc[w.src]) and verb.head.pos_ in NOMINAL:
            holder = verb.head if verb.dep_ in FINITE_HELPERS else verb
            if not any(c.dep_ in SUBJECT_DEPS for c in holder.children):
                return True
    return False


def _two_verbs(doc, inside: Clause) -> bool:
    """Two conjugated verbs with nothing that links them: one belongs to another clause. The first word
    after the clitics is the relative's verb, whatever its tag; a later one by its tag or its ending where no
    article or preposition makes it a noun."""
    seen = False
    first = True
    previous = None
    for w in inside:
        lower = w.text.lower()
        if lower in _LINKS:
            seen = False
        elif lower not in subjects.CLITICS_BEFORE_VERB and w.src != ADDED:
            ending = subjects.NARRATIVE_ENDING_RE.search(lower) and lower not in subjects.NOT_A_VERB_WORDS
            nominal = (
                previous is not None
                and previous.pos in ("DET", "ADP", "ADJ", "NUM")
                and previous.text.lower() not in _OBJECT_CLITICS
                and not first
            )
            verb = first or is_finite_word(doc[w.src]) or (ending and not nominal)
            if verb and seen:
                return True
            seen = seen or verb
            first = False
        previous = w
    return False


def open_negation(words) -> bool:
    """A "ne" with nothing after it that closes it ("pas", "que", "jamais" ...): the sentence was cut inside it."""
    lower = [w.text.lower() for w in words]
    opened = next((k for k, w in enumerate(lower) if w in ("ne", "n'", "n’")), None)
    return opened is not None and not any(w in _NEGATION_ENDS for w in lower[opened + 1 :])


_NEGATION_ENDS = NEGATION_CLOSERS | COMPLEMENT_MARKS | {"guère"}


# Verbs whose "que" clause tells what someone says, thinks or fears, not what is.
_HEARSAY_VERBS = frozenset(
    {"dire", "croire", "penser", "supposer", "imaginer", "espérer", "craindre", "douter", "prétendre", "affirmer"}
    | {"sembler", "paraître", "soupçonner", "raconter", "assurer", "jurer", "souhaiter", "vouloir", "rêver"}
)


def opens_with_if(verb: Token) -> bool:
    """The verb's clause opens with "si": a condition."""
    return any(c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") for c in verb.children)


def under_condition(verb: Token) -> bool:
    """A "si" clause hangs on the verb ("Si on attaque le centre, nous concentrons ..."): what is coordinated
    with it depends on the same condition."""
    return any(c.dep_ == "advcl" and opens_with_if(c) for c in verb.children)


def only_supposed(t: Token) -> bool:
    """t stands in a clause the sentence does not assert: under "si" ("Si l'on peut dire qu'en Hongrie ce sont
    les Allemands qui ont fondé les villes") or in what someone says or thinks ("il croyait que ...")."""
    for _ in range(len(t.doc)):
        if opens_with_if(t):
            return True
        if t.dep_ == "ccomp" and t.head.lemma_ in _HEARSAY_VERBS:
            return True
        if t.head_i == t.i:
            return False
        t = t.head
    return False
