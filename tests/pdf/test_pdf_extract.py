"""extract_pages and read_book: a PDF read in a limited child process."""

from __future__ import annotations

import subprocess

import pytest
from pdf_helpers import BOOKS, bad_pdf, corpus_pdf, raw_book

from jobs.engine import book
from jobs.engine.pdf.clean import clean_pages
from jobs.engine.pdf.extract import extract_pages
from jobs.engine.text.segment import segment_book
from novelproc.errors import UnprocessablePdf


@pytest.mark.parametrize(("book", "pages"), sorted(BOOKS.items()))
def test_every_page_is_extracted_in_order(book: str, pages: int) -> None:
    extracted = raw_book(book)
    assert [page.number for page in extracted] == list(range(1, pages + 1))


def test_line_end_hyphen_markers_become_a_flag_not_text() -> None:
    lines = [line for page in raw_book("verne_secret_wilhelm_storitz") for line in page.lines]
    assert sum(line.hyphenated for line in lines) > 800
    assert not any("\ufffe" in line.text or "\x02" in line.text for line in lines)


def test_footnote_calls_are_flagged_as_superscripts() -> None:
    page9 = raw_book("tolstoi_guerre_et_paix_t1")[8]
    call_line = next(line for line in page9.lines if "RER2" in line.text)
    start, end = call_line.superscripts[0]
    assert call_line.text[start:end] == "2"


def test_timeout_kills_the_child_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    children: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def recording_popen(*args, **kwargs):
        child = real_popen(*args, **kwargs)
        children.append(child)
        return child

    monkeypatch.setattr(subprocess, "Popen", recording_popen)
    with pytest.raises(UnprocessablePdf) as caught:
        extract_pages(corpus_pdf("gaboriau_monsieur_lecoq"), timeout_s=0.05, memory_mb=2048)
    assert caught.value.code == "pdf_timeout"
    assert children and children[0].poll() is not None  # killed and reaped


def test_memory_exhaustion_is_reported_as_broken() -> None:
    with pytest.raises(UnprocessablePdf) as caught:
        extract_pages(corpus_pdf("verne_secret_wilhelm_storitz"), timeout_s=30, memory_mb=16)
    assert caught.value.code == "pdf_broken"


def test_encrypted_file_is_refused_by_the_child_too() -> None:
    with pytest.raises(UnprocessablePdf) as caught:
        extract_pages(bad_pdf("encrypted_user_password.pdf"), timeout_s=30, memory_mb=1024)
    assert caught.value.code == "pdf_encrypted"


def test_the_book_child_returns_the_sentences_the_pages_make() -> None:
    raw = raw_book("verne_secret_wilhelm_storitz")
    expected = segment_book((p.number, p.text, p.headings) for p in clean_pages(raw))
    pages, sources = book.read_book(corpus_pdf("verne_secret_wilhelm_storitz"), timeout_s=60, memory_mb=2048)
    assert (pages, sources) == (len(raw), expected)


@pytest.mark.parametrize(
    ("pdf", "timeout_s", "memory_mb", "code"),
    [
        (corpus_pdf("gaboriau_monsieur_lecoq"), 0.05, 2048, "pdf_timeout"),
        (corpus_pdf("verne_secret_wilhelm_storitz"), 30, 16, "pdf_broken"),
        (bad_pdf("encrypted_user_password.pdf"), 30, 1024, "pdf_encrypted"),
    ],
)
def test_the_book_child_keeps_the_limits_and_codes(pdf, timeout_s: float, memory_mb: int, code: str) -> None:
    with pytest.raises(UnprocessablePdf) as caught:
        book.read_book(pdf, timeout_s=timeout_s, memory_mb=memory_mb)
    assert caught.value.code == code
