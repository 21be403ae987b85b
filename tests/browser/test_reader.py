"""The reader in a real browser: chapters, page jumps, search without accents, edits by mouse and by keys."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from jobs.models import Sentence
from tests.browser.conftest import PASSWORD, sign_in
from tests.builders import finished_job

pytestmark = pytest.mark.browser

LONG = "Il ouvrit la fenêtre, regarda la rue déserte et referma les volets sans bruit."
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def book(transactional_db):
    owner = User.objects.create_user("lectrice@example.com", PASSWORD)
    rows = [{"text": "Chapitre premier", "kind": "heading", "chapter": "Chapitre premier", "page": 1}]
    rows += [
        {
            "text": f"Le matin numéro {n} se leva.",
            "chapter": "Chapitre premier",
            "page": 1 + n // 15,
            "stands_alone": True,
        }
        for n in range(70)
    ]
    rows += [{"text": "Chapitre deux", "kind": "heading", "chapter": "Chapitre deux", "page": 6}]
    pieces = ("Il ouvrit la fenêtre.", "Il regarda la rue déserte.", "Il referma les volets.", "Sans bruit.")
    rows += [
        {
            "text": t,
            "source_text": LONG,
            "source_index": 900,
            "chapter": "Chapitre deux",
            "page": 6,
            "stands_alone": True,
        }
        for t in pieces
    ]
    rows += [{"text": "La nuit tombait sur Paris.", "chapter": "Chapitre deux", "page": 7, "stands_alone": True}]
    settings = {"max_words": 8, "min_words": 2, "style": "sentences", "processor": "local"}
    return finished_job(owner, rows, settings=settings, page_count=7, filename="roman.pdf")


@pytest.fixture
def reader(page, book):
    sign_in(page, "lectrice@example.com")
    page.goto(f"/jobs/{book.id}/sentences/")
    return page


def piece(book, text: str) -> Sentence:
    return Sentence.objects.get(job=book, text=text)


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_the_contents_jump_to_a_chapter(reader, book, shot):
    heading = piece(book, "Chapitre deux")
    reader.get_by_text("Chapters (2)").click()
    row = reader.get_by_role("navigation", name="Chapters").get_by_role("row", name=re.compile("Chapitre deux"))
    expect(row).to_contain_text("6–7")
    expect(row).to_contain_text("5")  # four pieces and one sentence, the heading apart
    shot(reader, "contents", full_page=False)
    row.get_by_role("link").click()
    expect(reader).to_have_url(re.compile(rf"\?page=2#sentence-{heading.id}$"))
    expect(reader.locator(f"#sentence-{heading.id}")).to_be_in_viewport()


def test_a_page_of_the_book_jumps_to_its_first_piece(reader, book):
    reader.get_by_label("Page of the book").fill("6")
    reader.get_by_role("button", name="Go", exact=True).click()
    heading = piece(book, "Chapitre deux")  # the first piece on page 6
    expect(reader).to_have_url(re.compile(rf"\?page=2#sentence-{heading.id}$"))
    expect(reader.locator(".pager").get_by_text("Page 2 of 2")).to_be_visible()
    expect(reader.locator(f"#sentence-{heading.id}")).to_be_in_viewport()


def test_the_original_is_shown_once_above_its_pieces(reader, book):
    reader.keyboard.press("ArrowRight")
    group = reader.locator("li.group", has_text="Il ouvrit la fenêtre.")
    expect(group.locator(".original")).to_have_count(1)
    expect(group.locator("li.piece")).to_have_count(4)
    expect(reader.get_by_text(LONG)).to_have_count(1)


def test_search_without_accents_marks_the_matches(reader, book, shot):
    reader.get_by_role("searchbox").fill("FENETRE")
    expect(reader.locator("#result-count")).to_have_text("4 matches for “FENETRE”")
    expect(reader.locator("li.piece mark")).to_have_text(["fenêtre"])
    expect(reader.locator(".original mark")).to_have_text(["fenêtre"])
    expect(reader.get_by_role("navigation", name="Matches by chapter")).to_contain_text("Chapitre deux 4")
    shot(reader, "search", full_page=False)
    reader.get_by_label("Short sentences only (not the originals)").check()
    expect(reader.locator("#result-count")).to_have_text("1 match for “FENETRE” in the short sentences")
    expect(reader.locator("li.piece")).to_have_count(1)
    assert "scope=sentences" in reader.url  # the search is in the address, so it can be shared or reloaded


def _open_edit(page, sentence: Sentence):
    page.locator(f"#sentence-{sentence.id}").get_by_role("button", name=re.compile("Edit")).click()
    box = page.locator(f"#edit-{sentence.id}")
    expect(box).to_be_focused()
    return box


def test_keys_edit_save_with_ctrl_enter_and_cancel_with_escape(reader, book, shot):
    first = piece(book, "Le matin numéro 0 se leva.")
    box = _open_edit(reader, first)
    box.fill("Le matin se leva sur la ville.")
    box.press("Escape")
    expect(reader.locator(f"#sentence-{first.id} .text")).to_have_text("Le matin numéro 0 se leva.")
    expect(reader.locator(f"#sentence-{first.id}").get_by_role("button", name=re.compile("Edit"))).to_be_focused()
    first.refresh_from_db()
    assert not first.is_edited

    box = _open_edit(reader, first)
    box.fill("Le matin se leva sur la ville.")
    box.press("Control+Enter")
    expect(reader.locator(f"#sentence-{first.id} .text")).to_have_text("Le matin se leva sur la ville.")
    first.refresh_from_db()
    assert first.edited_text == "Le matin se leva sur la ville."

    box = _open_edit(reader, first)
    box.fill("   ")
    box.press("Control+Enter")
    alert = reader.locator(f"#sentence-{first.id}").get_by_role("alert")
    expect(alert).to_have_text("A sentence cannot be empty.")
    shot(reader, "empty-edit", full_page=False)

    reader.locator("body").click(position={"x": 5, "y": 5})
    reader.keyboard.press("ArrowRight")
    expect(reader.locator(".pager").get_by_text("Page 2 of 2")).to_be_visible()
    reader.keyboard.press("ArrowLeft")
    expect(reader.locator(".pager").get_by_text("Page 1 of 2")).to_be_visible()
    reader.keyboard.press("/")
    expect(reader.get_by_role("searchbox")).to_be_focused()


def test_undo_gives_back_the_generated_text(reader, book):
    first = piece(book, "Le matin numéro 1 se leva.")
    box = _open_edit(reader, first)
    box.fill("Un autre matin.")
    box.press("Control+Enter")
    expect(reader.locator(f"#sentence-{first.id} .edited-mark")).to_be_visible()
    _open_edit(reader, first)
    reader.get_by_role("button", name="Undo edits").click()
    expect(reader.locator(f"#sentence-{first.id} .text")).to_have_text("Le matin numéro 1 se leva.")
    expect(reader.locator(f"#sentence-{first.id} .edited-mark")).to_have_count(0)
    first.refresh_from_db()
    assert first.edited_text == ""


def test_merge_split_and_undo_a_whole_original(reader, book, shot):
    reader.goto(f"/jobs/{book.id}/sentences/?page=2")
    third = piece(book, "Il referma les volets.")
    _open_edit(reader, third)
    reader.get_by_role("button", name="Merge with next").click()
    expect(reader.locator(f"#sentence-{third.id} .text")).to_have_text("Il referma les volets. Sans bruit.")
    group = reader.locator("li.group", has_text="Il ouvrit la fenêtre.")
    expect(group.locator("li.piece")).to_have_count(3)
    expect(reader.locator(f"#sentence-{third.id}").get_by_role("button", name=re.compile("Edit"))).to_be_focused()

    second = piece(book, "Il regarda la rue déserte.")
    _open_edit(reader, second)
    shot(reader, "split-choice", full_page=False)
    reader.get_by_role("button", name="Split before word 3, “la”").click()
    expect(group.locator("li.piece .text")).to_have_text(
        ["Il ouvrit la fenêtre.", "Il regarda", "la rue déserte.", "Il referma les volets. Sans bruit."]
    )
    expect(group.locator(".original")).to_contain_text(LONG)
    assert Sentence.objects.get(job=book, edited_text="la rue déserte.").source_text == LONG

    _open_edit(reader, second)
    reader.get_by_role("button", name="Merge with next").click()
    expect(reader.locator(f"#sentence-{second.id} .text")).to_have_text("Il regarda la rue déserte.")
    _open_edit(reader, piece(book, "Il ouvrit la fenêtre."))
    reader.get_by_role("button", name="Merge with next").click()
    alert = reader.get_by_role("alert")
    expect(alert).to_contain_text("Together these pieces have 9 words; this book was made with a limit of 8 words")
    expect(alert).not_to_contain_text("merge_over_limit")

    _open_edit(reader, third)
    reader.get_by_role("button", name="Undo edits").click()
    expect(group.locator("li.piece .text")).to_have_text(
        ["Il ouvrit la fenêtre.", "Il regarda la rue déserte.", "Il referma les volets.", "Sans bruit."]
    )
    expect(reader.locator(".piece.edited")).to_have_count(0)
    positions = list(Sentence.objects.filter(job=book).order_by("position").values_list("position", flat=True))
    assert positions == list(range(1, 78))


def test_screens_at_desktop_and_phone_width(reader, book, shot):
    shot(reader, "desktop", full_page=False)
    assert no_horizontal_scroll(reader)
    reader.set_viewport_size(PHONE)
    for url, step in (
        (f"/jobs/{book.id}/sentences/?page=2", "phone-reader"),
        (f"/jobs/{book.id}/sentences/?q=fenetre", "phone-search"),
        (f"/jobs/{book.id}/", "phone-job"),
        ("/history/", "phone-history"),
        ("/", "phone-home"),
    ):
        reader.goto(url)
        expect(reader.locator("main")).to_be_visible()
        shot(reader, step)
        assert no_horizontal_scroll(reader), url
    reader.goto(f"/jobs/{book.id}/sentences/?page=2")
    _open_edit(reader, piece(book, "Il regarda la rue déserte."))
    shot(reader, "phone-edit")
    assert no_horizontal_scroll(reader)
