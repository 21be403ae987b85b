"""Test helpers: corpus paths, each corpus book extracted and cleaned once per
session, and a builder for small synthetic pages."""

from __future__ import annotations

from pathlib import Path

from jobs.engine.pdf.clean import clean_pages
from jobs.engine.pdf.extract import extract_pages
from jobs.engine.pdf.pages import CleanPage, RawLine, RawPage

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus")

BOOKS = {
    "flaubert_madame_bovary": 400,
    "maindron_incomparable_florimond": 525,
    "tolstoi_guerre_et_paix_t1": 661,
    "verne_secret_wilhelm_storitz": 178,
    "gaboriau_monsieur_lecoq": 926,
}

_extracted: dict[str, list[RawPage]] = {}
_cleaned: dict[str, list[CleanPage]] = {}


def corpus_pdf(book: str) -> str:
    return str(CORPUS / "pdf" / f"{book}.pdf")


def bad_pdf(name: str) -> str:
    return str(CORPUS / "bad" / name)


def raw_book(book: str) -> list[RawPage]:
    if book not in _extracted:
        _extracted[book] = extract_pages(corpus_pdf(book), timeout_s=60, memory_mb=2048)
    return _extracted[book]


def clean_book(book: str) -> list[CleanPage]:
    if book not in _cleaned:
        _cleaned[book] = clean_pages(raw_book(book))
    return _cleaned[book]


# -- synthetic pages -------------------------------------------------------------

BODY_SIZE = 11.0
LEFT, RIGHT, INDENT = 50.0, 350.0, 67.0
TOP, LEADING = 520.0, 14.0


def line(
    text: str,
    *,
    y: float,
    x0: float = LEFT,
    x1: float = RIGHT,
    size: float = BODY_SIZE,
    hyphenated: bool = False,
    bold: bool = False,
) -> RawLine:
    return RawLine(text=text, x0=x0, x1=x1, y=y, size=size, bold=bold, hyphenated=hyphenated)


def page_of(number: int, rows: list[str]) -> RawPage:
    """A page from rows in a tiny markup, one per line, top down.

    "  text" is indented (a paragraph start), "text<" stops short (a paragraph
    end), "text=" ends with a pdfium line-end hyphen (the "=" stands for it),
    "# text" is a running header and "@ 12" a footer.
    """
    lines = []
    y = TOP
    for row in rows:
        if row.startswith("# "):
            lines.append(line(row[2:], y=560.0, x0=150, x1=250, size=8.5))
            continue
        if row.startswith("@ "):
            lines.append(line(row[2:], y=36.0, x0=190, x1=210, size=8.5))
            continue
        x0 = INDENT if row.startswith("  ") else LEFT
        text = row.strip()
        hyphenated = text.endswith("=")
        short = text.endswith("<")
        text = text.rstrip("=<")
        x1 = LEFT + 5.5 * len(text) if short else RIGHT
        lines.append(line(text, y=y, x0=x0, x1=x1, hyphenated=hyphenated))
        y -= LEADING
    return RawPage(number=number, width=420.0, height=595.0, lines=tuple(lines))
