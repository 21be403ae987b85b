"""Page furniture: running headers, footers, page numbers, tables of contents.

Found by repetition and position across the book, not by the wording of
any one edition: a line at the top or bottom edge of a page that is a page
number, or that repeats at the same place on many pages (alternating left
and right heads included, page numbers inside them ignored).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from statistics import median

from .layout import BookLayout, sorted_lines
from .pages import RawLine, RawPage

# "12", "– 12 –", "- 12 -", "[12]", "Page 12", "p. 12", "xiv" (front matter).
PAGE_NUMBER = re.compile(
    r"^(?:page|p\.)?\s*[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?$",
    re.IGNORECASE,
)
_LOWER_ROMAN = re.compile(r"^[ivxlcdm]+$")
_UPPER_ROMAN_ONLY = re.compile(r"^[-–—(\[\s]*[IVXLCDM]+[-–—)\]\s.]*$")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# A TOC entry: a title, dot leaders (or a wide gap), then a page number.
_TOC_ENTRY = re.compile(r"(?:\.\s?){3,}\s*\d{1,4}$|…{2,}\s*\d{1,4}$|\s{3,}\d{1,4}$")
_ENDS_WITH_NUMBER = re.compile(r"\D\s*\d{1,4}$")

_EDGE_DEPTH = 3  # lines examined at each edge (head + page number + rule text)
_MIN_REPEATS = 3
_FREQUENT_SHARE = 0.04  # repeats on this share of pages: furniture even without a gap


@dataclass(frozen=True)
class _Occurrences:
    count: int
    y: float
    size: float


def furniture_key(text: str) -> str:
    """Same key for "Jules Verne 12" and "Jules Verne 13"."""
    return _SPACES.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def is_page_number(line: RawLine, layout: BookLayout) -> bool:
    text = line.text.strip()
    if not PAGE_NUMBER.match(text) or line.size > layout.body_size * 1.1:
        return False
    # "I", "IV" alone are chapter numbers; folios in roman are lower case.
    if _UPPER_ROMAN_ONLY.match(text):
        return False
    core = re.sub(r"[^\w]", "", text.lower()).removeprefix("page").removeprefix("p")
    return core.isdigit() or bool(_LOWER_ROMAN.match(core))


class FurnitureFinder:
    def __init__(self, pages: list[RawPage], layout: BookLayout) -> None:
        self.layout = layout
        self.page_count = len(pages)
        self.occurrences = _edge_occurrences(pages)
        self.bands = self._furniture_bands(pages)

    def _furniture_bands(self, pages: list[RawPage]) -> list[float]:
        """Heights where page numbers and book-wide running heads sit."""
        frequent = self.page_count * _FREQUENT_SHARE
        bands = [seen.y for seen in self.occurrences.values() if seen.count >= max(frequent, _MIN_REPEATS)]
        for page in pages:
            lines = sorted_lines(page)
            edge = lines[:_EDGE_DEPTH] + lines[_EDGE_DEPTH:][-_EDGE_DEPTH:]
            bands.extend(line.y for line in edge if is_page_number(line, self.layout))
        return sorted({round(y) for y in bands})

    def body_lines(self, page: RawPage) -> list[RawLine]:
        """The page's lines from top to bottom, without headers and footers."""
        lines = sorted_lines(page)
        top = 0
        while top < min(_EDGE_DEPTH, len(lines)) and self._is_furniture(lines, top, below=True):
            top += 1
        bottom = len(lines)
        while bottom > top and len(lines) - bottom < _EDGE_DEPTH and self._is_furniture(lines, bottom - 1, below=False):
            bottom -= 1
        return lines[top:bottom]

    def _is_furniture(self, lines: list[RawLine], index: int, *, below: bool) -> bool:
        line = lines[index]
        if is_page_number(line, self.layout):
            return True
        if line.size > self.layout.body_size * 1.05:
            return False  # display type: a heading that recurs, such as "Chapitre 4"
        seen = self.occurrences.get(furniture_key(line.text))
        if seen is None or seen.count < _MIN_REPEATS:
            return False
        same_place = abs(line.y - seen.y) <= max(3.0, line.size * 0.5)
        same_size = abs(line.size - seen.size) <= seen.size * 0.1
        if not (same_place and same_size):
            return False
        if seen.count >= self.page_count * _FREQUENT_SHARE:
            return True
        # A rarer repeat (a chapter's own running head) must sit where the
        # book's page numbers or running heads sit: a footnote repeated on a
        # few pages ("En français dans le texte.") is set apart too, but lower.
        if self.bands:
            return any(abs(line.y - band) <= max(3.0, line.size * 0.5) for band in self.bands)
        return self._set_apart(lines, index, below=below)

    def _set_apart(self, lines: list[RawLine], index: int, *, below: bool) -> bool:
        """A wider gap to the body, or another size: typical of a running head."""
        neighbour = index + 1 if below else index - 1
        if not 0 <= neighbour < len(lines):
            return True
        line, other = lines[index], lines[neighbour]
        gap = abs(line.y - other.y)
        return gap > self.layout.line_spacing * 1.5 or not self.layout.is_body_size(line)


def _edge_occurrences(pages: list[RawPage]) -> dict[str, _Occurrences]:
    places: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for page in pages:
        lines = sorted_lines(page)
        edge = lines[:_EDGE_DEPTH] + lines[_EDGE_DEPTH:][-_EDGE_DEPTH:]
        for key, line in {furniture_key(line.text): line for line in edge}.items():
            places[key].append((line.y, line.size))
    return {
        key: _Occurrences(
            count=len(found),
            y=median(y for y, _ in found),
            size=median(size for _, size in found),
        )
        for key, found in places.items()
    }


def is_table_of_contents(lines: list[RawLine]) -> bool:
    """Many entries with dot leaders, or most lines ending in page numbers."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if len(texts) < 3:
        return False
    numbered = [text for text in texts if text[-1].isdigit() and _ENDS_WITH_NUMBER.search(text)]
    leaders = sum(1 for text in numbered if _TOC_ENTRY.search(text))
    if leaders >= 3 and leaders >= len(texts) * 0.4:
        return True
    return len(numbered) >= 5 and len(numbered) >= len(texts) * 0.7 and _ascending(numbered)


def _ascending(texts: list[str]) -> bool:
    numbers = [int(_DIGITS.findall(text)[-1]) for text in texts]
    rises = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b >= a)
    return rises >= (len(numbers) - 1) * 0.8
