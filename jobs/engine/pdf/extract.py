"""Page-by-page text extraction: each page's lines with their position and size.

pypdfium2 is imported and run only in a limited child process (see child).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from statistics import median
from typing import Any

from .child import child_main, run_in_child
from .inspect import reject, why_unopenable
from .pages import RawLine, RawPage

# pdfium ends a line broken after a hyphen with a marker instead of "\r\n":
# U+FFFE in current builds, U+0002 in older ones.
HYPHEN_MARKERS = "\ufffe\x02"
_LINE_BREAK = re.compile(r"\r\n|\r|\n|[\ufffe\x02]")

# Footnote calls: digits, asterisks, daggers, or a letter a to c ending a
# word; a character is a call when it is set smaller than its line and
# raised above the line's baseline by more than these shares of the size.
_SUPERSCRIPT_CHARACTERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_CALL_CANDIDATE = re.compile(rf"[\d*†‡{_SUPERSCRIPT_CHARACTERS}]|[abc]\b")
_CALL = re.compile(rf"[\d{_SUPERSCRIPT_CHARACTERS}]+|[*†‡]{{1,3}}|[abc]")
# "25 m²", "3 cm³": an exponent, not a call.
_UNIT_BEFORE = re.compile(r"\d\s?[cdkm]?m$")
_SUPERSCRIPT_SIZE_RATIO = 0.85
_SUPERSCRIPT_RAISE_RATIO = 0.2
# Pieces of pdfium text closer in height than this share of the font size
# belong to one printed line.
_SAME_LINE_RATIO = 0.6


def extract_pages(path: str, *, timeout_s: float, memory_mb: int) -> list[RawPage]:
    """Read every page of ``path`` in a child process within the given limits."""
    return run_in_child("jobs.engine.pdf.extract", path, timeout_s=timeout_s, memory_mb=memory_mb)


def read_document(path: str) -> list[RawPage]:
    import pypdfium2 as pdfium  # imported in the child only

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise reject(why_unopenable(path)) from error
    try:
        return [read_page(document[index], index + 1) for index in range(len(document))]
    finally:
        document.close()


def read_page(page: Any, number: int) -> RawPage:
    """Lay out one pypdfium2 page as lines with their position and size."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        glyphs = _Glyphs(textpage.raw)
        pieces = [
            piece
            for start, end, hyphenated in _line_spans(text)
            if (piece := _measure_piece(glyphs, text, start, end, hyphenated))
        ]
        candidates = [match.start() for match in _CALL_CANDIDATE.finditer(text)]
        lines = tuple(_layout_line(glyphs, text, group, candidates) for group in _physical_lines(pieces))
    finally:
        textpage.close()
        page.close()
    return RawPage(number=number, width=width, height=height, lines=lines)


def _line_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends_with_hyphen) for each line of pdfium's page text."""
    spans = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start(), match.group() in HYPHEN_MARKERS))
        start = match.end()
    spans.append((start, len(text), False))
    return spans


class _Glyphs:
    """Geometry and font of characters of one text page (pdfium indices)."""

    def __init__(self, raw_textpage: Any) -> None:
        import ctypes

        import pypdfium2.raw as pdfium_c

        self._pdfium = pdfium_c
        self._textpage = raw_textpage
        self._rect = pdfium_c.FS_RECTF()
        self._matrix = pdfium_c.FS_MATRIX()
        self._x = ctypes.c_double()
        self._y = ctypes.c_double()
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of the glyph's font box."""
        self._pdfium.FPDFText_GetLooseCharBox(self._textpage, index, self._rect)
        rect = self._rect
        return rect.left, rect.bottom, rect.right, rect.top

    def baseline(self, index: int) -> float:
        self._pdfium.FPDFText_GetCharOrigin(self._textpage, index, self._x, self._y)
        return self._y.value

    def size(self, index: int) -> float:
        """Rendered font size: some producers set size 1 and scale by matrix."""
        nominal = self._pdfium.FPDFText_GetFontSize(self._textpage, index)
        self._pdfium.FPDFText_GetMatrix(self._textpage, index, self._matrix)
        m = self._matrix
        return nominal * abs(m.a * m.d - m.b * m.c) ** 0.5

    def is_bold(self, index: int) -> bool:
        self._pdfium.FPDFText_GetFontInfo(self._textpage, index, self._name, len(self._name), self._flags)
        weight = self._pdfium.FPDFText_GetFontWeight(self._textpage, index)
        return weight >= 600 or b"bold" in self._name.value.lower()


@dataclass(slots=True)
class _Piece:
    """One line of pdfium's text: ``first``..``last`` are its visible characters."""

    start: int
    end: int
    first: int
    last: int
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool
    lettered: bool  # size and baseline were measured on letters, not on a lone call
    hyphenated: bool


def _measure_piece(glyphs: _Glyphs, text: str, start: int, end: int, hyphenated: bool) -> _Piece | None:
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return None
    first = start + (len(segment) - len(segment.lstrip()))
    last = first + len(stripped) - 1
    samples = _sample_indices(text, first, last)
    bold_votes = sum(glyphs.is_bold(index) for index in samples[:3])
    return _Piece(
        start=start,
        end=end,
        first=first,
        last=last,
        x0=glyphs.box(first)[0],
        x1=glyphs.box(last)[2],
        baseline=median(glyphs.baseline(index) for index in samples),
        size=median(glyphs.size(index) for index in samples),
        bold=bold_votes * 2 > min(3, len(samples)),
        lettered=text[samples[0]].isalpha(),
        hyphenated=hyphenated,
    )


def _sample_indices(text: str, first: int, last: int, count: int = 5) -> list[int]:
    """A few letters spread over the line; digits may be superscripts."""
    step = max(1, (last - first) // count)
    letters = [i for i in range(first, last + 1, step) if text[i].isalpha()]
    return letters or [first]


def _physical_lines(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces of one printed line put back together.

    pdfium starts a new line at a raised glyph that does not overlap its
    neighbours (a note call "*" or "33"), and again where the text comes back
    down, so "ville* et sur la mer." arrives as two lines at one height.
    """
    groups: list[list[_Piece]] = []
    for piece in pieces:
        if groups and _continues(groups[-1], piece):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _continues(group: list[_Piece], piece: _Piece) -> bool:
    """Next to the group on its right, at the height of its line."""
    previous = group[-1]
    size = max(previous.size, piece.size)
    gap = piece.x0 - previous.x1
    if previous.hyphenated or not -size * 0.2 < gap < size * 1.5:
        return False  # the usual case: the next line starts back at the left
    line = _reference(group)
    size = max(line.size, piece.size)
    return abs(piece.baseline - line.baseline) < size * _SAME_LINE_RATIO


def _reference(group: list[_Piece]) -> _Piece:
    """The piece whose letters give the line its size and baseline."""
    if len(group) == 1:
        return group[0]
    lettered = [piece for piece in group if piece.lettered]
    return max(lettered or group, key=lambda piece: piece.last - piece.first)


def _layout_line(glyphs: _Glyphs, text: str, group: list[_Piece], candidates: list[int]) -> RawLine:
    reference = _reference(group)
    parts: list[str] = []
    calls: list[tuple[int, int]] = []
    offset = 0
    for index, piece in enumerate(group):
        if index and (piece.first > piece.start or group[index - 1].last < group[index - 1].end - 1):
            parts.append(" ")  # pdfium kept the space between the pieces
            offset += 1
        parts.append(text[piece.first : piece.last + 1])
        shift = offset - piece.first
        calls.extend(
            (start + shift, end + shift) for start, end in _note_calls(glyphs, text, piece, reference, candidates)
        )
        offset += piece.last + 1 - piece.first
    return RawLine(
        text=parts[0] if len(parts) == 1 else "".join(parts),
        x0=group[0].x0,
        x1=group[-1].x1,
        y=reference.baseline,
        size=reference.size,
        bold=reference.bold,
        hyphenated=group[-1].hyphenated,
        superscripts=tuple(calls),
    )


def _note_calls(
    glyphs: _Glyphs, text: str, piece: _Piece, line: _Piece, candidates: list[int]
) -> list[tuple[int, int]]:
    """Runs of glyphs set smaller than the line and raised above its baseline.

    Each candidate character is checked on its own, so a call after a
    number ("1815" + "42") is told apart from the number; one pdfium call
    (the glyph's origin) settles most of them.
    """
    spans: list[tuple[int, int]] = []
    for position in range(bisect_left(candidates, piece.first), bisect_right(candidates, piece.last)):
        index = candidates[position]
        if not (text[index] in _SUPERSCRIPT_CHARACTERS or _raised_and_smaller(glyphs, index, line)):
            continue
        if spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return [
        span
        for span in spans
        if _CALL.fullmatch(text, span[0], span[1]) and not _UNIT_BEFORE.search(text, piece.first, span[0])
    ]


def _raised_and_smaller(glyphs: _Glyphs, index: int, line: _Piece) -> bool:
    return (
        glyphs.baseline(index) - line.baseline > line.size * _SUPERSCRIPT_RAISE_RATIO
        and glyphs.size(index) < line.size * _SUPERSCRIPT_SIZE_RATIO
    )


if __name__ == "__main__":
    sys.exit(child_main(read_document))
