"""Relative clauses on "qui": a sentence about the antecedent."""

from __future__ import annotations

from jobs.processors.rewrite.costs import (
    COST_ADDED_WORD,
    COST_RESTRICTIVE,
)
from jobs.processors.rewrite.tree import (
    SUBJECT_DEPS,
    clause_members,
    sources_of,
    span_of,
    tok,
)
from jobs.processors.rewrite.words import (
    Clause,
)


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
