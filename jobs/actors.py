"""Dramatiq actors: thin adapters over jobs.pipeline and jobs.services; what they send goes through jobs.dispatch.

Nothing imports this module: workers find it by django_dramatiq's
autodiscovery, and the scheduler through jobs/tasks.py. Actor names and
queues are jobs.dispatch's table (a test holds them together); time limits
are set per actor. Each queue's consumer holds one message per worker
thread, counting the one running (jobs.middleware.OneMessagePerThread), so
one slow chunk never holds others hostage.
"""

from __future__ import annotations

import dramatiq
from django.conf import settings
from dramatiq_crontab import interval

from jobs import dispatch, pipeline, queues
from jobs.models import Chunk
from jobs.services import job_delete_upload, job_drafts_expire, job_settle_credits
from novelproc.errors import ProcessingError, TransientError

MINUTE_MS = 60_000


def _retry_transient(retries_so_far: int, exc: BaseException) -> bool:
    return isinstance(exc, TransientError)


@dramatiq.actor(
    actor_name=dispatch.SPLIT,
    queue_name=queues.CHUNKS,
    max_retries=3,
    time_limit=15 * MINUTE_MS,
    retry_when=_retry_transient,
)
def split_job(job_id: str) -> None:
    try:
        chunk_ids = pipeline.split_book(job_id)
    except TransientError:
        raise  # retried with backoff (retry_when); the job stays in splitting meanwhile
    except ProcessingError as exc:
        pipeline.fail_job(job_id, exc.code, exc.message)
        return
    dispatch.enqueue_chunks(chunk_ids)


@dramatiq.actor(
    actor_name=dispatch.CHUNK,
    queue_name=queues.CHUNKS,
    max_retries=8,
    min_backoff=2_000,
    max_backoff=5 * MINUTE_MS,
    time_limit=20 * MINUTE_MS,
    retry_when=_retry_transient,
)
def process_chunk(chunk_id: int) -> None:
    if pipeline.run_chunk(chunk_id):
        dispatch.enqueue_merge(Chunk.objects.values_list("job_id", flat=True).get(pk=chunk_id))


@dramatiq.actor(actor_name=dispatch.MERGE, queue_name=queues.CONTROL, max_retries=5, time_limit=10 * MINUTE_MS)
def merge_job(job_id: str) -> None:
    try:
        merged = pipeline.merge_results(job_id)
    except ProcessingError as exc:
        pipeline.fail_job(job_id, exc.code, exc.message)
        return
    if merged:
        dispatch.schedule_upload_deletion(job_id)


@dramatiq.actor(actor_name=dispatch.WATCH, queue_name=queues.CONTROL, max_retries=0, time_limit=MINUTE_MS)
def watch_job(job_id: str) -> None:
    """Messages queued by an earlier release: the sweep watches every job now."""
    pipeline.recover_jobs([job_id])


@dramatiq.actor(actor_name=dispatch.DELETE_UPLOAD, queue_name=queues.CONTROL, max_retries=3, time_limit=MINUTE_MS)
def delete_upload(job_id: str) -> None:
    job_delete_upload(job_id=job_id)


@interval(seconds=settings.SWEEP_INTERVAL_S)
@dramatiq.actor(actor_name=dispatch.SWEEP, queue_name=queues.CONTROL, max_retries=0, time_limit=5 * MINUTE_MS)
def sweep() -> None:
    """Every SWEEP_INTERVAL_S and whenever a worker boots: bring every active job home,
    settle what was left unsettled, delete expired uploads and drafts left unconfirmed.

    It depends on no earlier message, so work lost with a killed worker or
    an emptied Redis is sent again. Study sets have their own sweep.
    """
    pipeline.recover_jobs(pipeline.active_job_ids())
    for job_id in pipeline.unsettled_final_job_ids():
        job_settle_credits(job_id=job_id)
    for job_id in pipeline.uploads_due_for_deletion():
        job_delete_upload(job_id=job_id)
    job_drafts_expire()
