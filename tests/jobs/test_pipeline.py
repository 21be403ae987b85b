"""The pipeline steps run in-process, in the order a worker would run them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import dramatiq
import pytest
from django.utils import timezone

from accounts.models import CreditEntry
from accounts.selectors import credits_balance
from jobs import pipeline
from jobs.engine.processors.local import LocalProcessor
from jobs.models import Chunk, Job, Sentence
from jobs.pipeline import processors as registry
from jobs.services import job_cancel, job_create, job_retry_failed
from novelproc.errors import ProcessingError, TransientError
from tests.jobs.helpers import VERNE, run_in_process, upload_of


@pytest.fixture
def job(owner):
    # The exact-words style is lossless, so every word of the book must come out once.
    return job_create(owner=owner, upload=upload_of(VERNE), options={"style": "exact"})


class CountingProcessor(LocalProcessor):
    """The real local processor, counting calls and failing chunks on request."""

    def __init__(self, fail_pages: dict[int, Exception] | None = None) -> None:
        self.calls = 0
        self.fail_pages = fail_pages or {}

    def process(self, sources, *, context, settings):
        self.calls += 1
        for page, exc in self.fail_pages.items():
            if any(s.page == page for s in sources):
                raise exc
        return super().process(sources, context=context, settings=settings)


@pytest.fixture
def processor(monkeypatch):
    proc = CountingProcessor()
    monkeypatch.setitem(registry._instances, "local", proc)
    return proc


class JudgingProcessor(LocalProcessor):
    """The real local processor, giving each body sentence a stand-alone verdict in turn (True, False, None)."""

    VERDICTS = (True, False, None)

    def process(self, sources, *, context, settings):
        result = super().process(sources, context=context, settings=settings)
        result.sentences = [
            out if "heading" in out.flags else replace(out, stands_alone=self.VERDICTS[i % 3])
            for i, out in enumerate(result.sentences)
        ]
        return result


def _ledger_net(job: Job) -> int:
    return sum(CreditEntry.objects.filter(job=job).values_list("amount", flat=True))


def test_a_book_runs_to_completed_with_ordered_sentences_and_exact_credits(job, owner, processor):
    job = run_in_process(job)
    assert job.status == Job.Status.COMPLETED, job.error_message
    assert job.progress_percent == 100
    assert job.total_chunks == job.completed_chunks == 12  # 178 pages in 15-page chunks
    positions = list(Sentence.objects.filter(job=job).order_by("position").values_list("position", flat=True))
    assert positions == list(range(1, job.piece_count + 1))
    assert job.sentence_count > 3000
    assert job.quality["within_limit"] == 1.0
    assert job.quality["coverage"] >= 0.999
    assert job.credits_charged == 178
    assert _ledger_net(job) == -178
    assert credits_balance(user=owner) == 5000 - 178
    assert job.file_delete_after is not None


def test_rows_carry_the_kind_and_the_stands_alone_verdict_of_the_processor(job, monkeypatch):
    monkeypatch.setitem(registry._instances, "local", JudgingProcessor())
    first_chunk = pipeline.split_book(job.pk)[0]
    pipeline.run_chunk(first_chunk)
    rows = list(
        Sentence.objects.filter(job=job)
        .order_by("chunk_position")
        .values_list("chunk_position", "text", "flags", "kind", "stands_alone")
    )
    headings = [text for _, text, _, kind, _ in rows if kind == Sentence.Kind.HEADING]
    assert headings == ["Le Secret de Wilhelm Storitz", "Jules Verne", "I", "II"]
    for i, _, flags, kind, stands_alone in rows:
        is_heading = "heading" in flags
        assert kind == (Sentence.Kind.HEADING if is_heading else Sentence.Kind.SENTENCE)
        assert stands_alone is (None if is_heading else JudgingProcessor.VERDICTS[i % 3])
    assert {s for *_, s in rows} == {True, False, None}


def test_every_source_sentence_lands_once_in_book_order(job, processor):
    job = run_in_process(job)
    _, sources = pipeline.read_book(str(VERNE))
    seen = []
    last = None
    for chunk_index, source_index, source_text in (
        Sentence.objects.filter(job=job).order_by("position").values_list("chunk_index", "source_index", "source_text")
    ):
        if (chunk_index, source_index) != last:
            seen.append(source_text)
            last = (chunk_index, source_index)
    assert seen == [s.text for s in sources]


def test_a_chunk_message_delivered_twice_counts_once(job, processor):
    chunk_ids = pipeline.split_book(job.pk)
    pipeline.run_chunk(chunk_ids[0])
    count = Sentence.objects.filter(job=job).count()
    assert pipeline.run_chunk(chunk_ids[0]) is False
    job.refresh_from_db()
    assert job.completed_chunks == 1
    assert Sentence.objects.filter(job=job).count() == count
    assert processor.calls == 1


def test_a_running_chunk_with_a_live_lease_is_not_taken_twice(job, processor):
    chunk_ids = pipeline.split_book(job.pk)
    assert pipeline.claim_chunk(chunk_ids[0]) is not None
    assert pipeline.claim_chunk(chunk_ids[0]) is None
    Chunk.objects.filter(pk=chunk_ids[0]).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    again = pipeline.claim_chunk(chunk_ids[0])
    assert again is not None and again.attempts == 2


def test_cancel_mid_job_stops_processing_and_releases_the_unspent_reservation(job, owner, processor):
    chunk_ids = pipeline.split_book(job.pk)
    for chunk_id in chunk_ids[:2]:
        pipeline.run_chunk(chunk_id)
    done_pages = sum(c.page_end - c.page_start + 1 for c in Chunk.objects.filter(job=job, status="done"))
    job_cancel(job=job)
    calls = processor.calls
    for chunk_id in chunk_ids[2:]:
        pipeline.run_chunk(chunk_id)
    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED
    assert processor.calls == calls  # no processor call starts after the cancel
    assert job.credits_charged == done_pages == 30
    assert credits_balance(user=owner) == 5000 - done_pages
    # What was charged is readable: the finished part in order, labelled with its pages.
    positions = list(Sentence.objects.filter(job=job).order_by("position").values_list("position", flat=True))
    assert positions == list(range(1, job.piece_count + 1)) and job.sentence_count > 300
    assert (job.covered_pages, job.missing_pages) == ("1-30", "31-178")
    assert job.current_step == "Cancelled: pages 1-30 kept"
    with pytest.raises(ProcessingError) as err:
        job_cancel(job=job)
    assert (err.value.code, err.value.status) == ("job_not_active", 409)


def test_cancel_with_nothing_finished_charges_nothing(job, owner, processor):
    pipeline.split_book(job.pk)
    job_cancel(job=job)
    job.refresh_from_db()
    assert (job.status, job.credits_charged, job.sentence_count, job.covered_pages) == ("cancelled", 0, 0, "")
    assert credits_balance(user=owner) == 5000 and _ledger_net(job) == 0


def test_a_job_that_fails_at_merge_is_charged_nothing(job, owner, processor):
    for chunk_id in pipeline.split_book(job.pk):
        pipeline.run_chunk(chunk_id)
    Sentence.objects.filter(job=job).order_by("pk").first().delete()  # the count no longer matches
    from jobs.actors import merge_job

    merge_job.fn(str(job.pk))
    job.refresh_from_db()
    assert (job.status, job.error_code, job.credits_charged) == ("failed", "merge_mismatch", 0)
    assert credits_balance(user=owner) == 5000 and _ledger_net(job) == 0


def test_a_failed_chunk_is_named_and_retry_completes_the_job(job, owner, monkeypatch):
    failing = CountingProcessor({40: ProcessingError("The model refused this passage.", code="model_refused")})
    monkeypatch.setitem(registry._instances, "local", failing)
    job = run_in_process(job)
    assert job.status == Job.Status.COMPLETED_WITH_ERRORS
    assert job.missing_pages == "31-45"
    assert "Pages 31-45" in job.error_message and "refused" in job.error_message
    assert job.credits_charged == 178 - 15
    assert credits_balance(user=owner) == 5000 - 163
    before = job.sentence_count

    monkeypatch.setitem(registry._instances, "local", CountingProcessor())
    job_retry_failed(job=job)
    failed_chunk = Chunk.objects.get(job=job, page_start=31)
    assert failed_chunk.status == Chunk.Status.PENDING
    pipeline.run_chunk(failed_chunk.pk)
    pipeline.merge_results(job.pk)
    job.refresh_from_db()
    assert job.status == Job.Status.COMPLETED
    assert job.sentence_count > before
    positions = list(Sentence.objects.filter(job=job).order_by("position").values_list("position", flat=True))
    assert positions == list(range(1, job.piece_count + 1))
    assert job.credits_charged == 178
    assert credits_balance(user=owner) == 5000 - 178
    assert _ledger_net(job) == -178


def test_retry_with_nothing_failed_is_a_conflict(job, processor):
    job = run_in_process(job)
    with pytest.raises(ProcessingError) as err:
        job_retry_failed(job=job)
    assert (err.value.code, err.value.status) == ("nothing_to_retry", 409)


def test_all_chunks_failing_fails_the_job_and_charges_nothing(job, owner, monkeypatch):
    boom = ProcessingError("Broken chunk.", code="broken")
    monkeypatch.setitem(registry._instances, "local", CountingProcessor({p: boom for p in range(1, 179)}))
    job = run_in_process(job)
    assert job.status == Job.Status.FAILED
    assert job.credits_charged == 0
    assert credits_balance(user=owner) == 5000


def test_a_pdf_without_text_fails_at_split_with_a_full_refund(job, owner, monkeypatch):
    from jobs.pipeline import book

    monkeypatch.setattr(book, "read_book", lambda path: (178, []))
    assert pipeline.split_book(job.pk) == []
    job.refresh_from_db()
    assert (job.status, job.error_code) == (Job.Status.FAILED, "pdf_no_text")
    assert credits_balance(user=owner) == 5000


def test_transient_errors_hand_the_chunk_back_then_fail_after_the_attempt_limit(job, settings, monkeypatch):
    settings.CHUNK_MAX_ATTEMPTS = 2
    flaky = CountingProcessor({1: TransientError("Rate limited.", code="rate_limited", retry_after=3)})
    monkeypatch.setitem(registry._instances, "local", flaky)
    chunk_id = pipeline.split_book(job.pk)[0]
    with pytest.raises(TransientError) as caught:
        pipeline.run_chunk(chunk_id)
    # Dramatiq brings the message back after the processor's Retry-After, not its own backoff.
    assert isinstance(caught.value, dramatiq.Retry) and caught.value.delay == 3000
    assert caught.value.code == "rate_limited"
    chunk = Chunk.objects.get(pk=chunk_id)
    assert (chunk.status, chunk.attempts, chunk.error_code) == ("pending", 1, "rate_limited")
    pipeline.run_chunk(chunk_id)  # second attempt reaches the limit: permanent failure
    chunk.refresh_from_db()
    assert chunk.status == Chunk.Status.FAILED
    job.refresh_from_db()
    assert job.failed_chunks == 1


def test_a_stored_pdf_gone_missing_fails_the_job_with_a_full_refund(job, owner):
    job.file.storage.delete(job.file.name)
    assert pipeline.split_book(job.pk) == []
    job.refresh_from_db()
    assert (job.status, job.error_code) == (Job.Status.FAILED, "file_missing")
    assert credits_balance(user=owner) == 5000


def test_the_uploaded_pdf_is_deleted_after_the_retention_period_and_results_stay(job, processor):
    from jobs.services import job_delete_upload

    job = run_in_process(job)
    path = job.file.path
    assert job.file_delete_after > timezone.now()
    assert pipeline.uploads_due_for_deletion() == []
    Job.objects.filter(pk=job.pk).update(file_delete_after=timezone.now() - timedelta(seconds=1))
    assert pipeline.uploads_due_for_deletion() == [job.pk]
    assert job_delete_upload(job_id=job.pk)
    job.refresh_from_db()
    assert not Path(path).exists() and not job.file and job.file_deleted_at
    assert Sentence.objects.filter(job=job).count() == job.piece_count > 0
    assert pipeline.uploads_due_for_deletion() == []


def test_the_final_status_and_the_settlement_land_together_and_the_sweep_mends_a_gap(job, owner, processor):
    from jobs.actors import sweep

    job = run_in_process(job)
    assert job.credits_settled and job.credits_charged == 178
    # A job left final but unsettled (as an older release could leave it) is settled by the sweep.
    other = job_create(owner=owner, upload=upload_of(VERNE, "other.pdf"), options={})
    Job.objects.filter(pk=other.pk).update(status=Job.Status.CANCELLED)
    assert credits_balance(user=owner) == 5000 - 178 - 178
    sweep.fn()
    other.refresh_from_db()
    assert other.credits_settled and other.credits_charged == 0
    assert credits_balance(user=owner) == 5000 - 178


def test_the_default_style_rewrites_a_book_keeping_its_content(owner):
    job = run_in_process(job_create(owner=owner, upload=upload_of(VERNE), options={}))
    assert job.settings["style"] == "sentences"
    assert job.status == Job.Status.COMPLETED, job.error_message
    assert job.quality["within_limit"] == 1.0
    assert job.quality["content_recall"] >= 0.99
    assert job.quality["content_invented"] <= 0.01
    assert job.quality["shaped"] >= 0.95
    assert job.quality["standalone_judged"] == job.quality["sentences"]
    judged = Sentence.objects.filter(job=job, kind="sentence", stands_alone__isnull=False).count()
    assert judged == job.quality["sentences"]
    # Every body sentence keeps the lemmas of its own words from the same parse; headings have none.
    body = Sentence.objects.filter(job=job, kind="sentence")
    assert not body.filter(lemmas__isnull=True).exists()
    assert not Sentence.objects.filter(job=job, kind="heading", lemmas__isnull=False).exists()
    for sentence in body.order_by("?")[:200]:
        assert all(surface.lower() in sentence.text.lower() for surface, _, _ in sentence.lemmas)
