"""Absolute phrases told as sentences: "Il suivait, les deux mains sur la table, le regard d'Emma." ->
"Il suivait le regard d'Emma." "Les deux mains étaient sur la table."

A noun with its article and what is said of it (a participle, an
adjective, a place), set off by commas and holding no verb, tells a state:
"était" (or "est", by the story's tense) between the two makes it a
sentence. Only the definite and possessive articles: "une lettre ouverte"
after a verb is more often its object than a state; and of a thing that is
no part of the body or what it wears, only a participle with its complement
("la maison centrale" names a place, it tells no state).
"""

from __future__ import annotations

from jobs.engine.processors.rewrite.costs import COST_ADDED_WORD, COST_LINK
from jobs.engine.processors.rewrite.french import ETRE
from jobs.engine.processors.rewrite.tree import is_narrative_verb, period, tok
from jobs.engine.processors.rewrite.wellformed import has_finite
from jobs.engine.processors.rewrite.word_classes import (
    PARTICIPLE_ENDINGS,
    PLACE_PREPOSITIONS,
    RELATIVE_OPENERS,
    SUBJECT_DEPS,
)
from jobs.engine.processors.rewrite.words import ADDED, Clause, Word, added, first_word_index
from jobs.engine.processors.subjects import CLITICS_BEFORE_VERB

_ARTICLES = frozenset(
    {"le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes"}
    | {"notre", "nos", "votre", "vos"}
)
_PLURAL_ARTICLES = frozenset({"les", "ses", "leurs", "mes", "tes", "nos", "vos"})
_PLACES = PLACE_PREPOSITIONS | {"à", "contre", "entre", "en", "autour"}
# What an absolute phrase is mostly about: the body, its bearing, what it wears.
_BODY = frozenset(
    {"main", "œil", "yeux", "tête", "bras", "cou", "visage", "pied", "jambe", "cheveu", "front", "regard", "bouche"}
    | {"lèvre", "cravate", "chapeau", "coude", "taille", "épaule", "dos", "genou", "poing", "doigt", "joue"}
    | {"paupière", "sourcil", "figure", "trait", "voix", "menton", "nez", "poitrine", "corps", "habit", "manteau"}
    | {"robe", "col", "gilet", "cheveux", "barbe", "moustache", "oreille", "mâchoire", "narine", "teint", "air"}
)


class Absolutes:
    """Mixed into Rewriter: candidates that tell an absolute phrase apart."""

    def absolutes(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        if any("?" in w.text for w in clause):
            return []  # "N'était-elle pas, de la part du père, la reconnaissance ... ?": the question's attribute
        out = []
        start = first_word_index(clause)
        bounds = [k for k, w in enumerate(clause) if w.text == ","]
        edges = [start - 1, *bounds, len(clause)]
        for a, b in zip(edges, edges[1:], strict=False):
            e = b
            while e > a + 1 and clause[e - 1].pos == "PUNCT" and clause[e - 1].text in ".!?…":
                e -= 1  # the sentence's end stays with the host
            phrase = clause[a + 1 : e]
            noun = self._absolute_noun(phrase)
            if noun is None:
                continue
            if a < start:
                continue  # at the head of the clause it may be the subject of the verb after it
            host = clause[:a] + clause[e:]
            between = e + 1 < len(clause) and clause[e].text == "," and _verb_next(clause[e + 1 :])
            if (
                between
                or a > 0
                and clause[a - 1].text.lower() in RELATIVE_OPENERS
                and e < len(clause)
                and clause[e].text == ","
            ):
                # "La petite princesse, la tête couverte ..., était étendue" -> "La petite princesse était étendue";
                # "qui, le regard fixé sur ..., répétait" -> "qui répétait"
                host = clause[:a] + clause[e + 1 :]
            if not self._tells(host):
                continue  # "De belles dents, les yeux noirs, le pied coquet.": no clause to tell it beside
            plural = "Number=Plur" in noun.morph or phrase[0].text.lower() in _PLURAL_ARTICLES
            copula = ETRE.get(self.tense, ETRE["past"])["plur" if plural else "sing"]
            k = next(i for i, w in enumerate(phrase) if w is noun)
            said = phrase[: k + 1] + (added(copula, "AUX", "cop", noun.src),) + phrase[k + 1 :] + (period(),)
            # told where it stood: before the clause's verb, or after it
            before = not has_finite(clause[:a])
            out.append((before, (COST_ADDED_WORD + COST_LINK, [said, host] if before else [host, said])))
        # The first phrase before the verb and the last after it: the others, told from the host, keep their order.
        first = next((c for before, c in out if before), None)
        last = next((c for before, c in reversed(out) if not before), None)
        return [c for c in (first, last) if c is not None]

    def _tells(self, host: Clause) -> bool:
        """A verb conjugated by its tag and part of speech, or by its ending."""
        return any(
            w.pos in ("VERB", "AUX")
            and "VerbForm=Fin" in w.morph
            or (w.src != ADDED and is_narrative_verb(self.doc[w.src]))
            for w in host
        )

    def _absolute_noun(self, phrase: Clause) -> Word | None:
        """The noun of "les deux mains sur la table", "la cravate dénouée", "les pieds tout crottés"."""
        if len(phrase) < 3 or phrase[0].text.lower() not in _ARTICLES:
            return None
        if has_finite(phrase) or any(w.text.lower() in RELATIVE_OPENERS or w.pos == "PUNCT" for w in phrase):
            return None
        k = 1
        while k < len(phrase) and phrase[k].pos in ("ADJ", "NUM") and phrase[k].text[:1].islower():
            k += 1
        if k >= len(phrase) - 1 or phrase[k].pos != "NOUN":
            return None
        t = tok(self.doc, phrase[k])
        argument = t is not None and t.dep_ in SUBJECT_DEPS | {"obj", "iobj"} and t.head.i not in _srcs(phrase)
        if t is None or argument and t.lemma_.lower() not in _BODY:
            # the parse has it as a verb's subject or object; the small model often does so with a body part
            # ("il se redressa, la cravate dénouée"), seldom rightly
            return None
        rest = phrase[k + 1 :]
        lead = rest[1] if rest[0].pos == "ADV" and len(rest) > 1 else rest[0]
        lower = lead.text.lower()
        participle = "VerbForm=Part" in lead.morph and "Tense=Past" in lead.morph or lower.endswith(PARTICIPLE_ENDINGS)
        if lower.endswith("ant"):
            return None
        if t.lemma_.lower() in _BODY or phrase[k].text.lower() in _BODY:
            place = lead is rest[0] and lower in _PLACES and len(rest) > 1 and rest[1].pos in ("DET", "NOUN", "ADV")
            return phrase[k] if lead.pos == "ADJ" or participle or place else None
        # Of anything else, only a participle with its complement: "la maison centrale", "les jours suivants",
        # "le dimanche gras" name a thing, they tell no state
        return phrase[k] if participle and len(rest) > 1 and lead is rest[0] else None


def _verb_next(rest: Clause) -> bool:
    """The verb comes next, after its clitics: the phrase stood between the subject and its verb."""
    k = 0
    while (
        k < len(rest) - 1 and rest[k].text.lower() in CLITICS_BEFORE_VERB and rest[k + 1].pos in ("VERB", "AUX", "PRON")
    ):
        k += 1
    return rest[k].pos in ("VERB", "AUX")


def _srcs(phrase: Clause) -> set[int]:
    return {w.src for w in phrase}
