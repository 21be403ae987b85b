"""inspect_pdf: the fast upload-time checks."""

from __future__ import annotations

import time

import pytest
from pdf_helpers import BOOKS, bad_pdf, corpus_pdf

from jobs.engine.pdf.inspect import PdfInfo, inspect_pdf
from novelproc.errors import UnprocessablePdf


def _rejection(path: str) -> UnprocessablePdf:
    with pytest.raises(UnprocessablePdf) as caught:
        inspect_pdf(path)
    return caught.value


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("empty.pdf", "pdf_empty"),
        ("text_named_as.pdf", "not_a_pdf"),
        ("truncated.pdf", "pdf_broken"),
        ("encrypted_user_password.pdf", "pdf_encrypted"),
        ("encrypted_owner_only_no_extract.pdf", "pdf_encrypted"),
        ("scanned_image_only.pdf", "pdf_no_text"),
        ("zero_pages.pdf", "pdf_empty"),
    ],
)
def test_each_bad_file_is_rejected_with_its_own_code(name: str, code: str) -> None:
    error = _rejection(bad_pdf(name))
    assert error.code == code
    assert error.status == 422
    assert len(error.message) > 20


def test_truncated_pdf_is_broken_not_a_few_repaired_pages() -> None:
    assert _rejection(bad_pdf("truncated.pdf")).code == "pdf_broken"


def test_owner_password_that_forbids_copying_is_honoured() -> None:
    error = _rejection(bad_pdf("encrypted_owner_only_no_extract.pdf"))
    assert error.code == "pdf_encrypted"
    assert "copying" in error.message


def test_text_file_mentioning_pdf_header_is_not_a_pdf() -> None:
    # The file's text itself contains "%PDF"; only a real "%PDF-n" header counts.
    assert _rejection(bad_pdf("text_named_as.pdf")).code == "not_a_pdf"


def test_zero_pages_pdf_is_empty_even_after_an_encrypted_file() -> None:
    # pdfium keeps its last error across loads; a stale "password" error
    # must not turn an empty book into an encrypted one.
    _rejection(bad_pdf("encrypted_user_password.pdf"))
    assert _rejection(bad_pdf("zero_pages.pdf")).code == "pdf_empty"


@pytest.mark.parametrize(("book", "pages"), sorted(BOOKS.items()))
def test_corpus_books_pass_with_their_page_count(book: str, pages: int) -> None:
    info = inspect_pdf(corpus_pdf(book))
    assert info == PdfInfo(
        page_count=pages,
        sampled_words_per_page=info.sampled_words_per_page,
        has_text=True,
    )
    assert 100 < info.sampled_words_per_page < 600


def test_inspection_is_fast_on_the_largest_book() -> None:
    path = corpus_pdf("gaboriau_monsieur_lecoq")
    inspect_pdf(path)  # warm the library
    started = time.perf_counter()
    inspect_pdf(path)
    assert time.perf_counter() - started < 0.3
