"""A subject too long to share a piece with its verb: the verb gets it back as a pronoun.

"Le talon très haut de l'un était un bel ouvrage de tourneur en cormier." is
cut by the planner after the subject whatever it does; the rule makes that
cut itself and gives the verb its subject again ("Le talon très haut de
l'un." "Il était un bel ouvrage de tourneur en cormier."), so the second
piece stands alone where the plain cut left "Était un bel ouvrage ...".
The subject's own piece is the author's words as the planner would cut them,
and is judged and flagged like any cut.
"""

from __future__ import annotations

from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.costs import COST_ADDED_WORD
from jobs.engine.processors.rewrite.tree import (
    is_finite_word,
    lower_first,
    noun_phrase,
    sources_of,
    subtree,
    tok,
    verb_group,
)
from jobs.engine.processors.rewrite.wellformed import ends_elided
from jobs.engine.processors.rewrite.word_classes import CONNECTORS, DROPPED_CONNECTORS
from jobs.engine.processors.rewrite.words import AuthorsWords, Clause
from jobs.engine.processors.subjects import CLITICS_BEFORE_VERB
from jobs.engine.types import count_words

# A subject whose piece would hold fewer words than this besides its noun phrase ("La mère Bovary") stays
# with its verb.
MIN_TOLD_WORDS = 2
_CLAUSE_ENDS = frozenset({";", ":", "—", "–"})


class LongSubjects:
    """Mixed into Rewriter: a long subject parted from its verb, the verb given a pronoun."""

    def long_subjects(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = self._parsed_subjects(clause)
        found = {len(c[1][0]) for c in out}
        return out + [c for c in self._surface_subject(clause) if len(c[1][0]) not in found]

    def _parsed_subjects(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = sources_of(clause)
        where = {w.src: k for k, w in enumerate(clause)}
        for w in clause:
            noun = tok(self.doc, w)
            if noun is None or noun.dep_ not in ("nsubj", "nsubj:pass") or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            verb = _finite_of(noun)
            if verb is None or verb.i < noun.i or verb.i not in srcs:
                continue
            head = noun.head
            if head.dep_ != "ROOT" or any(c.dep_ == "mark" for c in head.children):
                continue  # "quand le vieux curé de la paroisse arriva": a subordinate clause keeps its subject
            group = verb_group(self.doc, verb, srcs)
            if group is None or group[0] <= noun.i:
                continue
            first = noun.left_edge.i
            if first not in where or group[0] not in where:
                continue
            span = clause[where[first] : where[group[0]]]
            members = subtree(noun, srcs)
            if any(x.src not in members and x.pos != "PUNCT" for x in span) or len(span) != group[0] - first:
                continue  # "Le vieux, le lendemain, partit": something else sits between subject and verb
            opener = clause[: where[first]]
            if any(x.pos != "PUNCT" and x.text.lower() not in CONNECTORS for x in opener):
                continue  # "Le lendemain, le vieux curé ... partit": the time goes with the verb
            made = self._parted(clause, noun, opener, span, where[group[0]])
            if made is not None:
                out.append(made)
        return out

    def _surface_subject(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "La vieille servante de la maison du notaire ouvrit lentement la porte": the small model often
        takes a passé simple after a long subject for an adjective or a participle, and the sentence then has no
        subject in its parse. A noun phrase opening the clause, then the first word that can only be a verb."""
        opener_end = 0
        while opener_end < len(clause) and (
            clause[opener_end].pos == "PUNCT" or clause[opener_end].text.lower() in CONNECTORS
        ):
            opener_end += 1
        if opener_end >= len(clause) or clause[opener_end].pos != "DET":
            return []
        article = tok(self.doc, clause[opener_end])
        if article is None or article.dep_ != "det" or article.head.i <= article.i:
            return []
        noun = article.head
        for k in range(opener_end + 1, len(clause)):
            t = tok(self.doc, clause[k])
            if t is None:
                return []
            if t.lower_ in CLITICS_BEFORE_VERB and t.i > noun.i:
                continue
            verb = t.i > noun.i and _verb_only(t)
            if t.pos_ in ("SCONJ", "PRON", "VERB", "AUX") and not verb or "PronType=Rel" in str(t.morph):
                return []  # "qui", "que", a verb of a relative: the first finite word is not the main verb
            if verb:
                if any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
                    return []  # the parse has its subject: the parsed pass decides
                start = k
                while start - 1 > opener_end and clause[start - 1].text.lower() in CLITICS_BEFORE_VERB:
                    start -= 1
                made = self._parted(clause, noun, clause[:opener_end], clause[opener_end:start], start)
                return [made] if made is not None else []
        return []

    def _parted(
        self, clause: Clause, noun: Token, opener: Clause, span: Clause, verb_at: int
    ) -> tuple[float, list[Clause]] | None:
        """The subject's own piece, and the rest of the clause with the subject said again."""
        if not span or span[0].pos not in ("DET", "PROPN") or span[-1].pos == "CCONJ":
            return None  # "Secrétaire d'État sous la Restauration, le Marquis": no noun phrase opens it
        if (
            count_words(_text(clause[verb_at : _own_end(clause, verb_at)])) + count_words(_text(span))
            <= self.settings.max_words
        ):
            return None  # "Une boîte en coquillages décorait la commode ; ...": subject and verb fit in one piece
        phrase = {t.i for t in noun_phrase(self.doc, noun)}
        told = [x for x in span if x.pos != "PUNCT" and x.src not in phrase and x.src > noun.i and x.text.islower()]
        if len(told) < MIN_TOLD_WORDS:
            return None  # "La mère Bovary", "Une jeune personne blonde": nothing the verb's piece would lose
        if _verb_outside_relative(self.doc, span):
            return None  # "La bonne ouvrit la lucarne et parlementa": the parse took a clause for the subject
        # No other noun makes the pronoun ambiguous: those of the subject's own complements ("la servante de la
        # maison") are not what a reader takes a subject pronoun right after it for.
        said = self.subject_for_token(noun, (), head=clause[verb_at].src)
        if said is None or ends_elided(tuple(said)):
            return None
        subject = list(span)
        while subject and subject[-1].text in (",", ";", ":"):
            subject.pop()
        marks = [x for x in opener if x.pos == "PUNCT"]
        links = [x for x in opener if x.pos != "PUNCT" and x.text.lower() not in DROPPED_CONNECTORS]
        rest = links + (lower_first(said) if links else said) + list(clause[verb_at:])
        return COST_ADDED_WORD * len(said), [AuthorsWords(marks + subject), tuple(rest)]


def _finite_of(noun: Token) -> Token | None:
    """The finite word of the clause the noun is the subject of: the verb, its auxiliary or its copula."""
    head = noun.head
    if head.pos_ in ("VERB", "AUX") and is_finite_word(head):
        return head
    helpers = [
        c for c in head.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and c.i > noun.i and c.i < head.i
    ]
    if helpers and is_finite_word(helpers[0]):
        return helpers[0]
    return None


def _verb_only(t: Token) -> bool:
    """A conjugated verb, whatever the small model tagged it ("ouvrit" as an adjective); not a noun."""
    return t.pos_ in ("VERB", "AUX", "ADJ") and is_finite_word(t)


def _text(words) -> str:
    return " ".join(x.text for x in words)


def _own_end(clause: Clause, start: int) -> int:
    """Where the clause the verb at start opens ends: at a semicolon, a colon or a dash."""
    return next((k for k in range(start, len(clause)) if clause[k].text in _CLAUSE_ENDS), len(clause))


def _verb_outside_relative(doc, span: Clause) -> bool:
    """A conjugated verb in the subject with no relative pronoun or conjunction before it."""
    for w in span:
        if "PronType=Rel" in w.morph or w.pos == "SCONJ":
            return False  # "le petit homme qui avait offert": the verbs after it are the relative's
        t = tok(doc, w)
        if t is not None and t.pos_ not in ("NOUN", "PROPN") and is_finite_word(t):
            return True
    return False
