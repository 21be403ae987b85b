"""Study sets in a real browser: import known words, build a book vocabulary set, see its curve, export the deck."""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile

import pytest
from playwright.sync_api import expect

from accounts.models import User
from jobs.studysets.models import KnownWord, StudySet
from tests.browser.conftest import sign_up
from tests.builders import finished_job

pytestmark = pytest.mark.browser

TALE = [
    "Le chat dormait près du feu.",
    "Le chien dormait aussi.",
    "La pluie tombait sur la maison.",
    "Le vent soufflait dans les arbres.",
    "Marie ouvrait la fenêtre.",
    "Le chat regardait la pluie.",
    "Le chien aboyait contre le vent.",
    "La maison était chaude.",
    "Marie fermait la fenêtre.",
    "Le feu brûlait encore.",
    "Les arbres pliaient sous le vent.",
    "Le chat et le chien dormaient.",
]


def test_import_known_words_build_a_book_set_see_the_curve_and_export_the_deck(page, shot, start_worker, tmp_path):
    start_worker(processes=1, threads=1)
    sign_up(page, "learner@example.com")
    user = User.objects.get(email="learner@example.com")
    rows = [
        {"text": t, "chapter": "Chapitre I" if i < 6 else "Chapitre II", "stands_alone": True}
        for i, t in enumerate(TALE)
    ]
    job = finished_job(user, rows, filename="La Pluie.pdf", settings={"max_words": 8})

    page.goto("/known-words/")
    words = tmp_path / "mots.txt"
    words.write_text("le\nla\nchat\n")
    page.get_by_label("…or import a file").set_input_files(str(words))
    page.locator("#known-import").get_by_role("button", name="Add").click()
    expect(page.locator("#known-count")).to_contain_text("3 known words")
    assert sorted(KnownWord.objects.filter(owner=user).values_list("word", flat=True)) == ["chat", "la", "le"]
    shot(page, "known-words")

    page.goto(f"/jobs/{job.pk}/study-sets/")
    page.get_by_role("radio", name="Book vocabulary").check()
    page.get_by_label("Book vocabulary: share of the book to understand (%)").fill("80")
    page.get_by_role("button", name=re.compile("Build the set")).click()
    expect(page.locator("#coverage-curve svg polyline")).to_be_visible(timeout=120_000)
    study_set = StudySet.objects.get(owner=user)
    assert study_set.mode == "book" and study_set.status == "completed" and study_set.reached_percent >= 80
    expect(page.locator("#reached")).to_contain_text("% of its word tokens")
    expect(page.locator("#items li").first).to_be_visible()
    shot(page, "book-set")

    with page.expect_download() as download:
        page.locator('[data-export="apkg"]').click()
    data = download.value.path().read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        (tmp_path / "c.anki2").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.anki2")
    guids = [g for (g,) in conn.execute("SELECT guid FROM notes")]
    marked = [f for (f,) in conn.execute("SELECT flds FROM notes") if '<b class="target">' in f]
    conn.close()
    assert sorted(guids) == sorted(f"np-{sid}" for sid in study_set.items.values_list("sentence_id", flat=True))
    assert marked  # new words highlighted in the sentence
