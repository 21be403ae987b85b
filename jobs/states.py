"""A job's and a chunk's states, and every move between them, in one table each.

    draft ──> pending ──> splitting ──> processing ──> merging ──> completed, completed_with_errors or failed
    pending, splitting, processing, merging ──> failed (fail_job) or cancelled (job_cancel)
    failed, completed_with_errors ──> processing (job_retry_failed; a job failed before its split: pending)

A draft is never moved to an end: cancelling it, or leaving it unconfirmed
past DRAFT_RETENTION_HOURS, deletes it. What "stuck" means in each active
state and what brings the job home is jobs.pipeline.recovery's table.

Every status change goes through :func:`move_job`, :func:`move_chunks` (a
compare-and-swap UPDATE: its row count says whether the move happened) or,
for a job row the caller holds locked and saves, :func:`set_job_status`. A
move missing from the tables raises :class:`TransitionNotAllowed`, so the
tables are the whole state machine.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone

from jobs.models import Chunk, Job

S = Job.Status
C = Chunk.Status

# (from, to): what makes the move.
JOB_TRANSITIONS: dict[tuple[str, str], str] = {
    (S.DRAFT, S.PENDING): "job_submit: credits reserved, the split sent",
    (S.PENDING, S.SPLITTING): "a worker claims the split",
    (S.SPLITTING, S.PROCESSING): "the book is read and its chunks written",
    (S.PROCESSING, S.MERGING): "the last chunk is counted, done or failed (or the deadline failed the rest)",
    (S.MERGING, S.COMPLETED): "the merge: every chunk done",
    (S.MERGING, S.COMPLETED_WITH_ERRORS): "the merge: some chunks failed, the pages they cover named",
    (S.MERGING, S.FAILED): "the merge: every chunk failed, the count does not match, or its grace ran out",
    (S.PENDING, S.FAILED): "fail_job: past the deadline",
    (S.SPLITTING, S.FAILED): "fail_job: the PDF cannot be read, or past the deadline",
    (S.PROCESSING, S.FAILED): "fail_job",
    (S.PENDING, S.CANCELLED): "job_cancel",
    (S.SPLITTING, S.CANCELLED): "job_cancel",
    (S.PROCESSING, S.CANCELLED): "job_cancel: the finished chunks kept and charged",
    (S.MERGING, S.CANCELLED): "job_cancel",
    (S.FAILED, S.PENDING): "job_retry_failed: never split, so split again",
    (S.FAILED, S.PROCESSING): "job_retry_failed: the failed chunks again",
    (S.COMPLETED_WITH_ERRORS, S.PROCESSING): "job_retry_failed: the failed chunks again",
}

CHUNK_TRANSITIONS: dict[tuple[str, str], str] = {
    (C.PENDING, C.RUNNING): "a worker claims it (the attempt is counted on the row)",
    (C.RUNNING, C.RUNNING): "another worker takes it over once the holder's lease ran out",
    (C.RUNNING, C.PENDING): "a transient error hands it back to the retried message",
    (C.RUNNING, C.DONE): "its sentences stored, in the transaction that counts it",
    (C.RUNNING, C.FAILED): "a processing error, too many attempts, or the job's deadline",
    (C.PENDING, C.FAILED): "the last attempt's transient error, or the job's deadline",
    (C.FAILED, C.PENDING): "job_retry_failed",
}


class TransitionNotAllowed(RuntimeError):
    """A move the tables above do not hold: a bug in the caller, never a user's error."""


def _allowed(table: dict[tuple[str, str], str], old: Iterable[str] | str, new: str, what: str) -> tuple[str, ...]:
    old = (old,) if isinstance(old, str) else tuple(old)
    missing = [o for o in old if (o, new) not in table]
    if missing:
        raise TransitionNotAllowed(f"a {what} cannot move from {', '.join(missing)} to {new}")
    return old


def move_job(job_id, old: Iterable[str] | str, new: str, **fields) -> bool:
    """Move the job to ``new`` if it is in one of ``old``; True when this call moved it."""
    old = _allowed(JOB_TRANSITIONS, old, new, "job")
    fields = {"updated_at": timezone.now(), **fields}
    return bool(Job.objects.filter(pk=job_id, status__in=old).update(status=new, **fields))


def set_job_status(job: Job, new: str) -> None:
    """Move a job whose row the caller holds locked (select_for_update) and saves itself."""
    _allowed(JOB_TRANSITIONS, job.status, new, "job")
    job.status = new


def move_chunks(rows: QuerySet[Chunk], old: Iterable[str] | str, new: str, **fields) -> int:
    """Move the chunks of ``rows`` that are in one of ``old`` to ``new``; returns how many moved."""
    old = _allowed(CHUNK_TRANSITIONS, old, new, "chunk")
    return rows.filter(status__in=old).update(status=new, **fields)
