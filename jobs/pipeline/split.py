"""split_book: read the PDF once, plan chunks whose edges fall between sentences."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Q

from jobs.engine.chunking import plan_chunks
from jobs.engine.types import count_words
from jobs.models import Chunk, Job
from jobs.pipeline import book
from jobs.pipeline.common import SPLIT_PERCENT, current_time, fail_job
from jobs.pipeline.lease import lease_until, renewing
from jobs.states import S, move_job
from jobs.storage import STORAGE_UNAVAILABLE
from novelproc.errors import ProcessingError, TransientError

log = logging.getLogger(__name__)


def claim_split(job_id) -> bool:
    """Take the job for splitting: a pending job, or one whose splitter's lease ran out."""
    now = current_time()
    fields = {"started_at": now, "current_step": "Reading the PDF", "lease_expires_at": lease_until(now)}
    if move_job(job_id, S.PENDING, S.SPLITTING, **fields):
        return True
    expired = Q(lease_expires_at__isnull=True) | Q(lease_expires_at__lt=now)
    return bool(Job.objects.filter(expired, pk=job_id, status=S.SPLITTING).update(lease_expires_at=lease_until(now)))


def split_book(job_id) -> list[int]:
    """Read the PDF and plan chunks; returns the chunk ids to send."""
    if not claim_split(job_id):
        return []  # cancelled, split already, or being split by a live worker
    job = Job.objects.get(pk=job_id)
    if job.chunks.exists():  # redelivered after the chunks were written
        return []
    try:
        with renewing(Job.objects.filter(pk=job_id, status=S.SPLITTING)):
            return _split(job)
    except TransientError:
        # Let go so the retried message can take the job again at once.
        Job.objects.filter(pk=job_id, status=S.SPLITTING).update(lease_expires_at=None)
        raise


def _split(job: Job) -> list[int]:
    job_id = job.pk
    try:
        if not job.file:
            raise ProcessingError("The uploaded PDF is no longer stored.", code="file_expired")
        try:
            with book.local_copy(job.file) as path:
                page_count, sources = book.read_book(path)
        except FileNotFoundError:
            raise ProcessingError("The uploaded PDF is missing from storage.", code="file_missing") from None
        except STORAGE_UNAVAILABLE as exc:  # the store is unreachable: worth another try
            raise TransientError(f"Could not read the uploaded PDF: {exc}", code="storage_unavailable") from exc
        if not any(not s.is_heading for s in sources):
            raise ProcessingError(
                "This PDF has no text layer (it looks scanned), so there is nothing to read.", code="pdf_no_text"
            )
    except TransientError:
        raise  # the actor retries it; the job stays in splitting
    except ProcessingError as exc:
        fail_job(job_id, exc.code, exc.message)
        return []
    planned = plan_chunks(sources, page_count=page_count, sizes=book.chunk_sizes())
    with transaction.atomic():
        # The status swap comes first: it locks the job row, so of two
        # deliveries splitting at once only one writes chunks.
        moved = move_job(
            job_id,
            S.SPLITTING,
            S.PROCESSING,
            page_count=page_count,
            total_chunks=len(planned),
            source_sentence_count=len(sources),
            source_word_count=sum(count_words(s.text) for s in sources if not s.is_heading),
            progress_percent=SPLIT_PERCENT,
            processing_started_at=current_time(),
            current_step=f"Split into {len(planned)} chunks",
            lease_expires_at=None,
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
                enqueued_at=current_time(),
            )
            for p in planned
        )
    log.info("job split job=%s pages=%s sentences=%s chunks=%s", job_id, page_count, len(sources), len(planned))
    return list(Chunk.objects.filter(job_id=job_id).order_by("index").values_list("pk", flat=True))
