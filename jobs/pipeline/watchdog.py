"""Bringing jobs home: lost work re-enqueued, overdue jobs ended, periodic chores."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from jobs.models import Chunk, Job
from jobs.pipeline.chunks import count_chunk, maybe_start_merge
from jobs.pipeline.state import C, S, current_time, fail_job

log = logging.getLogger(__name__)


def watchdog(job_id) -> tuple[bool, list[int]]:
    """Bring a job home: re-enqueue lost work, fail it past its budget.

    Returns (keep watching, chunk ids to enqueue again).
    """
    job = Job.objects.filter(pk=job_id).first()
    if job is None or job.is_final or job.status == S.DRAFT:
        return False, []
    now = current_time()
    stale = now - timedelta(seconds=settings.CHUNK_LEASE_S)
    if job.deadline_at and now > job.deadline_at:
        _overdue(job)
        return True, []
    if job.status in (S.PENDING, S.SPLITTING) and job.updated_at < stale:
        from jobs.actors import split_job as split_actor

        Job.objects.filter(pk=job_id, status=job.status).update(updated_at=now)
        split_actor.send(str(job_id))
    elif job.status == S.MERGING and job.updated_at < stale:
        from jobs.actors import enqueue_merge

        enqueue_merge(job_id)
    elif job.status == S.PROCESSING:
        # A running chunk whose lease ran out lost its worker. A pending one may
        # just be waiting in a long queue, so it only counts as lost when the
        # whole job has made no progress for a lease period. Either way, one
        # re-enqueue per lease period at most.
        lost = Chunk.objects.filter(job_id=job_id, enqueued_at__lt=stale).filter(
            Q(status=C.RUNNING, lease_expires_at__lt=now)
            | (Q(status=C.PENDING) if job.updated_at < stale else Q(pk__in=[]))
        )
        ids = list(lost.values_list("pk", flat=True))
        if ids:
            Chunk.objects.filter(pk__in=ids).update(enqueued_at=now)
            log.warning("watchdog re-enqueues job=%s chunks=%s", job_id, len(ids))
        return True, ids
    return True, []


def _overdue(job: Job) -> None:
    """Past its time budget: unfinished chunks fail, and the merge settles what finished."""
    message = "The job ran past its time budget."
    with transaction.atomic():
        open_chunks = Chunk.objects.filter(job=job, status__in=(C.PENDING, C.RUNNING))
        count = open_chunks.update(
            status=C.FAILED, error_code="job_timeout", error_message=message, finished_at=current_time()
        )
        if job.status != S.PROCESSING or not job.total_chunks:
            transaction.set_rollback(True)
        elif count:
            count_chunk(job.pk, failed=count)
            maybe_start_merge(job.pk)
    if job.status in (S.PENDING, S.SPLITTING):
        fail_job(job.pk, "job_timeout", message)


def active_job_ids() -> list:
    return list(Job.objects.filter(status__in=Job.ACTIVE).values_list("pk", flat=True))


def unsettled_final_job_ids() -> list:
    """Ended jobs whose credits were never settled (a safety net: settling shares the final transaction)."""
    return list(Job.objects.filter(status__in=Job.FINAL, credits_settled=False).values_list("pk", flat=True)[:500])


def uploads_due_for_deletion() -> list:
    return list(
        Job.objects.filter(file_delete_after__lt=current_time(), file_deleted_at__isnull=True)
        .exclude(file="")
        .values_list("pk", flat=True)[:500]
    )
