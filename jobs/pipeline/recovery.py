"""Bringing jobs home: for every job state, what "stuck" means and what ends it.

PostgreSQL says what work a job is owed; Redis says which messages are still
on their way (jobs.monitor.HeldWork: queued, delayed for a retry, or fetched
by a worker that is alive). Work that is owed and held by nobody is sent
again. Every step is idempotent, so a message sent twice costs nothing but
the claim that turns it away.

    state       stuck when (its message lost)                what brings it home
    ----------  -------------------------------------------  --------------------------------------
    draft       never: it waits for the user                 -
    pending     no split message held                        send the split
    splitting   the splitter's lease ran out, none held      send the split (it takes the job over)
    processing  a pending chunk with no message held;        send those chunks again
                a running chunk whose lease ran out
    merging     no live merge and no merge message held      send the merge
    final       never                                        -

    past the deadline (JOB_TIME_BUDGET_S):
    pending, splitting   fail, nothing charged
    processing           unfinished chunks fail; merge what finished (charged for what it delivered)
    merging              send the merge as above: the deadline never stops a merge; still
                         merging JOB_MERGE_GRACE_S later: fail, nothing charged

The sweep (every SWEEP_INTERVAL_S, and at every worker boot) and the admin's
"run now" call :func:`recover_jobs`, which decides with :func:`recover` what
each job is owed and sends it through jobs.dispatch. With Redis unreachable
(``held`` is None) nothing is sent, and deadlines still apply.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import redis
from django.conf import settings
from django.db import transaction
from django.db.models import Q

from jobs import dispatch, monitor
from jobs.models import Chunk, Job
from jobs.monitor import HeldWork
from jobs.pipeline.chunks import count_chunk, maybe_start_merge
from jobs.pipeline.common import current_time, fail_job
from jobs.states import C, S, move_chunks

log = logging.getLogger(__name__)

# A message sent this recently may not have reached Redis yet (it is sent after the commit).
SEND_GRACE = timedelta(seconds=5)
TIMEOUT_MESSAGE = "The job ran past its time budget."


@dataclass
class Owed:
    """The messages a job needs sent now."""

    split: bool = False
    merge: bool = False
    chunk_ids: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.split or self.merge or bool(self.chunk_ids)


def recover_jobs(job_ids) -> int:
    """Send each job what it is owed and Redis does not hold; returns the messages sent."""
    try:
        held = monitor.held_work()
    except redis.RedisError as exc:
        log.warning("recovery cannot read Redis (%s): deadlines only", exc.__class__.__name__)
        held = None
    sent = 0
    for job_id in job_ids:
        owed = recover(job_id, held=held)
        if owed.split:
            dispatch.enqueue_split(job_id)
        if owed.merge:
            dispatch.enqueue_merge(job_id)
        dispatch.enqueue_chunks(owed.chunk_ids)
        sent += owed.split + owed.merge + len(owed.chunk_ids)
    return sent


def recover(job_id, *, held: HeldWork | None, now: datetime | None = None) -> Owed:
    """Decide what job ``job_id`` is owed, ending it where its deadline says so."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None or job.status not in Job.ACTIVE:
        return Owed()
    now = now or current_time()
    overdue = job.deadline_at is not None and now > job.deadline_at
    owed = _BY_STATE[job.status](job, held, now, overdue)
    if owed:
        log.warning(
            "recovery job=%s status=%s split=%s merge=%s chunks=%s",
            job.pk,
            job.status,
            owed.split,
            owed.merge,
            len(owed.chunk_ids),
        )
    return owed


def _lease_live(job_or_chunk, now: datetime) -> bool:
    return job_or_chunk.lease_expires_at is not None and job_or_chunk.lease_expires_at > now


def _pending(job: Job, held: HeldWork | None, now: datetime, overdue: bool) -> Owed:
    if overdue:
        fail_job(job.pk, "job_timeout", TIMEOUT_MESSAGE)
        return Owed()
    lost = held is not None and str(job.pk) not in held.split_job_ids and job.updated_at < now - SEND_GRACE
    return Owed(split=lost)


def _splitting(job: Job, held: HeldWork | None, now: datetime, overdue: bool) -> Owed:
    if overdue:
        fail_job(job.pk, "job_timeout", TIMEOUT_MESSAGE)
        return Owed()
    lost = held is not None and not _lease_live(job, now) and str(job.pk) not in held.split_job_ids
    return Owed(split=lost)


def _processing(job: Job, held: HeldWork | None, now: datetime, overdue: bool) -> Owed:
    if overdue:
        return Owed(merge=_fail_unfinished_chunks(job.pk))
    if held is None:
        return Owed()
    sent_before = now - SEND_GRACE
    candidates = Chunk.objects.filter(job_id=job.pk).filter(
        Q(status=C.PENDING, enqueued_at__lt=sent_before)
        | Q(status=C.PENDING, enqueued_at__isnull=True)
        | Q(status=C.RUNNING, lease_expires_at__lt=now)
        | Q(status=C.RUNNING, lease_expires_at__isnull=True)
    )
    ids = [pk for pk in candidates.order_by("index").values_list("pk", flat=True) if pk not in held.chunk_ids]
    return Owed(chunk_ids=ids)


def _merging(job: Job, held: HeldWork | None, now: datetime, overdue: bool) -> Owed:
    if overdue and now > job.deadline_at + timedelta(seconds=settings.JOB_MERGE_GRACE_S):
        fail_job(job.pk, "merge_timeout", "The results could not be put together in time; nothing was charged.")
        return Owed()
    lost = held is not None and str(job.pk) not in held.merge_job_ids and job.updated_at < now - SEND_GRACE
    return Owed(merge=lost)


_BY_STATE = {S.PENDING: _pending, S.SPLITTING: _splitting, S.PROCESSING: _processing, S.MERGING: _merging}


def _fail_unfinished_chunks(job_id) -> bool:
    """Past the budget: unfinished chunks fail and the job moves on to merge what finished.

    Returns True when the job moved to merging (its merge is owed).
    """
    with transaction.atomic():
        count = move_chunks(
            Chunk.objects.filter(job_id=job_id),
            (C.PENDING, C.RUNNING),
            C.FAILED,
            error_code="job_timeout",
            error_message=TIMEOUT_MESSAGE,
            finished_at=current_time(),
            lease_expires_at=None,
        )
        if count and not count_chunk(job_id, failed=count):
            transaction.set_rollback(True)  # no longer processing
            return False
        return maybe_start_merge(job_id)


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
