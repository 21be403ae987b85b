"""run_chunk: one chunk through the processor, counted once on the job row."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Least

from jobs import pricing
from jobs.engine.processors.local import FLAG_HEADING
from jobs.engine.processors.terms import stored as stored_terms
from jobs.engine.quality import chunk_quality
from jobs.engine.types import ProcessorSettings, SourceSentence
from jobs.models import Chunk, Job, Sentence
from jobs.pipeline.common import MERGE_PERCENT, SPLIT_PERCENT, current_time
from jobs.pipeline.lease import lease_until, renewing
from jobs.pipeline.processors import get_processor
from jobs.ratelimit import RetryLater
from jobs.states import C, S, move_chunks, move_job
from novelproc.errors import ProcessingError, TransientError

log = logging.getLogger(__name__)


def claim_chunk(chunk_id) -> Chunk | None:
    """Take a chunk for processing: counts the attempt on the row (our truth)."""
    now = current_time()
    lease = lease_until(now)
    claimable = Q(status=C.PENDING) | Q(status=C.RUNNING, lease_expires_at__lt=now)
    claimed = move_chunks(
        Chunk.objects.filter(claimable, pk=chunk_id, job__status=S.PROCESSING),
        (C.PENDING, C.RUNNING),
        C.RUNNING,
        attempts=F("attempts") + 1,
        lease_expires_at=lease,
        started_at=now,
    )
    if not claimed:
        return None
    return Chunk.objects.select_related("job").get(pk=chunk_id)


def run_chunk(chunk_id) -> bool:
    """Run the processor on one chunk; returns True when this call finished the last chunk."""
    chunk = claim_chunk(chunk_id)
    if chunk is None:
        return False
    job = chunk.job
    if chunk.attempts > settings.CHUNK_MAX_ATTEMPTS:
        return _finish_chunk_failed(chunk, "too_many_attempts", f"Gave up after {chunk.attempts - 1} attempts.")
    options = ProcessorSettings.from_dict(job.settings)
    sources = [SourceSentence.from_dict(d) for d in chunk.sources]
    if not Job.objects.filter(pk=job.pk, status=S.PROCESSING).exists():
        return False  # cancelled after the claim: no processor call starts
    try:
        held = Chunk.objects.filter(pk=chunk.pk, status=C.RUNNING, attempts=chunk.attempts)
        with renewing(held):
            result = get_processor(options.processor).process(sources, context=chunk.context, settings=options)
    except TransientError as exc:
        # Hand the chunk back so the retried message can claim it again.
        move_chunks(
            Chunk.objects.filter(pk=chunk.pk),
            C.RUNNING,
            C.PENDING,
            lease_expires_at=None,
            error_code=exc.code,
            error_message=exc.message,
        )
        if chunk.attempts >= settings.CHUNK_MAX_ATTEMPTS:
            return _finish_chunk_failed(chunk, exc.code, exc.message, from_status=C.PENDING)
        if exc.retry_after and not isinstance(exc, RetryLater):
            raise RetryLater.after(exc) from exc  # so Dramatiq waits the API's Retry-After
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
            kind=Sentence.Kind.HEADING if FLAG_HEADING in out.flags else Sentence.Kind.SENTENCE,
            stands_alone=out.stands_alone,
            lemmas=stored_terms(out.lemmas),
        )
        for i, out in enumerate(result.sentences)
    ]
    with transaction.atomic():
        done = move_chunks(
            Chunk.objects.filter(pk=chunk.pk),
            C.RUNNING,
            C.DONE,
            finished_at=current_time(),
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
        if not count_chunk(job.pk, completed=1):
            transaction.set_rollback(True)  # cancelled meanwhile: keep nothing
            return False
        Sentence.objects.bulk_create(rows, batch_size=1000)
        last = maybe_start_merge(job.pk)
    log.info("chunk done job=%s chunk=%s sentences=%s attempt=%s", job.pk, chunk.index, len(rows), chunk.attempts)
    return last


def count_chunk(job_id, *, completed: int = 0, failed: int = 0) -> bool:
    """Count a finished chunk on the job row with one conditional UPDATE."""
    total = F("total_chunks")
    done = F("completed_chunks") + F("failed_chunks") + completed + failed
    span = 100 - SPLIT_PERCENT - MERGE_PERCENT
    return bool(
        Job.objects.filter(pk=job_id, status=S.PROCESSING).update(
            completed_chunks=F("completed_chunks") + completed,
            failed_chunks=F("failed_chunks") + failed,
            progress_percent=Least(SPLIT_PERCENT + done * span / total, 100 - MERGE_PERCENT),
            updated_at=current_time(),
        )
    )


def maybe_start_merge(job_id) -> bool:
    """Whoever counts the last chunk moves the job to merging (one winner), and sends the merge.

    Sending is the caller's part, after the commit; if that message is lost,
    the sweep sends another (jobs.pipeline.recovery).
    """
    job = Job.objects.only("total_chunks", "completed_chunks", "failed_chunks").get(pk=job_id)
    if job.completed_chunks + job.failed_chunks < job.total_chunks:
        return False
    return move_job(job_id, S.PROCESSING, S.MERGING, merge_started_at=current_time(), current_step="Merging")


def _finish_chunk_failed(chunk: Chunk, code: str, message: str, *, from_status: str = C.RUNNING) -> bool:
    with transaction.atomic():
        failed = move_chunks(
            Chunk.objects.filter(pk=chunk.pk),
            from_status,
            C.FAILED,
            finished_at=current_time(),
            lease_expires_at=None,
            error_code=code,
            error_message=message[:2000],
        )
        if not failed or not count_chunk(chunk.job_id, failed=1):
            transaction.set_rollback(True)
            return False
        last = maybe_start_merge(chunk.job_id)
    log.warning("chunk failed job=%s chunk=%s code=%s", chunk.job_id, chunk.index, code)
    return last
