"""merge_results: order check, final status and settlement in one transaction."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Count, F, IntegerField, Q, Sum, Value, When

from jobs.engine.quality import merge_quality
from jobs.models import Chunk, Job, Sentence
from jobs.pipeline.common import current_time
from jobs.services import job_settle_credits
from jobs.states import C, S, move_job
from novelproc.errors import ProcessingError

log = logging.getLogger(__name__)


def merge_results(job_id) -> bool:
    """Order, check, end and settle the job; returns True when this call ended it."""
    with transaction.atomic():
        # The row lock comes first: a cancel or a second delivery of this
        # message waits for the merge, then finds the job ended.
        job = Job.objects.select_for_update().filter(pk=job_id, status=S.MERGING).first()
        if job is None:
            return False
        chunks = list(
            job.chunks.order_by("index").only(
                "index", "status", "sentence_count", "page_start", "page_end", "quality", "error_message"
            )
        )
        stored, headings, words = order_sentences(job_id, chunks)
        failed = [c for c in chunks if c.status == C.FAILED]
        status, message, missing = _final_status(chunks, failed)
        moved = move_job(
            job_id,
            S.MERGING,
            status,
            sentence_count=stored - headings,
            heading_count=headings,
            output_word_count=words,
            quality=merge_quality([c.quality for c in chunks if c.status == C.DONE]),
            missing_pages=missing,
            error_code="chunks_failed" if failed else "",
            error_message=message,
            progress_percent=100,
            finished_at=current_time(),
            current_step=status.replace("_", " ").capitalize(),
            lease_expires_at=None,
            file_delete_after=current_time() + timedelta(hours=settings.PDF_RETENTION_HOURS),
        )
        if not moved:
            transaction.set_rollback(True)
            return False
        # Same transaction as the final status: a job is never "completed"
        # with its reservation still held, whatever happens to this worker.
        job_settle_credits(job_id=job_id)
    log.info("job merged job=%s status=%s sentences=%s", job_id, status, stored)
    return True


def order_sentences(job_id, chunks: list[Chunk]) -> tuple[int, int, int]:
    """Number the rows of the done chunks 1..N in book order; returns (rows, headings among them, words).

    Runs inside the caller's transaction (the merge, or a cancel keeping the finished part).
    """
    # Each done chunk's sentences follow those of the chunks before it.
    offsets: list[When] = []
    offset = 0
    for chunk in chunks:
        if chunk.status == C.DONE and chunk.sentence_count:
            offsets.append(When(chunk_index=chunk.index, then=Value(offset + 1)))
            offset += chunk.sentence_count
    if offsets:
        Sentence.objects.filter(job_id=job_id).update(
            position=F("chunk_position") + Case(*offsets, output_field=IntegerField())
        )
    totals = Sentence.objects.filter(job_id=job_id).aggregate(
        stored=Count("pk"), headings=Count("pk", filter=Q(kind=Sentence.Kind.HEADING)), words=Sum("word_count")
    )
    if totals["stored"] != offset:
        raise ProcessingError(
            f"Merge found {totals['stored']} sentences where the chunks reported {offset}.", code="merge_mismatch"
        )
    return offset, totals["headings"], totals["words"] or 0


def pages_label(chunks: list[Chunk]) -> str:
    """The pages a set of chunks covers, adjacent chunks joined: "1-45, 61-75"."""
    spans: list[list[int]] = []
    for chunk in sorted(chunks, key=lambda c: c.page_start):
        if spans and chunk.page_start <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], chunk.page_end)
        else:
            spans.append([chunk.page_start, chunk.page_end])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _final_status(chunks: list[Chunk], failed: list[Chunk]) -> tuple[str, str, str]:
    if not failed:
        return S.COMPLETED, "", ""
    missing = ", ".join(c.pages_label for c in failed)
    reason = failed[0].error_message
    if len(failed) == len(chunks):
        return S.FAILED, f"Every chunk failed: {reason}", missing
    return S.COMPLETED_WITH_ERRORS, f"Pages {missing} could not be processed: {reason}", missing
