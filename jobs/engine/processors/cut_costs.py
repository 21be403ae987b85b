"""The cost of cutting a sentence before each of its blocks, from its parse and its words.

Lower is better. A cut between clauses is nearly free; one inside a phrase,
a negation, a guillemet pair or a locution costs more; one that would start
a piece with a comma or leave a preposition dangling is as good as never
made. The cut planner (jobs.engine.processors.split) chooses the cheapest
cuts that bring every piece within the limit.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from jobs.engine.processors.blocks import Blocks
from jobs.engine.processors.clause_words import (
    CLAUSE_DEPS,
    DANGLING_WORDS,
    DE_FORMS,
    DETERMINERS,
    FIXED_DEPS,
    GOOD_START_POS,
    LOCUTION_RE,
    MODIFIER_DEPS,
    NEGATION_CLOSERS,
    NEGATION_END_RE,
    OPENING_PUNCT,
    PHRASE_DEPS,
    QUE_RE,
    SUBJECT_DEPS,
    TIME_NOUNS,
    TRAILING_PUNCT,
    WEAK_END_POS,
)
from jobs.engine.processors.parse import Parse as Doc
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.subjects import Tokens
from jobs.engine.typography import TITLE_ABBREVIATIONS

# Costs of a cut, lower is better. Clause cuts are nearly free; a plain word
# boundary is the last resort (WORD_CUT and above get flagged).
CUT_CLAUSE_PUNCT = 0.0
CUT_CLAUSE = 1.0
CUT_RELATIVE = 2.5
CUT_COMMA = 3.0
WORD_CUT = 6.0
CUT_WORD_PLAIN = 9.0
CUT_WEAK_END = 12.0
CUT_INSIDE_QUOTES = 4.0
CUT_BAD_PUNCT = 50.0
# A name parted ("M. | de Tourouvre", "Clément | Malompret", "le baron | de Mordicourt") is
# worse than any other bad cut: when a piece must break one bond, it breaks an incise's first.
CUT_NAME = 80.0
# Titles that take a name with its particle: "le baron de Mordicourt", "la marquise de Bannes".
NAME_TITLES = frozenset(
    {"baron", "baronne", "comte", "comtesse", "marquis", "marquise", "duc", "duchesse", "vicomte", "vicomtesse"}
    | {"chevalier", "prince", "princesse", "sieur", "abbé", "seigneur", "sire", "dom", "saint", "sainte"}
)


def cut_costs(blocks: Blocks, tokens: Tokens, token_block: list[int], incises: frozenset[int]) -> list[float]:
    """costs[b]: the cost of cutting before block b; token_block[i] is the block holding token i.

    incises: the blocks opening a dialogue incise (subjects.is_incise).
    """
    starts = frozenset(a for a, _ in blocks.spans)
    block_start_token = {token_block[t.i]: t for t in tokens if t.idx in starts}
    costs = _base_costs(blocks, tokens, token_block, block_start_token)
    _add_phrase_cuts(costs, blocks, tokens, token_block)
    _add_clause_cuts(costs, blocks, tokens, token_block)
    _add_quote_costs(costs, blocks)
    _add_locution_costs(costs, blocks)
    _add_bond_costs(costs, blocks, incises)
    return costs


def _is_punct_block(blocks: Blocks, i: int) -> bool:
    return blocks.words[i] == 0


def _base_costs(
    blocks: Blocks,
    doc: Doc,
    token_block: list[int],
    block_start_token: dict[int, Token],
) -> list[float]:
    n = len(blocks.spans)
    last_token: dict[int, Token] = {}
    for t in doc:
        if not t.is_space:
            last_token[token_block[t.i]] = t
    costs = [0.0] * n
    for b in range(1, n):
        prev, cur = blocks.strings[b - 1], blocks.strings[b]
        if _is_punct_block(blocks, b) and cur[0] in TRAILING_PUNCT:
            costs[b] = CUT_BAD_PUNCT  # would start a piece with ", ; »"
        elif _is_punct_block(blocks, b - 1) and prev[-1] in OPENING_PUNCT:
            costs[b] = CUT_BAD_PUNCT  # would end a piece with "«" or "—"
        elif prev[-1] in ";:":
            costs[b] = CUT_CLAUSE_PUNCT
        elif prev[-1] == "," or prev in ("—", "–"):
            costs[b] = CUT_COMMA
        else:
            costs[b] = _word_cut_cost(block_start_token.get(b), last_token.get(b - 1))
    return costs


def _parts_a_name(blocks: Blocks, b: int) -> bool:
    """ "(M. | Canivet", "Clément | Malompret", "le baron | de Mordicourt", "le comte | d'Artois", "le capitaine |
    Haralan": a cut before block b would part a name from its title or its other half."""
    strings = blocks.strings
    prev = strings[b - 1].lstrip("([«“")
    if prev in TITLE_ABBREVIATIONS:
        return True
    if not (_is_name(strings[b].rstrip(_CLOSING)) or _ELIDED_PARTICLE_RE.match(strings[b]) or _particle(strings, b)):
        return False  # "Malompret", "d'Artois", "de Tourouvre", "de la Butière": a name or its particle
    # Before it: a title ("le comte"), a name not opening the sentence, or a noun after a determiner
    # ("le capitaine", "mon oncle"), unless a time ("le lendemain | Pierre partit").
    if prev.lower() in NAME_TITLES or _is_name(prev) and not _opens(blocks, b - 1):
        return True
    return (
        b >= 2
        and prev.isalpha()
        and prev.islower()
        and prev not in TIME_NOUNS
        and strings[b - 2].lower() in DETERMINERS
    )


_CLOSING = ",;:.!?…»)"


def _particle(strings: tuple[str, ...], b: int) -> bool:
    """strings[b] is "de" before a name: "de Tourouvre", "de la Butière" (not "de la chambre")."""
    if strings[b].lower() not in DE_FORMS or b + 1 >= len(strings):
        return False
    name = b + 2 if strings[b + 1].lower() in ("la", "l'", "l’") and b + 2 < len(strings) else b + 1
    return _is_name(strings[name].rstrip(_CLOSING))


_ELIDED_PARTICLE_RE = re.compile(r"^d['’][A-ZÀ-Ý]")


def _opens(blocks: Blocks, b: int) -> bool:
    """Block b is the sentence's first word (a capital there proves no name)."""
    return all(_is_punct_block(blocks, k) for k in range(b))


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("’", "").replace("'", "").isalpha()


def _word_cut_cost(first: Token | None, last: Token | None) -> float:
    cost = CUT_WORD_PLAIN
    if first is not None and (first.pos_ in GOOD_START_POS or first.dep_ in ("cc", "mark")):
        cost = WORD_CUT
    if last is not None and (last.pos_ in WEAK_END_POS or (last.pos_ == "PRON" and last.head.i > last.i)):
        cost += CUT_WEAK_END  # "le | chat", "il | dort" leave a dangling word
    elif last is not None and last.dep_ in MODIFIER_DEPS and last.head.i > last.i:
        cost += CUT_WEAK_END  # "ces simples | femmes", "un homme tout | vêtu de gris"
    elif first is not None and first.dep_ in FIXED_DEPS and first.head.i < first.i:
        cost += CUT_WEAK_END  # "tout | à coup", "Mme | Bovary": one expression
    elif first is not None and _describes_the_noun_before(first):
        cost += CUT_WEAK_END  # "la demeure | délabrée", "d'un pied | sûr": a noun and its adjective
    return cost


def _add_phrase_cuts(costs: list[float], blocks: Blocks, doc: Tokens, token_block: list[int]) -> None:
    # Cutting before a whole phrase leaves both sides readable; cutting
    # inside one ("près | du feu") does not.
    n = len(costs)
    for t in doc:
        if t.dep_ not in PHRASE_DEPS:
            continue
        edge = t.left_edge
        b = token_block[edge.i]
        if edge.i > 0 and (_dangles(doc[edge.i - 1], edge.i) or edge.dep_ in FIXED_DEPS):
            continue  # "les | plus revêches": the word before belongs to the phrase
        if not (0 < b < n and blocks.spans[b][0] == edge.idx) or _describes_the_noun_before(edge):
            continue
        if costs[b] > WORD_CUT:
            costs[b] = WORD_CUT


def _describes_the_noun_before(first: Token) -> bool:
    """An adjective or participle right after its noun, no comma between: "la demeure délabrée"."""
    return first.dep_ in ("amod", "acl") and first.head.i == first.i - 1 and first.head.pos_ in ("NOUN", "PROPN")


def _dangles(last: Token, cut: int) -> bool:
    """The word before a cut hangs on a word after it (an article, a clitic, a modifier)."""
    return not last.is_punct and last.head.i >= cut and last.head.i != last.i


def _is_clause_head(t: Token) -> bool:
    if t.dep_ not in CLAUSE_DEPS:
        return False
    if t.dep_ == "conj":
        # "Pierre et Paul" is not a clause; "il entra et s'assit" is.
        return t.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in t.children)
    return True


def _add_clause_cuts(costs: list[float], blocks: Blocks, doc: Tokens, token_block: list[int]) -> None:
    n = len(costs)
    for t in doc:
        if not _is_clause_head(t):
            continue
        cost = CUT_RELATIVE if t.dep_ in ("acl:relcl", "ccomp") else CUT_CLAUSE
        left = token_block[t.left_edge.i]
        if 0 < left < n and blocks.spans[left][0] == t.left_edge.idx:
            left = _step_back_over_openers(blocks, left)
            costs[left] = min(costs[left], cost)
        right = _step_over_trailing(blocks, token_block[t.right_edge.i] + 1)
        if 0 < right < n and t.dep_ in ("advcl", "acl:relcl"):
            costs[right] = min(costs[right], cost)


def _step_back_over_openers(blocks: Blocks, b: int) -> int:
    while b > 1 and _is_punct_block(blocks, b - 1) and blocks.strings[b - 1][-1] in OPENING_PUNCT:
        b -= 1
    return b


def _step_over_trailing(blocks: Blocks, b: int) -> int:
    n = len(blocks.spans)
    while b < n and _is_punct_block(blocks, b) and blocks.strings[b][0] in TRAILING_PUNCT:
        b += 1
    return b


def _add_quote_costs(costs: list[float], blocks: Blocks) -> None:
    # Cutting inside a « » pair that opens and closes in this sentence
    # strands a guillemet in each piece.
    depth, opened_at = 0, []
    for i in range(len(costs)):
        text = blocks.strings[i]
        if "«" in text:
            depth += text.count("«")
            opened_at.append(i)
        if "»" in text and depth:
            depth -= text.count("»")
            start = opened_at.pop() if opened_at else 0
            for b in range(start + 1, i + 1):
                costs[b] += CUT_INSIDE_QUOTES
            depth = max(depth, 0)


def _add_bond_costs(costs: list[float], blocks: Blocks, incises: frozenset[int]) -> None:
    # Whatever the parse says: "ne sais | pas" parts a negation, and "…, |
    # répondit-il" parts an incise from its line.
    for b in range(1, len(costs)):
        if _parts_a_name(blocks, b):
            costs[b] = max(costs[b], CUT_NAME)
            continue
        closer = blocks.strings[b].lower().strip(",;:.!?…»")
        if NEGATION_END_RE.match(blocks.strings[b]) or b in incises:
            costs[b] = max(costs[b], CUT_BAD_PUNCT)
        elif blocks.strings[b - 1].lower() in DANGLING_WORDS:
            costs[b] = max(costs[b], CUT_BAD_PUNCT)  # "contre cet | individu", "près de | la porte"
        elif (QUE_RE.match(blocks.strings[b]) or closer in NEGATION_CLOSERS) and _open_negation(blocks, b):
            costs[b] = max(costs[b], CUT_BAD_PUNCT)  # "ne rentra | que tard": "ne ... que" means "only"
        elif closer == "pour" and _open_degree(blocks, b):
            costs[b] = max(costs[b], CUT_BAD_PUNCT)  # "trop maîtresse d'elle-même | pour déceler": one measure
        elif blocks.strings[b - 1].lower() in ("nous", "vous") and _PLURAL_PERSON_RE.match(blocks.strings[b]):
            costs[b] = max(costs[b], CUT_BAD_PUNCT)  # "que nous | perdons un temps précieux": "Perdons" commands


def _open_negation(blocks: Blocks, b: int) -> bool:
    """A "ne" in the last few words that no "pas", "plus", "jamais"... has closed."""
    for k in range(b - 1, max(-1, b - 7), -1):
        word = blocks.strings[k].lower().strip(",;:")
        if word in NEGATION_CLOSERS:
            return False
        if word == "ne" or word.startswith(("n'", "n’")):
            return True
    return False


_PLURAL_PERSON_RE = re.compile(r"^\w+(?:ons|ez)\b", re.IGNORECASE)


def _open_degree(blocks: Blocks, b: int) -> bool:
    """A "trop" or "assez" in the last few words, no comma since: "pour" after it completes the measure."""
    for k in range(b - 1, max(-1, b - 6), -1):
        word = blocks.strings[k].lower()
        if word.rstrip(",;:") in ("trop", "assez"):
            return True
        if word[-1:] in ",;:":
            return False
    return False


def _add_locution_costs(costs: list[float], blocks: Blocks) -> None:
    starts = [a for a, _ in blocks.spans]
    for m in LOCUTION_RE.finditer(blocks.text):
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, m.end() - 1) - 1
        for b in range(first + 1, last + 1):
            costs[b] += CUT_WEAK_END
