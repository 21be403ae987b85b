"""The work the actors do: split a book, process a chunk, merge, watch.

Every step is a compare-and-swap on the job or chunk row, checked by row
count, so a message delivered twice, or redelivered after its worker was
killed, changes nothing the second time.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, Sum
from django.db.models.functions import Least
from django.utils import timezone

from jobs import pricing
from jobs.chunking import ChunkSizes, plan_chunks
from jobs.job_quality import chunk_quality, merge_quality
from jobs.models import Chunk, Job, Sentence
from jobs.pdf.clean import clean_pages
from jobs.pdf.extract import extract_pages
from jobs.processors.base import ProcessorSettings, SourceSentence, count_words
from jobs.processors.registry import get_processor
from jobs.services import job_settle_credits
from jobs.text.segment import segment_book
from novelproc.errors import ProcessingError, TransientError

log = logging.getLogger(__name__)
S = Job.Status
C = Chunk.Status

# Share of the progress bar given to each phase.
SPLIT_PERCENT = 5
MERGE_PERCENT = 3


def _now():
    return timezone.now()


def _move(job_id, old: tuple[str, ...] | str, new: str, **fields) -> bool:
    old = (old,) if isinstance(old, str) else old
    return bool(Job.objects.filter(pk=job_id, status__in=old).update(status=new, updated_at=_now(), **fields))


# --- split -----------------------------------------------------------------


@contextmanager
def local_copy(field) -> Iterator[str]:
    """A path to the stored file on this machine, cleaned up afterwards."""
    scratch = tempfile.mkdtemp(prefix="novelproc-split-")
    try:
        target = os.path.join(scratch, "book.pdf")
        with field.storage.open(field.name, "rb") as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
        yield target
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def read_book(path: str) -> tuple[int, list[SourceSentence]]:
    """PDF to ordered source sentences; pure, shared with the CLI and benches."""
    raw = extract_pages(path, timeout_s=settings.PDF_EXTRACT_TIMEOUT_S, memory_mb=settings.PDF_EXTRACT_MEMORY_MB)
    clean = clean_pages(raw)
    return len(raw), segment_book((p.number, p.text, p.headings) for p in clean)


def chunk_sizes() -> ChunkSizes:
    return ChunkSizes(
        small_book_pages=settings.CHUNK_PAGES_SMALL_BOOK,
        medium_book_pages=settings.CHUNK_PAGES_MEDIUM_BOOK,
        medium_chunk_pages=settings.CHUNK_PAGES_MEDIUM,
        large_chunk_pages=settings.CHUNK_PAGES_LARGE,
    )


def split_job(job_id) -> list[int]:
    """Read the PDF and plan chunks; returns the chunk ids to enqueue."""
    now = _now()
    if not _move(job_id, S.PENDING, S.SPLITTING, started_at=now, current_step="Reading the PDF"):
        job = Job.objects.filter(pk=job_id).only("status").first()
        if job is None or job.status != S.SPLITTING:
            return []  # cancelled, or already split by an earlier delivery
    job = Job.objects.get(pk=job_id)
    if job.chunks.exists():  # redelivered after the chunks were written
        return []
    try:
        if not job.file:
            raise ProcessingError("The uploaded PDF is no longer stored.", code="file_expired")
        try:
            with local_copy(job.file) as path:
                page_count, sources = read_book(path)
        except FileNotFoundError:
            raise ProcessingError("The uploaded PDF is missing from storage.", code="file_missing") from None
        except OSError as exc:  # storage unreachable: worth another try
            raise TransientError(f"Could not read the uploaded PDF: {exc}", code="storage_unavailable") from exc
        if not any(not s.is_heading for s in sources):
            raise ProcessingError(
                "This PDF has no text layer (it looks scanned), so there is nothing to read.", code="pdf_no_text"
            )
    except ProcessingError as exc:
        _fail_job(job_id, exc.code, exc.message)
        return []
    planned = plan_chunks(sources, page_count=page_count, sizes=chunk_sizes())
    with transaction.atomic():
        # The status swap comes first: it locks the job row, so of two
        # deliveries splitting at once only one writes chunks.
        moved = _move(
            job_id,
            S.SPLITTING,
            S.PROCESSING,
            page_count=page_count,
            total_chunks=len(planned),
            source_sentence_count=len(sources),
            source_word_count=sum(count_words(s.text) for s in sources if not s.is_heading),
            progress_percent=SPLIT_PERCENT,
            processing_started_at=_now(),
            current_step=f"Split into {len(planned)} chunks",
        )
        if not moved:  # cancelled while we were reading, or split by another delivery
            return []
        Chunk.objects.bulk_create(
            Chunk(
                job_id=job_id,
                index=p.index,
                page_start=p.page_start,
                page_end=p.page_end,
                sources=[s.as_dict() for s in p.sources],
                context=p.context,
                enqueued_at=_now(),
            )
            for p in planned
        )
    log.info("job split job=%s pages=%s sentences=%s chunks=%s", job_id, page_count, len(sources), len(planned))
    return list(Chunk.objects.filter(job_id=job_id).order_by("index").values_list("pk", flat=True))


def _fail_job(job_id, code: str, message: str) -> None:
    with transaction.atomic():
        if not _move(
            job_id,
            (S.PENDING, S.SPLITTING, S.PROCESSING, S.MERGING),
            S.FAILED,
            error_code=code,
            error_message=message,
            finished_at=_now(),
            current_step="Failed",
        ):
            return
        job_settle_credits(job_id=job_id)
        log.warning("job failed job=%s code=%s", job_id, code)


# --- process a chunk ---------------------------------------------------------


def claim_chunk(chunk_id) -> Chunk | None:
    """Take a chunk for processing: counts the attempt on the row (our truth)."""
    now = _now()
    lease = now + timedelta(seconds=settings.CHUNK_LEASE_S)
    claimable = Q(status=C.PENDING) | Q(status=C.RUNNING, lease_expires_at__lt=now)
    claimed = Chunk.objects.filter(claimable, pk=chunk_id, job__status=S.PROCESSING).update(
        status=C.RUNNING, attempts=F("attempts") + 1, lease_expires_at=lease, started_at=now
    )
    if not claimed:
        return None
    return Chunk.objects.select_related("job").get(pk=chunk_id)


def process_chunk(chunk_id, *, is_cancelled: Callable[[], bool] | None = None) -> bool:
    """Run the processor on one chunk; returns True when this call finished the last chunk."""
    chunk = claim_chunk(chunk_id)
    if chunk is None:
        return False
    job = chunk.job
    if chunk.attempts > settings.CHUNK_MAX_ATTEMPTS:
        return _finish_chunk_failed(chunk, "too_many_attempts", f"Gave up after {chunk.attempts - 1} attempts.")
    options = ProcessorSettings.from_dict(job.settings)
    sources = [SourceSentence.from_dict(d) for d in chunk.sources]
    if Job.objects.filter(pk=job.pk, status=S.PROCESSING).count() == 0:
        return False  # cancelled after the claim: no processor call starts
    try:
        result = get_processor(options.processor).process(sources, context=chunk.context, settings=options)
    except TransientError as exc:
        # Hand the chunk back so the retried message can claim it again.
        Chunk.objects.filter(pk=chunk.pk, status=C.RUNNING).update(
            status=C.PENDING, lease_expires_at=None, error_code=exc.code, error_message=exc.message
        )
        if chunk.attempts >= settings.CHUNK_MAX_ATTEMPTS:
            return _finish_chunk_failed(chunk, exc.code, exc.message, from_status=C.PENDING)
        raise
    except ProcessingError as exc:
        return _finish_chunk_failed(chunk, exc.code, exc.message)
    except Exception as exc:
        log.exception("chunk crashed job=%s chunk=%s", job.pk, chunk.pk)
        return _finish_chunk_failed(chunk, "internal_error", f"Unexpected error: {exc.__class__.__name__}")

    quality = chunk_quality(sources, result.sentences, options)
    usage_credits = pricing.chunk_usage_credits(
        processor=options.processor,
        tier=options.tier,
        pages=chunk.page_end - chunk.page_start + 1,
        usage=result.usage,
    )
    rows = [
        Sentence(
            job_id=job.pk,
            chunk_index=chunk.index,
            chunk_position=i,
            text=out.text,
            chapter=sources[out.source_index].chapter[:255],
            page=sources[out.source_index].page,
            source_index=out.source_index,
            source_text=sources[out.source_index].text,
            word_count=min(out.word_count, 32767),
            flags=list(out.flags),
        )
        for i, out in enumerate(result.sentences)
    ]
    with transaction.atomic():
        done = Chunk.objects.filter(pk=chunk.pk, status=C.RUNNING).update(
            status=C.DONE,
            finished_at=_now(),
            lease_expires_at=None,
            sentence_count=len(rows),
            usage_credits=usage_credits,
            input_tokens=result.usage.input_tokens,
            output_tokens=result.usage.output_tokens,
            quality=quality,
            error_code="",
            error_message="",
        )
        if not done:
            return False  # another delivery finished it first
        if not _count_chunk(job.pk, completed=1):
            transaction.set_rollback(True)  # cancelled meanwhile: keep nothing
            return False
        Sentence.objects.bulk_create(rows, batch_size=1000)
        last = _maybe_start_merge(job.pk)
    log.info("chunk done job=%s chunk=%s sentences=%s attempt=%s", job.pk, chunk.index, len(rows), chunk.attempts)
    return last


def _count_chunk(job_id, *, completed: int = 0, failed: int = 0) -> bool:
    """Count a finished chunk on the job row with one conditional UPDATE."""
    total = F("total_chunks")
    done = F("completed_chunks") + F("failed_chunks") + completed + failed
    span = 100 - SPLIT_PERCENT - MERGE_PERCENT
    return bool(
        Job.objects.filter(pk=job_id, status=S.PROCESSING).update(
            completed_chunks=F("completed_chunks") + completed,
            failed_chunks=F("failed_chunks") + failed,
            progress_percent=Least(SPLIT_PERCENT + done * span / total, 100 - MERGE_PERCENT),
            updated_at=_now(),
        )
    )


def _maybe_start_merge(job_id) -> bool:
    """Whoever counts the last chunk moves the job to merging (one winner)."""
    job = Job.objects.only("total_chunks", "completed_chunks", "failed_chunks").get(pk=job_id)
    if job.completed_chunks + job.failed_chunks < job.total_chunks:
        return False
    if not _move(job_id, S.PROCESSING, S.MERGING, merge_started_at=_now(), current_step="Merging"):
        return False
    from jobs.actors import enqueue_merge

    transaction.on_commit(lambda: enqueue_merge(job_id))
    return True


def _finish_chunk_failed(chunk: Chunk, code: str, message: str, *, from_status: str = C.RUNNING) -> bool:
    with transaction.atomic():
        failed = Chunk.objects.filter(pk=chunk.pk, status=from_status).update(
            status=C.FAILED, finished_at=_now(), lease_expires_at=None, error_code=code, error_message=message[:2000]
        )
        if not failed or not _count_chunk(chunk.job_id, failed=1):
            transaction.set_rollback(True)
            return False
        last = _maybe_start_merge(chunk.job_id)
    log.warning("chunk failed job=%s chunk=%s code=%s", chunk.job_id, chunk.index, code)
    return last


# --- merge -----------------------------------------------------------------


def merge_job(job_id) -> None:
    job = Job.objects.filter(pk=job_id, status=S.MERGING).first()
    if job is None:
        return
    chunks = list(
        job.chunks.order_by("index").only(
            "index", "status", "sentence_count", "page_start", "page_end", "quality", "error_message"
        )
    )
    offset = 0
    with transaction.atomic():
        for chunk in chunks:
            if chunk.status == C.DONE and chunk.sentence_count:
                Sentence.objects.filter(job_id=job_id, chunk_index=chunk.index).update(
                    position=F("chunk_position") + offset + 1
                )
                offset += chunk.sentence_count
        stored = Sentence.objects.filter(job_id=job_id).count()
        if stored != offset:
            raise ProcessingError(
                f"Merge found {stored} sentences where the chunks reported {offset}.", code="merge_mismatch"
            )
        failed = [c for c in chunks if c.status == C.FAILED]
        status, message, missing = _final_status(chunks, failed)
        totals = Sentence.objects.filter(job_id=job_id).aggregate(words=Sum("word_count"))
        moved = _move(
            job_id,
            S.MERGING,
            status,
            sentence_count=stored,
            output_word_count=totals["words"] or 0,
            quality=merge_quality([c.quality for c in chunks if c.status == C.DONE]),
            missing_pages=missing,
            error_code="chunks_failed" if failed else "",
            error_message=message,
            progress_percent=100,
            finished_at=_now(),
            current_step=status.replace("_", " ").capitalize(),
            file_delete_after=_now() + timedelta(hours=settings.PDF_RETENTION_HOURS),
        )
        if not moved:
            transaction.set_rollback(True)
            return
        # Same transaction as the final status: a job is never "completed"
        # with its reservation still held, whatever happens to this worker.
        job_settle_credits(job_id=job_id)
    from jobs.actors import schedule_upload_deletion

    schedule_upload_deletion(job_id)
    log.info("job merged job=%s status=%s sentences=%s", job_id, status, stored)


def _final_status(chunks: list[Chunk], failed: list[Chunk]) -> tuple[str, str, str]:
    if not failed:
        return S.COMPLETED, "", ""
    missing = ", ".join(c.pages_label for c in failed)
    reason = failed[0].error_message
    if len(failed) == len(chunks):
        return S.FAILED, f"Every chunk failed: {reason}", missing
    return S.COMPLETED_WITH_ERRORS, f"Pages {missing} could not be processed: {reason}", missing


# --- watchdog --------------------------------------------------------------


def watchdog(job_id) -> tuple[bool, list[int]]:
    """Bring a job home: re-enqueue lost work, fail it past its budget.

    Returns (keep watching, chunk ids to enqueue again).
    """
    job = Job.objects.filter(pk=job_id).first()
    if job is None or job.is_final or job.status == S.DRAFT:
        return False, []
    now = _now()
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
        count = open_chunks.update(status=C.FAILED, error_code="job_timeout", error_message=message, finished_at=_now())
        if job.status != S.PROCESSING or not job.total_chunks:
            transaction.set_rollback(True)
        elif count:
            _count_chunk(job.pk, failed=count)
            _maybe_start_merge(job.pk)
    if job.status in (S.PENDING, S.SPLITTING):
        _fail_job(job.pk, "job_timeout", message)


def active_job_ids() -> list:
    return list(Job.objects.filter(status__in=Job.ACTIVE).values_list("pk", flat=True))


def unsettled_final_job_ids() -> list:
    """Ended jobs whose credits were never settled (a safety net: settling shares the final transaction)."""
    return list(Job.objects.filter(status__in=Job.FINAL, credits_settled=False).values_list("pk", flat=True)[:500])


def uploads_due_for_deletion() -> list:
    return list(
        Job.objects.filter(file_delete_after__lt=_now(), file_deleted_at__isnull=True)
        .exclude(file="")
        .values_list("pk", flat=True)[:500]
    )
