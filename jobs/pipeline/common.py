"""What the pipeline steps share: the progress bar's shares, the clock, and failing a job.

The moves themselves, and which are allowed, are jobs.states.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from jobs.services import job_settle_credits
from jobs.states import S, move_job

log = logging.getLogger("jobs.pipeline")

# Share of the progress bar given to each phase.
SPLIT_PERCENT = 5
MERGE_PERCENT = 3


def current_time():
    return timezone.now()


def fail_job(job_id, code: str, message: str) -> None:
    with transaction.atomic():
        if not move_job(
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
