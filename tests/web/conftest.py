"""Jobs and sentences built in plain ORM code, so the page tests need no worker."""

from __future__ import annotations

import pytest
from django.utils import timezone

from jobs.models import Job, Sentence


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
        sentence_count=sentences,
        quality={"sentences": sentences, "within_limit": 0.97, "coverage": 0.995, "standalone": None},
    )
    defaults.update(fields)
    job = Job.objects.create(owner=owner, status=status, **defaults)
    Sentence.objects.bulk_create(
        Sentence(
            job=job,
            chunk_index=0,
            chunk_position=i,
            position=i + 1,
            text=f"Phrase courte numéro {i + 1}.",
            source_text=f"Voici la phrase source numéro {i + 1}, qui était beaucoup plus longue.",
            page=1 + i // 10,
            chapter="Chapitre I",
            source_index=i,
            word_count=4,
        )
        for i in range(sentences)
    )
    return job


@pytest.fixture
def done_job(owner) -> Job:
    return make_job(owner, sentences=120)


@pytest.fixture
def running_job(owner) -> Job:
    return make_job(owner, status=Job.Status.PROCESSING)


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def stranger_client(client, stranger):
    client.force_login(stranger)
    return client
