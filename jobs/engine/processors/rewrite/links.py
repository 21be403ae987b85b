"""Adverbial clauses and phrases told apart with their link kept ("Alors", "C'était ...")."""

from __future__ import annotations

from jobs.engine.processors.rewrite.costs import (
    COST_ADDED_WORD,
    COST_DETACH,
    COST_DROP_LINK,
    COST_LINK,
)
from jobs.engine.processors.rewrite.tree import (
    clause_members,
    has_subject,
    is_finite,
    lower_first,
    period,
    sets_the_scene,
    sources_of,
    span_of,
    subtree,
    tok,
)
from jobs.engine.processors.rewrite.wellformed import holds_an_argument
from jobs.engine.processors.rewrite.word_classes import (
    ASIDE_PREPOSITIONS,
    DETACHABLE_PREPOSITIONS,
    DROPPABLE_CONNECTORS,
    FRONT_MARKS,
    INVERTED_SUBJECT_RE,
    KEPT_CONNECTORS,
    LATER_MARKS,
    REASON_MARKS,
    SCENE_PREPOSITIONS,
)
from jobs.engine.processors.rewrite.words import (
    ADDED,
    Clause,
    Word,
    added,
    apostrophe,
    first_word_index,
    text_of,
)
from jobs.engine.types import count_words


class Links:
    """Mixed into Rewriter: candidates for adverbial clauses and phrases."""

    def _cest(self, copula: str) -> tuple[Word, Word]:
        """ "c'était" / "c’est", with the sentence's own apostrophe."""
        return added("c" + apostrophe(self.words), "PRON", "expl:subj", ADDED), added(copula, "AUX", "cop", ADDED)

    def adverbials(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = sources_of(clause)
        start = first_word_index(clause)
        for w in clause:
            t = tok(self.doc, w)
            if t is None or t.dep_ not in ("advcl", "xcomp"):
                continue
            marks = [c for c in t.children if c.dep_ == "mark" and c.i in srcs]
            if not marks:
                continue
            span = span_of(clause, clause_members(t, srcs))
            if span is None:
                continue
            a, b = span
            mark = marks[0]
            m = next((k for k in range(a, b + 1) if clause[k].src == mark.i), None)
            if m is not None and _comma_before_subject(clause, m, t):
                # "quand les servantes jouent au volant, il ouvrait sa fenêtre": the parse hung the main clause
                # on the mark; the clause after the comma is not the one it opens
                continue
            # "Mais, quand il eut la plume ...": connectors may come before the mark.
            lead = clause[start:m] if m is not None else ()
            if (
                m is not None
                and mark.lower_ in FRONT_MARKS
                and a >= start
                and all(x.text == "," or x.text.lower() in KEPT_CONNECTORS for x in lead)
                and b + 1 < len(clause)
                and clause[b + 1].text == ","
                and is_finite(t)
                and has_subject(self.doc, t, srcs)
            ):
                main = clause[b + 2 :]
                root = next((x.head for x in main if x.src == x.head), main[0].src if main else ADDED)
                link = added("Alors", "ADV", "advmod", root)
                connectors = tuple(x for x in lead if x.text != ",")
                first = clause[:start] + connectors + tuple(lower_first(list(clause[m + 1 : b + 1]))) + (period(),)
                out.append((COST_LINK + COST_ADDED_WORD, [first, (link,) + tuple(lower_first(list(main)))]))
            elif (
                mark.lower_ in LATER_MARKS
                and a > start
                and all(x.pos == "PUNCT" for x in clause[b + 1 :])
                and is_finite(t)
                and has_subject(self.doc, t, srcs)
                and not _background(t.head)
            ):
                # "Il se leva quand elle entra." -> "Elle entra." "Alors il se leva."
                host_end = a - 1 if clause[a - 1].text == "," else a
                opener = clause[:start]
                main = tuple(lower_first(list(clause[start:host_end]))) + clause[b + 1 :]
                link = added("Alors", "ADV", "advmod", t.head.i)
                event = opener + clause[a + 1 : b + 1] + (period(),)
                out.append((COST_LINK + COST_ADDED_WORD, [event, (link,) + main]))
            elif mark.lower_ in REASON_MARKS and a > start and all(x.pos == "PUNCT" for x in clause[b + 1 :]):
                if mark.lower_ != "parce" and (t.morph.get("VerbForm") != ["Inf"] or t.dep_ != "advcl"):
                    continue  # "pour que", or "se retint pour juger": only a purpose reads well after "C'était"
                host_end = a - 1 if clause[a - 1].text == "," else a
                copula = "était" if self.tense == "past" else "est"
                link = self._cest(copula)
                out.append((COST_LINK + COST_ADDED_WORD, [clause[:host_end] + clause[b + 1 :], link + clause[a:]]))
        return out

    def adjuncts(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """A phrase of time, place or manner told apart: "C'était au milieu de la nuit."."""
        out = []
        srcs = sources_of(clause)
        start = first_word_index(clause)
        for w in clause:
            t = tok(self.doc, w)
            if t is None or t.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod") or t.head.i not in srcs:
                continue
            case = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
            if not case or case[0].lower_ not in DETACHABLE_PREPOSITIONS:
                continue  # not "comme": "considéré comme une imprudence" is no comparison
            if t.dep_ == "nmod" and case[0].lower_ not in SCENE_PREPOSITIONS:
                continue  # "un homme avec une barbe" describes the man, not the scene
            if not sets_the_scene(t, srcs):
                continue
            if t.dep_ == "obl:arg" and case[0].lower_ in ("à", "de", "d'", "d’"):
                continue
            if holds_an_argument(t):
                continue
            span = span_of(clause, subtree(t, srcs))
            if span is None:
                continue
            a, b = span
            copula = "était" if self.tense == "past" else "est"
            link = self._cest(copula)
            phrase = tuple(lower_first(list(clause[a : b + 1])))
            if all(x.pos == "PUNCT" for x in clause[b + 1 :]) and a > start:
                host_end = a - 1 if clause[a - 1].text == "," else a
                out.append((COST_DETACH, [clause[:host_end] + clause[b + 1 :], link + phrase]))
            elif a == start and b + 1 < len(clause) and clause[b + 1].text == ",":
                rest = tuple(lower_first(list(clause[b + 2 :])))
                out.append((COST_DETACH, [clause[:a] + link + phrase, rest]))
        found = {len(c[1][0]) for c in out}
        return out + [c for c in self._asides(clause) if len(c[1][0]) not in found]

    def _asides(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Emma attendait, avec une sorte d'anxiété, le retour ...": a phrase between commas told apart."""
        out = []
        copula = "était" if self.tense == "past" else "est"
        k = 0
        while k < len(clause):
            if clause[k].text != "," or k + 1 >= len(clause):
                k += 1
                continue
            close = next((j for j in range(k + 1, len(clause)) if clause[j].text in (",", ";", ":")), None)
            phrase = clause[k + 1 : close] if close is not None else ()
            lead = phrase[0].text.lower() if phrase else ""
            if (
                close is not None
                and close + 1 < len(clause)
                and lead in DETACHABLE_PREPOSITIONS | ASIDE_PREPOSITIONS
                and not any("VerbForm=Fin" in w.morph for w in phrase)
                and count_words(text_of(phrase)) >= 2
            ):
                link = self._cest(copula)
                host = clause[:k] + clause[close + 1 :]
                out.append((COST_DETACH, [host, link + tuple(lower_first(list(phrase)))]))
            k += 1
        return out

    def unlinked(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Mais celui-ci ne rentra que tard dans la nuit." over the limit by its connector: the
        connector goes (a function word; no content is lost)."""
        start = first_word_index(clause)
        if start >= len(clause) or clause[start].text.lower() not in DROPPABLE_CONNECTORS:
            return []
        after = start + 1
        while after < len(clause) and clause[after].text == ",":
            after += 1
        if any(INVERTED_SUBJECT_RE.match(w.text) for w in clause[after : after + 4]):
            return []  # "Aussi conjura-t-il ...": without its adverb the inversion makes a question
        return [(COST_DROP_LINK, [clause[:start] + clause[after:]])]


def _comma_before_subject(clause: Clause, m: int, verb) -> bool:
    """A comma between the mark at m and the subject of its verb."""
    subject = next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")), verb.i)
    return any(w.text in (",", ";") and w.src < subject for w in clause[m + 1 :] if w.src != ADDED)


def _background(verb) -> bool:
    """ "Elle achevait de s'habiller quand on annonça une visite": a main verb in the imparfait (or the
    plus-que-parfait) sets the scene the "quand" clause breaks into; "Alors" after it would tell a sequel."""
    while verb.morph.get("VerbForm") == ["Inf"] and verb.head.i != verb.i:
        verb = verb.head  # "achevait de s'habiller, quand ...": the infinitive's verb
    finite = next((c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")), verb)
    return finite.morph.get("Tense") == ["Imp"] or finite.lower_.endswith(("ait", "aient", "ais", "ions", "iez"))
