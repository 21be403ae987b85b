"""clean_pages on small synthetic pages: paragraphs, hyphens, furniture."""

from __future__ import annotations

from dataclasses import replace

from pdf_helpers import line, page_of

from jobs.engine.pdf.clean import book_text, clean_pages
from jobs.engine.pdf.normalize import normalize_text

WORDS = "Pierre Paul Jacques Marie Anne Louise Jean Hélène Claire Denis Lucie".split()


def _text(rows: list[str], *more: list[str]) -> str:
    pages = [page_of(number, page_rows) for number, page_rows in enumerate([rows, *more], start=1)]
    return book_text(clean_pages(pages))


def test_line_end_hyphen_inside_a_word_is_joined() -> None:
    text = _text(["  Elle trouvait cette pensée immo=", "rale et se tut aussitôt.<"])
    assert "immorale et" in text


def test_hyphen_of_a_compound_split_at_line_end_is_kept() -> None:
    text = _text(
        [
            "  Quant à lui, il regardait elle=",
            "même, au=",
            "dessus de la porte, c'est=",
            "à-dire nulle part, dit=",
            "il, et peut=",
            "être sa grand=",
            "mère aussi.<",
        ]
    )
    for compound in ("elle-même", "au-dessus", "c'est-à-dire", "dit-il", "peut-être", "grand-mère"):
        assert compound in text


def test_capitalised_halves_keep_their_hyphen_as_a_name() -> None:
    assert "Marie-Anne" in _text(["  Il vit alors Marie=", "Anne qui passait.<"])


def test_word_in_capitals_cut_at_line_end_is_joined() -> None:
    assert "SCHÉRER" in _text(["  Signé : ANNA SCHÉ=", "RER, le soir même.<"])


def test_the_books_own_spelling_decides_a_compound() -> None:
    text = _text(
        ["  Louis-Antoine partit. Plus tard Louis=", "Antoine revint et Rode=", "rich aussi.<"],
        ["  Le docteur Roderich salua Louis-Antoine.<"],
    )
    assert text.count("Louis-Antoine") == 3
    assert "Roderich aussi" in text


def test_vocabulary_hint_teaches_a_compound() -> None:
    rows = ["  Ils mangeaient la pot=", "bouille du soir.<"]
    assert "potbouille" in _text(rows)
    hinted = book_text(clean_pages([page_of(1, rows)], vocabulary_hint=["pot-bouille"]))
    assert "pot-bouille" in hinted


def test_word_cut_across_a_page_break_is_mended_on_the_earlier_page() -> None:
    pages = [
        page_of(1, ["  Il le salua avec une considéra-"]),
        page_of(2, ["tion profonde et sortit.<"]),
    ]
    # pdfium leaves the hyphen in (unmarked) when the word goes on overleaf.
    cut = replace(pages[0].lines[0], hyphenated=False)
    pages[0] = replace(pages[0], lines=(cut,))
    clean = clean_pages(pages)
    assert clean[0].text.endswith("considération")
    assert clean[1].text == "profonde et sortit."
    assert clean[1].continues_paragraph
    assert "considération profonde" in book_text(clean)


def test_paragraphs_split_on_indent_short_line_and_dialogue_dash() -> None:
    clean = clean_pages(
        [
            page_of(
                1,
                [
                    "  Il entra dans la salle où tout le monde",
                    "l'attendait depuis une heure.<",
                    "  — Vous voilà enfin ! dit-elle.<",
                    "— Oui, répondit-il.<",
                    "  Elle se leva et, sans un mot de plus,",
                    "quitta la pièce.<",
                ],
            )
        ]
    )
    assert clean[0].text.split("\n\n") == [
        "Il entra dans la salle où tout le monde l'attendait depuis une heure.",
        "— Vous voilà enfin ! dit-elle.",
        "— Oui, répondit-il.",
        "Elle se leva et, sans un mot de plus, quitta la pièce.",
    ]


def test_running_headers_and_page_numbers_are_removed() -> None:
    pages = [
        page_of(
            number,
            [
                "# Jules Verne" if number % 2 == 0 else "# Le Roman",
                f"  {WORDS[number]} entra, puis {WORDS[number + 1]} le suivit sans un mot et",
                f"{WORDS[number + 2]} ferma la porte.<",
                f"@ – {number} –",
            ],
        )
        for number in range(1, 9)
    ]
    text = book_text(clean_pages(pages))
    assert "Jules Verne" not in text
    assert "Le Roman" not in text
    assert "–" not in text
    assert text.count("ferma la porte.") == 8


def test_roman_numeral_chapter_heading_is_detected() -> None:
    page = page_of(1, ["  Il partit.<"])
    heading = line("XIV", x0=190, x1=210, y=560, size=15, bold=True)
    page = replace(page, lines=(heading, *page.lines))
    clean = clean_pages([page])[0]
    assert clean.headings == ("XIV",)
    assert clean.text == "XIV\n\nIl partit."


def test_an_initial_opening_a_paragraph_is_no_chapter_heading() -> None:
    page = page_of(1, ["  Il partit.<"])
    for text in ("M. Stepark fit appeler un brigadier.", "M."):
        opening = line(text, x0=190, x1=330, y=560, bold=True)
        clean = clean_pages([replace(page, lines=(opening, *page.lines))])[0]
        assert clean.headings == (), text


def test_ligatures_and_odd_spaces_are_normalised() -> None:
    assert normalize_text("Il ﬁt\u00a0: «\u202fla ﬂeur\u2009» ;\x07 cœur") == "Il fit : « la fleur » ; cœur"


def test_footnote_numbers_followed_by_a_period_or_parenthesis_are_dropped() -> None:
    page = page_of(1, ["  Il relut la lettre du notaire, puis la posa sur la table et", "sortit sans un mot.<"])
    notes = (
        line("1. Voir la lettre du 3 mai.", y=300, size=8.5, x1=160),
        line("2) Le notaire de Rouen.", y=290, size=8.5, x1=150),
    )
    clean = clean_pages([replace(page, lines=page.lines + notes)])[0]
    assert clean.notes == ("Voir la lettre du 3 mai.", "Le notaire de Rouen.")
    assert clean.text == "Il relut la lettre du notaire, puis la posa sur la table et sortit sans un mot."


def test_a_call_opening_a_body_line_is_dropped_but_numbers_in_the_text_stay() -> None:
    # "33 » Heureux de réunir..." : the call printed at the start of a line.
    page = page_of(1, ["  On murmura : « Voilà un homme heureux.", "» Heureux de réunir ses amis en 1815, il chanta.<"])
    opening = replace(page.lines[1], text="33 » Heureux de réunir ses amis en 1815, il chanta.", superscripts=((0, 2),))
    clean = clean_pages([replace(page, lines=(page.lines[0], opening))])[0]
    assert clean.text == "On murmura : « Voilà un homme heureux. » Heureux de réunir ses amis en 1815, il chanta."
