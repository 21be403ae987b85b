"""Rewrite a long sentence into short sentences that stand alone.

The rule-based simplifiers for French (Brouwers et al. 2014, Seretan 2012)
work this way: transformations over the dependency parse each turn one
sentence into two, candidates are generated, and a score picks the best
set. Ours:

- coordinated clauses become sentences; a coordinated verb gets back the
  subject it shares ("Il ouvrit la porte et sortit." -> "Il ouvrit la
  porte." "Il sortit."), as an agreeing pronoun or the name repeated;
- a relative clause on "qui" becomes a sentence about its antecedent
  ("son mari, qui dormait" -> "Il dormait.");
- a descriptive phrase set off by commas becomes a predicate ("Emma,
  surprise et muette, regardait" -> "Emma était surprise et muette." "Elle
  regardait"; "ayant fini" -> "avait fini");
- an adverbial clause is split only with its link kept ("Quand il arriva,
  la porte s'ouvrit." -> "Il arriva." "Alors la porte s'ouvrit."; "parce
  que" -> "C'était parce que ...").

Only function words are added: subject pronouns, "être" or "avoir" in the
sentence's tense, "Alors", "c'était". A clause still over the limit once
nothing more applies is cut by the exact-words planner, and a piece that
cannot stand alone is flagged. The score of a set: one point a piece,
eight and two a word for a piece that does not stand alone, a little for each added
word and for splitting a restrictive relative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from jobs.processors.base import ProcessorSettings, count_words
from jobs.processors.clause_words import (
    ADDED,
    Clause,
    Word,
    added,
    first_word_index,
    sentence_words,
    text_of,
    to_doc,
)
from jobs.processors.clauses import Chunks, analyse, subordinate
from jobs.processors.french import (
    AVOIR_PAST,
    ETRE,
    PERSONAL,
    gender_number,
    imparfait,
    person_key,
    tense_of,
    third_person,
    title_gender,
)
from jobs.text import subjects

COST_PIECE = 1.0
# A piece that cannot stand alone costs more the more words it strands.
COST_FRAGMENT = 8.0
COST_FRAGMENT_WORD = 2.0
COST_ADDED_WORD = 0.3
COST_RESTRICTIVE = 2.5
COST_LINK = 0.5
# "C'était dans la rue." reads less well than a clause of the book's own.
COST_DETACH = 4.0
MAX_REPEATED_WORDS = 4
MAX_CANDIDATES = 6

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
VERB_CHILD_DEPS = frozenset(
    {"obj", "nsubj", "nsubj:pass", "cop", "aux", "aux:tense", "aux:pass", "expl:comp", "expl:pass", "obl:arg", "xcomp"}
    | {"iobj", "ccomp"}
)
# Connectors that open a coordinated clause and stay: "Puis il sortit."
KEPT_CONNECTORS = frozenset({"mais", "puis", "donc", "car", "ou", "alors", "ensuite", "enfin", "pourtant", "cependant"})
DROPPED_CONNECTORS = frozenset({"et", "ni"})
NOMINAL = frozenset({"NOUN", "PROPN"})
_INVERTED_SUBJECT_RE = re.compile(r"^-(?:t-)?(?:il|elle|on|ils|elles)$", re.IGNORECASE)
LATER_MARKS = frozenset({"quand", "lorsque", "lorsqu'", "lorsqu’"})
# "C'était parce qu'il avait peur." "C'était pour ouvrir la fenêtre."
REASON_MARKS = frozenset({"parce", "pour", "afin"})
# Phrases of time and place read well after "C'était": "C'était au milieu de
# la nuit." Not "à", "chez", "avec", "par": "C'était chez soi" says something else.
DETACHABLE_PREPOSITIONS = frozenset(
    {"dans", "sur", "sous", "devant", "derrière", "vers", "pendant", "après", "avant", "depuis", "durant", "dès"}
    | {"entre", "parmi", "au", "aux", "en", "près", "loin"}
)
# Time and place: a phrase the parser hung on a noun that may still set the scene.
SCENE_PREPOSITIONS = frozenset(
    {"sous", "sur", "dans", "devant", "derrière", "vers", "pendant", "après", "avant", "depuis", "durant", "malgré"}
)
NEGATION_AFTER = frozenset({"pas", "point", "plus", "jamais", "guère", "rien"})
FRONT_MARKS = frozenset({"quand", "lorsque", "lorsqu'", "lorsqu’", "comme", "puisque", "puisqu'", "puisqu’"})
OPENERS = frozenset({"«", "“", "—", "–", "-", "("})
CLITICS_BEFORE_VERB = frozenset(
    {"ne", "n'", "n’", "se", "s'", "s’", "le", "la", "les", "l'", "l’", "lui", "leur", "y", "en", "me", "m'", "m’"}
    | {"te", "t'", "t’", "nous", "vous"}
)
STRONG_TO_SUBJECT = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles", "moi": "je", "toi": "tu"}


@dataclass(frozen=True)
class Sentence:
    """One rewritten sentence with its own parse, before any cut."""

    clause: Clause
    rewritten: bool


@dataclass(frozen=True)
class Plan:
    cost: float
    sentences: tuple[Sentence, ...]


class Rewriter:
    """Candidate rewrites of one parsed sentence, and the best set of them."""

    def __init__(self, doc: Doc, text: str, settings: ProcessorSettings, judge):
        self.doc = doc
        self.settings = settings
        self.judge = judge  # Clause -> (cost of cutting it, as the exact planner would)
        self.memo: dict[tuple, Plan] = {}
        self.words = sentence_words(doc, text)
        self.tense = _narration_tense(doc)

    def best(self) -> Plan:
        return self.solve(self.words, rewritten=False)

    def solve(self, clause: Clause, *, rewritten: bool) -> Plan:
        key = tuple((w.src, w.text) for w in clause)
        if key in self.memo:
            return self.memo[key]
        plan = Plan(self.judge(clause), (Sentence(clause, rewritten),))
        self.memo[key] = plan  # a candidate leading back here gets the plain cut
        size = count_words(text_of(clause))
        if size > self.settings.max_words:
            for cost, parts in self.candidates(clause)[:MAX_CANDIDATES]:
                if any(count_words(text_of(part)) >= size for part in parts):
                    continue
                total = cost
                sentences: list[Sentence] = []
                for part in parts:
                    sub = self.solve(part, rewritten=True)
                    total += sub.cost
                    sentences.extend(sub.sentences)
                    if total >= plan.cost:
                        break
                if total < plan.cost:
                    plan = Plan(total, tuple(sentences))
        self.memo[key] = plan
        return plan

    # --- candidates ---------------------------------------------------------

    def candidates(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        found: list[tuple[float, list[Clause]]] = []
        for make in (
            self.coordinated,
            self.relatives,
            self.adverbials,
            self.descriptions,
            self.enumerations,
            self.adjuncts,
        ):
            found.extend(make(clause))
        return sorted((c for c in found if all(_has_words(p) for p in c[1])), key=lambda c: c[0])

    def coordinated(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = _srcs(clause)
        for w in clause:
            t = _tok(self.doc, w)
            if t is None or t.dep_ != "conj" or t.head.i not in srcs or not _verb_like(t) or not _predicate(t.head):
                continue
            span = _span(clause, _subtree(t, srcs))
            if span is None:
                continue
            a, b = span
            while a > 0 and clause[a - 1].text in (",", ";"):
                a -= 1
            tail = clause[b + 1 :]
            if not all(x.pos == "PUNCT" for x in tail) or a == 0:
                continue
            host = clause[:a] + tail
            part = list(clause[a : b + 1])
            while part and (part[0].pos == "PUNCT" or part[0].text.lower() in DROPPED_CONNECTORS):
                part.pop(0)
            if not part:
                continue
            extra = 0.0
            if not _has_subject(self.doc, t, srcs):
                subject = self.subject_words(t.head, host, head=t.i)
                if subject is None:
                    continue
                at = 1 if part[0].text.lower() in KEPT_CONNECTORS else 0
                part[at:at] = _lower_first(subject) if at else subject
                extra = COST_ADDED_WORD * len(subject)
            out.append((extra, [host, tuple(part) + tail]))
        splits = {len(c[1][0]) for c in out}
        return out + [c for c in self._surface_coordinated(clause) if len(c[1][0]) not in splits]

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
            verb = _tok(self.doc, clause[j]) if j < len(clause) else None
            if verb is None or not _narrative_verb(verb):
                continue
            if j + 1 < len(clause) and clause[j + 1].text.startswith("-"):
                continue  # "répondit-il": an incise, with its own subject
            host = clause[:k]
            subject = self._host_subject(host)
            if subject is None:
                continue
            words = self._subject_for_token(subject, host, head=verb.i)
            if words is None:
                continue
            part = list(clause[k:])
            while part and (part[0].pos == "PUNCT" or part[0].text.lower() in DROPPED_CONNECTORS):
                part.pop(0)
            at = 1 if part and part[0].text.lower() in KEPT_CONNECTORS else 0
            part[at:at] = _lower_first(words) if at else words
            tail = tuple(x for x in clause[-1:] if x.pos == "PUNCT" and x.text in ".!?…")
            out.append((COST_ADDED_WORD * len(words) + COST_LINK, [host + tail, tuple(part)]))
        return out

    def _host_subject(self, host: Clause) -> Token | None:
        srcs = _srcs(host)
        for w in reversed(host):  # "répondit-il": the incise's subject speaks last
            if _INVERTED_SUBJECT_RE.match(w.text):
                return self.doc[w.src] if w.src != ADDED else None
        for a, _ in subjects.name_verb_pairs(self.doc) + subjects.clitic_pairs(self.doc):
            if a in srcs and not subordinate(self.doc[a].head):
                return self.doc[a]
        for w in host:
            t = _tok(self.doc, w)
            if t is None or "Rel" in t.morph.get("PronType"):
                continue
            if t.dep_ in SUBJECT_DEPS and t.head.i in _srcs(host) and not subordinate(t.head):
                return t
            if t.lower_ in PERSONAL and w is host[first_word_index(host)]:
                return t
        return None

    def relatives(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = _srcs(clause)
        for w in clause:
            t = _tok(self.doc, w)
            if t is None or t.dep_ != "acl:relcl" or t.head.i not in srcs:
                continue
            rel = [c for c in t.children if c.i in srcs and c.lower_ == "qui" and c.dep_ in SUBJECT_DEPS]
            if not rel:
                continue
            span = _span(clause, _clause_members(t, srcs))
            if span is None:
                continue
            a, b = span
            detached = a > 0 and clause[a - 1].text == ","
            host_end = a - 1 if detached else a
            rest = clause[b + 1 :]
            if detached and rest and rest[0].text == ",":
                rest = rest[1:]
            host = clause[:host_end] + rest
            referent = self.referent_words(t.head, host, head=t.i)
            if referent is None:
                continue
            part = []
            for x in clause[a : b + 1]:
                part.extend(referent if x.src == rel[0].i else [x])
            while part and part[-1].text in (",", ";", ":"):
                part.pop()
            cost = COST_ADDED_WORD * len(referent) + (0.0 if detached else COST_RESTRICTIVE)
            out.append((cost, [host, tuple(part)]))
        return out

    def adverbials(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = _srcs(clause)
        start = first_word_index(clause)
        for w in clause:
            t = _tok(self.doc, w)
            if t is None or t.dep_ not in ("advcl", "xcomp"):
                continue
            marks = [c for c in t.children if c.dep_ == "mark" and c.i in srcs]
            if not marks:
                continue
            span = _span(clause, _clause_members(t, srcs))
            if span is None:
                continue
            a, b = span
            mark = marks[0]
            if (
                mark.lower_ in FRONT_MARKS
                and a == start
                and clause[a].src == mark.i
                and b + 1 < len(clause)
                and clause[b + 1].text == ","
                and _finite(t)
                and _has_subject(self.doc, t, srcs)
            ):
                main = clause[b + 2 :]
                root = next((x.head for x in main if x.src == x.head), main[0].src if main else ADDED)
                link = added("Alors", "ADV", "advmod", root)
                first = clause[:a] + clause[a + 1 : b + 1] + (_period(),)
                out.append((COST_LINK + COST_ADDED_WORD, [first, (link,) + tuple(_lower_first(list(main)))]))
            elif (
                mark.lower_ in LATER_MARKS
                and a > start
                and all(x.pos == "PUNCT" for x in clause[b + 1 :])
                and _finite(t)
                and _has_subject(self.doc, t, srcs)
            ):
                # "Il se leva quand elle entra." -> "Elle entra." "Alors il se leva."
                host_end = a - 1 if clause[a - 1].text == "," else a
                opener = clause[:start]
                main = tuple(_lower_first(list(clause[start:host_end]))) + clause[b + 1 :]
                link = added("Alors", "ADV", "advmod", t.head.i)
                event = opener + clause[a + 1 : b + 1] + (_period(),)
                out.append((COST_LINK + COST_ADDED_WORD, [event, (link,) + main]))
            elif mark.lower_ in REASON_MARKS and a > start and all(x.pos == "PUNCT" for x in clause[b + 1 :]):
                if mark.lower_ != "parce" and t.morph.get("VerbForm") != ["Inf"]:
                    continue  # "pour que", "afin que": only the infinitive reads well after "C'était"
                host_end = a - 1 if clause[a - 1].text == "," else a
                copula = "était" if self.tense == "past" else "est"
                link = (added("c’", "PRON", "expl:subj", ADDED), added(copula, "AUX", "cop", ADDED))
                out.append((COST_LINK + COST_ADDED_WORD, [clause[:host_end] + clause[b + 1 :], link + clause[a:]]))
        return out

    def enumerations(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Il acheta du pain, du vin et des fruits." -> "... Il acheta des fruits.": the verb repeated."""
        out = []
        srcs = _srcs(clause)
        for w in clause:
            t = _tok(self.doc, w)
            if t is None or t.dep_ != "conj" or t.pos_ not in NOMINAL or t.head.i not in srcs:
                continue
            item = t.head
            verb = item.head
            copular = item.head.i == item.i and any(c.dep_ == "cop" for c in item.children)
            if not copular:
                if item.dep_ not in ("obj", "obl", "obl:mod", "obl:arg", "nmod") or verb.i not in srcs:
                    continue
                if not _predicate(verb) or (item.dep_ == "nmod" and verb.pos_ != "VERB"):
                    continue
            span = _span(clause, _subtree(t, srcs))
            if span is None:
                continue
            a, b = span
            while a > 0 and clause[a - 1].text == ",":
                a -= 1
            tail = clause[b + 1 :]
            if a == 0 or not all(x.pos == "PUNCT" for x in tail):
                continue
            group = _verb_group(self.doc, verb, srcs)
            subject = self.subject_words(verb, clause[:a], head=verb.i)
            if item.dep_ == "ROOT" or item.head.i == item.i:
                # "C'étaient des manuels, des pamphlets et des romans": the list is the predicate.
                group, subject = _copula_group(self.doc, item, srcs), []
            if group is None or subject is None:
                continue
            part = list(clause[a : b + 1])
            while part and (part[0].pos == "PUNCT" or part[0].text.lower() in DROPPED_CONNECTORS):
                part.pop(0)
            # "dans la cour et le jardin": the item takes the preposition of the first one.
            case = [c for c in item.children if c.dep_ == "case" and c.i == item.left_edge.i]
            if case and not any(c.dep_ == "case" for c in t.children):
                part[0:0] = [_copy(self.doc[c.i]) for c in case]
            words = [_copy(self.doc[i]) for i in group]
            added_count = len(subject) + len(words)
            out.append(
                (COST_ADDED_WORD * added_count + COST_LINK, [clause[:a] + tail, tuple(subject + words + part) + tail])
            )
        return out

    def adjuncts(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """A phrase of time, place or manner told apart: "C'était au milieu de la nuit."."""
        out = []
        srcs = _srcs(clause)
        start = first_word_index(clause)
        for w in clause:
            t = _tok(self.doc, w)
            if t is None or t.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod") or t.head.i not in srcs:
                continue
            case = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
            if not case or case[0].lower_ not in DETACHABLE_PREPOSITIONS | {"comme"}:
                continue
            if case[0].lower_ == "comme" and t.dep_ == "nmod":
                continue  # "un amour comme le nôtre" describes the noun
            if t.dep_ == "nmod" and case[0].lower_ not in SCENE_PREPOSITIONS:
                continue  # "un homme avec une barbe" describes the man, not the scene
            if not _sets_the_scene(t, srcs):
                continue
            if t.dep_ == "obl:arg" and case[0].lower_ in ("à", "de", "d'", "d’"):
                continue
            span = _span(clause, _subtree(t, srcs))
            if span is None:
                continue
            a, b = span
            copula = "était" if self.tense == "past" else "est"
            link = (added("c’", "PRON", "expl:subj", ADDED), added(copula, "AUX", "cop", ADDED))
            phrase = tuple(_lower_first(list(clause[a : b + 1])))
            if all(x.pos == "PUNCT" for x in clause[b + 1 :]) and a > start:
                host_end = a - 1 if clause[a - 1].text == "," else a
                out.append((COST_DETACH, [clause[:host_end] + clause[b + 1 :], link + phrase]))
            elif a == start and b + 1 < len(clause) and clause[b + 1].text == ",":
                rest = tuple(_lower_first(list(clause[b + 2 :])))
                out.append((COST_DETACH, [clause[:a] + link + phrase, rest]))
        return out

    def descriptions(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Emma, surprise et muette, regardait ..." and "Surprise, Emma regardait ..."."""
        segments = _comma_segments(clause)
        if len(segments) < 2:
            return self._trailing(clause, segments)
        out = []
        first = segments[0]
        opener = tuple(x for x in first if x.text in OPENERS and x is first[0])
        if len(segments) >= 3 and self._subject_phrase(first[len(opener) :]):
            desc, rest = segments[1], _join(segments[2:])
            made = self._describe(subject=first[len(opener) :], desc=desc, rest=rest)
            if made is not None:
                cost, described, main = made
                out.append((cost, [opener + described, main]))
        body = first[len(opener) :]
        if self._descriptive(body):
            rest = _join(segments[1:])
            subject = self._leading_subject(rest)
            if subject:
                made = self._describe(subject=subject, desc=body, rest=rest[len(subject) :])
                if made is not None:
                    cost, described, main = made
                    out.append((cost, [opener + described, main]))
        return out + self._trailing(clause, segments)

    def _trailing(self, clause: Clause, segments: list[Clause]) -> list[tuple[float, list[Clause]]]:
        """ "Tes habits bâillent, déchirés en pièces." -> "Ils étaient déchirés en pièces."; "..., répondit-il
        en haussant les épaules." -> "Il haussait les épaules.": a closing phrase about the subject."""
        end = len(clause)
        while end and clause[end - 1].pos == "PUNCT" and clause[end - 1].text in ".!?…":
            end -= 1
        start = None
        for k in range(end - 2, 0, -1):
            if clause[k].text.lower() == "en" and clause[k + 1].text.lower().endswith("ant"):
                start = k  # a gerund: "en haussant les épaules"
                break
        if start is None and len(segments) >= 2:
            last = segments[-1][: len(segments[-1]) - (len(clause) - end)]
            if last and self._descriptive(last):
                start = end - len(last)
        if start is None:
            return []
        host = clause[:start]
        while host and host[-1].text == ",":
            host = host[:-1]
        phrase = clause[start:end]
        subject = self._host_subject(host)
        if subject is None or not phrase:
            return []
        key = _token_key(self.doc, subject)
        words = self._subject_for_token(subject, host, head=phrase[-1].src)
        if key is None or words is None:
            return []
        made = self._predicate(phrase, key, self.tense)
        if made is None:
            return []
        said = tuple(words) + made[1]
        return [(COST_ADDED_WORD * (len(words) + 1) + COST_LINK, [host + clause[end:], said + clause[end:]])]

    def _describe(self, *, subject: Clause, desc: Clause, rest: Clause) -> tuple[float, Clause, Clause] | None:
        if not self._descriptive(desc) or not rest or not _starts_verbally(self.doc, rest):
            return None
        verb = _first_finite(self.doc, rest)
        if verb is None:
            return None
        head = self.doc[_noun_of(subject).src] if _noun_of(subject) is not None else None
        key = _subject_key(self.doc, subject)
        if key is None:
            return None
        made = self._predicate(desc, key, tense_of(verb))
        if made is None:
            return None
        head_src, said = made
        connector = tuple(w for w in subject[:1] if w.text.lower() in KEPT_CONNECTORS)
        subject = subject[len(connector) :]
        subject_text = connector + tuple(_relink(subject, _noun_of(subject), head_src))
        described = subject_text + said + (_period(),)
        pronoun = self._pronoun_for(head, subject) if head is not None else None
        main_subject = (added(pronoun, "PRON", "nsubj", verb.i),) if pronoun else subject
        added_words = 1 + (1 if pronoun else 0)
        return COST_ADDED_WORD * added_words, described, main_subject + rest

    def _predicate(self, desc: Clause, key: str, tense: str) -> tuple[int, Clause] | None:
        """A description turned into a predicate: "surpris" -> "était surpris", "ayant fini" -> "avait
        fini", "en la coiffant" -> "la coiffait" (the imparfait shares the participle's stem)."""
        lead = desc[0].text.lower()
        if lead in ("ayant", "étant") and len(desc) > 1:
            form = AVOIR_PAST[key] if lead == "ayant" else ETRE["past"][key]
            return desc[1].src, (added(form, "AUX", "aux:tense" if lead == "ayant" else "cop", desc[1].src),) + desc[1:]
        if lead == "en":
            desc = desc[1:]
        k = next((i for i, w in enumerate(desc[:4]) if w.text.lower().endswith("ant")), None)
        if k is not None and all(w.text.lower() in CLITICS_BEFORE_VERB for w in desc[:k]):
            form = imparfait(desc[k].text, key) if self.tense == "past" else None
            if form is None:
                return None
            w = desc[k]
            conjugated = Word(form, w.src, "VERB", w.dep, w.head, "Mood=Ind|Tense=Imp|VerbForm=Fin", w.space)
            return w.src, desc[:k] + (conjugated,) + desc[k + 1 :]
        if lead == "en":
            return None
        return desc[0].src, (added(ETRE[tense][key], "AUX", "cop", desc[0].src),) + desc

    # --- subjects -------------------------------------------------------------

    def subject_words(self, verb: Token, host: Clause, *, head: int) -> list[Word] | None:
        """What to put before a coordinated verb so it has the subject of the verb it follows."""
        subject = _subject_of(self.doc, verb)
        if subject is None or "Rel" in subject.morph.get("PronType"):
            return None
        return self._subject_for_token(subject, host, head=head)

    def _subject_for_token(self, subject: Token, host: Clause, *, head: int) -> list[Word] | None:
        lower = subject.lower_.lstrip("-").removeprefix("t-")
        if lower in PERSONAL:
            pronoun = "je" if lower.startswith("j") else lower
            return [added(pronoun, "PRON", "nsubj", head, "Person=3")]
        return self._repeat_or_pronoun(subject, host, head=head)

    def referent_words(self, antecedent: Token, host: Clause, *, head: int) -> list[Word] | None:
        """What stands for the antecedent of a relative clause in a sentence of its own."""
        lower = antecedent.lower_
        if lower in STRONG_TO_SUBJECT:
            return [added(STRONG_TO_SUBJECT[lower], "PRON", "nsubj", head)]
        if antecedent.pos_ not in ("NOUN", "PROPN", "PRON") or lower in PERSONAL:
            return None
        return self._repeat_or_pronoun(antecedent, host, head=head, prefer_pronoun=False)

    def _repeat_or_pronoun(
        self, noun: Token, host: Clause, *, head: int, prefer_pronoun: bool = True
    ) -> list[Word] | None:
        phrase = _noun_phrase(self.doc, noun)
        words = [Word(t.text, ADDED, t.pos_, t.dep_ if t.i != noun.i else "nsubj", head, str(t.morph)) for t in phrase]
        short = 0 < count_words(" ".join(t.text for t in phrase)) <= MAX_REPEATED_WORDS
        pronoun = self._pronoun_for(noun, host)
        if noun.pos_ == "PROPN" or noun.text[:1].isupper():
            return words if short else ([added(pronoun, "PRON", "nsubj", head)] if pronoun else None)
        if pronoun and (prefer_pronoun or not short):
            return [added(pronoun, "PRON", "nsubj", head)]
        return words if short else None

    def _pronoun_for(self, noun: Token, context: Clause) -> str | None:
        """An agreeing pronoun, unless another noun of that gender and number makes it ambiguous."""
        if noun.pos_ == "PROPN" or noun.text[:1].isupper():
            gender = title_gender([t.text for t in _noun_phrase(self.doc, noun)])
            return third_person(gender, "sing") if gender else None
        agreement = gender_number(noun)
        if agreement is None:
            return None
        for w in context:
            other = _tok(self.doc, w)
            if other is None or other.i == noun.i or other.pos_ not in ("NOUN", "PROPN"):
                continue
            if other.i > noun.i and gender_number(other) in (agreement, None):
                return None
        return third_person(*agreement)

    def _subject_phrase(self, words: Clause) -> bool:
        if not words or count_words(text_of(words)) > MAX_REPEATED_WORDS + 1:
            return False
        if any("VerbForm=Fin" in w.morph for w in words):
            return False
        noun = _noun_of(words)
        if noun is None or noun.src == ADDED:
            return False
        # Whatever the parser called it, a phrase opening the clause with no preposition is its subject.
        return not any(c.dep_ == "case" for c in self.doc[noun.src].children) and words[0].pos != "ADP"

    def _leading_subject(self, rest: Clause) -> Clause:
        if not rest:
            return ()
        t = _tok(self.doc, rest[0])
        if t is None:
            return ()
        if t.lower_ in PERSONAL and t.dep_ in SUBJECT_DEPS:
            return rest[:1]
        for k, w in enumerate(rest[: MAX_REPEATED_WORDS + 1]):
            tk = _tok(self.doc, w)
            if tk is not None and tk.dep_ in ("nsubj", "nsubj:pass") and tk.pos_ in ("NOUN", "PROPN"):
                phrase = rest[: k + 1]
                return phrase if all(x.pos != "PUNCT" for x in phrase) else ()
        return ()

    def _descriptive(self, words: Clause) -> bool:
        if not words or count_words(text_of(words)) >= self.settings.max_words:
            return False
        if any("VerbForm=Fin" in w.morph for w in words):
            return False
        lead = words[0]
        if lead.text.lower() in ("ayant", "étant", "en"):
            return len(words) > 1 and (lead.text.lower() != "en" or _gerund(words))
        if lead.text.lower().endswith("ant") and ("VerbForm=Part" in lead.morph or lead.pos == "VERB"):
            return len(words) > 1
        if lead.pos == "NOUN" and not any(w.pos == "DET" for w in words):
            return True  # "surprise et muette": adjectives the small model calls nouns
        return lead.pos == "ADJ" or ("VerbForm=Part" in lead.morph and "Tense=Past" in lead.morph)


# --- clause helpers --------------------------------------------------------------


def _tok(doc: Doc, w: Word) -> Token | None:
    return doc[w.src] if w.src != ADDED else None


def _srcs(clause: Clause) -> frozenset[int]:
    return frozenset(w.src for w in clause if w.src != ADDED)


def _subtree(t: Token, srcs: frozenset[int]) -> set[int]:
    return {x.i for x in t.subtree if x.i in srcs}


def _clause_members(t: Token, srcs: frozenset[int]) -> set[int]:
    """A clause's words, without a parataxis the small parser hung on it after a comma."""
    members = _subtree(t, srcs)
    later = [c for c in t.children if c.i > t.i]
    for k, child in enumerate(later):
        if child.text == "," and any(c.dep_ in ("parataxis", "conj") for c in later[k + 1 :]):
            return {i for i in members if i <= child.i}
    return members


def _span(clause: Clause, members: set[int]) -> tuple[int, int] | None:
    where = [k for k, w in enumerate(clause) if w.src in members]
    if not where or where[-1] - where[0] + 1 != len(where):
        return None
    return where[0], where[-1]


def _verb_like(t: Token) -> bool:
    if t.pos_ in ("VERB", "AUX"):
        return True
    return t.pos_ in ("NOUN", "ADJ") and any(c.dep_ in VERB_CHILD_DEPS for c in t.children)


def _predicate(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cop" for c in t.children)


def _finite(t: Token) -> bool:
    return (
        t.morph.get("VerbForm") == ["Fin"]
        or any(
            c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and c.morph.get("VerbForm") == ["Fin"] for c in t.children
        )
        or any(c.dep_ in SUBJECT_DEPS for c in t.children)
    )


def _has_subject(doc: Doc, t: Token, srcs: frozenset[int]) -> bool:
    if any(c.dep_ in SUBJECT_DEPS and c.i in srcs for c in t.children):
        return True
    k = t.i - 1
    while k >= 0 and doc[k].lower_ in CLITICS_BEFORE_VERB:
        k -= 1
    return k >= 0 and k in srcs and doc[k].lower_ in PERSONAL


def _subject_of(doc: Doc, verb: Token) -> Token | None:
    seen = set()
    while verb.i not in seen:
        seen.add(verb.i)
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and c.i < verb.i:
                return c
        k = verb.i - 1
        while k >= 0 and doc[k].lower_ in CLITICS_BEFORE_VERB:
            k -= 1
        if k >= 0 and doc[k].lower_ in PERSONAL:
            return doc[k]
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _noun_phrase(doc: Doc, noun: Token) -> list[Token]:
    """The noun with its determiner and adjacent adjectives or name parts: "la jeune femme", "Mme Bovary"."""
    start = noun.left_edge.i
    for k in range(noun.i - 1, start - 1, -1):
        if doc[k].is_punct or doc[k].dep_ in ("case", "mark", "cc"):
            start = k + 1
            break
    end = noun.i
    while end + 1 < len(doc) and doc[end + 1].head.i == noun.i and doc[end + 1].dep_ in ("amod", "flat", "flat:name"):
        end += 1
    return [t for t in doc[start : end + 1] if not t.is_space]


def _noun_of(words: Clause) -> Word | None:
    for w in reversed(words):
        if w.pos in ("NOUN", "PROPN") or (w.pos == "PRON" and w.text.lower() in PERSONAL):
            return w
    # A short capitalised phrase is a name, whatever the small model made of it ("Emma" as an adverb).
    if 0 < len(words) <= 3 and all(w.text[:1].isupper() or w.text.endswith(".") for w in words):
        return words[-1]
    return None


def _subject_key(doc: Doc, subject: Clause) -> str | None:
    noun = _noun_of(subject)
    if noun is None or noun.src == ADDED:
        return None
    lower = noun.text.lower()
    if lower in PERSONAL:
        return person_key(lower)
    if any(w.text.lower() == "et" for w in subject):
        return "plur"
    agreement = gender_number(doc[noun.src])
    if agreement is None:
        return "sing" if noun.pos == "PROPN" or noun.text[:1].isupper() else None
    return agreement[1]


def _token_key(doc: Doc, subject: Token) -> str | None:
    lower = subject.lower_.lstrip("-").removeprefix("t-")
    if lower in PERSONAL:
        return person_key(lower)
    agreement = gender_number(subject)
    if agreement is None:
        return "sing" if subject.pos_ == "PROPN" or subject.text[:1].isupper() else None
    return agreement[1]


def _relink(words: Clause, noun: Word | None, head: int) -> list[Word]:
    """The subject phrase, its noun now the subject of the added predicate."""
    return [Word(w.text, w.src, w.pos, "nsubj", head, w.morph, w.space) if w is noun else w for w in words]


def _starts_verbally(doc: Doc, rest: Clause) -> bool:
    t = _tok(doc, rest[0])
    return t is not None and (t.pos_ in ("VERB", "AUX") or t.lower_ in CLITICS_BEFORE_VERB)


def _first_finite(doc: Doc, rest: Clause) -> Token | None:
    for w in rest:
        t = _tok(doc, w)
        if t is not None and t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _comma_segments(clause: Clause) -> list[Clause]:
    segments, current, depth = [], [], 0
    for w in clause:
        depth += w.text.count("«") - w.text.count("»")
        if w.text == "," and depth <= 0:
            segments.append(tuple(current))
            current = []
        else:
            current.append(w)
    segments.append(tuple(current))
    return [s for s in segments]


def _join(segments: list[Clause]) -> Clause:
    out: list[Word] = []
    for k, seg in enumerate(segments):
        if k:
            out.append(Word(",", ADDED, "PUNCT", "punct", ADDED, "", " "))
        out.extend(seg)
    return tuple(out)


def _lower_first(words: list[Word]) -> list[Word]:
    if not words:
        return words
    w = words[0]
    if w.pos in ("PROPN",) or w.text.lower() in ("je",) or (len(w.text) > 1 and w.text[1:2].isupper()):
        return words
    return [Word(w.text[:1].lower() + w.text[1:], w.src, w.pos, w.dep, w.head, w.morph, w.space)] + words[1:]


def _period() -> Word:
    return Word(".", ADDED, "PUNCT", "punct", ADDED)


def _sets_the_scene(t: Token, srcs: frozenset[int]) -> bool:
    """The phrase hangs on the clause's main verb, directly or through nouns it governs."""
    node = t
    while node.head.i in srcs and node.head.i != node.i:
        if node.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod", "obj"):
            return False
        node = node.head
    return _predicate(node) and node.pos_ in ("VERB", "AUX")


def _gerund(words: Clause) -> bool:
    """ "en la coiffant", "en haussant les épaules"."""
    for w in words[1:4]:
        if w.text.lower().endswith("ant"):
            return True
        if w.text.lower() not in CLITICS_BEFORE_VERB:
            return False
    return False


def _narration_tense(doc: Doc) -> str:
    """past when any conjugated verb of the sentence is in a past tense, else pres (or fut)."""
    tenses = [
        tense_of(t)
        for t in doc
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") not in (["Inf"], ["Part"]) and t.dep_ != "aux:pass"
    ]
    if "past" in tenses or not tenses:
        return "past"
    return "fut" if "fut" in tenses else "pres"


def _narrative_verb(t: Token) -> bool:
    return (
        t.is_alpha
        and not t.text[:1].isupper()
        and t.pos_ not in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "PROPN")
        and not any(c.dep_ == "det" for c in t.children)
        and t.lower_ not in subjects.NOT_A_VERB_WORDS
        and bool(subjects.NARRATIVE_ENDING_RE.search(t.lower_))
    )


def _copy(t: Token) -> Word:
    return Word(t.text, t.i, t.pos_, t.dep_, t.head.i, str(t.morph), t.whitespace_)


def _copula_group(doc: Doc, predicate: Token, srcs: frozenset[int]) -> list[int] | None:
    """ "C'étaient", "ce fut", "Tout cela était": the subject and copula before a predicate."""
    subject = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS and c.i < predicate.i]
    copula = [c for c in predicate.children if c.dep_ == "cop" and c.i < predicate.i]
    if not subject or not copula:
        return None
    first = subject[0].left_edge.i
    group = list(range(first, copula[-1].i + 1))
    if not all(i in srcs for i in group) or count_words(" ".join(doc[i].text for i in group)) > 3:
        return None
    return group


def _verb_group(doc: Doc, verb: Token, srcs: frozenset[int]) -> list[int] | None:
    """The verb with its clitics, auxiliaries and negation: "ne l'avait pas vu"."""
    k = verb.i
    while k - 1 >= 0 and (doc[k - 1].lower_ in CLITICS_BEFORE_VERB or doc[k - 1].dep_ in ("aux", "aux:tense")):
        k -= 1
    end = verb.i
    if (
        end + 1 < len(doc)
        and doc[end + 1].lower_ in NEGATION_AFTER
        and any(doc[i].lower_ in ("ne", "n'", "n’") for i in range(k, verb.i))
    ):
        end += 1
    group = list(range(k, end + 1))
    if not all(i in srcs for i in group):
        return None
    return group


def _has_words(clause: Clause) -> bool:
    return any(re.search(r"\w", w.text) for w in clause)


def clause_doc(clause: Clause, vocab) -> tuple[str, Doc]:
    doc = to_doc(clause, vocab)
    return doc.text, doc


def judged(clause: Clause, vocab) -> tuple[str, Doc, object]:
    text, doc = clause_doc(clause, vocab)
    return text, doc, analyse(Chunks.of(text), doc)
