"""Dramatiq actors: thin adapters over jobs.pipeline, and the helpers that send their messages.

Time limits are set per actor. Each queue's consumer holds one message per
worker thread, counting the one running (jobs.middleware.OneMessagePerThread),
so one slow chunk never holds others hostage.

PostgreSQL is the truth about what work is owed; a message is only a nudge.
A send that fails because Redis is down is logged and left to the sweep,
which sends whatever is owed and not held once Redis is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import dramatiq
import redis
from django.conf import settings
from django.utils import timezone

from jobs import monitor, pipeline, queues
from jobs.models import Chunk
from jobs.services import job_delete_upload, job_drafts_expire, job_settle_credits
from novelproc.errors import ProcessingError, TransientError

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
BROKER_DOWN = (redis.RedisError, dramatiq.errors.BrokerConnectionError)


def _retry_transient(retries_so_far: int, exc: BaseException) -> bool:
    return isinstance(exc, TransientError)


@dramatiq.actor(queue_name=queues.CHUNKS, max_retries=3, time_limit=15 * MINUTE_MS, retry_when=_retry_transient)
def split_job(job_id: str) -> None:
    try:
        chunk_ids = pipeline.split_job(job_id)
    except TransientError:
        raise  # retried with backoff (retry_when); the job stays in splitting meanwhile
    except ProcessingError as exc:
        pipeline.fail_job(job_id, exc.code, exc.message)
        return
    enqueue_chunk_ids(chunk_ids)


@dramatiq.actor(
    queue_name=queues.CHUNKS,
    max_retries=8,
    min_backoff=2_000,
    max_backoff=5 * MINUTE_MS,
    time_limit=20 * MINUTE_MS,
    retry_when=_retry_transient,
)
def process_chunk(chunk_id: int) -> None:
    if pipeline.process_chunk(chunk_id):
        enqueue_merge(Chunk.objects.values_list("job_id", flat=True).get(pk=chunk_id))


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=5, time_limit=10 * MINUTE_MS)
def merge_job(job_id: str) -> None:
    try:
        merged = pipeline.merge_job(job_id)
    except ProcessingError as exc:
        pipeline.fail_job(job_id, exc.code, exc.message)
        return
    if merged:
        schedule_upload_deletion(job_id)


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=0, time_limit=MINUTE_MS)
def watch_job(job_id: str) -> None:
    """Messages queued by an earlier release: the sweep watches every job now."""
    recover_jobs([job_id])


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=3, time_limit=MINUTE_MS)
def delete_upload(job_id: str) -> None:
    job_delete_upload(job_id=job_id)


# --- sending (on transaction commit from services; directly from actors) -----


def _send(what: str, send: Callable[[], object]) -> bool:
    try:
        send()
    except BROKER_DOWN as exc:
        log.warning("could not send %s: %s; the sweep sends it once Redis is back", what, exc.__class__.__name__)
        return False
    return True


def enqueue_split(job_id) -> None:
    _send(f"split job={job_id}", lambda: split_job.send(str(job_id)))


def enqueue_chunk_ids(chunk_ids: list[int]) -> None:
    if not chunk_ids:
        return
    Chunk.objects.filter(pk__in=chunk_ids).update(enqueued_at=timezone.now())
    for chunk_id in chunk_ids:
        if not _send(f"chunk={chunk_id}", lambda chunk_id=chunk_id: process_chunk.send(chunk_id)):
            return  # the rest would fail the same way


def enqueue_chunks(job_id, chunk_ids: list[int]) -> None:
    enqueue_chunk_ids(chunk_ids)


def enqueue_merge(job_id) -> None:
    _send(f"merge job={job_id}", lambda: merge_job.send(str(job_id)))


def schedule_upload_deletion(job_id) -> None:
    # Dramatiq delays are capped at 7 days; longer retention, or a lost message, is left to the sweep.
    delay_ms = settings.PDF_RETENTION_HOURS * 3_600_000
    if delay_ms < 7 * 24 * 3_600_000:
        _send(
            f"upload deletion job={job_id}",
            lambda: delete_upload.send_with_options(args=(str(job_id),), delay=delay_ms),
        )


def recover_jobs(job_ids) -> int:
    """Send each job what it is owed and Redis does not hold (jobs.pipeline.recovery); returns messages sent."""
    try:
        held = monitor.held_work()
    except redis.RedisError as exc:
        log.warning("recovery cannot read Redis (%s): deadlines only", exc.__class__.__name__)
        held = None
    sent = 0
    for job_id in job_ids:
        owed = pipeline.recover(job_id, held=held)
        if owed.split:
            enqueue_split(job_id)
        if owed.merge:
            enqueue_merge(job_id)
        enqueue_chunk_ids(owed.chunk_ids)
        sent += owed.split + owed.merge + len(owed.chunk_ids)
    return sent


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=0, time_limit=5 * MINUTE_MS)
def sweep() -> None:
    """Every SWEEP_INTERVAL_S (jobs/tasks.py) and whenever a worker boots: bring every active job home,
    settle what was left unsettled, delete expired uploads and drafts left unconfirmed.

    It depends on no earlier message, so work lost with a killed worker or
    an emptied Redis is sent again.
    """
    recover_jobs(pipeline.active_job_ids())
    for job_id in pipeline.unsettled_final_job_ids():
        job_settle_credits(job_id=job_id)
    for job_id in pipeline.uploads_due_for_deletion():
        job_delete_upload(job_id=job_id)
    job_drafts_expire()
    from jobs.studysets.services import study_sets_sweep

    study_sets_sweep()


from jobs.studysets import actors as studyset_actors  # noqa: E402,F401
