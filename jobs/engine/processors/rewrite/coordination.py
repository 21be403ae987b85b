"""Coordinated clauses and lists: each becomes a sentence, its subject or verb given back."""

from __future__ import annotations

import re

from jobs.engine.processors.clause_words import QUE_RE
from jobs.engine.processors.clauses import subordinate
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.costs import (
    COST_ADDED_WORD,
    COST_LINK,
)
from jobs.engine.processors.rewrite.french import PERSONAL, person_key, simple_past, unreal
from jobs.engine.processors.rewrite.tree import (
    copula_group,
    copy,
    has_subject,
    is_finite_word,
    is_narrative_verb,
    is_predicate,
    is_verb_like,
    lower_first,
    opens_incise_at,
    sources_of,
    span_of,
    subject_of,
    subtree,
    tok,
    verb_group,
)
from jobs.engine.processors.rewrite.verb_owner import (
    dangling_before,
    not_the_last_subject,
    noun_set_off,
    open_relative,
    other_subject_between,
    que_between,
)
from jobs.engine.processors.rewrite.wellformed import bare_complement, has_finite, in_parentheses, under_condition
from jobs.engine.processors.rewrite.word_classes import (
    DE_FORMS,
    DROPPED_CONNECTORS,
    KEPT_CONNECTORS,
    NOMINAL,
    PASSE_SIMPLE_RE,
    SUBJECT_DEPS,
)
from jobs.engine.processors.rewrite.words import (
    Clause,
    Word,
)
from jobs.engine.processors.subjects import AUXILIARY_WORDS, CLITICS_BEFORE_VERB


class Coordination:
    """Mixed into Rewriter: candidates that split at a coordination."""

    def coordinated(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = sources_of(clause)
        aside = in_parentheses(clause)
        for w in clause:
            t = tok(self.doc, w)
            if t is None or t.dep_ != "conj" or t.head.i not in srcs or not is_verb_like(t) or not is_predicate(t.head):
                continue
            span = span_of(clause, subtree(t, srcs))
            if span is None:
                continue
            a, b = span
            while a > 0 and clause[a - 1].text in (",", ";"):
                a -= 1
            tail = clause[b + 1 :]
            if not all(x.pos == "PUNCT" for x in tail) or a == 0:
                continue
            host = clause[:a] + tail
            if not has_finite(host):
                continue  # "Louis-Antoine, toujours distrait et somnolent, ne parut pas": the verb is the host's own
            part = list(clause[a : b + 1])
            while part and (part[0].pos == "PUNCT" or part[0].text.lower() in DROPPED_CONNECTORS):
                part.pop(0)
            if not part:
                continue
            extra = 0.0
            if under_condition(t.head):
                continue  # "Si on attaque le centre, nous concentrons ..., et nous nous replions": both depend on it
            if _shares_what_follows(self.doc, t):
                continue  # "allait et venait à travers la pièce", "ouvrit et ferma la porte": one phrase for both
            if opens_incise_at(self.doc, t):
                continue  # "« Cette fille est pleine d'esprit, se dit Mme de Chazeron.": the line's incise
            if any(c.dep_ == "cc" and c.lower_ == "ni" for c in t.children):
                continue  # "ne songeait ni à ses souliers ni a ses habits": after "ni", a "verb" is a misprint
            if not has_subject(self.doc, t, srcs):
                if t.morph.get("VerbForm") == ["Inf"]:
                    continue  # "à charge de l'espionner et de faire naître": an infinitive takes no subject
                if t.head.i in aside and t.i not in aside:
                    continue  # "seul (M. Canivet venait de partir), assis ... et contemplant": not the aside's verb
                if subordinate(t.head) or que_between(self.doc, t.head.i, t.i):
                    # "il comprit qu'on l'avait joué et lui écrivit", "pensa qu'un peu d'exagération ne pouvait
                    # nuire, et même lui assurait": whose verb it is, the parse may not know
                    continue
                if any(w.pos == "DET" and w.src < t.i for w in part) or noun_set_off(clause[:a], t.head.i):
                    # "tout à coup un cri formidable retentit", "..., le blessé, après une nuit paisible, parut":
                    # a subject the parse missed
                    continue
                if other_subject_between(self.doc, t, srcs):
                    # "disparut avec elle jusqu'au bout de la galerie, où elle faillit tomber, et s'appuya": the
                    # verb may be the nearer subject's, whatever the parse hung it on
                    continue
                subject = self.subject_words(t.head, host, head=t.i)
                if subject is None:
                    continue
                if t.morph.get("VerbForm") == ["Part"] and t.lower_.endswith("ant"):
                    if any(_gerund_en(part, k, t.i) for k in range(len(part))):
                        # "et en haletant un peu": a gerund tells how; readers took "Ils haletaient un peu." for
                        # an act the book does not tell on its own
                        continue
                    # "mais se raidissant contre ..." -> "Mais il se raidissait contre ...": a participle conjugated
                    part = self._conjugated(part, t, subject)
                    if part is None:
                        continue
                at = 1 if part[0].text.lower() in KEPT_CONNECTORS else 0
                predicate = t.pos_ == "ADJ" or (t.morph.get("VerbForm") == ["Part"] and not t.lower_.endswith("ant"))
                auxiliaries = self._shared_auxiliaries(t.head) if predicate and not has_finite(part) else []
                if auxiliaries is None:
                    continue  # "il debout près de la cheminée": no verb to give the subject to
                said = subject + auxiliaries
                part[at:at] = lower_first(said) if at else said
                extra = COST_ADDED_WORD * len(said)
            out.append((extra, [host, tuple(part) + tail]))
        splits = {len(c[1][0]) for c in out}
        return out + [c for c in self._surface_coordinated(clause) if len(c[1][0]) not in splits]

    def _shared_auxiliaries(self, head: Token) -> list[Word] | None:
        """ "Elle était enchâssée d'argent et suspendue à ...": the auxiliary or copula the coordinated
        participle shares, said again ("Elle était suspendue à ..."); None where there is none, or where
        the head is negated (the negation would go with it)."""
        shared = [c for c in head.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and c.i < head.i]
        if not shared or any(c.lower_ in ("ne", "n'", "n’") for c in head.children):
            return None
        if not any(c.morph.get("VerbForm") == ["Fin"] for c in shared):
            return None
        return [copy(c) for c in shared]

    def _conjugated(self, part: list[Word], verb: Token, subject: list[Word]) -> list[Word] | None:
        last = subject[-1].text.lower()
        if last in PERSONAL:
            key = person_key(last)
        elif any("Number=Plur" in w.morph or w.text.lower() in ("les", "des", "ces", "ses", "leurs") for w in subject):
            key = "plur"
        else:
            key = "sing"
        if self.tense != "past" or unreal(verb.head):
            return None  # "Elle serait obligée d'agir ..., et en s'entourant": not what she did
        made = self.past_form(copy(verb), key, simple_past(verb.head))
        if made is None:
            return None
        return [made if w.src == verb.i else w for w in part]

    def _surface_coordinated(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "..., mit son chapeau et poussa la voiture": a verb the parser missed, known by its ending."""
        out = []
        for k in range(1, len(clause) - 1):
            link = clause[k].text.lower()
            if link not in DROPPED_CONNECTORS and link not in KEPT_CONNECTORS and link != ",":
                continue
            j = k + 1
            while j < len(clause) and clause[j].text.lower() in CLITICS_BEFORE_VERB:
                j += 1
            verb = tok(self.doc, clause[j]) if j < len(clause) else None
            if verb is None or not (is_narrative_verb(verb) or _compound_tense(clause, j)):
                continue
            if j + 1 < len(clause) and clause[j + 1].text.startswith("-") or opens_incise_at(self.doc, verb):
                continue  # "répondit-il", "dit Pierre": an incise, with its own subject
            before = tok(self.doc, clause[k - 1])
            if j == k + 1 and before is not None and _shares_what_follows(self.doc, verb, before):
                continue  # "allait et venait à travers la pièce": one phrase for both
            host = clause[:k]
            subject = self.host_subject(host)
            if subject is None or noun_set_off(host, subject.i) or not_the_last_subject(self.doc, host, subject):
                continue
            if dangling_before(host, subject.i):
                continue  # "et Florimond, Colbert le savait très bien, était dans sa vingt et unième année": his
            if any(self.doc[i].dep_ == "mark" and QUE_RE.match(self.doc[i].text) for i in range(subject.i, verb.i)):
                continue  # "la journée n'était pas passée, que l'aide de camp vint ..., et lui adressa": his
            if link == "," and open_relative(self.doc, subject.i, verb.i):
                continue  # "les deux commères, dont la plus jeune, ayant mis son touret, montrait": the relative's
            words = self.subject_for_token(subject, host, head=verb.i)
            if words is None:
                continue
            part = list(clause[k:])
            while part and (part[0].pos == "PUNCT" or part[0].text.lower() in DROPPED_CONNECTORS):
                part.pop(0)
            at = 1 if part and part[0].text.lower() in KEPT_CONNECTORS else 0
            part[at:at] = lower_first(words) if at else words
            tail = tuple(x for x in clause[-1:] if x.pos == "PUNCT" and x.text in ".!?…")
            out.append((COST_ADDED_WORD * len(words) + COST_LINK, [host + tail, tuple(part)]))
        return out

    def enumerations(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Il acheta du pain, du vin et des fruits." -> "... Il acheta des fruits.": the verb repeated."""
        out = []
        srcs = sources_of(clause)
        for w in clause:
            t = tok(self.doc, w)
            if t is None or t.dep_ != "conj" or t.pos_ not in NOMINAL or t.head.i not in srcs:
                continue
            if is_narrative_verb(t) or (not t.text[:1].isupper() and PASSE_SIMPLE_RE.search(t.lower_)):
                continue  # "et la tranquillisa": a verb the small model took for a noun
            if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cop" or _verb_as_adjective(c, t) for c in t.children):
                # "..., et cette région est de nature à", "et les conversations reprennent": a clause of its
                # own, not an item of a list
                continue
            item = t.head
            verb = item.head
            if bare_complement(item):
                continue  # "ses cartons à dessin et la tapisserie": "à dessin" completes a noun, it lists nothing
            if sum(1 for c in verb.children if c.dep_ == "obj") > 1:
                continue  # "Emma descendit la première, puis Félicité, M. Lheureux, une nourrice": no list of objects
            copular = item.head.i == item.i and any(c.dep_ == "cop" for c in item.children)
            if not copular:
                if item.dep_ not in ("obj", "obl", "obl:mod", "obl:arg", "nmod") or verb.i not in srcs:
                    continue
                if not is_predicate(verb) or (item.dep_ == "nmod" and verb.pos_ != "VERB") or subordinate(verb):
                    continue  # "l'idée que Martial conspirait avec ...": the verb said again needs its "que"
            span = span_of(clause, subtree(t, srcs))
            if span is None:
                continue
            a, b = span
            while a > 0 and clause[a - 1].text == ",":
                a -= 1
            tail = clause[b + 1 :]
            if a == 0 or not all(x.pos == "PUNCT" for x in tail):
                continue
            if has_finite(clause[a : b + 1]) or _mixed_cases(item) or _contrast(t):
                continue  # "en chair et en os qu'elle met", "et en atteignit un": a clause, not an item
            if any(QUE_RE.match(self.doc[k].text) for k in range(verb.i + 1, item.i)):
                continue  # "Il ne respira qu'après avoir vu Maurice et les officiers": the restriction goes too
            if has_finite(tuple(x for x in clause if item.i < x.src < t.i)):
                # "Les Français étaient à distance, et il pouvait apercevoir leurs figures, les buffleteries": a
                # verb between them, the items are that verb's, whatever the parse hung them on
                continue
            if any(opens_incise_at(self.doc, self.doc[k]) for k in range(item.i + 1, t.i)):
                continue  # "— C'est bien simple, répondit-elle, toute surprise de ...": the speaker's, not the line's
            group = verb_group(self.doc, verb, srcs)
            if group is not None and any(
                self.doc[k].pos_ == "VERB" and k not in group for k in range(verb.i + 1, item.i)
            ):
                # "Il pleurait en songeant à son costume, à son public": a verb between them, the items may be
                # its own, whatever the parse hung them on
                continue
            subject = self.subject_words(verb, clause[:a], head=verb.i)
            if item.dep_ == "ROOT" or item.head.i == item.i:
                # "C'étaient des manuels, des pamphlets et des romans": the list is the predicate.
                group, subject = copula_group(self.doc, item, srcs), []
            if group is None or subject is None or not any(is_finite_word(self.doc[i]) for i in group):
                continue
            if subject and _disagree(subject_of(self.doc, verb), [self.doc[i] for i in group]):
                continue  # "Les stupéfiantes révélations ... conspirait": the parse gave the verb another's subject
            if any(c.dep_ == "case" and c.lower_ == "entre" for c in item.children):
                continue  # "entre le hangar et l'écurie" is one place
            if any(c.dep_ == "cc" and c.lower_ == "ou" for c in t.children):
                continue  # "dans la neige ou dans la boue": one or the other, not both
            part = list(clause[a : b + 1])
            while part and (part[0].pos == "PUNCT" or part[0].text.lower() in DROPPED_CONNECTORS):
                part.pop(0)
            # "dans la cour et le jardin": the item takes the preposition of the first one.
            case = [c for c in item.children if c.dep_ == "case" and c.i == item.left_edge.i]
            if case and not any(c.dep_ == "case" for c in t.children):
                partitive = case[0].lower_ in DE_FORMS and part[0].text.lower() in _ARTICLES
                if partitive or not any(c.dep_ == "cc" for c in t.children):
                    # "chez un marchand, une gravure": after a mere comma, not the same kind of item; "de la
                    # tendresse et une tristesse": "de" there is the partitive article ("de une" is no French)
                    continue
                part[0:0] = [copy(self.doc[c.i]) for c in case]
            words = [copy(self.doc[i]) for i in group]
            added_count = len(subject) + len(words)
            out.append(
                (COST_ADDED_WORD * added_count + COST_LINK, [clause[:a] + tail, tuple(subject + words + part) + tail])
            )
        return out


def _shares_what_follows(doc, verb: Token, first: Token | None = None) -> bool:
    """Two verbs side by side ("allait et venait", "ouvrit et ferma") share the object or phrase after the
    second: the parse hangs it on the first, or the pair is "aller et venir"."""
    first = verb.head if first is None else first
    if first.i + 2 != verb.i or doc[first.i + 1].lower_ not in ("et", "ou"):
        return False
    if {first.lemma_, verb.lemma_} == {"aller", "venir"} or _COMING_AND_GOING.match(f"{first.lower_} {verb.lower_}"):
        return True
    return any(c.i > verb.i and c.dep_ not in ("punct", "conj", "cc") for c in first.children)


# "allait et venait", "vont et viennent": one motion, whatever the lemmatizer made of them.
_COMING_AND_GOING = re.compile(r"^(?:all|va|vont|ir)\w* (?:v[ei]n|vien)\w*$")


def _gerund_en(words: list[Word], k: int, verb: int) -> bool:
    """words[k] is the "en" of a gerund: no clitic before it, only clitics between it and the verb."""
    if words[k].text.lower() != "en" or (k and words[k - 1].text.lower() in CLITICS_BEFORE_VERB):
        return False
    j = k + 1
    while j < len(words) and words[j].src != verb and words[j].text.lower() in CLITICS_BEFORE_VERB:
        j += 1
    return j < len(words) and words[j].src == verb


def _verb_as_adjective(word: Token, noun: Token) -> bool:
    """ "les conversations reprennent": after a plural noun, an "adjective" in -ent is its verb (the adjective
    would end in -ents)."""
    return (
        word.pos_ == "ADJ" and word.i > noun.i and noun.morph.get("Number") == ["Plur"] and word.lower_.endswith("ent")
    )


def _disagree(subject: Token | None, group: list[Token]) -> bool:
    """The subject's number and its verb's differ: the parse joined them wrongly."""
    number = subject.morph.get("Number") if subject is not None and subject.pos_ in ("NOUN", "PROPN") else []
    verbs = [t.morph.get("Number") for t in group if t.morph.get("VerbForm") == ["Fin"]]
    return bool(number) and any(v and v != number for v in verbs)


_ARTICLES = frozenset({"un", "une", "des", "du"})  # "de" cannot stand before them


def _mixed_cases(item: Token) -> bool:
    """ "sur le boulevard, chez un marchand": items with different prepositions are no list of one thing."""
    items = (item, *(c for c in item.children if c.dep_ == "conj"))
    return len({c.lower_ for x in items for c in x.children if c.dep_ == "case"}) > 1


def _contrast(item: Token) -> bool:
    """ "..., mais une pudeur la retenait": "mais" opens a clause, not the next item of a list; "ni à Hardenberg,
    ni à Haugwitz": each item said alone would keep a lone "ni"."""
    return any(c.dep_ == "cc" and c.lower_ not in ("et", "ou") for c in item.children)


def _compound_tense(clause: Clause, j: int) -> bool:
    """clause[j] is an auxiliary with its past participle right after it."""
    return (
        clause[j].text.lower() in AUXILIARY_WORDS
        and j + 1 < len(clause)
        and "VerbForm=Part" in clause[j + 1].morph
        and "Tense=Past" in clause[j + 1].morph
    )
