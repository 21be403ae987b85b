"""A Gemini job end to end: a real worker process, the real client, a loopback fake API."""

from __future__ import annotations

import pytest

from accounts.models import CreditEntry
from accounts.selectors import credits_balance
from jobs.models import Chunk, Job, Sentence
from jobs.pricing import gemini_credits
from jobs.services import job_create
from tests.conftest import wait_for
from tests.fakes.gemini_server import FakeGemini, Reply
from tests.jobs.helpers import VERNE, upload_of

GEMINI_OPTIONS = {"processor": "gemini", "tier": "speed"}
FINAL = (Job.Status.COMPLETED, Job.Status.COMPLETED_WITH_ERRORS, Job.Status.FAILED, Job.Status.CANCELLED)


@pytest.fixture
def fake():
    # Runs in this test process; the worker subprocess reaches it over loopback.
    server = FakeGemini().start()
    yield server
    server.stop()


@pytest.fixture
def gemini_worker(start_worker, fake, settings):
    settings.GEMINI_API_KEY = "test-key"  # the upload checks the processor is configured
    return lambda: start_worker(
        processes=1,
        threads=2,
        GEMINI_API_KEY="test-key",
        GEMINI_BASE_URL=fake.url,
        GEMINI_REQUESTS_PER_MINUTE="3000",
        GEMINI_BATCH_WORDS="2000",
    )


def finished(job: Job) -> Job | None:
    job.refresh_from_db()
    return job if job.status in FINAL else None


def test_a_gemini_job_meets_429s_and_500s_and_completes_with_exact_credits(gemini_worker, fake, owner, settings):
    fake.queue(Reply.rate_limited(retry_after=1), Reply.server_error(500), Reply.rate_limited(None), Reply())
    fake.queue(Reply.server_error(503))
    gemini_worker()
    job = job_create(owner=owner, upload=upload_of(VERNE), options=GEMINI_OPTIONS, confirm=True)
    reserved = job.credits_reserved

    job = wait_for(lambda: finished(job), timeout=240, interval=0.5, message="the gemini job to finish")

    assert job.status == Job.Status.COMPLETED, job.error_message
    statuses = [r.status for r in fake.requests]
    assert statuses.count(429) == 2 and statuses.count(500) == 1 and statuses.count(503) == 1
    assert {r.model for r in fake.requests} == {settings.GEMINI_MODELS["speed"]}
    chunks = list(Chunk.objects.filter(job=job))
    assert all(c.status == Chunk.Status.DONE for c in chunks)
    # Every answer the API billed was charged exactly once, to this job.
    assert sum(c.input_tokens + c.output_tokens for c in chunks) == fake.billed_tokens()
    expected = sum(gemini_credits(c.input_tokens + c.output_tokens, "speed") for c in chunks)
    assert 0 < expected <= reserved
    assert job.credits_charged == expected
    ledger = dict(CreditEntry.objects.filter(job=job).values_list("kind", "amount"))
    assert ledger == {"reserve": -reserved, "release": reserved, "charge": -expected}
    assert credits_balance(user=owner) == 5000 - expected
    assert job.quality["within_limit"] == 1.0
    assert Sentence.objects.filter(job=job, word_count__gt=8).count() == 0


def test_a_refused_api_key_fails_the_job_with_a_clear_message_and_charges_nothing(gemini_worker, fake, owner):
    fake.queue(*[Reply.rejected(403)] * 200)
    gemini_worker()
    job = job_create(owner=owner, upload=upload_of(VERNE), options=GEMINI_OPTIONS, confirm=True)

    job = wait_for(lambda: finished(job), timeout=120, interval=0.5, message="the gemini job to fail")

    assert job.status == Job.Status.FAILED
    assert "refused this server's API key" in job.error_message
    assert set(Chunk.objects.filter(job=job).values_list("error_code", flat=True)) == {"gemini_auth_failed"}
    assert job.credits_charged == 0
    assert credits_balance(user=owner) == 5000
    assert len(fake.requests) == job.total_chunks  # permanent errors are not retried
