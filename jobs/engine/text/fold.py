"""Text folded for search: no accents, no case, one kind of apostrophe and of space.

The same fold fills the stored search columns, folds the query and finds
what to highlight, so what matches is exactly what is marked, on PostgreSQL
and on SQLite alike. "fenetre" finds "fenêtre", "coeur" finds "cœur",
"l'homme" finds "l’homme".
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Folds a combining-mark strip and casefold do not give.
_SPECIAL = {
    "œ": "oe",
    "Œ": "oe",
    "æ": "ae",
    "Æ": "ae",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "´": "'",
    "`": "'",
    "‐": "-",
    "‑": "-",
}


@cache
def _fold_char(ch: str) -> str:
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the character it came from.

    Runs of whitespace fold to one space; leading and trailing spaces go.
    """
    out: list[str] = []
    where: list[int] = []
    in_space = True  # drop leading whitespace
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                where.append(i)
            in_space = True
            continue
        in_space = False
        for c in _fold_char(ch):
            out.append(c)
            where.append(i)
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def fold(text: str) -> str:
    """fold_with_map's text without the map: the same string, built word by word (every stored sentence goes here)."""
    folded = " ".join("".join(map(_fold_char, word)) for word in text.split())
    # fold_with_map drops one trailing space, even one a folded character gave ("¨" -> " ").
    return folded[:-1] if folded.endswith(" ") else folded


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the folded ``query`` occurs in ``text``, as (start, end) indexes into ``text``."""
    needle = fold(query)
    if not needle:
        return []
    folded, where = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    start = folded.find(needle)
    while start != -1:
        end = start + len(needle) - 1
        spans.append((where[start], where[end] + 1))
        start = folded.find(needle, start + len(needle))
    return spans
