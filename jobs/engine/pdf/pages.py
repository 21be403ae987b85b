"""Plain data passed between the PDF reading steps.

Coordinates are PDF points with the origin at the bottom left of the page,
so a larger ``y`` is higher on the page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawLine:
    """One visual line of text as pdfium laid it out."""

    text: str
    x0: float  # left edge of the first visible character
    x1: float  # right edge of the last visible character
    y: float  # baseline
    size: float  # rendered font size of the line's typical character
    bold: bool = False
    # The line ended with a hyphen pdfium recognised as a line-end hyphen;
    # the hyphen itself is not in ``text``.
    hyphenated: bool = False
    # (start, end) offsets in ``text`` of footnote calls: digits, asterisks,
    # daggers or a letter a-c set smaller than the line and raised above its
    # baseline ("SCHÉRER²", "1815⁴²"). After cleaning, only a call opening
    # the line is left, as the number of the footnote it may begin.
    superscripts: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class RawPage:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[RawLine, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class CleanPage:
    number: int
    # Body text: paragraphs separated by "\n\n", a paragraph on one line.
    text: str
    # The exact paragraphs of ``text`` that are chapter or part headings.
    headings: tuple[str, ...] = ()
    # Footnote text found at the page bottom, kept out of ``text``.
    notes: tuple[str, ...] = ()
    # The first paragraph of ``text`` began on an earlier page.
    continues_paragraph: bool = False
