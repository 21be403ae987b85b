"""clean_pages on the real corpus books: nothing lost, furniture gone."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from pdf_helpers import BOOKS, CORPUS, clean_book, raw_book

from jobs.engine.pdf.clean import book_text, clean_pages

WORD = re.compile(r"[^\W\d_]+")
MIN_COVERAGE = 0.997


def _words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in WORD.findall(text))


def _body_paragraphs(book: str) -> list[str]:
    return [p for page in clean_book(book) for p in page.text.split("\n\n") if p]


@pytest.mark.parametrize("book", sorted(BOOKS))
def test_cleaned_book_covers_the_reference_text(book: str) -> None:
    reference = _words((CORPUS / "text" / f"{book}.txt").read_text(encoding="utf-8"))
    cleaned = _words(book_text(clean_book(book)))
    covered = sum((reference & cleaned).values()) / sum(reference.values())
    extra = sum((cleaned - reference).values()) / sum(cleaned.values())
    assert covered >= MIN_COVERAGE
    assert extra < 0.005  # page numbers, headers, TOC and colophons left over


@pytest.mark.parametrize("book", sorted(BOOKS))
def test_no_page_numbers_survive(book: str) -> None:
    number_only = re.compile(r"^[-–—\s]*\d{1,4}[-–—\s]*$")
    assert not [p for p in _body_paragraphs(book) if number_only.match(p)]


def test_verne_running_heads_are_gone() -> None:
    pages = clean_book("verne_secret_wilhelm_storitz")
    for page in pages[1:]:  # the title page carries the title itself
        assert "Jules Verne" not in page.text
        assert "Le Secret de Wilhelm Storitz" not in page.text
    assert not any(re.search(r"– \d+ –", page.text) for page in pages)


def test_maindron_header_page_numbers_are_gone() -> None:
    for page in clean_book("maindron_incomparable_florimond")[2:]:
        assert not re.match(r"\d+\b", page.text), page.text[:40]


def test_flaubert_table_of_contents_is_dropped() -> None:
    pages = clean_book("flaubert_madame_bovary")
    assert pages[1].text == pages[2].text == ""
    assert not any(re.search(r"\.{5,}", page.text) for page in pages)


def test_tolstoi_footnotes_are_kept_out_of_the_body() -> None:
    pages = clean_book("tolstoi_guerre_et_paix_t1")
    notes = [note for page in pages for note in page.notes]
    assert len(notes) >= 30
    assert "En français dans le texte. (Note du traducteur.)" in notes
    body = book_text(pages)
    assert "(Note du traducteur.)" not in body
    assert "ANNA SCHÉRER. »" in body  # the note call "2" is gone


def test_tolstoi_note_calls_are_all_gone() -> None:
    # The 36 notes are numbered 1 to 36; the reference text has no calls.
    body = book_text(clean_book("tolstoi_guerre_et_paix_t1"))
    reference = (CORPUS / "text" / "tolstoi_guerre_et_paix_t1.txt").read_text(encoding="utf-8")
    numbers, expected = Counter(re.findall(r"\d+", body)), Counter(re.findall(r"\d+", reference))
    left = {str(call): numbers[str(call)] - expected[str(call)] for call in range(1, 37)}
    assert not {call: count for call, count in left.items() if count > 0}
    assert "charmante petite femme. »" in body  # a call set after a space, "femme 12. »"


def test_maindron_compound_names_keep_their_hyphen() -> None:
    body = book_text(clean_book("maindron_incomparable_florimond"))
    assert "LouisAntoine" not in body
    assert body.count("Louis-Antoine") > 100


def test_hyphenated_line_ends_are_joined_in_flaubert() -> None:
    body = book_text(clean_book("flaubert_madame_bovary"))
    assert "impré-vue" not in body and "imprévue" in body
    assert "au-dessus même de sa dédicace" in body


def test_verne_has_nineteen_roman_chapters() -> None:
    headings = [h for page in clean_book("verne_secret_wilhelm_storitz") for h in page.headings]
    romans = [h for h in headings if re.fullmatch(r"[IVXL]+", h)]
    assert romans == "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX".split()


def test_gaboriau_chapter_headings_match_the_reference_text() -> None:
    # 98 "Chapitre N" (numbering restarts with the second part) and an epilogue.
    reference = (CORPUS / "text" / "gaboriau_monsieur_lecoq.txt").read_text(encoding="utf-8")
    expected = re.findall(r"^(Chapitre \d+|Épilogue.*)$", reference, re.MULTILINE)
    headings = [
        h for page in clean_book("gaboriau_monsieur_lecoq") for h in page.headings if h.startswith(("Chapitre", "Épi"))
    ]
    assert len(expected) == 99
    assert headings == expected


def test_headings_are_paragraphs_of_the_page_text() -> None:
    for book in ("flaubert_madame_bovary", "maindron_incomparable_florimond"):
        for page in clean_book(book):
            assert set(page.headings) <= set(page.text.split("\n\n"))


def test_cleanup_of_the_largest_book_is_fast() -> None:
    pages = raw_book("gaboriau_monsieur_lecoq")
    timings = []
    for _ in range(2):  # CPU time, best of two: other jobs on the machine add noise
        started = time.process_time()
        clean_pages(pages)
        timings.append(time.process_time() - started)
    assert min(timings) < 2.0
