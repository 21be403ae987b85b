"""Whether a subject a rewrite added agrees with the verb after it.

"Elle laissèrent", "Je pourrait", "Il se redresser", "Les paysans en
présentait": a candidate holding one is refused, whatever its score.
"""

from __future__ import annotations

import re

from jobs.engine.processors.rewrite.french import ETRE_FORMS, PLURAL_DET, SINGULAR_DET
from jobs.engine.processors.rewrite.words import ADDED, Clause, Word
from jobs.engine.processors.subjects import CLITICS_BEFORE_VERB

_PLURAL_VERB_RE = re.compile(r"(?:ent|ont)$")


def is_plural_verb(w: Word) -> bool:
    """ "laissèrent", "importaient", "sont": plural by its tag or its ending."""
    return "Number=Plur" in w.morph or bool(_PLURAL_VERB_RE.search(w.text.lower()))


_PERSON_ENDING = {
    "je": lambda v: not re.search(r"(?:t|ent|ont|[^i]a|ez|ons)$", v),
    "j'": lambda v: not re.search(r"(?:t|ent|ont|[^i]a|ez|ons)$", v),
    "tu": lambda v: bool(re.search(r"(?:s|x)$", v)),
    "nous": lambda v: bool(re.search(r"(?:ons|mes)$", v)),
    "vous": lambda v: bool(re.search(r"(?:ez|tes)$", v)),
}


_VERB_ENDING_RE = re.compile(r"(?:ait|aient|a|it|ut|èrent|irent|urent|ont|ent|e|es|is|ez|ons)$")
_NUMBER_ENDING_RE = re.compile(r"(?:aient|èrent|irent|urent|ait|ut|it)$")
_PLURAL_ENDINGS = frozenset({"aient", "èrent", "irent", "urent"})
_FIRST_SECOND_PERSON_RE = re.compile(r"(?:[^e]s|x|ai|ons|ez|mes|tes)$")
# A verb's ending that only "je", "tu", "nous" or "vous" take, never a noun subject: "avais", "suis", "ai", "allons".
_NOT_THIRD_PERSON_RE = re.compile(r"(?:ais|suis|ai|ons|ez)$")


_MASCULINE_PARTICIPLE_RE = re.compile(r"(?:é|és|i|is|u|us)$")
_FEMININE_PARTICIPLE_RE = re.compile(r"(?:ée|ées)$")


def _participle_agrees(pronoun: str, word: Word) -> bool:
    """ "elle était saisi", "il était épuisée": a participle after "être" whose ending shows the other gender."""
    if "VerbForm=Part" not in word.morph:
        return True
    form = word.text.lower()
    if pronoun in ("elle", "elles"):
        return not _MASCULINE_PARTICIPLE_RE.search(form)
    if pronoun in ("il", "ils"):
        return not _FEMININE_PARTICIPLE_RE.search(form)
    return True


def _noun_agrees(noun: Word, after: Clause) -> bool:
    j = 0
    while j < len(after) and (
        after[j].text.lower() in CLITICS_BEFORE_VERB
        or after[j].pos == "ADV"
        and not _NUMBER_ENDING_RE.search(after[j].text.lower())
    ):
        j += 1
    if j == len(after):
        return True
    verb = after[j]
    if verb.pos in ("VERB", "AUX") and (
        "Person=1" in verb.morph or "Person=2" in verb.morph or _NOT_THIRD_PERSON_RE.search(verb.text.lower())
    ):
        return False  # "c'était moi, le grand frère, qui avais dû": "Le frère avais dû" is another person's verb
    plural_noun = "Number=Plur" in noun.morph
    if "VerbForm=Fin" not in verb.morph:
        # "La maison filtraient", "Les branchages apparut": a verb the small model did not see, known by its ending
        ending = _NUMBER_ENDING_RE.search(verb.text.lower())
        if ending is None or "Number" not in noun.morph:
            return True
        return plural_noun == (ending.group(0) in _PLURAL_ENDINGS)
    return plural_noun == is_plural_verb(verb) or ("Number=Sing" not in noun.morph and not plural_noun)


def _determiner_agrees(det: Word, after: Clause) -> bool:
    """A subject said again that opens on a determiner: its number against the verb after the noun phrase."""
    lower = det.text.lower()
    if lower not in SINGULAR_DET and lower not in PLURAL_DET:
        return True
    j = 0
    while j < len(after) and after[j].src == ADDED:
        j += 1  # the rest of the subject
    while j < len(after) and (after[j].text.lower() in CLITICS_BEFORE_VERB or after[j].pos == "ADV"):
        j += 1
    if j == 0 or j == len(after):
        return True
    ending = _NUMBER_ENDING_RE.search(after[j].text.lower())
    if ending is None:
        return True
    return (lower in PLURAL_DET) == (ending.group(0) in _PLURAL_ENDINGS)


def subject_agrees(clause: Clause) -> bool:
    """An added subject pronoun agrees in number with the verb after it ("Elle laissèrent" does not)."""
    for k, w in enumerate(clause):
        if w.src == ADDED and w.dep == "nsubj" and w.pos == "NOUN" and not _noun_agrees(w, clause[k + 1 :]):
            return False  # "Les paysans en présentait": a repeated subject disagreeing with its verb
        opens = w.src == ADDED and w.dep in ("det", "nsubj") and (k == 0 or clause[k - 1].src != ADDED)
        if opens and not _determiner_agrees(w, clause[k + 1 :]):
            return False  # "L'attaque s'éloignèrent": the noun's tag was wrong, its determiner is not
        if w.src != ADDED or w.dep != "nsubj" or w.pos != "PRON":
            continue
        j = k + 1
        while j < len(clause) and (clause[j].text.lower() in CLITICS_BEFORE_VERB or clause[j].pos == "ADV"):
            j += 1
        if j == len(clause):
            return True
        verb = clause[j]
        infinitive = "VerbForm=Inf" in verb.morph or (verb.pos == "VERB" and "VerbForm=Fin" not in verb.morph)
        if infinitive and re.search(r"(?:er|ir|re|oir)$", verb.text.lower()):
            return False  # "Il se redresser", "Je disparaître": a subject before an infinitive
        not_finite = verb.pos in ("ADJ", "NOUN") or "VerbForm=Part" in verb.morph
        if not_finite and "VerbForm=Fin" not in verb.morph and not _VERB_ENDING_RE.search(verb.text):
            return False  # "Je soucieux jusqu'à l'extrême": an adjective is no verb
        if not _PERSON_ENDING.get(w.text.lower().replace("’", "'"), lambda _: True)(verb.text.lower()):
            return False  # "Je pourrait", "Nous allait": the verb is another person's
        plural_verb = is_plural_verb(verb)
        singular_verb = "Number=Sing" in verb.morph or not plural_verb
        plural_subject = w.text.lower() in ("ils", "elles")
        if w.text.lower() in ("il", "elle", "on", "ils", "elles") and _FIRST_SECOND_PERSON_RE.search(verb.text.lower()):
            return False  # "Il me suis dit": a third person never ends like "suis", "ai", "avons"
        if w.text.lower() in ("il", "elle", "on", "ils", "elles") and plural_subject != plural_verb:
            return plural_subject and not singular_verb
        if (
            j + 1 < len(clause)
            and verb.text.lower() in ETRE_FORMS
            and not _participle_agrees(w.text.lower(), clause[j + 1])
        ):
            return False  # "Elle était saisi d'une illusion": the participle is another's, Charles's
        return True
    return True
