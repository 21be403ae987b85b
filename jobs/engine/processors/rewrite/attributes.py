"""An adjective after the subject's noun becomes a predicate of its own.

"La berge plus élargie découvrait les murs des jardins." -> "La berge était
plus élargie." "Elle découvrait les murs des jardins.": when subject and
verb do not fit together, the description goes to a sentence of its own
and the clause keeps a pronoun, so neither is a fragment.
"""

from __future__ import annotations

from jobs.engine.processors.rewrite.costs import COST_ADDED_WORD, COST_LINK
from jobs.engine.processors.rewrite.french import tense_of
from jobs.engine.processors.rewrite.referents import definite_phrase
from jobs.engine.processors.rewrite.tree import (
    is_finite_word,
    lower_first,
    period,
    sources_of,
    subtree,
    tok,
    token_key,
    verb_group,
)
from jobs.engine.processors.rewrite.words import Clause, added, apostrophe


class Attributes:
    """Mixed into Rewriter: the subject's adjectives told apart as a predicate."""

    def attributes(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = sources_of(clause)
        where = {w.src: k for k, w in enumerate(clause)}
        for w in clause:
            noun = tok(self.doc, w)
            if noun is None or noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or noun.head.i not in srcs:
                continue
            verb = noun.head
            if verb.i < noun.i or verb.pos_ not in ("VERB", "AUX") or not is_finite_word(verb):
                continue
            if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ == "mark" for c in verb.children):
                continue  # "qu'un honnête homme ne peut": the subject of a subordinate clause stays there
            # (an adjective an earlier rewrite took out is no longer there: "Un éclair de haine, aussitôt éteint,")
            described = [c for c in noun.children if c.dep_ == "amod" and c.i > noun.i and c.i in srcs]
            group = verb_group(self.doc, verb, srcs)
            key = token_key(self.doc, noun)
            if not described or group is None or key != "sing":
                continue
            members = sorted(i for c in described for i in subtree(c, srcs))
            if not members:
                continue
            first, last = noun.left_edge.i, members[-1]
            if members != list(range(noun.i + 1, last + 1)) or last + 1 != group[0]:
                continue  # the noun, its adjectives, then at once the verb: nothing else hangs there
            if any(i not in where for i in range(first, group[0])):
                continue
            desc = clause[where[noun.i] + 1 : where[last] + 1]
            if not self._descriptive(desc) or any(x.pos in ("NOUN", "PROPN") for x in desc):
                continue  # "un honnête homme": the small model's noun and adjective the wrong way round
            if any(is_finite_word(self.doc[x.src]) for x in desc):
                continue
            made = self.predicate_words(desc, key, tense_of(verb))
            referent = definite_phrase(noun, made[0], apostrophe(clause)) if made else None
            if referent is None:
                continue
            pronoun = self.pronoun_for(noun, clause)
            subject = (
                [added(pronoun, "PRON", "nsubj", verb.i)]
                if pronoun
                else definite_phrase(noun, verb.i, apostrophe(clause))
            )
            opener = clause[: where[first]]
            if any(x.pos != "PUNCT" for x in opener):
                subject = lower_first(subject)  # "Dans la saison chaude, elle découvrait ..."
            described_sentence = tuple(referent) + made[1] + (period(),)
            rest = opener + tuple(subject) + clause[where[group[0]] :]
            out.append((COST_ADDED_WORD * (len(referent) + len(subject) + 1) + COST_LINK, [described_sentence, rest]))
        return out
