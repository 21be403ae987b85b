"""Study set fixtures: a completed job built from hand-made sentences (plain ORM, no worker)."""

from __future__ import annotations

import hashlib

import pytest
from django.core.cache import cache

from jobs.models import Job
from tests.builders import finished_job

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
    return finished_job(
        owner,
        texts,
        status=status,
        filename="conte.pdf",
        sha256=hashlib.sha256(b"conte").hexdigest(),
        settings={"max_words": max_words},
    )


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
