"""Shared state helpers for the pipeline steps: status swaps and failing a job."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from jobs.models import Chunk, Job
from jobs.services import job_settle_credits

log = logging.getLogger("jobs.pipeline")
S = Job.Status
C = Chunk.Status

# Share of the progress bar given to each phase.
SPLIT_PERCENT = 5
MERGE_PERCENT = 3


def current_time():
    return timezone.now()


def move(job_id, old: tuple[str, ...] | str, new: str, **fields) -> bool:
    old = (old,) if isinstance(old, str) else old
    return bool(Job.objects.filter(pk=job_id, status__in=old).update(status=new, updated_at=current_time(), **fields))


def fail_job(job_id, code: str, message: str) -> None:
    with transaction.atomic():
        if not move(
            job_id,
            (S.PENDING, S.SPLITTING, S.PROCESSING, S.MERGING),
            S.FAILED,
            error_code=code,
            error_message=message,
            finished_at=current_time(),
            current_step="Failed",
            lease_expires_at=None,
        ):
            return
        job_settle_credits(job_id=job_id)
        log.warning("job failed job=%s code=%s", job_id, code)
