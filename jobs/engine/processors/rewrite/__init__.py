"""Rewriting long sentences into short ones that stand alone (the sentences style)."""

from jobs.engine.processors.rewrite.costs import COST_FRAGMENT, COST_FRAGMENT_WORD, COST_PARTED_CONDITION, COST_PIECE
from jobs.engine.processors.rewrite.incises import incise_narration
from jobs.engine.processors.rewrite.links import parted_conditions
from jobs.engine.processors.rewrite.search import Rewriter
from jobs.engine.processors.rewrite.words import clause_doc

__all__ = [
    "COST_FRAGMENT",
    "COST_FRAGMENT_WORD",
    "COST_PARTED_CONDITION",
    "COST_PIECE",
    "Rewriter",
    "clause_doc",
    "incise_narration",
    "parted_conditions",
]
