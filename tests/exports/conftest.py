"""Export fixtures: jobs built straight from ORM rows (no worker), a fake Sheets server."""

from __future__ import annotations

import hashlib

import pytest

from jobs.models import Job, Sentence
from tests.builders import finished_job

RAIN = "Il pleuvait depuis le matin, et la ville dormait."
SENTENCES = [
    # (text, edited_text, source, chapter, page)
    ("Il pleuvait.", "", RAIN, "Chapitre I", 1),
    ("La ville dormait.", "La ville entière dormait.", RAIN, "Chapitre I", 1),
    ("« Oui », dit-elle.", "", "« Oui », dit-elle, en riant; puis elle partit.", "Chapitre I", 2),
    ('Un "quoted", tab\there.', "", "Un texte avec ; et , et\tune tabulation.", "Chapitre II", 3),
    ("Elle partit.", "", "« Oui », dit-elle, en riant; puis elle partit.", "Chapitre II", 4),
]


def make_job(
    owner,
    *,
    sentences=SENTENCES,
    status=Job.Status.COMPLETED,
    filename="Le Secret de Wilhelm Storitz.pdf",
    positions: list[int] | None = None,
):
    rows = [
        dict(text=text, edited_text=edited, source_text=source, chapter=chapter, page=page)
        for text, edited, source, chapter, page in sentences
    ]
    if positions:
        for row, position in zip(rows, positions, strict=True):
            row["position"] = position
    return finished_job(
        owner,
        rows,
        status=status,
        filename=filename,
        sha256=hashlib.sha256(filename.encode()).hexdigest(),
        settings={"max_words": 8},
    )


def expected(job) -> list[tuple[str, str, str, str, int, int]]:
    """What an export of the whole job must hold: (id, sentence with edits, original, chapter, page, words)."""
    return [
        (f"np-{s.pk}", s.display_text, s.source_text, s.chapter, s.page, s.word_count)
        for s in Sentence.objects.filter(job=job).order_by("position")
    ]


@pytest.fixture
def job(owner):
    return make_job(owner)


@pytest.fixture
def fake_sheets(settings):
    from tests.fakes.sheets_server import FakeSheets

    fake = FakeSheets().start()
    settings.GOOGLE_SHEETS_API_BASE_URL = fake.url
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The web rate limit counts in the shared cache; every test starts at zero.
    from django.core.cache import cache

    cache.clear()
