"""Shorten sentences over the word limit into pieces, in the job's style.

In the exact-words style, among all ways to cut a sentence at whitespace
into pieces within the limit, a small dynamic programme picks the cheapest:
clause boundaries from the parse are cheap, pieces lacking a subject with
its finite verb are expensive, bare word boundaries are the last resort. In
the sentences style, the rewriter (jobs.engine.processors.rewrite) first turns the
sentence into short sentences of its own, and the same programme cuts what
is still too long. Every body sentence is parsed, in batches, so every
piece says whether it stands alone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jobs.engine.processors.blocks import Blocks
from jobs.engine.processors.clauses import Analysis, analyse, parse_text, stands_alone
from jobs.engine.processors.cut_costs import WORD_CUT
from jobs.engine.processors.finish import finish_piece
from jobs.engine.processors.nlp import parse_many
from jobs.engine.processors.parse import Parse as Doc
from jobs.engine.processors.rewrite import (
    COST_FRAGMENT,
    COST_FRAGMENT_WORD,
    COST_PARTED_CONDITION,
    COST_PIECE,
    Rewriter,
    clause_doc,
    incise_narration,
    parted_conditions,
)
from jobs.engine.processors.terms import Lexicon, Term, Words, span_words
from jobs.engine.types import STYLE_EXACT, ProcessorSettings, count_words
from jobs.engine.typography import DIALOGUE_START

log = logging.getLogger(__name__)

NOT_STANDALONE = 16.0
# A coordinated clause whose verb shares the subject of the one before ("et
# sortit de la pièce") reads well enough: better than a cut after "et".
SHARED_SUBJECT = 6.0
UNDER_MIN = 4.0
PER_PIECE = 1.0
# Tie-break toward balanced pieces: "se remit | à coudre près du feu" rather
# than "se remit à coudre près | du feu".
SHORT_PIECE = 1.5
SHORT_PIECE_WORDS = 3
# A quote left open this many sentences without any guillemet is a typo,
# not a very long speech; forget it so splitting resumes.
MAX_QUOTE_SPAN = 60

FLAG_CUT_AT_WORD = "cut_at_word"
FLAG_NO_VERB = "no_verb"
FLAG_OVER_LIMIT_DIALOGUE = "over_limit_dialogue"
FLAG_FRAGMENT = "fragment"
FLAG_REWRITTEN = "rewritten"

_EDGE_PUNCT_RE = re.compile(r"^[^\w]+|[^\w]+$")
_QUOTE_END = tuple('»”›"')


@dataclass(frozen=True)
class Piece:
    text: str
    flags: tuple[str, ...] = ()
    stands_alone: bool | None = None
    words: Words = ()  # (surface, POS) from the parse, for its lemmas
    terms: tuple[Term, ...] = ()  # (surface, lemma, POS), set once the piece is final


def split_sentences(
    texts: Sequence[str],
    settings: ProcessorSettings,
    dialogue: Sequence[bool] | None = None,
) -> list[list[Piece]]:
    """Pieces for each text, in order, each judged by the parse."""
    dialogue = dialogue if dialogue is not None else [False] * len(texts)
    docs = parse_many(parse_text(text) for text in texts)
    return [
        _with_terms(_pieces(text, doc, settings, spoken), doc)
        for text, doc, spoken in zip(texts, docs, dialogue, strict=True)
    ]


def _with_terms(pieces: list[Piece], doc: Doc) -> list[Piece]:
    lexicon = Lexicon(doc)
    return [replace(p, words=(), terms=lexicon.terms(p.words)) for p in pieces]


def _pieces(text: str, doc: Doc, settings: ProcessorSettings, spoken: bool) -> list[Piece]:
    if count_words(text) <= settings.max_words or (settings.keep_dialogue_whole and spoken):
        analysis = analyse(Blocks.of(text), doc, cuts=False)
        whole = stands_alone(analysis, 0, len(analysis.blocks.spans))
        flags = () if count_words(text) <= settings.max_words else (FLAG_OVER_LIMIT_DIALOGUE,)
        return [Piece(render(text, settings.keep_punctuation), flags, whole, span_words(doc))]
    if settings.style == STYLE_EXACT:
        return pieces_from_analysis(analyse(Blocks.of(text), doc), settings)
    try:
        return rewrite_pieces(text, doc, settings)
    except (IndexError, KeyError, ValueError, RecursionError):
        # A rule that breaks on one odd sentence must not cost the chunk: that sentence is cut instead.
        log.exception("rewrite failed, cut in the author's words instead: %r", text[:200])
        return pieces_from_analysis(analyse(Blocks.of(text), doc), settings)


def rewrite_pieces(text: str, doc: Doc, settings: ProcessorSettings) -> list[Piece]:
    """The rewriter's best set of sentences, each cut by the planner if still too long."""
    cuts: dict[tuple, tuple[float, list[Piece]]] = {}

    def cut(clause) -> tuple[float, list[Piece]]:
        key = tuple((w.src, w.text) for w in clause)
        if key not in cuts:
            clause_text, sub = clause_doc(clause)
            blocks = Blocks.of(clause_text)
            if count_words(clause_text) <= settings.max_words:
                alone = stands_alone(analyse(blocks, sub, cuts=False), 0, len(blocks.spans))
                pieces = [Piece(clause_text, (), alone, span_words(sub))]
            else:
                pieces = pieces_from_analysis(analyse(blocks, sub), settings, keep_text=True)
            cost = sum(
                COST_PIECE + (0.0 if p.stands_alone else COST_FRAGMENT + COST_FRAGMENT_WORD * count_words(p.text))
                for p in pieces
            ) + COST_PARTED_CONDITION * parted_conditions([(p.text, bool(p.stands_alone)) for p in pieces])
            cuts[key] = (cost, pieces)
        return cuts[key]

    def judge(clause) -> tuple[float, bool]:
        cost, pieces = cut(clause)
        return cost, all(p.stands_alone for p in pieces)

    rewriter = Rewriter(doc, text, settings, judge=judge)
    plan = rewriter.best()
    narration = dict(
        zip(plan.sentences, incise_narration(rewriter.doc, [s.clause for s in plan.sentences]), strict=True)
    )
    out = []
    for sentence in plan.sentences:
        for piece in cut(sentence.clause)[1]:
            flags = piece.flags + ((FLAG_REWRITTEN,) if sentence.rewritten else ())
            # A fragment gets a sentence's shape too; its flag, not its look, tells it apart.
            finished = finish_piece(piece.text, source=text, spoken=not narration[sentence])
            if not piece.stands_alone:
                flags += (FLAG_FRAGMENT,)
            out.append(Piece(render(finished, settings.keep_punctuation), flags, piece.stands_alone, piece.words))
    return out


def render(text: str, keep_punctuation: bool) -> str:
    """The text as the learner sees it: as in the source, or words only.

    Without punctuation, each word loses the punctuation at its edges
    (commas, guillemets, dashes, ellipses) but keeps inner apostrophes and
    hyphens ("aujourd’hui", "peut-être", "demanda-t-il").
    """
    if keep_punctuation:
        return text.strip()
    words = (_EDGE_PUNCT_RE.sub("", w) for w in text.split())
    return " ".join(w for w in words if w)


def pieces_from_analysis(analysis: Analysis, settings: ProcessorSettings, *, keep_text: bool = False) -> list[Piece]:
    bounds = plan_cuts(analysis, settings.max_words, settings.min_words)
    bounds = join_short_pieces(analysis.blocks, bounds, settings.max_words, settings.min_words)
    pieces = []
    for i, j in zip(bounds, bounds[1:], strict=False):
        text = analysis.blocks.slice(i, j)
        text = text if keep_text else render(text, settings.keep_punctuation)
        start, end = analysis.blocks.spans[i][0], analysis.blocks.spans[j - 1][1]
        words = span_words(analysis.doc, start, end) if analysis.doc is not None else ()
        pieces.append(Piece(text, _piece_flags(analysis, i, j), stands_alone(analysis, i, j), words))
    return pieces


def _word_prefix(blocks: Blocks) -> list[int]:
    prefix = [0]
    for w in blocks.words:
        prefix.append(prefix[-1] + w)
    return prefix


def plan_cuts(analysis: Analysis, max_words: int, min_words: int) -> list[int]:
    """Block boundaries [0, b1, ..., n] of the cheapest cut set within the limit."""
    n = len(analysis.blocks.spans)
    words = _word_prefix(analysis.blocks)
    alone = analysis.judge.stands_alone
    # The first verb of a coordinated clause sharing its subject, by the block that opens it.
    shared: dict[int, int] = {}
    for lo, verb in analysis.shared:
        shared[lo] = min(verb, shared.get(lo, verb))
    cut_costs = analysis.cut_costs
    never = float("inf")
    best = [never] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            count = words[j] - words[i]
            if count > max_words:
                break
            if count == 0 or best[i] == never:
                continue  # a piece of punctuation alone is never allowed
            cost = best[i] + _piece_cost(alone(i, j), shared.get(i, n) < j, count, min_words)
            if i > 0:
                cost += cut_costs[i]
            if cost < best[j]:
                best[j], back[j] = cost, i
    bounds = [n]
    while bounds[-1] > 0:
        bounds.append(back[bounds[-1]])
    return bounds[::-1]


def _piece_cost(alone: bool, opens_shared_clause: bool, count: int, min_words: int) -> float:
    """opens_shared_clause: the piece starts a coordinated clause and holds its verb."""
    cost = PER_PIECE
    if not alone:
        cost += SHARED_SUBJECT if opens_shared_clause else NOT_STANDALONE
    if count < min_words:
        cost += UNDER_MIN
    if count < SHORT_PIECE_WORDS:
        cost += SHORT_PIECE
    return cost


def join_short_pieces(blocks: Blocks, bounds: list[int], max_words: int, min_words: int) -> list[int]:
    """Merge a piece under the minimum into a neighbour when the result fits."""
    words = _word_prefix(blocks)
    bounds = list(bounds)
    k = 0
    while k < len(bounds) - 1:
        count = words[bounds[k + 1]] - words[bounds[k]]
        if count >= min_words or len(bounds) <= 2:
            k += 1
            continue
        prev_fits = k > 0 and words[bounds[k + 1]] - words[bounds[k - 1]] <= max_words
        next_fits = k + 2 < len(bounds) and words[bounds[k + 2]] - words[bounds[k]] <= max_words
        if prev_fits:
            del bounds[k]
            k -= 1
        elif next_fits:
            del bounds[k + 1]
        else:
            k += 1
    return bounds


def _piece_flags(analysis: Analysis, i: int, j: int) -> tuple[str, ...]:
    flags = []
    n = len(analysis.blocks.spans)
    cut_costs = analysis.cut_costs
    if (i > 0 and cut_costs[i] >= WORD_CUT) or (j < n and cut_costs[j] >= WORD_CUT):
        flags.append(FLAG_CUT_AT_WORD)
    has_verb = any(i <= f < j for f in analysis.finite) or stands_alone(analysis, i, j)
    if not has_verb:
        flags.append(FLAG_NO_VERB)
    return tuple(flags)


def dialogue_mask(texts: Sequence[str], *, open_quote: bool = False) -> list[bool]:
    """Which texts are spoken: they start with a dash or sit inside « ».

    Guillemets often open a speech that runs over several sentences and
    paragraphs, so the quote depth is carried from one text to the next.
    """
    depth = 1 if open_quote else 0
    quiet = 0
    mask = []
    for text in texts:
        stripped = text.strip()
        mask.append(depth > 0 or stripped.startswith(DIALOGUE_START) or stripped.endswith(_QUOTE_END))
        opens = text.count("«") + text.count("“")
        closes = text.count("»") + text.count("”")
        quiet = 0 if opens or closes else quiet + 1
        depth = max(0, depth + opens - closes)
        if quiet >= MAX_QUOTE_SPAN:
            depth = 0
    return mask


def quote_open_after(text: str) -> bool:
    """Whether a quote is still open after this text (for the chunk context)."""
    return text.count("«") + text.count("“") > text.count("»") + text.count("”")
