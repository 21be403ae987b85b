"""A sentence as a sequence of words that rewrites can take apart and put back.

Each word keeps its place in the parse of the whole sentence, or says it
was added by a rewrite (a subject pronoun, the copula, "Alors"). A sequence
renders to text with the spacing of the original, and turns back into a
Parse (jobs.engine.processors.parse) carrying the original parse, so the cut
planner can work on a rewritten clause without parsing it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.engine.processors.parse import Parse, build
from jobs.engine.processors.rewrite.french import elides_before

ADDED = -1
_DASHES = "—–-"
_NO_SPACE_BEFORE = frozenset({",", ".", "…", ")", "]"})
_NO_SPACE_AFTER = ("'", "’", "(", "[")
# "que" and its compounds elide before a vowel: words brought together by a rewrite ("que, depuis Vienne, il").
_ELIDING = frozenset({"que", "lorsque", "puisque", "quoique"})


@dataclass(frozen=True)
class Word:
    text: str
    src: int  # index of the token in the sentence's parse, ADDED when added
    pos: str
    dep: str
    head: int  # src of the head token
    morph: str = ""
    space: str = " "  # the whitespace after it in the original


Clause = tuple[Word, ...]


class AuthorsWords(tuple):
    """A part of a candidate in the author's words, cut where the planner would cut: it may lack a verb, and
    is judged and flagged like any cut."""


def sentence_words(doc: Parse, text: str) -> Clause:
    """The parse's tokens as words, with the original's characters (dialogue dashes were blanked for the parser)."""
    words = []
    for t in doc:
        original = text[t.idx : t.idx + len(t.text)]
        if t.is_space:
            dash = original.strip()
            if dash and dash in _DASHES:
                words.append(Word(dash, t.i, "PUNCT", "punct", t.head.i, "", " "))
            continue
        words.append(Word(original, t.i, t.pos_, t.dep_, t.head.i, str(t.morph), t.whitespace_))
    return tuple(words)


def apostrophe(words: Clause) -> str:
    """The sentence's apostrophe for an added "c'" or "l'": the typographic one unless it uses the straight one."""
    return "'" if any("'" in w.text for w in words) else "’"


def conjugated(w: Word, form: str, tense: str = "Imp") -> Word:
    """The participle w as the finite verb form ("raidissant" -> "raidissait"), in its place in the parse."""
    return Word(form, w.src, "VERB", w.dep, w.head, f"Mood=Ind|Tense={tense}|VerbForm=Fin", w.space)


def added(text: str, pos: str, dep: str, head: int, morph: str = "") -> Word:
    if pos == "AUX" and not morph:
        morph = "Mood=Ind|VerbForm=Fin"
    return Word(text, ADDED, pos, dep, head, morph)


def render(clause: Clause) -> tuple[list[str], list[bool]]:
    """Words and trailing spaces: the original spacing where neighbours stay neighbours."""
    texts = [w.text for w in clause]
    apostrophe = "’" if any("’" in t for t in texts) else "'"
    spaces = []
    for k, w in enumerate(clause):
        if k + 1 == len(clause):
            spaces.append(False)
            continue
        nxt = clause[k + 1]
        if w.text.lower() in _ELIDING and nxt.src != w.src + 1 and elides_before(nxt.text):
            texts[k] = w.text[:-1] + apostrophe
            spaces.append(False)
        elif w.src != ADDED and nxt.src == w.src + 1:
            spaces.append(bool(w.space))
        elif w.text.endswith(_NO_SPACE_AFTER):
            spaces.append(False)
        else:
            spaces.append(nxt.text not in _NO_SPACE_BEFORE)
    return texts, spaces


def text_of(clause: Clause) -> str:
    texts, spaces = render(clause)
    return "".join(t + (" " if s else "") for t, s in zip(texts, spaces, strict=True))


def to_parse(clause: Clause) -> Parse:
    """The original parse restricted to this clause (heads outside become roots), no parser run."""
    texts, spaces = render(clause)
    where: dict[int, int] = {}
    for k, w in enumerate(clause):
        if w.src != ADDED:
            where[w.src] = k
    heads, deps = [], []
    for k, w in enumerate(clause):
        head = where.get(w.head, k)
        heads.append(head)
        deps.append("ROOT" if head == k else (w.dep if w.dep != "ROOT" else "dep"))
    return build(texts, spaces, [w.pos or "X" for w in clause], deps, heads, [w.morph for w in clause])


def first_word_index(clause: Clause) -> int:
    """Index of the first word holding a letter or digit."""
    for k, w in enumerate(clause):
        if re.search(r"\w", w.text):
            return k
    return len(clause)


def clause_doc(clause: Clause) -> tuple[str, Parse]:
    parse = to_parse(clause)
    return parse.text, parse


def elided_je(subject: list[Word], words: list[Word], clause: Clause) -> list[Word]:
    """ "je" said again before a vowel, "j'" before a consonant: "j'observe", "je suis"."""
    last = subject[-1].text.lower() if subject else ""
    if last == "je" and words and elides_before(words[0].text):
        return subject[:-1] + [added("j" + apostrophe(clause), "PRON", "nsubj", subject[-1].head)]
    if last in ("j'", "j’") and words and not elides_before(words[0].text):
        return subject[:-1] + [added(subject[-1].text[:1] + "e", "PRON", "nsubj", subject[-1].head)]
    return subject
