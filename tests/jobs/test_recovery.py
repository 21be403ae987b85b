"""Bringing jobs home: each job state with its message lost, before and after the deadline."""

from __future__ import annotations

import os
import threading
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import CreditEntry
from accounts.selectors import credits_balance
from jobs import monitor, pipeline
from jobs.engine.types import ChunkResult, OutputSentence, Usage
from jobs.models import Chunk, Job, Sentence
from jobs.monitor import HeldWork
from jobs.pipeline import processors as registry
from jobs.pipeline.lease import renewing
from jobs.pipeline.recovery import Owed, recover
from jobs.services import job_create
from tests.conftest import wait_for
from tests.jobs.helpers import VERNE, upload_of

S = Job.Status
C = Chunk.Status
NOTHING_HELD = HeldWork()
LONG_AGO = timedelta(hours=1)


class EchoProcessor:
    """Each source sentence comes out as it went in: fast, and enough to test the pipeline's bookkeeping."""

    name = "local"

    def process(self, sources, *, context, settings):
        return ChunkResult(
            sentences=[OutputSentence(text=s.text, source_index=i) for i, s in enumerate(sources)],
            usage=Usage(),
        )


@pytest.fixture(autouse=True)
def echo(monkeypatch):
    monkeypatch.setitem(registry._instances, "local", EchoProcessor())


@pytest.fixture
def job(owner):
    return job_create(owner=owner, upload=upload_of(VERNE), options={"style": "exact"})


def _age(job: Job, **fields) -> None:
    """Make the job's last change (and the given fields) an hour old: its messages had time to arrive."""
    Job.objects.filter(pk=job.pk).update(updated_at=timezone.now() - LONG_AGO, **fields)


def _overdue(job: Job, by: timedelta = timedelta(seconds=1)) -> None:
    Job.objects.filter(pk=job.pk).update(deadline_at=timezone.now() - by)


def _processing(job: Job) -> list[int]:
    chunk_ids = pipeline.split_book(job.pk)
    Chunk.objects.filter(job=job).update(enqueued_at=timezone.now() - LONG_AGO)
    return chunk_ids


def _merging(job: Job) -> None:
    """Every chunk done and the job moved to merging, its merge message never delivered."""
    for chunk_id in _processing(job):
        pipeline.run_chunk(chunk_id)
    job.refresh_from_db()
    assert job.status == S.MERGING
    _age(job)


def _ledger_net(job: Job) -> int:
    return sum(CreditEntry.objects.filter(job=job).values_list("amount", flat=True))


# --- pending ------------------------------------------------------------------


def test_pending_with_its_split_lost_is_sent_the_split(job):
    assert recover(job.pk, held=NOTHING_HELD) == Owed()  # just sent: its message may still be on the way
    _age(job)
    assert recover(job.pk, held=HeldWork(split_job_ids={str(job.pk)})) == Owed()
    assert recover(job.pk, held=NOTHING_HELD) == Owed(split=True)
    assert recover(job.pk, held=None) == Owed()  # Redis unreachable: nothing to send with


def test_pending_past_its_deadline_fails_with_nothing_charged(job, owner):
    _overdue(job)
    assert recover(job.pk, held=HeldWork(split_job_ids={str(job.pk)})) == Owed()
    job.refresh_from_db()
    assert (job.status, job.error_code, job.credits_charged, job.credits_settled) == (S.FAILED, "job_timeout", 0, True)
    assert credits_balance(user=owner) == 5000


# --- splitting ----------------------------------------------------------------


def test_splitting_with_a_live_lease_is_left_alone_and_a_lapsed_one_is_split_again(job):
    Job.objects.filter(pk=job.pk).update(status=S.SPLITTING, lease_expires_at=timezone.now() + timedelta(seconds=30))
    assert recover(job.pk, held=NOTHING_HELD) == Owed()  # a live splitter
    assert pipeline.split_book(job.pk) == []  # and a second delivery does not split beside it

    Job.objects.filter(pk=job.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    assert recover(job.pk, held=HeldWork(split_job_ids={str(job.pk)})) == Owed()  # a delivery is on its way
    assert recover(job.pk, held=NOTHING_HELD) == Owed(split=True)  # its worker died with the message
    assert len(pipeline.split_book(job.pk)) == 12  # the new delivery takes the job over
    job.refresh_from_db()
    assert (job.status, job.lease_expires_at) == (S.PROCESSING, None)


def test_splitting_past_its_deadline_fails_with_nothing_charged(job, owner):
    Job.objects.filter(pk=job.pk).update(status=S.SPLITTING, lease_expires_at=timezone.now() + timedelta(seconds=30))
    _overdue(job)
    assert recover(job.pk, held=NOTHING_HELD) == Owed()
    job.refresh_from_db()
    assert (job.status, job.error_code, job.credits_charged) == (S.FAILED, "job_timeout", 0)
    assert credits_balance(user=owner) == 5000


# --- processing ---------------------------------------------------------------


def test_processing_sends_again_the_chunks_nobody_holds(job):
    chunk_ids = _processing(job)
    pipeline.run_chunk(chunk_ids[0])
    running = pipeline.claim_chunk(chunk_ids[1])  # a live lease
    queued = set(chunk_ids[2:5])
    assert recover(job.pk, held=HeldWork(chunk_ids=queued)) == Owed(chunk_ids=chunk_ids[5:])

    Chunk.objects.filter(pk=running.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    assert recover(job.pk, held=HeldWork(chunk_ids=queued | {running.pk})) == Owed(chunk_ids=chunk_ids[5:])
    assert recover(job.pk, held=HeldWork(chunk_ids=queued)) == Owed(chunk_ids=[running.pk, *chunk_ids[5:]])
    again = pipeline.claim_chunk(running.pk)  # the new delivery takes it over
    assert again is not None and again.attempts == 2

    Chunk.objects.filter(job=job, status=C.PENDING).update(enqueued_at=timezone.now())
    assert recover(job.pk, held=NOTHING_HELD) == Owed()  # just sent


def test_processing_past_its_deadline_merges_what_finished_and_charges_only_that(job, owner):
    chunk_ids = _processing(job)
    for chunk_id in chunk_ids[:3]:
        pipeline.run_chunk(chunk_id)
    pipeline.claim_chunk(chunk_ids[3])
    _overdue(job)
    assert recover(job.pk, held=HeldWork(chunk_ids=set(chunk_ids))) == Owed(merge=True)
    assert pipeline.run_chunk(chunk_ids[4]) is False  # a late delivery changes nothing
    assert pipeline.merge_results(job.pk)
    job.refresh_from_db()
    assert job.status == S.COMPLETED_WITH_ERRORS and "time budget" in job.error_message
    assert job.missing_pages.startswith("46-")
    assert job.credits_charged == 45 and _ledger_net(job) == -45
    assert credits_balance(user=owner) == 5000 - 45
    assert recover(job.pk, held=NOTHING_HELD) == Owed()


# --- merging ------------------------------------------------------------------


def test_merging_with_its_merge_lost_is_sent_the_merge(job, owner):
    _merging(job)
    assert recover(job.pk, held=HeldWork(merge_job_ids={str(job.pk)})) == Owed()
    assert recover(job.pk, held=NOTHING_HELD) == Owed(merge=True)
    assert pipeline.merge_results(job.pk)
    assert pipeline.merge_results(job.pk) is False  # a duplicate merge changes nothing
    job.refresh_from_db()
    assert (job.status, job.credits_charged) == (S.COMPLETED, 178)
    assert credits_balance(user=owner) == 5000 - 178


def test_merging_past_its_deadline_is_still_merged_and_charged_exactly(job, owner):
    _merging(job)
    _overdue(job)
    assert recover(job.pk, held=NOTHING_HELD) == Owed(merge=True)
    assert pipeline.merge_results(job.pk)
    job.refresh_from_db()
    assert job.status == S.COMPLETED and job.sentence_count == Sentence.objects.filter(job=job).count() > 3000
    assert job.credits_charged == 178 and _ledger_net(job) == -178 and job.credits_reserved == 0


def test_merging_long_past_its_deadline_fails_with_nothing_charged(job, owner, settings):
    _merging(job)
    _overdue(job, by=timedelta(seconds=settings.JOB_MERGE_GRACE_S + 1))
    assert recover(job.pk, held=HeldWork(merge_job_ids={str(job.pk)})) == Owed()
    job.refresh_from_db()
    assert (job.status, job.error_code, job.credits_charged, job.credits_reserved) == (S.FAILED, "merge_timeout", 0, 0)
    assert _ledger_net(job) == 0 and credits_balance(user=owner) == 5000


# --- never stuck ----------------------------------------------------------------


@pytest.mark.parametrize("status", [S.DRAFT, S.COMPLETED, S.COMPLETED_WITH_ERRORS, S.FAILED, S.CANCELLED])
def test_drafts_and_ended_jobs_are_never_stuck(job, status):
    _age(job, status=status)
    _overdue(job)
    assert recover(job.pk, held=NOTHING_HELD) == Owed()
    assert Job.objects.get(pk=job.pk).status == status


# --- what keeps the lease, what Redis holds, what a dead worker left ----------


@pytest.mark.django_db(transaction=True)
def test_a_running_chunk_keeps_renewing_its_lease_while_it_works(job, settings):
    settings.CHUNK_LEASE_S = 1
    chunk = pipeline.claim_chunk(_processing(job)[0])
    first = chunk.lease_expires_at
    held = Chunk.objects.filter(pk=chunk.pk, status=C.RUNNING, attempts=chunk.attempts)
    with renewing(held):
        wait_for(lambda: Chunk.objects.get(pk=chunk.pk).lease_expires_at > first + timedelta(seconds=1), timeout=10)
    Chunk.objects.filter(pk=chunk.pk).update(attempts=2)  # another delivery took it over
    last = Chunk.objects.get(pk=chunk.pk).lease_expires_at
    with renewing(held):
        threading.Event().wait(1.2)  # a renewal would have come by now
    assert Chunk.objects.get(pk=chunk.pk).lease_expires_at == last


def test_redis_holds_what_is_queued_or_fetched_by_a_live_worker_and_not_what_a_dead_one_fetched(broker, settings):
    from jobs.actors import merge_job, process_chunk, split_job

    broker.client.delete(f"{broker.namespace}:{monitor.WORKERS_KEY}")  # no worker alive yet
    process_chunk.send(11)
    split_job.send("job-a")
    merge_job.send_with_options(args=("job-b",), delay=60_000)  # a retry waiting for its backoff
    assert monitor.held_work() == HeldWork(chunk_ids={11}, split_job_ids={"job-a"}, merge_job_ids={"job-b"})

    # A worker fetches the chunk message: held while the worker lives, lost once it is dead.
    consumer = broker.consume("chunks", prefetch=2, timeout=100)
    assert next(consumer) is not None
    assert monitor.held_work().chunk_ids == set()
    monitor.worker_beat(broker)
    assert monitor.held_work().chunk_ids == {11}
    assert [beat.worker_id for beat in monitor.worker_heartbeats()] == [broker.broker_id]
    assert monitor.worker_heartbeats(fresh_within_s=-1) == []
    monitor.worker_gone(broker)
    assert monitor.held_work().chunk_ids == set()


def test_scratch_copies_of_stopped_workers_are_removed_and_live_ones_kept(tmp_path):
    from jobs.pipeline.book import SCRATCH_PREFIX, remove_orphan_scratch

    dead = max(int(p) for p in os.listdir("/proc") if p.isdigit()) + 1000
    mine = tmp_path / f"{SCRATCH_PREFIX}{os.getpid()}-abc"
    theirs = tmp_path / f"{SCRATCH_PREFIX}{dead}-def"
    other = tmp_path / "something-else"
    for folder in (mine, theirs, other):
        folder.mkdir()
        (folder / "book.pdf").write_bytes(b"%PDF-")
    assert remove_orphan_scratch(str(tmp_path)) == 1
    assert mine.exists() and other.exists() and not theirs.exists()


def test_the_admins_run_now_sends_a_merge_lost_after_the_deadline_once(job, broker):
    from jobs.services import job_nudge

    _merging(job)
    _overdue(job)
    assert job_nudge(job=job) == 1
    assert monitor.held_work().merge_job_ids == {str(job.pk)}
    assert job_nudge(job=job) == 0  # queued now: nothing more to send
