"""split_job: read the PDF once, plan chunks whose edges fall between sentences."""

from __future__ import annotations

import logging

from django.db import transaction

from jobs.chunking import plan_chunks
from jobs.models import Chunk, Job
from jobs.pipeline import book
from jobs.pipeline.state import SPLIT_PERCENT, S, current_time, fail_job, move
from jobs.processors.base import count_words
from jobs.storage import STORAGE_UNAVAILABLE
from novelproc.errors import ProcessingError, TransientError

log = logging.getLogger(__name__)


def split_job(job_id) -> list[int]:
    """Read the PDF and plan chunks; returns the chunk ids to enqueue."""
    now = current_time()
    if not move(job_id, S.PENDING, S.SPLITTING, started_at=now, current_step="Reading the PDF"):
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
        moved = move(
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
