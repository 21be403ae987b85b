"""Book-wide typography measured from the pages themselves.

Cleanup decisions compare a line with the book's own norms (body font size,
line spacing, margins) rather than with fixed numbers, so they hold for A4
Word exports and small-format LaTeX books alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .pages import RawLine, RawPage


@dataclass(frozen=True)
class Margins:
    left: float  # where ordinary (not indented) body lines start
    right: float  # where full justified lines end


@dataclass(frozen=True)
class BookLayout:
    body_size: float
    line_spacing: float  # baseline to baseline inside a paragraph
    # Left and right pages often have mirrored margins.
    odd: Margins
    even: Margins

    def margins(self, page_number: int) -> Margins:
        return self.odd if page_number % 2 else self.even

    def is_body_size(self, line: RawLine, tolerance: float = 0.1) -> bool:
        return abs(line.size - self.body_size) <= self.body_size * tolerance


def measure_layout(pages: list[RawPage]) -> BookLayout:
    body_size = _most_common_size(pages)
    body = BookLayout(body_size, body_size * 1.2, Margins(0, 0), Margins(0, 0))
    return BookLayout(
        body_size=body_size,
        line_spacing=_line_spacing(pages, body) or body_size * 1.2,
        odd=_margins([p for p in pages if p.number % 2], body),
        even=_margins([p for p in pages if not p.number % 2], body),
    )


def _most_common_size(pages: list[RawPage]) -> float:
    weights: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _line_spacing(pages: list[RawPage], body: BookLayout) -> float:
    gaps: Counter[float] = Counter()
    for page in pages:
        lines = [line for line in page.lines if body.is_body_size(line)]
        for upper, lower in zip(lines, lines[1:], strict=False):
            gap = upper.y - lower.y
            if 0 < gap < body.body_size * 3:
                gaps[round(gap, 1)] += 1
    return gaps.most_common(1)[0][0] if gaps else 0.0


def _margins(pages: list[RawPage], body: BookLayout) -> Margins:
    lines = [line for page in pages for line in page.lines if body.is_body_size(line)]
    if not lines:
        return Margins(0.0, 0.0)
    lefts = Counter(round(line.x0) for line in lines)
    left = float(lefts.most_common(1)[0][0])
    # Justified lines share one right edge; take the usual one among long lines.
    rights = Counter(round(line.x1) for line in lines if line.x1 - line.x0 > body.body_size * 10)
    right = float(rights.most_common(1)[0][0]) if rights else max(line.x1 for line in lines)
    return Margins(left=left, right=right)


def sorted_lines(page: RawPage) -> list[RawLine]:
    """Lines from the top of the page down (pdfium may emit a footer first)."""
    return sorted(page.lines, key=lambda line: -line.y)
