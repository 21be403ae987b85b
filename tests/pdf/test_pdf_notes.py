"""Footnotes in PDFs written by the test: calls set as superscripts leave the
body text, and so does the notes' own text, even when a note runs over onto
the next page."""

from __future__ import annotations

import re
from pathlib import Path

from pdf_maker import PageBuilder, pdf_of_pages

from jobs.engine.pdf.clean import book_text, clean_pages
from jobs.engine.pdf.extract import extract_pages
from jobs.engine.pdf.pages import CleanPage, RawPage

NOTE_SIZE = 8.5


def _read(tmp_path: Path, *pages: PageBuilder) -> tuple[list[RawPage], list[CleanPage]]:
    raw = extract_pages(pdf_of_pages(tmp_path / "book.pdf", list(pages)), timeout_s=30, memory_mb=1024)
    return raw, clean_pages(raw)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _calls_page() -> PageBuilder:
    page = PageBuilder()
    page.line("Il arriva au village le 3 octobre 1815", ("call", "42"), ", et repartit aussitôt vers le nord")
    page.line("sans rien dire à personne. On murmura : « Voilà un homme heureux.")
    page.line(("call", "33"), " » Heureux de réunir ses amis, il chanta sa chanson favorite", ("call", "7"))
    page.line("puis se tut, et le soir tomba sur la ville", ("call", "*"), " et sur la lune", ("call", "a"), ".")
    page.line("Sa femme lui dit : « Viens ! »", ("call", "8"), " Il ne répondit rien.")
    page.gap(3)
    page.line(("call", "42"), " Date donnée par le registre de la paroisse.", size=NOTE_SIZE)
    page.line(("call", "33"), " Mot que l'on prête au curé du village.", size=NOTE_SIZE)
    page.line(("call", "7"), " Une ronde ancienne.", size=NOTE_SIZE)
    page.line(("call", "*"), " Note de l'éditeur.", size=NOTE_SIZE)
    page.line(("call", "a"), " Pleine, ce soir-là.", size=NOTE_SIZE)
    page.line(("call", "8"), " En patois dans l'original.", size=NOTE_SIZE)
    return page.folio(1)


CALLS_BODY = (
    "Il arriva au village le 3 octobre 1815, et repartit aussitôt vers le nord"
    " sans rien dire à personne. On murmura : « Voilà un homme heureux."
    " » Heureux de réunir ses amis, il chanta sa chanson favorite"
    " puis se tut, et le soir tomba sur la ville et sur la lune."
    " Sa femme lui dit : « Viens ! » Il ne répondit rien."
)


def test_superscript_calls_are_kept_out_of_the_body(tmp_path: Path) -> None:
    _, clean = _read(tmp_path, _calls_page())
    body = book_text(clean)
    assert _flat(body) == CALLS_BODY
    assert re.findall(r"\d+", body) == ["3", "1815"]  # "181542" and "33 » Heureux" were the bugs


def test_notes_are_set_apart_without_their_calls(tmp_path: Path) -> None:
    _, clean = _read(tmp_path, _calls_page())
    assert clean[0].notes == (
        "Date donnée par le registre de la paroisse.",
        "Mot que l'on prête au curé du village.",
        "Une ronde ancienne.",
        "Note de l'éditeur.",
        "Pleine, ce soir-là.",
        "En patois dans l'original.",
    )


def test_a_call_after_a_number_is_told_apart_from_the_number(tmp_path: Path) -> None:
    raw, _ = _read(tmp_path, _calls_page())
    first = raw[0].lines[0] if raw[0].lines[0].text.startswith("Il arriva") else None
    assert first is not None
    assert [first.text[start:end] for start, end in first.superscripts] == ["42"]
    assert "1815" in first.text[: first.superscripts[0][0]]


def test_a_raised_call_does_not_cut_its_line_in_two(tmp_path: Path) -> None:
    # pdfium starts a new line after a raised glyph that does not overlap the
    # body glyphs (here the asterisk); the physical line is one line again.
    raw, _ = _read(tmp_path, _calls_page())
    texts = [line.text for line in raw[0].lines]
    assert "puis se tut, et le soir tomba sur la ville* et sur la lunea." in texts


def _note_running_over() -> list[PageBuilder]:
    first = PageBuilder()
    first.line("Le notaire lut le testament de son oncle", ("call", "1"), " devant toute la famille")
    first.line("réunie dans le salon, puis il replia la feuille avec soin et la")
    first.gap(3)
    first.line(("call", "1"), " Ce testament, daté de la veille, fut plus tard contesté par les", size=NOTE_SIZE)
    first.line("cousins de la branche cadette, qui n'en reçurent rien, et le procès", size=NOTE_SIZE)
    first.folio(1)
    second = PageBuilder()
    second.line("remit au plus jeune des neveux, qui la garda jusqu'au soir sans")
    second.line("oser la relire", ("call", "2"), " une seule fois.")
    second.gap(3)
    second.line("dura plus de dix ans devant les juges de la province.", size=NOTE_SIZE)
    second.line(("call", "2"), " Il ne savait pas lire.", size=NOTE_SIZE)
    second.folio(2)
    return [first, second]


def test_a_note_running_over_onto_the_next_page_stays_out_of_the_body(tmp_path: Path) -> None:
    _, clean = _read(tmp_path, *_note_running_over())
    body = book_text(clean)
    assert _flat(body) == (
        "Le notaire lut le testament de son oncle devant toute la famille réunie dans le salon,"
        " puis il replia la feuille avec soin et la remit au plus jeune des neveux,"
        " qui la garda jusqu'au soir sans oser la relire une seule fois."
    )
    assert clean[0].notes == (
        "Ce testament, daté de la veille, fut plus tard contesté par les cousins de la branche cadette,"
        " qui n'en reçurent rien, et le procès dura plus de dix ans devant les juges de la province.",
    )
    assert clean[1].notes == ("Il ne savait pas lire.",)


def test_a_note_over_three_pages_is_one_note(tmp_path: Path) -> None:
    pages = []
    for number, (body, note) in enumerate(
        [
            (("Il partit", ("call", "1"), " le matin avec ses deux frères et"), (("call", "1"), " Ils allaient à")),
            (("marcha longtemps dans la plaine déserte, puis il",), ("la foire de Beaucaire, comme",)),
            (("arriva enfin au bord du fleuve.",), ("chaque année.",)),
        ],
        start=1,
    ):
        page = PageBuilder().line(*body).gap(3)
        page.line(*note, size=NOTE_SIZE)
        pages.append(page.folio(number))
    _, clean = _read(tmp_path, *pages)
    assert _flat(book_text(clean)) == (
        "Il partit le matin avec ses deux frères et marcha longtemps dans la plaine déserte,"
        " puis il arriva enfin au bord du fleuve."
    )
    assert [page.notes for page in clean] == [("Ils allaient à la foire de Beaucaire, comme chaque année.",), (), ()]


def test_an_exponent_after_a_unit_is_not_a_call(tmp_path: Path) -> None:
    page = PageBuilder().line("La cour mesurait 25 m", ("call", "2"), " et le puits trois mètres.")
    page.line("Il y avait aussi 3 cm³ de poudre, pas plus", ("call", "4"), ".")
    raw, _ = _read(tmp_path, page)
    first, second = raw[0].lines
    assert first.superscripts == ()
    assert [second.text[start:end] for start, end in second.superscripts] == ["4"]
