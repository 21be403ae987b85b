"""Chapter and part headings, from layout and wording together.

Wording alone misleads ("I" can open a sentence, "Chapitre" can appear in
dialogue), and so does layout alone (verse is centred, a letter may be set
apart). A heading line is short and either clearly larger than the body
text, or worded like a heading and set apart: bold, centred, or isolated.
"""

from __future__ import annotations

import re

from jobs.engine.typography import LONE_INITIAL

from .layout import BookLayout
from .pages import RawLine

_ORDINAL = (
    r"(?:premi[eè]re?|seconde?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|"
    r"sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me|derni[eè]re?|"
    r"\w+i[eè]me)"
)
_NUMBER = r"(?:[IVXLCDM]+|\d{1,3}|premier|première|un|une|\w+)"
HEADING_WORDING = re.compile(
    rf"^(?:(?:chapitre|livre|partie|tome|volume|section)\s+{_NUMBER}\b"
    rf"|{_ORDINAL}\s+(?:partie|livre|époque|journée|section)\b"
    r"|(?:prologue|épilogue|préface|avant-propos|introduction|conclusion"
    r"|appendice|postface)\b"
    r"|[IVXLCDM]+\.?(?:\s*[-–—.]\s*.*)?$)",
    re.IGNORECASE,
)
_ROMAN_LEAD = re.compile(r"^[IVXLCDM]+\b")
_SENTENCE_PUNCTUATION = re.compile(r"[,;]$")
_MAX_HEADING_WORDS = 14
_LARGER = 1.15  # size ratio to the body text that marks display type


def heading_lines(lines: list[RawLine], layout: BookLayout, page_number: int) -> set[int]:
    """Indices of ``lines`` (top to bottom, body only) that are headings."""
    return {index for index in range(len(lines)) if _is_heading(lines, index, layout, page_number)}


def _is_heading(lines: list[RawLine], index: int, layout: BookLayout, page_number: int) -> bool:
    line = lines[index]
    text = line.text.strip()
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or _SENTENCE_PUNCTUATION.search(text):
        return False
    larger = line.size >= layout.body_size * _LARGER
    if larger:
        return True
    if not _worded_like_heading(text):
        return False
    return (
        line.bold
        or line.size > layout.body_size * 1.04
        or _centred(line, layout, page_number)
        or _isolated(lines, index, layout)
    )


def _worded_like_heading(text: str) -> bool:
    match = HEADING_WORDING.match(text)
    if not match:
        return False
    # A roman numeral heading may carry a title ("IV. Le bal"), but a capital
    # "I" followed by words is an English-style pronoun or initial, so demand
    # the separator.
    if _ROMAN_LEAD.match(text) and " " in text:
        # A lone C, D, L or M followed by a period is an initial ("M. Stepark fit appeler un brigadier").
        return bool(re.match(r"^(?:[IVXLCDM]{2,}|[IVX])\s*[-–—.]\s", text))
    return not LONE_INITIAL.match(text)


def _centred(line: RawLine, layout: BookLayout, page_number: int) -> bool:
    margins = layout.margins(page_number)
    left_space = line.x0 - margins.left
    right_space = margins.right - line.x1
    return left_space > layout.body_size * 2 and abs(left_space - right_space) < layout.body_size * 1.5


def _isolated(lines: list[RawLine], index: int, layout: BookLayout) -> bool:
    spacing = layout.line_spacing * 1.6
    above = index == 0 or lines[index - 1].y - lines[index].y > spacing
    below = index == len(lines) - 1 or lines[index].y - lines[index + 1].y > spacing
    return above and below
