"""Dramatiq actors: thin adapters over jobs.pipeline.

Time limits are set per actor; heavy queues are consumed with prefetch 1
(see Procfile.worker) so one slow chunk never holds others hostage.
"""

from __future__ import annotations

import logging

import dramatiq
from django.conf import settings
from django.utils import timezone

from jobs import pipeline, queues
from jobs.models import Chunk
from jobs.services import job_delete_upload, job_drafts_expire, job_settle_credits
from novelproc.errors import ProcessingError, TransientError

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


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
    pipeline.process_chunk(chunk_id)


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=5, time_limit=10 * MINUTE_MS)
def merge_job(job_id: str) -> None:
    try:
        pipeline.merge_job(job_id)
    except ProcessingError as exc:
        pipeline.fail_job(job_id, exc.code, exc.message)


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=0, time_limit=MINUTE_MS)
def watch_job(job_id: str) -> None:
    keep_watching, chunk_ids = pipeline.watchdog(job_id)
    enqueue_chunk_ids(chunk_ids)
    if keep_watching:
        watch_job.send_with_options(args=(job_id,), delay=settings.WATCHDOG_INTERVAL_S * 1000)


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=3, time_limit=MINUTE_MS)
def delete_upload(job_id: str) -> None:
    job_delete_upload(job_id=job_id)


# --- enqueue helpers (called on transaction commit by services) --------------


def enqueue_split(job_id) -> None:
    split_job.send(str(job_id))
    watch_job.send_with_options(args=(str(job_id),), delay=settings.WATCHDOG_INTERVAL_S * 1000)


def enqueue_chunk_ids(chunk_ids: list[int]) -> None:
    for chunk_id in chunk_ids:
        process_chunk.send(chunk_id)


def enqueue_chunks(job_id, chunk_ids: list[int]) -> None:
    Chunk.objects.filter(pk__in=chunk_ids).update(enqueued_at=timezone.now())
    enqueue_chunk_ids(chunk_ids)
    watch_job.send_with_options(args=(str(job_id),), delay=settings.WATCHDOG_INTERVAL_S * 1000)


def enqueue_merge(job_id) -> None:
    merge_job.send(str(job_id))


def schedule_upload_deletion(job_id) -> None:
    # Dramatiq delays are capped at 7 days; longer retention is left to the sweep.
    delay_ms = settings.PDF_RETENTION_HOURS * 3_600_000
    if delay_ms < 7 * 24 * 3_600_000:
        delete_upload.send_with_options(args=(str(job_id),), delay=delay_ms)


@dramatiq.actor(queue_name=queues.CONTROL, max_retries=0, time_limit=5 * MINUTE_MS)
def sweep() -> None:
    """Periodically (jobs/tasks.py) and whenever a worker boots: watch every active job, delete expired
    uploads and drafts left unconfirmed.

    Per-job watchdog messages can be held by a worker that was killed; this
    sweep does not depend on any earlier message, so no job stays stuck.
    """
    for job_id in pipeline.active_job_ids():
        _, chunk_ids = pipeline.watchdog(job_id)
        enqueue_chunk_ids(chunk_ids)
    for job_id in pipeline.unsettled_final_job_ids():
        job_settle_credits(job_id=job_id)
    for job_id in pipeline.uploads_due_for_deletion():
        job_delete_upload(job_id=job_id)
    job_drafts_expire()
    from jobs.studysets.services import study_sets_sweep

    study_sets_sweep()


from jobs.studysets import actors as studyset_actors  # noqa: E402,F401
