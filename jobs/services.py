"""Every change to a job, whoever asks: web, API, admin, CLI or actors."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from accounts import services as credits
from accounts.models import User
from jobs import dispatch, pricing
from jobs.engine.pdf.inspect import inspect_pdf
from jobs.engine.types import ProcessorSettings
from jobs.models import Chunk, Job
from jobs.options import parse_options
from jobs.selectors import job_find_previous, upload_storage_used

# Edits of a finished job's sentences live in their own module; entry points call them from here.
from jobs.sentence_edits import sentence_edit as sentence_edit
from jobs.sentence_edits import sentence_merge_next as sentence_merge_next
from jobs.sentence_edits import sentence_split as sentence_split
from jobs.sentence_edits import sentence_undo as sentence_undo
from jobs.states import move_chunks, move_job, set_job_status
from jobs.uploads import staged_upload
from novelproc.errors import Conflict, FileTooLarge, Throttled, UnprocessablePdf

log = logging.getLogger(__name__)
S = Job.Status


@dataclass(frozen=True)
class UploadCheck:
    filename: str
    sha256: str
    size: int
    page_count: int
    options: ProcessorSettings
    estimate: pricing.Estimate


def _inspect(staged, options: ProcessorSettings) -> pricing.Estimate:
    info = inspect_pdf(str(staged.path))
    if info.page_count > settings.PDF_MAX_PAGES:
        raise UnprocessablePdf(
            f"The PDF has {info.page_count} pages; the limit is {settings.PDF_MAX_PAGES}.",
            code="too_many_pages",
        )
    return pricing.estimate(page_count=info.page_count, words_per_page=info.sampled_words_per_page, options=options)


def job_estimate(*, owner: User, upload: UploadedFile, options: dict) -> UploadCheck:
    """Validate an upload and price it without storing anything (API dry run)."""
    parsed = parse_options(options)
    with staged_upload(upload) as staged:
        estimate = _inspect(staged, parsed)
        return UploadCheck(staged.filename, staged.sha256, staged.size, estimate.page_count, parsed, estimate)


def job_create(*, owner: User, upload: UploadedFile, options: dict, confirm: bool = True) -> Job:
    """Validate, store and estimate an upload; with ``confirm`` also reserve and enqueue.

    Without ``confirm`` the job is a draft: the web shows its pages and price
    and the user confirms with :func:`job_submit`. Nothing is stored for a
    rejected upload, and nothing is reserved until the job is submitted.
    """
    job, _ = _create(owner=owner, upload=upload, options=options, confirm=confirm, reuse_previous=False)
    return job


def job_create_or_reuse(*, owner: User, upload: UploadedFile, options: dict) -> tuple[Job, bool]:
    """Like :func:`job_create`, but the same book with the same settings, already
    completed for this user, is returned instead: nothing stored, nothing charged.

    Returns (job, reused). The upload is read once for both.
    """
    return _create(owner=owner, upload=upload, options=options, confirm=True, reuse_previous=True)


def job_draft_reuse(*, job: Job) -> Job:
    """The earlier completed job for a draft's file and settings, free, instead of the draft (deleted)."""
    previous = job_find_previous(owner=job.owner, sha256=job.sha256, settings=job.settings)
    if previous is None or job.status != S.DRAFT:  # only a draft is given up for an earlier result
        raise Conflict("There is no earlier result for this file.", code="no_previous_job")
    job_delete(job=job)
    return previous


def _create(
    *, owner: User, upload: UploadedFile, options: dict, confirm: bool, reuse_previous: bool
) -> tuple[Job, bool]:
    parsed = parse_options(options)
    if confirm and not reuse_previous:
        _check_active_cap(owner)
    with staged_upload(upload) as staged:
        if reuse_previous:
            previous = job_find_previous(owner=owner, sha256=staged.sha256, settings=parsed.as_dict())
            if previous is not None:
                return previous, True
            _check_active_cap(owner)
        _check_storage_quota(owner, staged.size)
        estimate = _inspect(staged, parsed)
        job = Job(
            owner=owner,
            status=S.DRAFT,
            settings=parsed.as_dict(),
            processor=parsed.processor,
            filename=staged.filename,
            file_size=staged.size,
            sha256=staged.sha256,
            page_count=estimate.page_count,
            credits_estimated=estimate.credits,
            credits_reserved=estimate.reserve,
            current_step="Waiting for confirmation",
        )
        if hasattr(upload, "temporary_file_path"):
            # Storage moves Django's temporary file into place instead of copying it.
            job.file.save(staged.filename, upload, save=False)
        else:
            with open(staged.path, "rb") as handle:
                job.file.save(staged.filename, File(handle), save=False)
    try:
        with transaction.atomic():
            # Counted again under the user's row lock: concurrent uploads cannot pass the quota together.
            User.objects.select_for_update().filter(pk=owner.pk).first()
            _check_storage_quota(owner, job.file_size)
            job.save()
            if confirm:
                _submit(job)
    except BaseException:
        job.file.delete(save=False)
        raise
    log.info("job created job=%s user=%s pages=%s confirm=%s", job.pk, owner.pk, job.page_count, confirm)
    return job, False


def _check_storage_quota(owner: User, incoming: int) -> None:
    quota = settings.UPLOAD_STORAGE_QUOTA_MB * 1024 * 1024
    used = upload_storage_used(owner=owner)
    if used + incoming > quota:
        raise FileTooLarge(
            f"Your uploads kept on the server take {_mb(used)} MB of your {settings.UPLOAD_STORAGE_QUOTA_MB} MB "
            f"and this file needs {_mb(incoming)} MB. Confirm or discard the uploads waiting for confirmation, "
            "or wait until the PDFs of finished jobs are deleted.",
            code="storage_quota_exceeded",
        )


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


def job_submit(*, job: Job, enqueue: bool = True) -> Job:
    """Confirm a draft: reserve its credits and start processing.

    ``enqueue=False`` is for the command line, which runs the pipeline steps
    itself in its own process.
    """
    with transaction.atomic():
        locked = Job.objects.select_for_update().filter(pk=job.pk).first()
        if locked is None:
            raise Conflict("This upload waited too long and was deleted; upload it again.", code="draft_expired")
        if locked.status != S.DRAFT:
            raise Conflict("This job has already been submitted.", code="job_not_draft")
        _submit(locked, enqueue=enqueue)
    return locked


def _submit(job: Job, *, enqueue: bool = True) -> None:
    # credits_reserve locks the user's row until this transaction ends, so
    # the cap check after it cannot race with a concurrent upload.
    credits.credits_reserve(user=job.owner, amount=job.credits_reserved, job=job, note=f"reserved for {job.filename}")
    _check_active_cap(job.owner)
    now = timezone.now()
    set_job_status(job, S.PENDING)
    job.current_step = "Queued"
    job.credits_settled = False
    job.created_at = job.created_at or now
    job.deadline_at = now + timedelta(seconds=settings.JOB_TIME_BUDGET_S)
    job.updated_at = now
    job.save()
    if enqueue:
        dispatch.enqueue_split(job.pk, on_commit=True)


def _check_active_cap(owner: User) -> None:
    active = Job.objects.filter(owner=owner, status__in=Job.ACTIVE).count()
    if active >= settings.MAX_ACTIVE_JOBS_PER_USER:
        raise Throttled(
            f"You already have {active} jobs running; wait for one to finish.",
            code="too_many_active_jobs",
            retry_after=30,
        )


def job_cancel(*, job: Job) -> Job:
    """Stop a job now: queued chunks become no-ops and no processor call starts after it.

    Never a charge for nothing: the chunks already finished are put in order
    and kept, readable and labelled with the pages they cover, and only they
    are charged; with nothing finished, nothing is charged.
    """
    now = timezone.now()
    with transaction.atomic():
        if job.status == S.DRAFT:
            job_delete(job=job)
            job.status = S.CANCELLED
            return job
        # The status swap locks the job row: a chunk finishing now either
        # committed before (and is kept) or finds the job cancelled (and keeps nothing).
        cancelled = {"current_step": "Cancelled", "finished_at": now, "updated_at": now, "lease_expires_at": None}
        if not move_job(job.pk, Job.ACTIVE, S.CANCELLED, **cancelled):
            raise Conflict("Only a job that is still running can be cancelled.", code="job_not_active")
        _keep_finished_part(job.pk)
        job_settle_credits(job_id=job.pk)
    log.info("job cancelled job=%s user=%s", job.pk, job.owner_id)
    job.refresh_from_db()
    return job


def _keep_finished_part(job_id) -> None:
    from jobs.engine.quality import merge_quality
    from jobs.pipeline.merge import order_sentences, pages_label

    chunks = list(Chunk.objects.filter(job_id=job_id).order_by("index"))
    done = [c for c in chunks if c.status == Chunk.Status.DONE]
    if not done:
        return
    stored, headings, words = order_sentences(job_id, chunks)
    covered = pages_label(done)
    Job.objects.filter(pk=job_id).update(
        sentence_count=stored - headings,
        heading_count=headings,
        output_word_count=words,
        quality=merge_quality([c.quality for c in done]),
        covered_pages=covered,
        missing_pages=pages_label([c for c in chunks if c.status != Chunk.Status.DONE]),
        current_step=f"Cancelled: pages {covered} kept",
    )


def job_cancel_preview(*, job: Job) -> dict:
    """What a cancel now would keep and charge (the web asks for confirmation with it)."""
    from jobs.pipeline.merge import pages_label

    done = list(Chunk.objects.filter(job=job, status=Chunk.Status.DONE).only("page_start", "page_end", "usage_credits"))
    used = sum(c.usage_credits for c in done) - job.credits_charged
    return {
        "kept_pages": pages_label(done),
        "charge": max(0, min(used, job.credits_reserved)),
        "release": job.credits_reserved - max(0, min(used, job.credits_reserved)),
    }


def job_settle_credits(*, job_id) -> int:
    """Charge what the job delivered (never above the reservation), release the rest.

    Delivered means readable: a completed job, or a cancelled one whose
    finished part was kept. A failed job, or a cancelled one with nothing
    finished, is charged nothing.

    Runs once per reservation: the ``credits_settled`` flag flips in the
    same transaction as the ledger lines, so a redelivered merge or a cancel
    racing a merge cannot settle twice.
    """
    with transaction.atomic():
        job = Job.objects.select_for_update().get(pk=job_id)
        if job.credits_settled:
            return 0
        delivered = job.status in (S.COMPLETED, S.COMPLETED_WITH_ERRORS) or (
            job.status == S.CANCELLED and job.piece_count > 0
        )
        used_total = Chunk.objects.filter(job=job, status=Chunk.Status.DONE).aggregate(t=Sum("usage_credits"))["t"] or 0
        used_now = max(0, used_total - job.credits_charged) if delivered else 0
        charged = credits.credits_settle(user=job.owner, reserved=job.credits_reserved, used=used_now, job=job)
        Job.objects.filter(pk=job.pk).update(
            credits_settled=True, credits_charged=job.credits_charged + charged, credits_reserved=0
        )
    return charged


def job_retry_failed(*, job: Job) -> Job:
    """Run only the failed chunks again, from what was stored; no new upload."""
    with transaction.atomic():
        locked = Job.objects.select_for_update().get(pk=job.pk)
        if locked.status not in (S.COMPLETED_WITH_ERRORS, S.FAILED):
            raise Conflict("Only a job that ended with errors can be retried.", code="nothing_to_retry")
        failed = list(locked.chunks.filter(status=Chunk.Status.FAILED))
        if not failed and locked.total_chunks:
            raise Conflict("This job has no failed chunks to retry.", code="nothing_to_retry")
        needs_split = not locked.total_chunks
        if needs_split and not locked.file:
            raise Conflict("The uploaded PDF has been deleted; upload it again.", code="file_expired")
        pages = sum(c.page_end - c.page_start + 1 for c in failed) if failed else locked.page_count
        options = ProcessorSettings.from_dict(locked.settings)
        reserve = pricing.estimate(
            page_count=pages, words_per_page=locked.source_word_count / max(locked.page_count, 1), options=options
        ).reserve
        credits.credits_reserve(user=locked.owner, amount=reserve, job=locked, note="reserved for retry")
        now = timezone.now()
        ids = [c.pk for c in failed]
        # The failed chunks read above: the job's row lock keeps every worker off them meanwhile.
        reset = {"attempts": 0, "error_code": "", "error_message": "", "lease_expires_at": None}
        move_chunks(locked.chunks.all(), Chunk.Status.FAILED, Chunk.Status.PENDING, **reset)
        set_job_status(locked, S.PENDING if needs_split else S.PROCESSING)
        locked.failed_chunks = 0
        locked.credits_reserved = reserve
        locked.credits_settled = False
        locked.error_code = locked.error_message = locked.missing_pages = ""
        locked.current_step = "Retrying failed chunks" if ids else "Queued"
        locked.finished_at = None
        locked.processing_started_at = now
        locked.deadline_at = now + timedelta(seconds=settings.JOB_TIME_BUDGET_S)
        locked.updated_at = now
        locked.save()
        if needs_split:
            dispatch.enqueue_split(locked.pk, on_commit=True)
        else:
            dispatch.enqueue_chunks(ids, on_commit=True)
    log.info("job retry job=%s chunks=%s", job.pk, len(ids))
    return locked


def job_delete(*, job: Job) -> None:
    """Remove a job, its file and its sentences; the ledger keeps its lines."""
    if job.is_active and job.status != S.DRAFT:
        job_cancel(job=job)
    job_id = job.pk
    job.file.delete(save=False)
    job.delete()
    log.info("job deleted job=%s user=%s", job_id, job.owner_id)


def job_drafts_expire() -> int:
    """Delete drafts left unconfirmed for DRAFT_RETENTION_HOURS, with their files (the periodic sweep).

    Each draft is locked and checked again, so one confirmed at the same moment is kept.
    """
    cutoff = timezone.now() - timedelta(hours=settings.DRAFT_RETENTION_HOURS)
    expired = Job.objects.filter(status=S.DRAFT, created_at__lt=cutoff).values_list("pk", flat=True)
    deleted = 0
    for job_id in list(expired[:1000]):
        with transaction.atomic():
            job = Job.objects.select_for_update().filter(pk=job_id, status=S.DRAFT).first()
            if job is None:
                continue
            job_delete(job=job)
        deleted += 1
    if deleted:
        log.info("drafts expired count=%s", deleted)
    return deleted


def job_delete_upload(*, job_id) -> bool:
    """Delete the stored PDF after the retention period; results stay."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None or not job.file or job.is_active:
        return False
    job.file.delete(save=False)
    Job.objects.filter(pk=job.pk).update(file="", file_deleted_at=timezone.now())
    log.info("upload deleted job=%s", job.pk)
    return True


def job_refund(*, job: Job, created_by: User | None = None, note: str = "") -> int:
    """Give back what a job was charged (support staff); never more than once in total."""
    from accounts.models import CreditEntry

    with transaction.atomic():
        locked = Job.objects.select_for_update().get(pk=job.pk)
        refunded = (
            CreditEntry.objects.filter(job=locked, kind=CreditEntry.Kind.REFUND).aggregate(t=Sum("amount"))["t"] or 0
        )
        amount = locked.credits_charged - refunded
        if amount <= 0:
            raise Conflict("This job has nothing left to refund.", code="nothing_to_refund")
        credits.credits_refund(
            user=locked.owner, amount=amount, job=locked, note=note or "refunded by support", created_by=created_by
        )
    log.info("job refunded job=%s amount=%s", job.pk, amount)
    return amount


def job_nudge(*, job: Job) -> int:
    """Bring one job home now (support staff): send what it is owed, end it if overdue."""
    from jobs.pipeline.recovery import recover_jobs

    return recover_jobs([job.pk])
