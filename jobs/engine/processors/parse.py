"""A dependency parse as plain Python objects, made once per sentence.

The rules that judge and rewrite sentences read each token's head,
children and morphology many times; spaCy makes a new Token object on every
such access, which cost more than parsing itself. A Parse is built once from
spaCy's Doc (or from the words of a rewritten clause, which keeps the
original parse) and answers the same attributes the rules use.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc


class Morph:
    """Morphological features, read like spaCy's: get("VerbForm") -> ["Fin"] (shared: never mutate)."""

    __slots__ = ("_features", "_text")

    def __init__(self, text: str):
        self._text = text
        self._features: dict[str, list[str]] = {}
        for part in text.split("|") if text else ():
            key, _, value = part.partition("=")
            self._features[key] = value.split(",")

    def get(self, key: str) -> list[str]:
        return self._features.get(key, _NONE)

    def __str__(self) -> str:
        return self._text


_NONE: list[str] = []


@lru_cache(maxsize=4096)
def morph_of(text: str) -> Morph:
    return Morph(text)


class Tok:
    """One token; head and children are the tokens themselves, set once the parse is built (read, never mutate)."""

    __slots__ = (
        "doc",
        "i",
        "text",
        "lower_",
        "lemma_",
        "pos_",
        "dep_",
        "idx",
        "whitespace_",
        "morph",
        "is_punct",
        "is_space",
        "is_alpha",
        "head_i",
        "head",
        "children",
        "left_i",
        "right_i",
    )

    @property
    def left_edge(self) -> Tok:
        return self.doc[self.left_i]

    @property
    def right_edge(self) -> Tok:
        return self.doc[self.right_i]

    @property
    def subtree(self) -> list[Tok]:
        # A projective parse: the subtree is the span between its edges, less what hangs elsewhere.
        return [t for t in self.doc[self.left_i : self.right_i + 1] if self._governs(t)]

    def _governs(self, t: Tok) -> bool:
        seen = 0
        while t.i != self.i and t.head_i != t.i and seen < len(self.doc):
            t = t.doc[t.head_i]
            seen += 1
        return t.i == self.i

    def __str__(self) -> str:
        return self.text


class Parse(list):
    """The tokens of one sentence, in order."""

    text: str = ""


@lru_cache(maxsize=65536)
def _is_punct(text: str) -> bool:
    return bool(text) and all(unicodedata.category(ch).startswith("P") for ch in text)


def build(
    texts: Sequence[str],
    spaces: Sequence[bool | str],
    pos: Sequence[str],
    deps: Sequence[str],
    heads: Sequence[int],
    morphs: Sequence[str],
    lemmas: Sequence[str] | None = None,
) -> Parse:
    parse = Parse()
    idx = 0
    for i, text in enumerate(texts):
        t = Tok()
        t.doc, t.i, t.text, t.lower_ = parse, i, text, text.lower()
        t.lemma_ = lemmas[i] if lemmas is not None else ""
        t.pos_, t.dep_, t.head_i, t.morph = pos[i], deps[i], heads[i], morph_of(morphs[i])
        t.whitespace_ = spaces[i] if isinstance(spaces[i], str) else (" " if spaces[i] else "")
        t.idx = idx
        t.is_space, t.is_alpha, t.is_punct = text.isspace(), text.isalpha(), _is_punct(text)
        t.children, t.left_i, t.right_i = [], i, i
        parse.append(t)
        idx += len(text) + len(t.whitespace_)
    for t in parse:
        t.head = parse[t.head_i]
        if t.head_i != t.i:
            t.head.children.append(t)
    _set_edges(parse)
    parse.text = "".join(t.text + t.whitespace_ for t in parse)
    return parse


def _set_edges(parse: Parse) -> None:
    """Widen each token's edges to cover its descendants: children before their heads, from the roots down."""
    order = [t for t in parse if t.head_i == t.i]
    for node in order:  # grows while it is read: every token below a root, heads first
        order.extend(node.children)
    if len(order) != len(parse):  # a cycle with no root (a clause cut out of a bad parse): walk each token up
        for t in parse:
            seen, node = 0, t
            while node.head_i != node.i and seen < len(parse):
                node = parse[node.head_i]
                node.left_i, node.right_i = min(node.left_i, t.i), max(node.right_i, t.i)
                seen += 1
        return
    for node in reversed(order):
        for c in node.children:
            if c.left_i < node.left_i:
                node.left_i = c.left_i
            if c.right_i > node.right_i:
                node.right_i = c.right_i


def from_doc(doc: Doc) -> Parse:
    texts, spaces, pos, deps, heads, morphs, lemmas = [], [], [], [], [], [], []
    for t in doc:  # one pass: each spaCy Token made once
        texts.append(t.text)
        lemmas.append(t.lemma_)
        spaces.append(t.whitespace_)
        pos.append(t.pos_)
        deps.append(t.dep_)
        heads.append(t.head.i)
        morphs.append(str(t.morph))
    return build(texts, spaces, pos, deps, heads, morphs, lemmas)
