"""merge_job: order check, final status and settlement in one transaction."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Count, F, IntegerField, Q, Sum, Value, When

from jobs.job_quality import merge_quality
from jobs.models import Chunk, Job, Sentence
from jobs.pipeline.state import C, S, current_time, move
from jobs.services import job_settle_credits
from novelproc.errors import ProcessingError

log = logging.getLogger(__name__)


def merge_job(job_id) -> None:
    job = Job.objects.filter(pk=job_id, status=S.MERGING).first()
    if job is None:
        return
    chunks = list(
        job.chunks.order_by("index").only(
            "index", "status", "sentence_count", "page_start", "page_end", "quality", "error_message"
        )
    )
    # Each done chunk's sentences follow those of the chunks before it.
    offsets: list[When] = []
    offset = 0
    for chunk in chunks:
        if chunk.status == C.DONE and chunk.sentence_count:
            offsets.append(When(chunk_index=chunk.index, then=Value(offset + 1)))
            offset += chunk.sentence_count
    with transaction.atomic():
        if offsets:
            Sentence.objects.filter(job_id=job_id).update(
                position=F("chunk_position") + Case(*offsets, output_field=IntegerField())
            )
        totals = Sentence.objects.filter(job_id=job_id).aggregate(
            stored=Count("pk"), headings=Count("pk", filter=Q(kind=Sentence.Kind.HEADING)), words=Sum("word_count")
        )
        stored = totals["stored"]
        if stored != offset:
            raise ProcessingError(
                f"Merge found {stored} sentences where the chunks reported {offset}.", code="merge_mismatch"
            )
        failed = [c for c in chunks if c.status == C.FAILED]
        status, message, missing = _final_status(chunks, failed)
        moved = move(
            job_id,
            S.MERGING,
            status,
            sentence_count=stored - totals["headings"],
            heading_count=totals["headings"],
            output_word_count=totals["words"] or 0,
            quality=merge_quality([c.quality for c in chunks if c.status == C.DONE]),
            missing_pages=missing,
            error_code="chunks_failed" if failed else "",
            error_message=message,
            progress_percent=100,
            finished_at=current_time(),
            current_step=status.replace("_", " ").capitalize(),
            file_delete_after=current_time() + timedelta(hours=settings.PDF_RETENTION_HOURS),
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
