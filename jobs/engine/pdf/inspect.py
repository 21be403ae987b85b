"""Fast checks on an uploaded PDF, run inside the upload request.

Only a few pages are read, so a 1,000-page book is judged in milliseconds;
the full extraction happens later in a worker (see ``extract.py``).
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf.errors import PyPdfError

from novelproc.errors import UnprocessablePdf

_MAGIC = re.compile(rb"%PDF-\d")
_MAGIC_WINDOW = 1024  # readers accept junk before the header up to this point
# Every complete PDF ends with "startxref <offset> %%EOF"; allow some trailing
# junk after it, as common readers do.
_TAIL_WINDOW = 4096
_PERMISSION_EXTRACT_TEXT = 1 << 4  # PDF permission bit 5: copy or extract text


@dataclass(frozen=True)
class PdfInfo:
    page_count: int
    sampled_words_per_page: float
    has_text: bool


MESSAGES = {
    "pdf_empty": "This PDF is empty: it has no pages to read.",
    "not_a_pdf": "This file is not a PDF. Please upload the book as a PDF file.",
    "pdf_encrypted": (
        "This PDF is protected: it needs a password or its author does not "
        "allow copying its text. Please upload an unprotected copy."
    ),
    "pdf_broken": (
        "This PDF is damaged or incomplete and cannot be read. "
        "Please check the file (it may not have finished downloading) and try again."
    ),
    "pdf_no_text": (
        "This PDF has no text layer (it looks like scanned images), so there "
        "is no text to turn into sentences. Please use a PDF with selectable "
        "text, or run it through OCR first."
    ),
}


def reject(code: str) -> UnprocessablePdf:
    return UnprocessablePdf(MESSAGES[code], code=code)


# PDFium is not thread-safe (two request threads inspecting at once crashed a
# web worker with SIGSEGV), so one document at a time per process. Inspection
# takes milliseconds; whole books are read in a child process (extract.py).
_PDFIUM = threading.Lock()


def inspect_pdf(path: str, *, sample_pages: int = 5) -> PdfInfo:
    """Check ``path`` is a readable, unprotected PDF with text; count its pages."""
    _check_bytes(path)
    with _PDFIUM:
        page_count, words = _sample(path, sample_pages)
    if not any(words):
        raise reject("pdf_no_text")
    return PdfInfo(
        page_count=page_count,
        sampled_words_per_page=sum(words) / len(words),
        has_text=True,
    )


def _sample(path: str, sample_pages: int) -> tuple[int, list[int]]:
    document = _open(path)
    try:
        page_count = len(document)
        if page_count == 0:
            raise reject("pdf_empty")
        if not _allows_text_extraction(document):
            raise reject("pdf_encrypted")
        indices = spread_sample(page_count, sample_pages)
        return page_count, [_count_words(document, index) for index in indices]
    finally:
        document.close()


def _check_bytes(path: str) -> None:
    size = os.path.getsize(path)
    if size == 0:
        raise reject("pdf_empty")
    with open(path, "rb") as handle:
        head = handle.read(_MAGIC_WINDOW)
        if not _MAGIC.search(head):
            raise reject("not_a_pdf")
        handle.seek(max(0, size - _TAIL_WINDOW))
        tail = handle.read()
    # pdfium "repairs" a truncated file by scanning for objects and may then
    # show a handful of pages of a 400-page book; we would rather refuse it
    # than silently process a fraction of the book.
    if b"startxref" not in tail or b"%%EOF" not in tail:
        raise reject("pdf_broken")


def _open(path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise reject(why_unopenable(path)) from error


def why_unopenable(path: str) -> str:
    """Ask pypdf why pdfium refused the file.

    pdfium's error code is global state that a failed load does not always
    reset, so it can report a stale "password" error; pypdf reads the
    trailer itself. pdfium also refuses a valid page tree with no pages.
    """
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return "pdf_encrypted"
        return "pdf_empty" if len(reader.pages) == 0 else "pdf_broken"
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return "pdf_broken"


def _allows_text_extraction(document: pdfium.PdfDocument) -> bool:
    # Unencrypted files report all bits set. An owner-password-only file
    # opens fine but may forbid copying; we honour that restriction.
    permissions = pdfium_c.FPDF_GetDocPermissions(document.raw)
    return bool(permissions & _PERMISSION_EXTRACT_TEXT)


def spread_sample(page_count: int, sample_pages: int) -> list[int]:
    """Page indices spread evenly through the book, away from its covers."""
    count = max(1, min(sample_pages, page_count))
    return sorted({(page_count * (i + 1)) // (count + 1) for i in range(count)})


def _count_words(document: pdfium.PdfDocument, index: int) -> int:
    page = document[index]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
    return sum(1 for token in text.split() if any(ch.isalpha() for ch in token))
