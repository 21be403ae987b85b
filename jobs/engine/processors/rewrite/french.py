"""The few French function words a rewrite may add: subject pronouns and the copula.

Rewriting never adds a content word; it gives a clause back its subject
("et sortit" -> "Il sortit") or turns a description into a predicate
("surpris et muet" -> "Il était surpris et muet"). These helpers choose the
pronoun that agrees with what it stands for and the form of "être" that
agrees with the subject and the tense of the sentence.
"""

from __future__ import annotations

import re

from jobs.engine.processors.parse import Tok as Token

PERSONAL = frozenset({"je", "j'", "j’", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})
_MASC_DET = frozenset({"le", "un", "ce", "cet", "du", "au", "mon", "ton", "son", "notre", "votre", "leur"})
_FEM_DET = frozenset({"la", "une", "cette", "ma", "ta", "sa"})
_PLURAL_DET = frozenset({"les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "aux", "plusieurs"})
# A subject's opening determiner, by the number it gives the verb ("L'attaque s'éloignèrent" disagrees).
SINGULAR_DET = (_MASC_DET | _FEM_DET | {"l'", "l’"}) - {"du", "au"}
PLURAL_DET = _PLURAL_DET - {"aux", "plusieurs"}
_FEM_TITLES = frozenset({"mme", "mlle", "madame", "mademoiselle", "mère", "sœur", "reine", "princesse", "comtesse"})
_MASC_TITLES = frozenset({"m.", "monsieur", "père", "frère", "roi", "prince", "comte", "docteur", "abbé"})

ETRE = {
    "past": {"je": "étais", "tu": "étais", "nous": "étions", "vous": "étiez", "sing": "était", "plur": "étaient"},
    "pres": {"je": "suis", "tu": "es", "nous": "sommes", "vous": "êtes", "sing": "est", "plur": "sont"},
    "fut": {"je": "serai", "tu": "seras", "nous": "serons", "vous": "serez", "sing": "sera", "plur": "seront"},
}
# Every form of "être" a participle may follow and agree with its subject ("elle était assise").
ETRE_FORMS = frozenset(f for forms in ETRE.values() for f in forms.values()) | {
    "fut",
    "furent",
    "serait",
    "seraient",
    "soit",
    "soient",
    "fût",
    "étant",
    "été",
}
AVOIR_PAST = {"je": "avais", "tu": "avais", "nous": "avions", "vous": "aviez", "sing": "avait", "plur": "avaient"}
# Past narration: imparfait and passé simple endings ("regardait", "regarda",
# "sortit", "furent"); the small model's Tense tag is often wrong for them.
_PAST_RE = re.compile(
    r"(?:ais|ait|aient|ions|iez|a|as|âmes|âtes|èrent|is|it|îmes|irent|us|ut|ûmes|ûtes|urent|ât|ît|ût)$"
    # "j'arrivai", "j'entrai": the first person of the passé simple, not a future "arriverai"
    r"|\w\w(?:[^r]|tr)ai$"
)
_FUTURE_RE = re.compile(r"(?:rai|ras|ra|rons|rez|ront)$")
_PRESENT_AUX = frozenset({"est", "sont", "a", "ont", "suis", "es", "sommes", "êtes", "ai", "as", "avons", "avez"})


def gender_number(noun: Token) -> tuple[str, str] | None:
    """("masc"|"fem", "sing"|"plur") of a noun phrase, when its determiner says it.

    The small model's gender for nouns is often wrong ("la cire" as
    masculine), so only a determiner that shows the gender counts; without
    one, the caller repeats the noun phrase instead of choosing a pronoun.
    """
    if any(c.dep_ == "conj" for c in noun.children):
        return None
    for child in noun.children:
        if child.dep_ != "det" or child.i > noun.i:
            continue
        word = child.lower_
        if word in _FEM_DET:
            return ("fem", "sing")
        if word in _MASC_DET and word not in ("leur", "son", "mon", "ton", "notre", "votre"):
            return ("masc", "sing")
    return None


def title_gender(words: list[str]) -> str | None:
    first = words[0].lower() if words else ""
    if first in _FEM_TITLES:
        return "fem"
    if first in _MASC_TITLES:
        return "masc"
    return None


def third_person(gender: str, number: str) -> str:
    return {("masc", "sing"): "il", ("fem", "sing"): "elle", ("masc", "plur"): "ils", ("fem", "plur"): "elles"}[
        (gender, number)
    ]


def person_key(subject: str) -> str:
    """The column of ETRE / AVOIR_PAST that agrees with a subject pronoun or number."""
    word = subject.lower().replace("’", "'")
    if word in ("je", "j'"):
        return "je"
    if word in ("tu", "nous", "vous"):
        return word
    if word in ("ils", "elles", "plur"):
        return "plur"
    return "sing"


def tense_of(verb: Token) -> str:
    """past, pres or fut, from the finite verb (or its auxiliary) that carries the tense."""
    finite = tense_carrier(verb)
    word = finite.lower_
    if word in _PRESENT_AUX:
        return "past" if finite is not verb else "pres"  # "il a fini": a past event
    if _FUTURE_RE.search(word) and finite.morph.get("Tense") == ["Fut"]:
        return "fut"
    if _PAST_RE.search(word) or finite.morph.get("Tense") in (["Imp"], ["Past"]):
        return "past"
    return "pres"


# The passé simple of the third person: "fit", "entra", "vint", "entrèrent"; not the imparfait's "-ait".
_SIMPLE_PAST_RE = re.compile(r"(?:[^ao]a|[^a]it|ut|[^a]int|èrent|irent|urent|inrent)$")  # "dirigea", "cria"


def simple_past(verb: Token) -> bool:
    """The verb (or its auxiliary) is in the passé simple: "fit", "entra", "fut culbutée"; not "faisait"."""
    return bool(_SIMPLE_PAST_RE.search(tense_carrier(verb).lower_))


def tense_carrier(verb: Token) -> Token:
    """The word that carries the verb's tense: its auxiliary or copula, else the verb ("fut culbutée")."""
    return next((c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")), verb)


def unreal(verb: Token) -> bool:
    """The verb (or its auxiliary) is a conditional or a future: "serait obligée", "viendra"; a participle
    beside it told in the past would state what the book only supposes. The tag and the ending must agree
    (the small model tags "dûmes" Cnd; "entrait" ends like "entrerait")."""
    finite = tense_carrier(verb)
    tagged = finite.morph.get("Mood") == ["Cnd"] or finite.morph.get("Tense") == ["Fut"]
    return tagged and bool(_UNREAL_RE.search(finite.lower_))


_UNREAL_RE = re.compile(r"(?:rais|rait|raient|rions|riez|rai|ras|ra|rons|rez|ront)$")


def future_or_conditional(verb: Token) -> bool:
    """unreal, or a future or conditional the tag missed, known by the stem its lemma gives ("resterons": the
    small model tags it a present)."""
    if unreal(verb):
        return True
    finite = tense_carrier(verb)
    lemma, form = finite.lemma_.lower(), finite.lower_
    stems = _FUTURE_STEMS.get(lemma, (lemma[:-1] if lemma.endswith("re") else lemma,))
    return any(form.startswith(stem) and form[len(stem) :] in _FUTURE_ENDINGS for stem in stems if len(stem) > 2)


_FUTURE_ENDINGS = frozenset({"ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"})
# The verbs whose future is not built on the infinitive.
_FUTURE_STEMS = {
    "être": ("ser",),
    "avoir": ("aur",),
    "aller": ("ir",),
    "faire": ("fer",),
    "venir": ("viendr",),
    "tenir": ("tiendr",),
    "pouvoir": ("pourr",),
    "voir": ("verr",),
    "savoir": ("saur",),
    "vouloir": ("voudr",),
    "devoir": ("devr",),
    "falloir": ("faudr",),
    "valoir": ("vaudr",),
    "mourir": ("mourr",),
    "courir": ("courr",),
    "envoyer": ("enverr",),
    "recevoir": ("recevr",),
}


def passe_simple(participle: str, lemma: str, key: str) -> str | None:
    """The passé simple of a first-group verb from its present participle, third person: "attirant" ->
    "attira", "mangeant" -> "mangèrent"; None for other verbs and persons (the imparfait serves there)."""
    lower = participle.lower()
    if not lower.endswith("ant") or not lemma.lower().endswith("er") or key not in ("sing", "plur") or len(lower) < 5:
        return None
    stem = lower[:-3]
    if key == "sing":
        return stem + "a"
    if stem.endswith("ge"):
        stem = stem[:-1]
    elif stem.endswith("ç"):
        stem = stem[:-1] + "c"
    return stem + "èrent"


_IMPARFAIT = {"je": "ais", "tu": "ais", "nous": "ions", "vous": "iez", "sing": "ait", "plur": "aient"}
_IRREGULAR_STEMS = {"sachant": "sav", "ayant": "av", "étant": "ét"}


def imparfait(participle: str, key: str) -> str | None:
    """The imparfait of a present participle's verb: "donnant" -> "donnait" (same stem)."""
    ending = _IMPARFAIT.get(key)
    lower = participle.lower()
    if ending is None or not lower.endswith("ant") or len(lower) < 5:
        return None
    stem = _IRREGULAR_STEMS.get(lower, lower[:-3])
    if ending.startswith("i"):
        # "dirigeant" -> "dirigions", "commençant" -> "commencions"
        if stem.endswith("ge"):
            stem = stem[:-1]
        elif stem.endswith("ç"):
            stem = stem[:-1] + "c"
    return stem + ending


# Words on an aspirated h take "le"/"la", not "l'": "le héros", "la haine".
_H_ASPIRE_RE = re.compile(
    r"^h(?:aine|ache|aie|aillon|ald|alle|alte|amac|ameau|anche|angar|anneton|ardi|areng|aricot|arpe|asard|âte|ausse"
    r"|aut|âv|éros|érisson|être|ibou|ideu|iérarch|ollande|ongr|onte|oquet|ors|otte|ouille|oul|uée|uit|urle|utte)",
    re.IGNORECASE,
)


def elides_before(word: str) -> bool:
    """Whether "le", "la", "que" lose their vowel before this word: "l'homme", but "le héros"."""
    first = word[:1].lower()
    if first == "h":
        return not _H_ASPIRE_RE.match(word)
    return first in "aeiouéèêëâàîïôûùüy"
