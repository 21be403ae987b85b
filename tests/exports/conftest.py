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
# The stands-alone verdict of each row of SENTENCES (None: not judged).
JUDGED = [True, True, None, False, True]

STORM = "Il pleuvait depuis le matin, et dehors, sous l'orage."
# A book with headings, stand-alone sentences, fragments and unjudged pieces: (text, kind, stands_alone).
CHAPTERED = [
    ("Chapitre I", "heading", None),
    ("Il pleuvait depuis le matin.", "sentence", True),
    ("Dehors, sous l'orage.", "sentence", False),
    ("« Oui », dit-elle.", "sentence", None),
    ("Chapitre II", "heading", None),
    ("Elle partit.", "sentence", True),
]


def make_job(
    owner,
    *,
    sentences=SENTENCES,
    status=Job.Status.COMPLETED,
    filename="Le Secret de Wilhelm Storitz.pdf",
    positions: list[int] | None = None,
    fields: list[dict] | None = None,
):
    rows = [
        dict(text=text, edited_text=edited, source_text=source, chapter=chapter, page=page)
        for text, edited, source, chapter, page in sentences
    ]
    for row, extra in zip(rows, fields or [{}] * len(rows), strict=True):
        row.update(extra)
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


def make_chaptered_job(owner, *, filename="Orage.pdf"):
    sentences = [(text, "", STORM, "", 1) for text, _, _ in CHAPTERED]
    fields = [{"kind": kind, "stands_alone": alone} for _, kind, alone in CHAPTERED]
    return make_job(owner, sentences=sentences, fields=fields, filename=filename)


def expected(job) -> list[tuple]:
    """What an export of the whole job must hold, as Sheets gets it:
    (id, sentence with edits, original, chapter, page, words, kind, stands alone or "" when not judged)."""
    return [
        (
            f"np-{s.pk}",
            s.display_text,
            s.source_text,
            s.chapter,
            s.page,
            s.word_count,
            s.kind,
            "" if s.stands_alone is None or s.is_edited else s.stands_alone,  # an edit is not judged
        )
        for s in Sentence.objects.filter(job=job).order_by("position")
    ]


def file_rows(job) -> list[list[str]]:
    """``expected`` as a CSV or TSV export reads back: then no target words, the book and chapter tags."""
    book = job.filename.removesuffix(".pdf").replace(" ", "_")
    out = []
    for row in as_csv(expected(job)):
        chapter = row[3]
        tags = f"{book} {book}::{chapter.replace(' ', '_')}" if chapter else book
        out.append([*row, "", tags])
    return out


def as_csv(rows) -> list[list[str]]:
    """Rows of ``expected`` as a CSV or TSV reads back: every cell a string, the verdict true/false/empty."""
    return [[str(cell).lower() if isinstance(cell, bool) else str(cell) for cell in row] for row in rows]


@pytest.fixture
def job(owner):
    return make_job(owner, fields=[{"stands_alone": alone} for alone in JUDGED])


@pytest.fixture
def chaptered(owner):
    return make_chaptered_job(owner)


@pytest.fixture
def fake_sheets(settings):
    from tests.fakes.sheets_server import FakeSheets

    fake = FakeSheets().start()
    settings.GOOGLE_SHEETS_API_BASE_URL = fake.url
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def _google_set_up(google_app):
    """Sheets exports go through Google: these tests run as a server with Google set up."""


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The web rate limit counts in the shared cache; every test starts at zero.
    from django.core.cache import cache

    cache.clear()
