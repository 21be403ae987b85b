"""Study set fixtures: a completed job built from hand-made sentences (plain ORM, no worker)."""

from __future__ import annotations

import hashlib

import pytest
from django.core.cache import cache

from jobs.models import Job, Sentence

# Each sentence says which list words it holds (by lemma) so tests can reason about the cover.
BOOK = [
    "Il aimait l'eau claire.",  # aimer, eau, clair
    "Elle buvait jusqu'au soir.",  # boire, jusque, soir
    "Les chevaux couraient dans la plaine immense, loin de la ville endormie et du fleuve.",  # over 8 words
    "Il chantait.",  # chanter
    "Elle chantait et buvait du vin.",  # chanter, boire (6 words: loses ties to 4-word sentences)
    "L'eau coule.",  # eau, couler
]
WORDS = ["aimer", "eau", "boire", "soir", "chanter", "cheval", "ordinateur"]


def make_job(owner, texts=BOOK, *, status=Job.Status.COMPLETED, max_words: int = 8) -> Job:
    job = Job.objects.create(
        owner=owner,
        status=status,
        filename="conte.pdf",
        sha256=hashlib.sha256(b"conte").hexdigest(),
        settings={"max_words": max_words},
        sentence_count=len(texts),
    )
    Sentence.objects.bulk_create(
        Sentence(
            job=job,
            chunk_index=0,
            chunk_position=i,
            position=i + 1,
            text=text,
            source_text=text,
            page=i + 1,
            source_index=i,
            word_count=len(text.split()),
        )
        for i, text in enumerate(texts)
    )
    return job


@pytest.fixture
def job(owner):
    return make_job(owner)


@pytest.fixture
def word_list(owner):
    from jobs.studysets.services import word_list_create

    return word_list_create(owner=owner, name="Mes mots", words=WORDS)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    client = cache._cache.get_client()
    for key in client.scan_iter(match="*throttle_*"):
        client.delete(key)
