"""Descriptive and participial phrases turned into predicates about the subject (gerunds are not)."""

from __future__ import annotations

from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.costs import (
    COST_ADDED_WORD,
    COST_LINK,
)
from jobs.engine.processors.rewrite.french import (
    AVOIR_PAST,
    ETRE,
    PERSONAL,
    imparfait,
    passe_simple,
    simple_past,
    tense_of,
    unreal,
)
from jobs.engine.processors.rewrite.tree import (
    comma_segments,
    first_finite,
    is_finite,
    join,
    lower_first,
    noun_of,
    opens_incise_at,
    period,
    relink,
    starts_verbally,
    subject_key,
    token_key,
)
from jobs.engine.processors.rewrite.word_classes import (
    DETERMINERS,
    INVERTED_SUBJECT_RE,
    KEPT_CONNECTORS,
    OPENERS,
    PASSE_SIMPLE_RE,
    PLACE_PREPOSITIONS,
)
from jobs.engine.processors.rewrite.words import (
    ADDED,
    Clause,
    Word,
    added,
    conjugated,
    elided_je,
    text_of,
)
from jobs.engine.processors.subjects import CLITICS_BEFORE_VERB
from jobs.engine.types import count_words

# Pronouns that are only ever subjects ("nous", "vous" are objects too: "en nous dirigeant").
_SUBJECT_ONLY = PERSONAL - {"nous", "vous"}


class Descriptions:
    """Mixed into Rewriter: candidates for descriptive phrases."""

    def descriptions(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Emma, surprise et muette, regardait ..." and "Surprise, Emma regardait ..."."""
        segments = comma_segments(clause)
        if len(segments) < 2:
            return self._trailing(clause, segments)
        out = []
        lead: Clause = ()
        if len(segments) >= 3 and [w.text.lower() for w in segments[0]] in (["et"], ["mais"], ["puis"]):
            # "Et, en apprenant que ..., il parut surpris": the connector stays in front.
            lead, segments = segments[0], segments[1:]
        first = segments[0]
        marks = tuple(x for x in first if x.text in OPENERS and x is first[0])
        opener = lead + marks
        if len(segments) >= 3 and self.subject_phrase(first[len(marks) :]):
            desc, rest = segments[1], join(segments[2:])
            made = self._describe(subject=first[len(marks) :], desc=desc, rest=rest)
            if made is not None and self._keeps_its_measure(made[1]):
                cost, described, main = made
                out.append((cost, [opener + described, main]))
        body = first[len(marks) :]
        if self._descriptive(body, adverb=True):
            rest = join(segments[1:])
            subject = self.leading_subject(rest)
            if subject:
                made = self._describe(subject=subject, desc=body, rest=rest[len(subject) :])
                if made is not None and self._keeps_its_measure(made[1]):
                    cost, described, main = made
                    out.append((cost, [opener + described, main]))
        return out + self._trailing(clause, segments)

    def _keeps_its_measure(self, described: Clause) -> bool:
        """ "Elle était trop maîtresse d'elle-même pour déceler son trouble.", "Il tremblait d'émotion encore plus
        que de fureur.": over the limit, a cut would part the measure from what it is measured by."""
        words = [w.text.lower().replace("’", "'") for w in described]
        measured = any(
            w in ("trop", "assez")
            and "pour" in words[k:]
            or w in ("plus", "moins", "aussi", "autant")
            and any(x in ("que", "qu'") for x in words[k:])
            for k, w in enumerate(words)
        )
        return not measured or count_words(text_of(described)) <= self.settings.max_words

    def _trailing(self, clause: Clause, segments: list[Clause]) -> list[tuple[float, list[Clause]]]:
        """ "Tes habits bâillent, déchirés en pièces." -> "Ils étaient déchirés en pièces.": a closing phrase about
        the subject. Not a gerund: readers took "..., répondit-il en haussant les épaules." -> "Il haussait les
        épaules." for an act the book does not tell on its own."""
        end = len(clause)
        while end and clause[end - 1].pos == "PUNCT" and clause[end - 1].text in ".!?…":
            end -= 1
        start = None
        connector: Clause = ()
        if len(segments) >= 2:
            last = segments[-1][: len(segments[-1]) - (len(clause) - end)]
            if last and last[0].text.lower() in KEPT_CONNECTORS and _participle_first(last[1:]):
                connector, last = last[:1], last[1:]  # "..., mais se raidissant contre ..." keeps its "mais"
            if last and self._descriptive(last) and last[0].pos != "NOUN":  # a noun there is an object
                start = end - len(last)
        if start is None or clause[end:] and clause[end].text in "!?":
            return []  # "Va-t-en donc, petit malheureux !": a closing phrase that calls out is no description
        host = clause[: start - len(connector)]
        while host and (host[-1].text == "," or host[-1].text.lower() in ("et", "ou")):
            host = host[:-1]  # "dit-elle, surprise et muette": no "et" or comma left hanging
        phrase = clause[start:end]
        if any("VerbForm=Fin" in w.morph or w.dep in ("nsubj", "nsubj:pass") for w in phrase[2:]):
            return []  # "..., arrivé là, il a dévié": the phrase opens a clause, it does not close one
        subject = self.host_subject(host)
        if subject is None or not phrase:
            return []
        if not subject.lower_.startswith("-") and any(
            w.src != ADDED and w.src > subject.i and opens_incise_at(self.doc, self.doc[w.src]) for w in host
        ):
            # "Tu es pâle, s'écria la princesse Marie, effrayée": the speaker's, whom host_subject did not find
            return []
        if any(w.src > subject.i and w.text.lower() in _CLAUSE_OPENERS for w in host if w.src != ADDED):
            return []  # "ils allaient partir, quand le Suisse s'approcha, en disant": the nearest verb is another's
        if any(
            w.src != ADDED and w.src > subject.i and w.dep in ("nsubj", "nsubj:pass") and w.head != subject.head.i
            for w in host
        ):
            return []  # "le rire fut glacé par le ton avec lequel le juge dit, en scandant": the judge scans
        first = next((w for w in phrase if w.pos != "ADV"), phrase[0])  # "absolument indigne d'elle"
        lead = self.doc[first.src] if first.src != ADDED else None
        if lead is not None and opens_incise_at(self.doc, lead):
            return []  # "— Il fallait s'y attendre, dit tranquillement le jeune policier.": an incise
        if (
            lead is not None
            and lead.dep_ in ("acl", "amod")
            and lead.head.i != subject.i
            and lead.head.pos_ in ("NOUN", "PROPN")
        ):
            return []  # "dans mon testament ..., déposé chez le notaire": it describes that noun, not the subject
        if lead is not None and _other_gender(lead, subject):
            return []  # "Marguerite ... dans un monde tout intérieur, éclairé par": another noun's participle
        key = token_key(self.doc, subject)
        words = self.subject_for_token(subject, host, head=phrase[-1].src)
        if key is None or words is None:
            return []
        if unreal(subject.head):
            return []
        made = self.predicate_words(phrase, key, self.tense, simple_past(subject.head))
        if made is None:
            return []
        words = elided_je(words, list(made[1]), host)
        said = connector + tuple(lower_first(words) if connector else words) + made[1]
        return [(COST_ADDED_WORD * (len(words) + 1) + COST_LINK, [host + clause[end:], said + clause[end:]])]

    def _describe(self, *, subject: Clause, desc: Clause, rest: Clause) -> tuple[float, Clause, Clause] | None:
        if not self._descriptive(desc, place=True, adverb=True) or not rest or not starts_verbally(self.doc, rest):
            return None
        if any(w.dep == "nsubj" and w.text.lower() in _SUBJECT_ONLY for w in desc):
            return None  # "Faible et blessé comme je le suis, je périssais": a clause inside, its own tense
        verb = first_finite(self.doc, rest)
        if verb is None:
            return None
        head = self.doc[noun_of(subject).src] if noun_of(subject) is not None else None
        key = subject_key(self.doc, subject)
        if key is None:
            return None
        # "ne put fermer": the small model may miss the finite verb and find the infinitive; the story's tense then
        tense = tense_of(verb) if is_finite(verb) else self.tense
        if unreal(verb):
            return None  # "Elle serait obligée d'agir ..., en s'entourant": not what she did
        made = self.predicate_words(desc, key, tense, simple_past(verb), prior=True)
        if made is None:
            return None
        head_src, said = made
        connector = tuple(w for w in subject[:1] if w.text.lower() in KEPT_CONNECTORS)
        subject = subject[len(connector) :]
        subject_text = connector + tuple(elided_je(relink(subject, noun_of(subject), head_src), list(said), subject))
        described = subject_text + said + (period(),)
        pronoun = self.pronoun_for(head, subject) if head is not None else None
        main_subject = (added(pronoun, "PRON", "nsubj", verb.i),) if pronoun else subject
        if self.leading_subject(rest):
            main_subject = ()  # "Marc et moi, fumant notre cigare, nous allâmes": the clause names them again
        added_words = 1 + (1 if pronoun else 0)
        return COST_ADDED_WORD * added_words, described, main_subject + rest

    def predicate_words(
        self, desc: Clause, key: str, tense: str, simple: bool = False, *, prior: bool = False
    ) -> tuple[int, Clause] | None:
        """A description turned into a predicate: "surpris" -> "était surpris", "ayant fini" -> "avait
        fini", "la coiffant" -> "la coiffait" (the imparfait shares the participle's stem); beside a
        verb in the passé simple (simple), a first-group participle takes it: "attirant" -> "attira"."""
        lead = desc[0].text.lower()
        if lead in ("ayant", "étant") and len(desc) > 1:
            form = AVOIR_PAST[key] if lead == "ayant" else ETRE["past"][key]
            return desc[1].src, (added(form, "AUX", "aux:tense" if lead == "ayant" else "cop", desc[1].src),) + desc[1:]
        k = next((i for i, w in enumerate(desc[:4]) if w.text.lower().endswith("ant")), None)
        if k is not None and all(w.text.lower() in CLITICS_BEFORE_VERB for w in desc[:k]):
            if self.tense != "past":
                return None
            rest = list(desc[k:])
            # "repoussant son ami et s'approchant de la fenêtre": every coordinated participle is conjugated.
            for i, w in enumerate(rest):
                participle = w.text.lower().endswith("ant") and ("VerbForm=Part" in w.morph or w.pos == "VERB")
                if i == 0 or (participle and _after_link(rest, i)):
                    made = self.past_form(w, key, simple, prior=prior)
                    if made is None:
                        return None
                    rest[i] = made
            return desc[k].src, desc[:k] + tuple(rest)
        # "Jugés par un conseil de guerre, ils ..." -> "Ils étaient jugés par un conseil de guerre."
        return desc[0].src, (added(ETRE[tense][key], "AUX", "cop", desc[0].src), *lower_first(list(desc)))

    def past_form(self, w: Word, key: str, simple: bool, *, prior: bool = False) -> Word | None:
        """The participle w conjugated: the passé simple where the sentence tells in it and the verb allows,
        else the imparfait; None for an act told before a passé simple (prior) that has no passé simple here."""
        lemma = self.doc[w.src].lemma_ if w.src != ADDED else ""
        form = passe_simple(w.text, lemma, key) if simple else None
        if form is not None:
            return conjugated(w, form, "Past")
        if simple and prior:
            # "Et prenant le bras ..., il se dirigea": an act before the verb; "Il prenait" would tell a lasting
            # one, and no passé simple is made beyond the first group
            return None
        form = imparfait(w.text, key)
        return conjugated(w, form) if form is not None else None

    def _descriptive(self, words: Clause, *, place: bool = False, adverb: bool = False) -> bool:
        """A phrase that can follow "était": an adjective, a participle (not a gerund); with place, "à l'écart"; with
        adverb, "toujours immobile" (before the verb only: after it, the phrase may describe its object)."""
        if not words:
            return False
        if count_words(text_of(words)) >= self.settings.max_words:  # the predicate gains a subject
            return False
        # "distrait" the small model may call a conditional, yet hangs on the noun before as an adjective
        finite = any("VerbForm=Fin" in w.morph and not _describes_before(w, words) for w in words)
        if finite or any(w.pos == "INTJ" or w.text in ("!", "?") for w in words):
            return False  # "Ah ! chère, je ...": a call, not a description
        lead = words[0]
        lower = lead.text.lower()
        if (
            adverb
            and lead.pos == "ADV"
            and len(words) > 1
            and words[1].pos in ("ADJ", "VERB")
            and lower not in ("en", "ne")
        ):
            lead, lower = words[1], words[1].text.lower()  # "toujours distrait et somnolent"
            if lower.endswith("ant") or any(w.pos == "NOUN" and w.src > lead.src and lead.head == w.src for w in words):
                # "toujours attendant": the participle must lead to be conjugated; "bien lointain souvenir":
                # the adjective of a noun
                return False
        if PASSE_SIMPLE_RE.search(lower) or any(INVERTED_SUBJECT_RE.match(w.text) for w in words):
            return False  # "..., déclara un vieux valet de pied": a verb the small model took for an adjective
        if _quantified_noun(words):
            return False  # "..., tous les hôtels, tous les garnis de Paris": items of a list, not a description
        if lower == "en":
            return False  # a gerund ("en haussant les épaules") tells how, not what the subject was or did
        if lower in ("ayant", "étant"):
            return len(words) > 1
        if lower.endswith("ant") and ("VerbForm=Part" in lead.morph or lead.pos == "VERB"):
            return len(words) > 1
        if place and lower in PLACE_PREPOSITIONS and len(words) > 1:
            return True  # "Le Suisse, à l'écart, s'indignait" -> "Le Suisse était à l'écart."
        named = any(w.pos in ("PROPN", "PRON") or w.text[:1].isupper() for w in words)
        if lead.pos == "NOUN" and not named and not any(w.pos == "DET" or w.text.lower() in DETERMINERS for w in words):
            return True  # "surprise et muette": adjectives the small model calls nouns
        participle = "VerbForm=Part" in lead.morph and "Tense=Past" in lead.morph
        return lead.pos == "ADJ" or participle or (lead.pos == "VERB" and _describes_before(lead, words))


def _describes_before(w: Word, words: Clause) -> bool:
    """w hangs as an adjective on a word before the phrase: the subject it describes."""
    return w.dep == "amod" and w.head < words[0].src


def _quantified_noun(words: Clause) -> bool:
    """ "tous les hôtels", "toute la ville": a noun phrase under "tout", which no "était" turns into a predicate."""
    return (
        len(words) > 1
        and words[0].text.lower() in _TOUT
        and (words[1].pos == "DET" or words[1].text.lower() in DETERMINERS)
    )


_CLAUSE_OPENERS = frozenset(
    {"quand", "lorsque", "lorsqu'", "lorsqu’", "que", "qu'", "qu’", "qui", "dont", "où", "si", "comme", "puisque"}
)
_TOUT = frozenset({"tout", "toute", "tous", "toutes"})


def _participle_first(words: Clause) -> bool:
    """ "se raidissant contre ...": a present participle after at most a few clitics."""
    for w in words[:4]:
        if w.text.lower().endswith("ant") and ("VerbForm=Part" in w.morph or w.pos == "VERB"):
            return True
        if w.text.lower() not in CLITICS_BEFORE_VERB:
            return False
    return False


def _after_link(words: list[Word], i: int) -> bool:
    """Word i follows "et" or a comma, then only clitics: the next verb of a coordination."""
    if words[i - 1].text.lower() == "en":
        return False  # "et en haletant": a gerund, not a verb of the coordination
    j = i - 1
    while j >= 0 and words[j].text.lower() in CLITICS_BEFORE_VERB:
        j -= 1
    return j >= 0 and words[j].text.lower() in ("et", ",")


def _other_gender(predicate: Token, subject: Token) -> bool:
    """An adjective or past participle whose gender is not its supposed subject's ("Marguerite ... éclairé")."""
    if predicate.pos_ not in ("ADJ", "VERB") or predicate.lower_.endswith("ant"):
        return False
    for feature in ("Gender", "Number"):  # "On prend des plaques ..., bien transparentes"
        told, known = predicate.morph.get(feature), subject.morph.get(feature)
        if told and known and told != known:
            return True
    return False
