"""What the dependency parse says about where a sentence may be cut.

A sentence is seen as whitespace blocks (the learner's words with their
punctuation attached), because every cut must fall on whitespace to keep the
text lossless. The parse is projected onto those blocks: the cost of cutting
before each block, and which block ranges hold a subject with its finite
verb (a piece that stands alone).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from jobs.engine.processors import subjects
from jobs.engine.processors.parse import Parse as Doc
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.subjects import Tokens

_BLOCK_RE = re.compile(r"\S+")
_ALNUM_RE = re.compile(r"\w")
# Standalone dialogue dashes confuse the small model ("— Viens-tu" parses as
# a proper noun); blanking them keeps character offsets unchanged.
_DASH_BLOCK_RE = re.compile(r"(?:(?<=\s)|^)[—–-](?=\s)")

# The small model seldom tags imperatives Mood=Imp; their shape is plain:
# "Regardez", "Allons-nous-en", "Dites-moi", "Asseyez-vous".
_IMPERATIVE_RE = re.compile(
    r"^[«“—–-]?(?:(?!Chez|Assez|Nez)[A-ZÀ-Ý]\w*ez|\w+(?:ez|ons)-(?:vous|nous)|\w+-(?:moi|toi|le|la|les|lui|leur|en|y))"
    r"(?:-(?:vous|nous|moi|toi|le|la|les|lui|leur|en|y))*[,.!…]*$"
)
# Subject inversion is a subject with its verb in one block: "déclara-t-il",
# "interrompit-il", "n'est-ce", "Viens-tu".
_INVERSION_RE = re.compile(r"\w-(?:t-)?(?:il|elle|on|ils|elles|je|tu|ce)\b(?!-)", re.IGNORECASE)
# Endings only a participle has ("fermée", "partis"); any other participle
# with a subject and no auxiliary is a finite verb the model mis-tagged.
_PARTICIPLE_ONLY_RE = re.compile(r"(?:é|ée|és|ées|ie|ies|ue|ues|us|is|ise|ises|te|tes|ts|ant)$")
_NEGATION_END_RE = re.compile(r"^(?:pas|point|guère)\b", re.IGNORECASE)
SUBORDINATORS = frozenset(
    {"que", "qu'", "qu’", "quand", "lorsque", "lorsqu'", "lorsqu’", "si", "s'", "s’", "comme", "puisque", "puisqu'"}
    | {"puisqu’", "parce", "quoique", "quoiqu'", "quoiqu’", "afin", "tandis", "pendant", "dès", "bien", "sans"}
)
# A verb needs these to say what it says: "il voulut | partir", "il dit | qu'il viendrait".
REQUIRED_DEPS = frozenset({"obj", "iobj", "ccomp", "xcomp"})
LINK_REACH = 4
# A clause opened by "parce que", "quand", "si" is adverbial even when the parser calls it a complement.
COMPLEMENT_MARKS = frozenset({"que", "qu'", "qu’"})
MODIFIER_BEFORE_DEPS = frozenset({"amod", "det", "case", "nummod"})
# A word hanging on one before it, which a piece cannot hold without that word.
ATTACHED_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "amod", "acl", "appos"})
_QUE_RE = re.compile(r"^qu(?:e|['’]\w*)$", re.IGNORECASE)
NEGATION_CLOSERS = frozenset({"pas", "plus", "jamais", "point", "rien", "personne", "aucun", "aucune", "nul", "ni"})
# Words that never end a piece: articles, possessives, demonstratives, prepositions.
DANGLING_WORDS = frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "mon", "ton", "son"}
    | {"ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leurs", "de", "à", "dans", "sur"}
    | {"sous", "par", "pour", "avec", "sans", "chez", "vers", "entre", "contre", "et", "ou", "ni", "que", "qui"}
    | {"mais", "car", "puis", "donc", "or", "mais,", "puis,", "donc,"}
)
# A sentence never ends on these: "Déjà elle se dirigeait vers la porte, quand."
_OPEN_ENDS = (DANGLING_WORDS - {"donc", "donc,", "or", "leurs"}) | {
    "quand",
    "lorsque",
    "lorsqu'",
    "lorsqu’",
    "qu'",
    "qu’",
    "si",
    "comme",
    "puisque",
    "dont",
    "parce",
    "quoique",
    "tandis",
    "afin",
    "d'",
    "d’",
    "l'",
    "l’",
}
_END_PUNCT = ",;:.…»”"
# "sans dire un mot", "pour sortir": an infinitive the verb does without.
ADVERBIAL_MARKS = frozenset({"sans", "pour", "afin", "avant", "après", "en"})
_SUBORDINATE_START_RE = re.compile(
    r"^[«“—–-]*(?:que|qu['’]\w*|quand|lorsque|lorsqu['’]\w*|si|s['’]ils?|comme|puisque|puisqu['’]\w*|parce"
    r"|quoique|quoiqu['’]\w*|tandis|qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|duquel)"
    r"[,;:]?$",
    re.IGNORECASE,
)
_CONNECTOR_RE = re.compile(
    r"^[«“—–-]*(?:et|mais|or|puis|donc|car|cependant|pourtant|alors|ensuite|enfin|d['’]ailleurs|aussi)[,]?$",
    re.IGNORECASE,
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "csubj"})
CLAUSE_DEPS = frozenset({"conj", "parataxis", "advcl", "acl:relcl", "ccomp"})
# Phrases a last-resort cut may fall before ("près du feu", "avec la main").
# Not before a direct object: "posèrent | leurs fusils" parts a verb from
# what it governs.
PHRASE_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "obl:agent", "nmod", "xcomp", "acl", "advmod"})
# A word that modifies one after it belongs with it: no cut in between.
MODIFIER_DEPS = frozenset({"amod", "nummod", "advmod", "fixed", "flat", "flat:name", "compound", "expl:comp"})
# Multiword expressions the small parser does not know; never cut inside.
_LOCUTION_RE = re.compile(
    r"\b(?:tout à (?:coup|fait|l['’]heure)|tout de (?:suite|même)|à peu près|peu à peu|au lieu de|à cause de|grâce à"
    r"|quant à|parce que|tandis que|bien que|afin (?:de|que)|de nouveau|à la fois|au moins|du moins|en effet"
    r"|pendant que|dès que|sans doute|à travers|auprès de|au milieu de|le long de|près de|loin de"
    r"|au moment où|à l['’]instant où|du moment où|chemin faisant)\b",
    re.IGNORECASE,
)
FIXED_DEPS = frozenset({"fixed", "flat", "flat:name"})
FINITE_HELPERS = frozenset({"aux", "aux:pass", "aux:tense", "cop"})
NON_FINITE = frozenset({"Inf", "Part", "Ger"})
WEAK_END_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "AUX"})
GOOD_START_POS = frozenset({"CCONJ", "SCONJ", "ADP"})
TRAILING_PUNCT = frozenset(",;:.!?…»”›)]")
OPENING_PUNCT = frozenset("«“‹([—–-")

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


@dataclass(frozen=True)
class Blocks:
    text: str
    spans: tuple[tuple[int, int], ...]
    words: tuple[int, ...]  # 1 when the block holds a letter or digit

    @classmethod
    def of(cls, text: str) -> Blocks:
        spans = tuple(m.span() for m in _BLOCK_RE.finditer(text))
        words = tuple(1 if _ALNUM_RE.search(text, a, b) else 0 for a, b in spans)
        return cls(text, spans, words)

    def block(self, i: int) -> str:
        a, b = self.spans[i]
        return self.text[a:b]

    def slice(self, i: int, j: int) -> str:
        return self.text[self.spans[i][0] : self.spans[j - 1][1]]


@dataclass(frozen=True)
class Analysis:
    blocks: Blocks
    cut_costs: tuple[float, ...]  # cut_costs[b]: cost of cutting before block b
    pairs: tuple[tuple[int, int], ...]  # block ranges holding subject + verb
    finite: tuple[int, ...]  # block indices holding a finite verb
    # Block ranges of coordinated clauses whose verb shares the subject of
    # the verb before it: "et sortit de la pièce" in "il se leva et sortit".
    shared: tuple[tuple[int, int], ...] = ()
    # (needs, needed): a piece holding the first block without the second is
    # cut short: a verb from its object ("avait tiré | les pieds"), an
    # auxiliary from its participle ("on lui avait | tiré").
    links: tuple[tuple[int, int], ...] = ()
    # Blocks opening a subordinate or relative clause ("lorsque", "qui").
    subordinate_starts: frozenset[int] = frozenset()
    # Blocks opening a dialogue incise ("dit Pierre"): a piece starting there says nothing of its own.
    incise_starts: frozenset[int] = frozenset()
    doc: Doc | None = None  # the parse these blocks were judged by (pieces take their words from it)

    @cached_property
    def judge(self) -> _Judge:
        return _Judge(self)


def stands_alone(analysis: Analysis, i: int, j: int) -> bool:
    """Blocks [i, j) hold a main clause: a subject with its verb, nothing it needs cut off."""
    return analysis.judge.stands_alone(i, j)


class _Judge:
    """stands_alone for every piece the cut planner weighs, from tables built once per sentence."""

    def __init__(self, analysis: Analysis):
        n = len(analysis.blocks.spans)
        self.analysis = analysis
        # nearest_end[i]: the smallest last block of a subject-verb pair starting at i or later.
        nearest_end = [n + 1] * (n + 2)
        for lo, hi in analysis.pairs:
            if 0 <= lo <= n:
                nearest_end[lo] = min(nearest_end[lo], hi)
        for k in range(n - 1, -1, -1):
            nearest_end[k] = min(nearest_end[k], nearest_end[k + 1])
        self.nearest_end = nearest_end
        self.needs: dict[int, tuple[int, int]] = {}
        for a, b in analysis.links:
            lo, hi = self.needs.get(a, (b, b))
            self.needs[a] = (min(lo, b), max(hi, b))

    def stands_alone(self, i: int, j: int) -> bool:
        if self.nearest_end[i] >= j:
            return False
        for a in range(i, j):
            need = self.needs.get(a)
            if need is not None and (need[0] < i or need[1] >= j):
                return False
        if i in self.analysis.subordinate_starts and not _main_after_comma(self.analysis, i, j):
            return False
        blocks = self.analysis.blocks
        first = next((k for k in range(i, j) if blocks.words[k]), i)
        last = next((k for k in range(j - 1, i - 1, -1) if blocks.words[k]), j - 1)
        return first not in self.analysis.incise_starts and not _open_end(blocks.block(last))


def _open_end(word: str) -> bool:
    """The piece's last word leaves it open: "..., quand", "les portes de", "la chambre dont"."""
    if word.endswith(("?", "!")):
        return False  # "C'est qui ?"
    return word.lower().rstrip(_END_PUNCT) in _OPEN_ENDS


def _main_after_comma(analysis: Analysis, i: int, j: int) -> bool:
    """ "Quand il arriva, la porte s'ouvrit": a main clause after the subordinate one."""
    for k in range(i, j - 1):
        if analysis.blocks.block(k).endswith(","):
            return any(k < lo and hi < j for lo, hi in analysis.pairs)
    return False


def parse_text(text: str) -> str:
    return _DASH_BLOCK_RE.sub(" ", text)


def analyse(blocks: Blocks, doc: Doc, *, cuts: bool = True) -> Analysis:
    """What the parse says of these blocks; without cuts, only whether they stand alone (no cut costs)."""
    tokens = list(doc)  # one Token object each, reused by every rule below
    starts = [a for a, _ in blocks.spans]
    token_block = [max(0, bisect_right(starts, t.idx) - 1) for t in tokens]
    costs = [0.0] * len(blocks.spans)
    if cuts:
        start_set = frozenset(starts)
        block_start_token = {token_block[t.i]: t for t in tokens if t.idx in start_set}
        costs = _base_costs(blocks, tokens, token_block, block_start_token)
        _add_phrase_cuts(costs, blocks, tokens, token_block)
        _add_clause_cuts(costs, blocks, tokens, token_block)
        _add_quote_costs(costs, blocks)
        _add_locution_costs(costs, blocks)
        _add_bond_costs(costs, blocks)
    pairs, finite = _standalone_pairs(tokens, token_block)
    pairs += _imperative_pairs(blocks) + _inversion_pairs(blocks) + _block_shape_pairs(blocks)
    return Analysis(
        blocks,
        tuple(costs),
        pairs,
        finite,
        _shared_subject_clauses(blocks, tokens, token_block) if cuts else (),
        _required_links(tokens, token_block),
        _subordinate_starts(blocks),
        frozenset(b for b in range(len(blocks.spans)) if subjects.is_incise(blocks, b)),
        doc,
    )


def _required_links(doc: Tokens, token_block: list[int]) -> tuple[tuple[int, int], ...]:
    links = []
    for t in doc:
        if t.head.i == t.i or t.is_punct:
            continue
        if t.head.i > t.i and _opens_clause(t):
            # "répéta Pierre qui", "tout ce que vous": the clause's opener without its verb.
            links.append((token_block[t.i], token_block[t.head.i]))
            continue
        # Only near links: a complement far from its verb is more often a misparse than a cut.
        near = abs(t.left_edge.i - t.head.i) <= LINK_REACH or abs(t.i - t.head.i) <= LINK_REACH
        if not near:
            continue
        adverbial = any(c.lower_ in ADVERBIAL_MARKS or c.lower_ in SUBORDINATORS - COMPLEMENT_MARKS for c in t.children)
        if t.dep_ in REQUIRED_DEPS and not adverbial:
            links.append((token_block[t.head.i], token_block[t.i]))
        if t.dep_ in ATTACHED_DEPS and t.head.i < t.i:
            # "Sur toute prudence, Léon se récria" after a cut: the phrase belongs to a word before.
            links.append((token_block[t.i], token_block[t.head.i]))
        elif (t.dep_ in FINITE_HELPERS or t.dep_ in MODIFIER_BEFORE_DEPS or _clitic(t)) and t.head.i > t.i:
            # "on lui avait | tiré", "les poses du joyeux | petit vieillard": the word before needs the one after.
            links.append((token_block[t.i], token_block[t.head.i]))
    return tuple((a, b) for a, b in links if a != b)


def _clitic(t: Token) -> bool:
    """ "me", "lui", "se" before their verb: "pas, me | répondit Marc" leaves one hanging."""
    return t.pos_ == "PRON" and t.dep_ in ("obj", "iobj", "expl", "expl:pv", "expl:comp") and len(t.text) <= 4


def _opens_clause(t: Token) -> bool:
    """A relative pronoun, or a subordinating conjunction before a clause (not "plus grand que lui")."""
    if "Rel" not in t.morph.get("PronType") and (t.dep_ != "mark" or t.lower_ not in SUBORDINATORS):
        return False
    head = t.head
    return head.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS | FINITE_HELPERS for c in head.children)


def _subordinate_starts(blocks: Blocks) -> frozenset[int]:
    if "?" in blocks.text or "!" in blocks.text:
        return frozenset()  # "Où est-il ?", "Que veux-tu ?", "Comme il est beau !"
    starts = set()
    for i in range(len(blocks.spans)):
        if _SUBORDINATE_START_RE.match(blocks.block(i)):
            starts.add(i)
            # "Mais, quand il eut la plume": the connector before opens the subordinate clause too.
            if i > 0 and _CONNECTOR_RE.match(blocks.block(i - 1)):
                starts.add(i - 1)
    return frozenset(starts)


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
        prev, cur = blocks.block(b - 1), blocks.block(b)
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
        if 0 < b < n and blocks.spans[b][0] == edge.idx and costs[b] > WORD_CUT:
            costs[b] = WORD_CUT


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


def _shared_subject_clauses(blocks: Blocks, doc: Tokens, token_block: list[int]) -> tuple[tuple[int, int], ...]:
    out = []
    for t in doc:
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.head.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in t.children):
            continue  # its own subject: a full clause
        if not any(c.dep_ in SUBJECT_DEPS for c in t.head.children) or t.head.i > t.i:
            continue
        left = token_block[t.left_edge.i]
        if blocks.spans[left][0] == t.left_edge.idx:
            out.append((left, token_block[t.i]))
    return tuple(out)


def _step_back_over_openers(blocks: Blocks, b: int) -> int:
    while b > 1 and _is_punct_block(blocks, b - 1) and blocks.block(b - 1)[-1] in OPENING_PUNCT:
        b -= 1
    return b


def _step_over_trailing(blocks: Blocks, b: int) -> int:
    n = len(blocks.spans)
    while b < n and _is_punct_block(blocks, b) and blocks.block(b)[0] in TRAILING_PUNCT:
        b += 1
    return b


def _add_quote_costs(costs: list[float], blocks: Blocks) -> None:
    # Cutting inside a « » pair that opens and closes in this sentence
    # strands a guillemet in each piece.
    depth, opened_at = 0, []
    for i in range(len(costs)):
        text = blocks.block(i)
        if "«" in text:
            depth += text.count("«")
            opened_at.append(i)
        if "»" in text and depth:
            depth -= text.count("»")
            start = opened_at.pop() if opened_at else 0
            for b in range(start + 1, i + 1):
                costs[b] += CUT_INSIDE_QUOTES
            depth = max(depth, 0)


def _add_bond_costs(costs: list[float], blocks: Blocks) -> None:
    # Whatever the parse says: "ne sais | pas" parts a negation, and "…, |
    # répondit-il" parts an incise from its line.
    for b in range(1, len(costs)):
        closer = blocks.block(b).lower().strip(",;:.!?…»")
        if _NEGATION_END_RE.match(blocks.block(b)) or subjects.is_incise(blocks, b):
            costs[b] = max(costs[b], CUT_BAD_PUNCT)
        elif blocks.block(b - 1).lower() in DANGLING_WORDS:
            costs[b] = max(costs[b], CUT_BAD_PUNCT)  # "contre cet | individu", "près de | la porte"
        elif (_QUE_RE.match(blocks.block(b)) or closer in NEGATION_CLOSERS) and _open_negation(blocks, b):
            costs[b] = max(costs[b], CUT_BAD_PUNCT)  # "ne rentra | que tard": "ne ... que" means "only"


def _open_negation(blocks: Blocks, b: int) -> bool:
    """A "ne" in the last few words that no "pas", "plus", "jamais"... has closed."""
    for k in range(b - 1, max(-1, b - 7), -1):
        word = blocks.block(k).lower().strip(",;:")
        if word in NEGATION_CLOSERS:
            return False
        if word == "ne" or word.startswith(("n'", "n’")):
            return True
    return False


def _add_locution_costs(costs: list[float], blocks: Blocks) -> None:
    starts = [a for a, _ in blocks.spans]
    for m in _LOCUTION_RE.finditer(blocks.text):
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, m.end() - 1) - 1
        for b in range(first + 1, last + 1):
            costs[b] += CUT_WEAK_END


def _imperative_pairs(blocks: Blocks) -> tuple[tuple[int, int], ...]:
    if "?" in blocks.text:
        return ()  # "Venez-vous ?" asks, it does not order
    return tuple((i, i) for i in range(len(blocks.spans)) if _IMPERATIVE_RE.match(blocks.block(i)))


def _inversion_pairs(blocks: Blocks) -> tuple[tuple[int, int], ...]:
    return tuple((i, i) for i in range(len(blocks.spans)) if _INVERSION_RE.search(blocks.block(i)))


def _finite_token(head: Token) -> Token | None:
    if head.morph.get("VerbForm") == ["Fin"]:
        return head
    helpers = [c for c in head.children if c.dep_ in FINITE_HELPERS]
    for helper in helpers:
        if helper.morph.get("VerbForm") == ["Fin"] or helper.pos_ == "AUX":
            return helper
        if helper.pos_ != "VERB" and subjects.NARRATIVE_ENDING_RE.search(helper.lower_) and len(helper.text) > 4:
            return helper  # "et arrivèrent à la grille": a verb the small model made the copula of its complement
    # The small model tags some finite verbs ("elle dort") as adjectives or
    # nouns; a bare predicate with its own subject is such a verb.
    if not helpers and not set(head.morph.get("VerbForm")) & NON_FINITE:
        return head
    # It also tags passé simple forms as participles ("la porte s'ouvrit",
    # "Emma leva"); a participle with a subject and no auxiliary is one.
    if not helpers and head.morph.get("VerbForm") == ["Part"] and not _PARTICIPLE_ONLY_RE.search(head.lower_):
        return head
    return None


def _standalone_pairs(doc: Tokens, token_block: list[int]) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    pairs: list[tuple[int, int]] = []
    for t in doc:
        if t.dep_ in SUBJECT_DEPS and "Rel" not in t.morph.get("PronType") and not subordinate(t.head):
            verb = _finite_token(t.head)
            if verb is not None:
                a, b = token_block[t.i], token_block[verb.i]
                pairs.append((min(a, b), max(a, b)))
        elif t.morph.get("Mood") == ["Imp"] and t.pos_ in ("VERB", "AUX"):
            pairs.append((token_block[t.i], token_block[t.i]))
    shaped = [
        (token_block[a], token_block[b])
        for a, b in _shape_pairs(doc)
        if not (subordinate(_predicate_of(doc[a])) or subordinate(_predicate_of(doc[b])))
    ]
    pairs.extend((min(a, b), max(a, b)) for a, b in shaped)
    finite = {token_block[t.i] for t in doc if t.morph.get("VerbForm") == ["Fin"]}
    return tuple(pairs), tuple(sorted(finite))


def subordinate(predicate: Token) -> bool:
    """A clause opened by "quand", "que", "parce que", or a relative: it needs a main clause to stand."""
    if predicate.dep_ == "acl:relcl" or any("Rel" in c.morph.get("PronType") for c in predicate.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in predicate.children)


def _predicate_of(t: Token) -> Token:
    return t.head if t.dep_ in FINITE_HELPERS or t.dep_ in SUBJECT_DEPS else t


def _shape_pairs(doc: Tokens) -> list[tuple[int, int]]:
    return (
        subjects.clitic_pairs(doc)
        + subjects.inverted_pairs(doc)
        + subjects.broken_clause_pairs(doc)
        + subjects.suffix_verb_pairs(doc)
        + subjects.name_verb_pairs(doc)
    )


def _block_shape_pairs(blocks: Blocks) -> tuple[tuple[int, int], ...]:
    words = [blocks.block(i) for i in range(len(blocks.spans))]
    pairs = subjects.incise_pairs(words) + [(i, i) for i in subjects.presentative_blocks(words)]
    return tuple(pairs)
