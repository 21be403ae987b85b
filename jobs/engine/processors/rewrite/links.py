"""Adverbial clauses told apart with their link kept ("Alors", "C'était parce que ...")."""

from __future__ import annotations

import re

from jobs.engine.processors.clause_words import AGO_RE, FINITE_HELPERS
from jobs.engine.processors.parse import Parse as Doc
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.costs import (
    COST_ADDED_WORD,
    COST_DROP_LINK,
    COST_LINK,
)
from jobs.engine.processors.rewrite.french import future_or_conditional, tense_carrier
from jobs.engine.processors.rewrite.tree import (
    clause_members,
    has_subject,
    is_finite,
    is_finite_word,
    lower_first,
    opens_incise_at,
    period,
    ruling_verb,
    sources_of,
    span_of,
    tok,
)
from jobs.engine.processors.rewrite.word_classes import (
    CONNECTORS,
    DROPPABLE_CONNECTORS,
    FRONT_MARKS,
    INVERTED_SUBJECT_RE,
    LATER_MARKS,
    PASSE_SIMPLE_RE,
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


class Links:
    """Mixed into Rewriter: candidates for adverbial clauses."""

    def _cest(self, copula: str) -> tuple[Word, Word]:
        """ "c'était" / "c’est", with the sentence's own apostrophe."""
        return added("c" + apostrophe(self.words), "PRON", "expl:subj", ADDED), added(copula, "AUX", "cop", ADDED)

    def adverbials(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = sources_of(clause)
        start = first_word_index(clause)
        for w in clause:
            t = tok(self.doc, w)
            if t is None or t.dep_ not in ("advcl", "xcomp", "ccomp"):
                continue
            marks = [c for c in t.children if c.dep_ == "mark" and c.i in srcs]
            if not marks or (t.dep_ == "ccomp" and marks[0].lower_ not in LATER_MARKS):
                continue  # "se mit à pleurer quand elle revit ...": a "quand" clause the parse took for a complement
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
            if mark.lower_ in LATER_MARKS and _imperfect_form(t):
                continue  # "quand il n'avait pas bu", "quand il avait désobéi": each time, not one event before another
            # "Mais, quand il eut la plume ...": connectors may come before the mark.
            lead = clause[start:m] if m is not None else ()
            if (
                m is not None
                and mark.lower_ in FRONT_MARKS
                and a >= start
                and all(x.text == "," or x.text.lower() in CONNECTORS for x in lead)
                and b + 1 < len(clause)
                and clause[b + 1].text == ","
                and is_finite(t)
                and has_subject(self.doc, t, srcs)
            ):
                main = clause[b + 2 :]
                if _ago(main):
                    continue  # "Lorsque j'ai été nommé, il y a six ans, je n'étais pas marié": a time, not the clause
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
                and _main_clause(t.head)
            ):
                # "Il se leva quand elle entra." -> "Elle entra." "Alors il se leva."
                host_end = a - 1 if clause[a - 1].text == "," else a
                opener = clause[:start]
                kept = 1 if clause[start].text.lower() in CONNECTORS else 0
                body = tuple(lower_first(list(clause[start + kept : host_end])))
                if any(x.text in (";", ":") for x in body):
                    continue  # "Oui ; mais ... : il n'est arrivé que pour voir le comte, quand": only the last is its
                if _more_than_its_clause(self.doc, t.head, mark, [x.src for x in body if x.src != ADDED]):
                    continue  # "voilà ce que c'est, dit-il, voilà ce qu'il arrive, quand": "alors" would go first
                # "Mais ses doutes se dissipèrent quand ..." -> "Mais alors ses doutes se dissipèrent."
                link = added("alors" if kept else "Alors", "ADV", "advmod", t.head.i)
                if body and body[0].text.lower() == "alors":
                    link, body = body[0], body[1:]  # "Mais alors il pensa ... quand": no second "alors"
                event, main = opener + clause[a + 1 : b + 1] + (period(),), body + clause[b + 1 :]
                if any(x.text in _CLOSING_QUOTES for x in clause[b + 1 :]):
                    # "... quand il déclara qu'elles étaient « noires. »": the guillemet closes the clause it ends
                    event, main = event[:-1] + clause[b + 1 :], body + (period(),)
                out.append((COST_LINK + COST_ADDED_WORD, [event, clause[start : start + kept] + (link,) + main]))
            elif mark.lower_ == "parce" and a > start and all(x.pos == "PUNCT" for x in clause[b + 1 :]):
                # "C'était parce qu'il avait peur." gives the reason; readers took "C'était pour juger." or a
                # phrase so framed ("C'était au milieu de la nuit.") for no sentence, and some for a claim the
                # book does not make ("C'était sans le pli sarcastique."): no other frame is made
                host_end = a - 1 if clause[a - 1].text == "," else a
                copula = "était" if self.tense == "past" else "est"
                link = self._cest(copula)
                out.append((COST_LINK + COST_ADDED_WORD, [clause[:host_end] + clause[b + 1 :], link + clause[a:]]))
        return out + self._conditions(clause)

    def _conditions(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Si Florimond ose ..., je viendrai témoigner" -> "Si Florimond ose ..." "Alors je viendrai
        témoigner": a fronted condition parted from a main clause in the future or the conditional keeps its
        link, or the promise would read as made for good. Found by the words (the small model often misses
        the "si"); not "même si", "comme si", nor a "si" that sets two facts side by side ("S'il restait
        silencieux, c'est que ...": the main verb tells no consequence)."""
        start = first_word_index(clause)
        while start < len(clause) and clause[start].text.lower() in CONNECTORS | {","}:
            start += 1
        if start + 1 >= len(clause) or not _opens_condition(clause, start):
            return []
        for c in range(start + 2, len(clause) - 1):
            if clause[c].text != ",":
                continue
            if not any(t is not None and is_finite_word(t) for t in (tok(self.doc, w) for w in clause[start:c])):
                continue
            main = clause[c + 1 :]
            k = next((k for k, w in enumerate(main) if (t := tok(self.doc, w)) is not None and is_finite_word(t)), None)
            if k is None or not future_or_conditional(self.doc[main[k].src]) or any(w.text == "," for w in main[:k]):
                continue
            root = next((x.head for x in main if x.src == x.head), main[k].src)
            link = added("Alors", "ADV", "advmod", root)
            first = clause[:c] + (period(),)
            return [(COST_LINK + COST_ADDED_WORD, [first, (link,) + tuple(lower_first(list(main)))])]
        return []

    def unlinked(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "Mais celui-ci ne rentra que tard dans la nuit." over the limit by its connector: the
        connector goes (a function word; no content is lost)."""
        start = first_word_index(clause)
        if start >= len(clause) or clause[start].text.lower() not in DROPPABLE_CONNECTORS:
            return []
        after = start + 1
        while after < len(clause) and clause[after].text == ",":
            after += 1
        if any(INVERTED_SUBJECT_RE.match(w.text) for w in clause[after:]):
            return []  # "Aussi conjura-t-il ...": without its adverb the inversion makes a question
        first = tok(self.doc, clause[after]) if after < len(clause) else None
        if (
            first is not None
            and first.morph.get("Mood") != ["Imp"]
            and (
                first.morph.get("VerbForm") == ["Fin"]
                or not first.text[:1].isupper()
                and PASSE_SIMPLE_RE.search(first.lower_)
            )
        ):
            return []  # "Alors commença l'éternelle lamentation": the subject comes after the verb it opened
        return [(COST_DROP_LINK, [clause[:start] + clause[after:]])]


_CLOSING_QUOTES = frozenset("»”")


def parted_conditions(pieces: list[tuple[str, bool]]) -> int:
    """How many times a piece (text, stands alone) holding only a condition ("Si tu viens.") is followed by
    one that does not take it up with "Alors"."""
    return sum(
        1
        for (text, alone), (after, _) in zip(pieces, pieces[1:], strict=False)
        if not alone and _CONDITION_RE.match(text) and not _ALORS_RE.match(after)
    )


_CONDITION_RE = re.compile(r"^[\W\s]*(?:(?:et|mais|or|donc)\W+)?(?:si\s+(?!bien\b)|s['’]ils?\b)", re.IGNORECASE)
_ALORS_RE = re.compile(r"^[\W\s]*alors\b", re.IGNORECASE)


def _opens_condition(clause: Clause, k: int) -> bool:
    """ "si vous refusez", "s'il pleut" (not "si bien que", "si troublée que")."""
    word, after = clause[k].text.lower(), clause[k + 1].text.lower()
    if word in ("s'", "s’"):
        return after in ("il", "ils")
    return word == "si" and clause[k + 1].pos in ("PRON", "DET", "PROPN", "NOUN") and after != "bien"


def _ago(words: Clause) -> bool:
    """ "il y a six ans", "il y a longtemps": how long ago, not a clause of its own."""
    return bool(AGO_RE.match(text_of(words)))


def _comma_before_subject(clause: Clause, m: int, verb) -> bool:
    """A comma between the mark at m and the subject of its verb."""
    subject = next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")), verb.i)
    return any(w.text in (",", ";") and w.src < subject for w in clause[m + 1 :] if w.src != ADDED)


def _main_clause(verb) -> bool:
    """ "Bourrelé de remords, honni, maudit, pourchassé à coups de pierres quand il s'aventurait": no
    conjugated verb before "quand" (participles only), no sentence after "Alors"."""
    verb = ruling_verb(verb)  # "se mit à pleurer quand ...": the infinitive's verb
    return (
        verb.morph.get("VerbForm") == ["Fin"]
        or bool(PASSE_SIMPLE_RE.search(verb.lower_))  # "passa", which the small model tags as a participle
        or any(c.dep_ in FINITE_HELPERS and is_finite_word(c) for c in verb.children)
    )


_IMPERFECT_ENDINGS = ("ait", "aient", "ais", "ions", "iez")


def _imperfect_form(verb: Token) -> bool:
    """The verb, or its auxiliary, ends like an imparfait ("n'avait pas bu", "entrait"); the tag is not trusted
    ("entra" is often tagged Imp)."""
    return tense_carrier(verb).lower_.endswith(_IMPERFECT_ENDINGS)


def _background(verb: Token) -> bool:
    """ "Elle achevait de s'habiller quand on annonça une visite": a main verb in the imparfait (or the
    plus-que-parfait) sets the scene the "quand" clause breaks into; "Alors" after it would tell a sequel."""
    finite = tense_carrier(ruling_verb(verb))  # "achevait de s'habiller, quand ...": the infinitive's verb
    return finite.morph.get("Tense") == ["Imp"] or finite.lower_.endswith(_IMPERFECT_ENDINGS)


def _more_than_its_clause(doc: Doc, head: Token, mark: Token, told: list[int]) -> bool:
    """The words before a closing "quand" clause hold another clause than the one it hangs on (a conjugated verb
    that does not rule it, or an incise): "alors" at their head would link the wrong one."""
    ruling = _ancestors(head)  # "se mit à pleurer quand": "mit" rules "pleurer"
    others = (doc[i] for i in range(min(told, default=mark.i), mark.i))
    return any(_conjugated(t) and not _rules_with(t, ruling) for t in others) or any(
        opens_incise_at(doc, doc[i]) for i in told
    )


def _conjugated(t: Token) -> bool:
    """A conjugated verb by its tag ("c'est", "dit-il"), not by its ending ("tout à fait")."""
    return t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and t.dep_ != "fixed"


def _ancestors(t: Token) -> set[int]:
    """The token and every word above it in the parse."""
    out = {t.i}
    while t.head.i != t.i and t.head.i not in out:
        t = t.head
        out.add(t.i)
    return out


def _rules_with(t: Token, ruling: set[int]) -> bool:
    """t is one of the ruling verbs, or the auxiliary or copula of one ("a expliqué")."""
    return t.i in ruling or (t.dep_ in FINITE_HELPERS and t.head.i in ruling)
