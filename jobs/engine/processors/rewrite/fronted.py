"""A phrase that opens a clause told with its subject and verb said again: "À la porte, la vieille femme
attendait les fidèles." -> "La vieille femme attendait les fidèles." "Elle les attendait à la porte."

Cut at the limit, the opening phrase is a piece with no verb ("À la porte."). Told after its subject
and verb said again (the subject as a pronoun where it is clear, the object as a pronoun), it is a
sentence that adds no content word; it comes second, so that its pronouns have what they stand for.
"""

from __future__ import annotations

from jobs.engine.processors.clause_words import LOCUTION_RE
from jobs.engine.processors.clauses import subordinate
from jobs.engine.processors.rewrite.costs import COST_ADDED_WORD, COST_LINK
from jobs.engine.processors.rewrite.repeats import REPEATED_PREPOSITIONS, clause_index, phrase_verb
from jobs.engine.processors.rewrite.tree import (
    is_finite_word,
    lower_first,
    period,
    sources_of,
    span_of,
    subject_of,
    subtree,
    tok,
)
from jobs.engine.processors.rewrite.wellformed import bare_complement, has_finite, holds_an_argument, orphans
from jobs.engine.processors.rewrite.word_classes import DROPPED_CONNECTORS, KEPT_CONNECTORS, TIME_NOUNS
from jobs.engine.processors.rewrite.words import Clause, first_word_index, text_of

_CONNECTORS = KEPT_CONNECTORS | DROPPED_CONNECTORS


class Fronted:
    """Mixed into Rewriter: an opening phrase told after its subject and verb said again."""

    def fronted_phrases(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        if first_word_index(clause) or len(clause) < 4:
            return []  # "« Dans la cour, ...", "— Le soir, ...": a spoken line keeps its mark on its first piece
        # "Mais, dans la cour, il ...": a connector before the phrase stays with the clause
        start = 0
        while start < len(clause) and (clause[start].text == "," or clause[start].text.lower() in _CONNECTORS):
            start += 1
        srcs = sources_of(clause)
        t = self._opening_phrase(clause, start, srcs)
        if t is None:
            return []
        a, b = span_of(clause, subtree(t, srcs))
        if a != start or b + 1 >= len(clause) or clause[b + 1].text != ",":
            return []
        phrase = clause[a : b + 1]
        if has_finite(phrase) or LOCUTION_RE.search(text_of(phrase)) or any("-" in w.text for w in phrase):
            return []  # "Dans la chambre où il dormait", "Sans doute", "ce soir-là": not a phrase to move
        verb = phrase_verb(t, srcs)
        if verb.dep_ not in ("ROOT", "conj") or subordinate(verb) or any(c.dep_ == "mark" for c in verb.children):
            return []
        if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children):
            return []  # "Le soir, il lisait et elle cousait": the phrase tells of both verbs
        group = self._repeated_group(verb, srcs)
        if group is None or not any(is_finite_word(self.doc[i]) for i in group):
            return []
        lead = clause[:start]
        while lead and lead[-1].text == ",":
            lead = lead[:-1]
        host = lead + clause[b + 2 :]
        if orphans(host, phrase):
            return []
        # (none for a negated verb: "Dans ces groupes, on ne causait pas" without its phrase denies it all)
        made = self.said_again(verb, t, group, context=host, clause=clause)
        if made is None:
            return []
        said, words, finite = made
        subject = subject_of(self.doc, finite)
        if subject is None or not t.i < subject.i < group[0] or clause_index(clause, group[0]) >= len(clause):
            return []  # "Dans la cour se tenait un homme": the subject after its verb
        if not self.says_something(host, group, finite):
            return []  # "Dans la cour, il attendait.": the host would say nothing the other does not
        part = tuple(said) + tuple(words) + tuple(lower_first(list(phrase))) + (period(),)
        return [(COST_ADDED_WORD * (len(said) + len(words)) + COST_LINK, [host, part])]

    def _opening_phrase(self, clause: Clause, start: int, srcs: frozenset[int]):
        """The phrase whose first word opens the clause: "Dans ces groupes", "Au commencement de l'année",
        "Le lendemain"; None when there is none or when it may not be moved."""
        if start >= len(clause):
            return None
        first = tok(self.doc, clause[start])
        if first is None:
            return None
        t = first if first.dep_ != "case" and first.dep_ != "det" else first.head
        if not t.dep_.startswith("obl") or t.dep_ == "obl:arg" or t.head.i not in srcs or t.pos_ != "NOUN":
            return None
        if holds_an_argument(t) or bare_complement(t):
            return None
        case = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
        if case:
            return t if case[0].i == first.i and case[0].lower_ in REPEATED_PREPOSITIONS else None
        # "Le lendemain", "Ce soir": a time with its article, no preposition
        dets = [c for c in t.children if c.dep_ == "det"]
        return t if dets and dets[0].i == first.i and t.lemma_.lower() in TIME_NOUNS else None
