"""Jobs and sentences built in plain ORM code, so the page tests need no worker."""

from __future__ import annotations

import pytest
from django.utils import timezone

from jobs.models import Job
from tests.builders import finished_job


def make_job(owner, *, status: str = Job.Status.COMPLETED, sentences: int = 0, **fields) -> Job:
    now = timezone.now()
    defaults = dict(
        filename="roman.pdf",
        sha256="0" * 64,
        page_count=12,
        total_chunks=2,
        completed_chunks=2 if status == Job.Status.COMPLETED else 1,
        progress_percent=100 if status == Job.Status.COMPLETED else 40,
        settings={
            "max_words": 8,
            "min_words": 2,
            "keep_dialogue_whole": False,
            "keep_punctuation": True,
            "processor": "local",
            "tier": "balanced",
        },
        started_at=now,
        finished_at=now if status in Job.FINAL else None,
        quality={"sentences": sentences, "within_limit": 0.97, "coverage": 0.995, "standalone": None},
    )
    defaults.update(fields)
    texts = [
        dict(
            text=f"Phrase courte numéro {n}.",
            source_text=f"Voici la phrase source numéro {n}, qui était beaucoup plus longue.",
            page=1 + (n - 1) // 10,
            chapter="Chapitre I",
        )
        for n in range(1, sentences + 1)
    ]
    return finished_job(owner, texts, status=status, **defaults)


@pytest.fixture
def done_job(owner) -> Job:
    return make_job(owner, sentences=120)


@pytest.fixture
def running_job(owner) -> Job:
    return make_job(owner, status=Job.Status.PROCESSING)
