"""Relative clauses on "qui" and "que": a sentence about the antecedent (a closing "où": places.py)."""

from __future__ import annotations

from jobs.engine.processors.clause_words import NEGATION_AFTER
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.agreement import is_plural_verb
from jobs.engine.processors.rewrite.costs import (
    COST_ADDED_WORD,
    COST_LINK,
    COST_RESTRICTIVE,
)
from jobs.engine.processors.rewrite.french import PERSONAL
from jobs.engine.processors.rewrite.tree import (
    clause_members,
    has_words,
    is_finite_word,
    is_narrative_verb,
    lower_first,
    ruling_verb,
    sources_of,
    span_of,
    starts_verbally,
    subject_of,
    tok,
    verb_group,
)
from jobs.engine.processors.rewrite.wellformed import only_supposed, open_negation, orphans, swallows_main_verb
from jobs.engine.processors.rewrite.word_classes import (
    DE_FORMS,
    SUBJECT_DEPS,
)
from jobs.engine.processors.rewrite.words import (
    Clause,
    Word,
)
from jobs.engine.processors.subjects import CLITICS_BEFORE_VERB

_DEMONSTRATIVES = frozenset({"celui", "celle", "ceux", "celles", "ce", "c'", "c’"})


class Relatives:
    """Mixed into Rewriter: candidates that take a relative clause out."""

    def relatives(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = sources_of(clause)
        for w in clause:
            t = tok(self.doc, w)
            if t is None or t.dep_ != "acl:relcl" or t.head.i not in srcs:
                continue
            rel = [c for c in t.children if c.i in srcs and c.lower_ == "qui" and c.dep_ in SUBJECT_DEPS]
            if not rel:
                continue
            span = span_of(clause, clause_members(t, srcs))
            if span is None:
                continue
            a, b = span
            detached = a > 0 and clause[a - 1].text == ","
            # the comma that closed the relative goes too: "Le jour qui descendait ..., bleuissait"
            host = self._without_relative(clause, a, b)
            if orphans(host, clause[a : b + 1]):
                continue  # "brises de la mer qui ..., apportaient ..., une fraîcheur salée": the object stays behind
            k = next(i for i, x in enumerate(clause[a : b + 1]) if x.src == rel[0].i)
            antecedent = t.head
            if a >= 1 and clause[a - 1].text.lower() in _DEMONSTRATIVES:
                continue  # "la vue de celui qui": "celui" is what it tells about, and cannot be said again
            before = tok(self.doc, clause[a - 2]) if detached and a >= 2 else None
            if not detached and a >= 1 and clause[a - 1].pos in ("NOUN", "PROPN"):
                # "le nom du jardinier, le fils du notaire qui": the noun right before "qui" may be the one it
                # tells about, unless it completes the parse's antecedent (below)
                before = tok(self.doc, clause[a - 1])
                if before is not None and _complement_of(before, antecedent):
                    # "le tambour du bataillon qui portait" (the drummer), "le nom de l'hôte qui dormait" (the
                    # host): which of the two the relative tells about, only the sense knows
                    continue
            while before is not None and before.dep_ in ("flat", "flat:name") and before.head.i < before.i:
                before = before.head  # "le capitaine Haralan, qui": the phrase's head, not its last name
            if before is not None and is_narrative_verb(before):
                before = None  # "Un jeune homme entra, qui portait": a verb the small model took for a noun
            if before is not None and before.pos_ in ("NOUN", "PROPN"):
                if detached and _of_noun(before):
                    # "un quincaillier de la rue Ganterie, qui", "une personne du sexe, qui": which of the two,
                    # the parse does not know
                    continue
                antecedent = before  # "informé dès la première heure par son fils, qui vint": the noun before the comma
                if _rival_subject(self.doc, antecedent):
                    continue  # "une idée venait de germer dans sa cervelle, qui devait grandir": the idea grew
            if detached and _of_noun(antecedent):
                continue  # "un hussard au teint basané, qui": the parse's antecedent completes another noun
            if b + 1 < len(clause) and clause[b + 1].text.startswith("?"):
                continue  # "Hé, qui est là ?": a question, not a relative
            if detached and b + 2 < len(clause) and clause[b + 1].text == "," and clause[b + 2].text.lower() == "comme":
                continue  # "son chapeau, qui ballottait ..., comme une poche": the comparison goes with the relative
            if only_supposed(antecedent):
                continue  # "si l'on peut dire que ce sont les Allemands qui ont fondé les villes": not asserted
            if _cleft([x for x in clause[:a] if x.pos != "PUNCT"]):
                continue  # "c'est avec l'accent d'une indulgence toute paternelle qu'il dit": no relative there
            if _who_knows(clause[a + k + 1 : b + 1]):
                continue  # "qui sait quels secrets": "who knows", not a relative
            if b + 2 < len(clause) and clause[b + 1].text == "," and clause[b + 2].text.lower() == "en":
                continue  # "Anatole qui embrassait la jeune Française, en lui parlant": the gerund is the relative's
            if _one_of_those(antecedent):
                continue  # "il est de ces outrages qui ne se réparent pas": the relative names the kind
            if _compared(self.doc, antecedent):
                continue  # "comme un dieu qui s'abaisse": a comparison, not something that happens
            if antecedent.dep_ in SUBJECT_DEPS and _first_or_second_person(antecedent.head):
                continue  # "L'homme qui m'accompagne et moi, sommes": the subject is more than the antecedent
            if swallows_main_verb(self.doc, clause[a + k + 1 : b + 1]):
                continue  # "des pensées qui les assombrissaient parut se retirer": the main verb went with it
            if open_negation(clause[a + k + 1 : b + 1]):
                continue  # "Sa Majesté, qui n'y est que trop portée": the parse ended the relative before "que"
            if not detached and (b + 1 < len(clause) and clause[b + 1].pos == "DET" or _elided_article(clause, b + 1)):
                continue  # "le régiment qui avait soutenu l'attaque se reforma": the parse ended it before its object
            for n, referent in enumerate(self.referent_options(antecedent, host, head=t.i)):
                part = _about(referent, list(clause[a + k + 1 : b + 1]), before=list(clause[a : a + k]))
                if part is None:
                    continue
                while part and part[-1].text in (",", ";", ":"):
                    part.pop()
                cost = COST_ADDED_WORD * len(referent) + (0.0 if detached else COST_RESTRICTIVE) + n * COST_LINK
                out.append((cost, [host, tuple(part)]))
        found = {len(c[1][0]) for c in out}
        out += [c for c in self._closing_relatives(clause) if len(c[1][0]) not in found]
        return out + self.places(clause) + self._object_relatives(clause)

    def _object_relatives(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "l'anecdote que l'on racontait dans le feuilleton" -> "On racontait l'anecdote dans le feuilleton.":
        the antecedent said again as the object, after its verb. Simple tenses only: "la lettre qu'il avait
        écrite" would need its participle changed."""
        out = []
        srcs = sources_of(clause)
        for w in clause:
            t = tok(self.doc, w)
            if t is None or t.dep_ != "acl:relcl" or t.head.i not in srcs or t.head.pos_ != "NOUN":
                continue
            # "que" is often tagged a conjunction; with no other object, it is the relative's object
            rel = [
                c for c in t.children if c.i in srcs and c.lower_ in ("que", "qu'", "qu’") and c.dep_ in ("obj", "mark")
            ]
            objects = [c for c in t.children if c.dep_ == "obj" and c.lower_ not in ("que", "qu'", "qu’")]
            subject = [c for c in t.children if c.dep_ in SUBJECT_DEPS and c.i < t.i]
            if subject and subject[-1].right_edge.i != subject[-1].i or not is_finite_word(t):
                continue  # "que le premier gosier venu peut lancer": a participle is no relative's verb
            if not rel or objects or not subject or any(c.dep_.startswith(("aux", "cop", "xcomp")) for c in t.children):
                continue  # "qu'il avait écrite", "que cela puisse paraître": the object would need another place
            if t.head.lower_ in _POSSESSIVES:
                continue  # "cette jeune femme ... qui était la sienne, qu'il n'aimait pas": the parse hung it there
            if t.morph.get("Mood") == ["Sub"] or any(c.lower_ in ("quelque", "tout", "si") for c in t.head.children):
                continue  # "quelque étrange que cela soit": a concession, not a relative
            if any(self.doc[i].lower_ in _SUBJUNCTIVE for i in range(t.i - 2, t.i + 1) if i >= 0) or any(
                c.lower_ in _UNIQUE for c in t.head.children
            ):
                continue  # "les seuls amis que j'aie": the subjunctive of a relative on "seul", "meilleur"
            if any(c.dep_ == "case" for c in t.head.children):
                continue  # "l'anecdote du grand monde que ...": which noun it tells about, the parse does not know
            span = span_of(clause, clause_members(t, srcs))
            group = verb_group(self.doc, t, srcs)
            if span is None or group is None or _compared(self.doc, t.head):
                continue
            a, b = span
            inside = list(clause[a : b + 1])
            k = next((i for i, x in enumerate(inside) if x.src == rel[0].i), None)
            g = next((i for i, x in enumerate(inside) if x.src == group[-1]), None)
            if k is None or g is None or k > g or inside[-1].text.lower() in CLITICS_BEFORE_VERB:
                continue
            before = [x for x in clause[:a] if x.pos != "PUNCT"]
            if _cleft(before):
                continue  # "c'est de la voix la plus tranquille qu'il répondit": "que" is no object there
            if not before or before[-1].src not in (t.head.i, *(c.i for c in t.head.children if c.dep_ == "amod")):
                continue  # "que" right after its noun (and its adjectives), or the parse may have the wrong one
            negated = any(self.doc[i].lower_ in NEGATION_AFTER for i in group)
            if any(self.doc[i].lower_ in ("ne", "n'", "n’") for i in group) and not negated:
                continue  # "ne possédait sans doute pas": the object would land inside the negation
            said = inside[k + 1 :]
            if len(said) > 1 and said[0].text.lower() in ("l'", "l’") and said[1].text.lower() == "on":
                said = said[1:]  # "que l'on racontait" -> "On racontait"
            g -= len(inside) - len(said)
            if g + 1 < len(said) and said[g + 1].text.lower() in ("tous", "toutes"):
                continue  # "cette voix que nous connaissions tous": the object would go after "tous"
            host = self._without_relative(clause, a, b)
            for n, referent in enumerate(self.referent_options(t.head, host, head=t.i)):
                if referent[0].text.lower() in PERSONAL:
                    continue
                obj = [
                    Word(x.text, x.src, x.pos, "obj" if x.dep == "nsubj" else x.dep, x.head, x.morph) for x in referent
                ]
                part = said[: g + 1] + lower_first(obj) + said[g + 1 :]
                while part and part[-1].text in (",", ";", ":"):
                    part.pop()
                detached = a > 0 and clause[a - 1].text == ","
                cost = COST_ADDED_WORD * len(referent) + (0.0 if detached else COST_RESTRICTIVE) + n * COST_LINK
                out.append((cost, [host, tuple(part)]))
        return out

    @staticmethod
    def _without_relative(clause: Clause, a: int, b: int) -> Clause:
        detached = a > 0 and clause[a - 1].text == ","
        rest = clause[b + 1 :]
        if rest and rest[0].text == "," and (detached or len(rest) > 1 and rest[1].pos in ("VERB", "AUX")):
            rest = rest[1:]
        return clause[: a - 1 if detached else a] + rest

    def _closing_relatives(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "..., contre cet individu, qui se permettait ...", "Le médecin, qui était fatigué, monta ...":
        a relative between commas, or closing the sentence, that the parser missed."""
        out = []
        end = len(clause)
        while end and clause[end - 1].pos == "PUNCT":
            end -= 1
        for k in range(2, end - 1):
            if clause[k].text.lower() != "qui":
                continue
            close = next((j for j in range(k + 1, end) if clause[j].text in (",", ";", ":")), None)
            comma = clause[k - 1].text == ","
            antecedent = tok(self.doc, clause[k - 2] if comma else clause[k - 1])
            if antecedent is None or antecedent.pos_ not in ("NOUN", "PROPN"):
                continue
            if comma and _of_noun(antecedent):
                continue  # "un quincaillier de la rue Ganterie, qui": the noun it completes may be the one
            if not comma:
                # "répéta Pierre qui regardait la porte.": a closing relative on a name, parse or not.
                if antecedent.pos_ != "PROPN" or close is not None:
                    continue
                host, inside = clause[:k] + clause[end:], clause[k + 1 :]
            elif close is None:
                host, inside = clause[: k - 1] + clause[end:], clause[k + 1 :]
            elif clause[close].text == "," and close + 1 < end and starts_verbally(self.doc, clause[close + 1 :]):
                host, inside = clause[: k - 1] + clause[close + 1 :], clause[k + 1 : close]
            else:
                continue
            if not has_words(inside) or any(w.text.startswith("?") for w in clause[k : end + 1]):
                continue  # "Hé, qui est là ?": a question, not a relative
            if _who_knows(inside):
                continue  # "la sienne, qui sait quels secrets": "who knows", not a relative
            for n, referent in enumerate(self.referent_options(antecedent, host, head=inside[0].src)):
                made = _about(referent, list(inside))
                if made is not None:
                    cost = COST_ADDED_WORD * len(referent) + COST_LINK * (1 + n) + (0.0 if comma else COST_RESTRICTIVE)
                    out.append((cost, [host, tuple(made)]))
        return out


_PLURAL_WORDS = frozenset({"ils", "elles", "les", "des", "ces", "ses", "mes", "tes", "nos", "vos", "leurs", "aux"})


def _who_knows(inside: Clause) -> bool:
    """ "qui sait quels secrets ...": the words after "qui" make the idiom "who knows", not a relative."""
    return (
        len(inside) > 1 and inside[0].text.lower() in ("sait", "savait") and inside[1].text.lower() in _QUESTION_WORDS
    )


_QUESTION_WORDS = frozenset({"quel", "quels", "quelle", "quelles", "combien", "comment", "pourquoi", "où", "si", "ce"})
_CLEFT_VERBS = frozenset({"est", "était", "fut", "sera", "serait", "sont", "étaient", "furent", "seront", "seraient"})


def _cleft(before: list[Word]) -> bool:
    """ "c'est de la voix la plus tranquille | qu'il répondit": "c'est", "c'était" or "ce fut" in the words
    before the antecedent, with no verb between."""
    for k in range(len(before) - 1, max(0, len(before) - 12), -1):
        if before[k].text.lower() in _CLEFT_VERBS and before[k - 1].text.lower() in ("c'", "c’", "ce"):
            return True
        if before[k].pos in ("VERB", "AUX"):
            return False
    return False


def _rival_subject(doc, noun) -> bool:
    """The noun before ", qui" sits in a phrase of a verb whose own subject is a noun of the same gender and
    number: the relative may be about either."""
    if not any(c.dep_ == "case" for c in noun.children):
        return False
    subject = subject_of(doc, ruling_verb(noun.head))  # "venait de germer dans sa cervelle": the finite verb's
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.morph.get("Gender") == noun.morph.get("Gender")
        and subject.morph.get("Number") == noun.morph.get("Number")
    )


def _one_of_those(noun) -> bool:
    """ "de ces outrages qui", "un de ces hommes qui": the relative tells which kind, it says nothing of them."""
    return any(c.dep_ == "det" and c.lower_ == "ces" for c in noun.children) and any(
        c.dep_ == "case" and c.lower_ in DE_FORMS for c in noun.children
    )


def _compared(doc, noun) -> bool:
    """The noun is what something is compared to: "comme un dieu", "tel un fantôme"."""
    start = noun.left_edge.i
    return (
        start > 0
        and doc[start - 1].lower_ in ("comme", "tel", "telle", "tels", "telles")
        or any(c.lower_ in ("comme", "tel", "telle") for c in noun.children if c.i < noun.i)
    )


def _about(referent: list[Word], after: list[Word], *, before: list[Word] | None = None) -> list[Word] | None:
    """The relative clause as a sentence about its antecedent: "qui pourtant ne lui importaient guère" ->
    "Pourtant ils ne lui importaient guère"; None when the verb's number says the antecedent is another noun."""
    lead = []
    while after and after[0].pos == "ADV" and after[0].text.lower() not in ("ne", "n'", "n’"):
        lead.append(after.pop(0))
    k = 0
    while k < len(after) and after[k].text.lower() in CLITICS_BEFORE_VERB:
        k += 1
    verb = after[k] if k < len(after) else None
    if verb is not None:
        plural_verb = is_plural_verb(verb)
        plural_referent = any(w.text.lower() in _PLURAL_WORDS for w in referent) or "Number=Plur" in referent[-1].morph
        if plural_verb != plural_referent:
            return None
    return (before or []) + lead + referent + after


def _first_or_second_person(predicate: Token) -> bool:
    """ "sommes des réfugiés", "irons": the verb or its copula speaks of "nous", "vous", "je" or "tu"."""
    verbs = [predicate, *(c for c in predicate.children if c.dep_ in ("cop", "aux", "aux:tense", "aux:pass"))]
    return any(v.morph.get("Person") in (["1"], ["2"]) for v in verbs)


_SUBJUNCTIVE = frozenset({"aie", "aies", "ayons", "ayez", "sois", "soit", "soyons", "soyez", "soient", "puisse"})
_UNIQUE = frozenset({"seul", "seule", "seuls", "seules", "meilleur", "meilleure", "meilleurs", "meilleures", "premier"})
_OF_CASES = frozenset({"à", "au", "aux", "en"})  # "un hussard au teint basané, qui"
_POSSESSIVES = frozenset(
    {"mien", "mienne", "miens", "miennes", "tien", "tienne", "tiens", "tiennes", "sien", "sienne", "siens", "siennes"}
    | {"nôtre", "nôtres", "vôtre", "vôtres", "leur", "leurs"}
)


def _of_noun(noun: Token) -> bool:
    """ "la rue Ganterie" in "un quincaillier de la rue Ganterie", "le teint" in "un hussard au teint basané": a
    noun completing another."""
    case = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)
    if case is not None and case.lower_ in DE_FORMS and case.i and noun.doc[case.i - 1].pos_ in ("NOUN", "PROPN"):
        return True  # "les lumières des maisons, qui": whatever the parse hung "maisons" on
    while noun.dep_ in ("flat", "flat:name", "nmod") and noun.head.i < noun.i:
        if any(c.dep_ == "case" and (c.lower_ in DE_FORMS or c.lower_ in _OF_CASES) for c in noun.children):
            return True
        noun = noun.head
    return False


def _elided_article(clause: Clause, k: int) -> bool:
    """ "l'attaque" right after a relative: the small model tags the "l'" a noun."""
    return k + 1 < len(clause) and clause[k].text.lower() in ("l'", "l’") and clause[k].pos != "PRON"


def _complement_of(noun: Token, head: Token) -> bool:
    """ "du bataillon" in "le tambour du bataillon": a noun's complement with its preposition."""
    return (
        noun.i != head.i
        and noun.head.i == head.i
        and noun.dep_ == "nmod"
        and any(c.dep_ == "case" for c in noun.children)
    )
