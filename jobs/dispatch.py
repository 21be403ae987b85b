"""Sending work to the workers: the one module that sends messages.

A message names its actor and queue (:data:`QUEUES`) and goes to the broker
as ``Actor.send`` would send it, so nothing imports an actors module: workers
find the actors through django_dramatiq's autodiscovery
(DRAMATIQ_AUTODISCOVER_MODULES), and the sender needs none of them. Services
inside a transaction pass ``on_commit=True``: the message leaves once the rows
it names are committed, and never for a transaction rolled back. Everything
else (actors, recovery, worker boot) sends at once.

PostgreSQL is the truth about what work is owed; a message is only a nudge.
A send that fails because Redis is down is logged and dropped: the sweep
sends whatever is owed and not held once Redis is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import dramatiq
import redis
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from jobs import queues
from jobs.models import Chunk

log = logging.getLogger(__name__)

# Actor names travel in the messages: renaming one strands those already queued in Redis.
SPLIT = "split_job"
CHUNK = "process_chunk"
MERGE = "merge_job"
DELETE_UPLOAD = "delete_upload"
SWEEP = "sweep"
WATCH = "watch_job"  # received only: messages queued by an earlier release
STUDY_SET = "compute_study_set"
STUDY_SETS_SWEEP = "sweep_study_sets"

QUEUES = {
    SPLIT: queues.CHUNKS,
    CHUNK: queues.CHUNKS,
    MERGE: queues.CONTROL,
    DELETE_UPLOAD: queues.CONTROL,
    SWEEP: queues.CONTROL,
    WATCH: queues.CONTROL,
    STUDY_SET: queues.CHUNKS,
    STUDY_SETS_SWEEP: queues.CONTROL,
}

# Sent at every worker boot, and whenever a worker finds that Redis lost its data.
SWEEPS = (SWEEP, STUDY_SETS_SWEEP)

BROKER_DOWN = (redis.RedisError, dramatiq.errors.BrokerConnectionError)
MAX_DELAY_MS = 7 * 24 * 3_600_000  # Dramatiq's cap on a delayed message


def send(actor_name: str, *args, delay: int | None = None, on_commit: bool = False) -> None:
    """Send one message to ``actor_name``; with ``on_commit``, once the current transaction commits."""
    _when(lambda: _send_now(actor_name, args, delay), on_commit)


def enqueue_split(job_id, *, on_commit: bool = False) -> None:
    send(SPLIT, str(job_id), on_commit=on_commit)


def enqueue_chunks(chunk_ids: list[int], *, on_commit: bool = False) -> None:
    """Record when the chunks were sent (recovery trusts a fresh send to be on its way), then send them."""
    if chunk_ids:
        _when(lambda: _send_chunks(list(chunk_ids)), on_commit)


def enqueue_merge(job_id) -> None:
    send(MERGE, str(job_id))


def schedule_upload_deletion(job_id) -> None:
    """Delete the PDF after its retention; a longer retention, or a lost message, is left to the sweep."""
    delay_ms = settings.PDF_RETENTION_HOURS * 3_600_000
    if delay_ms < MAX_DELAY_MS:
        send(DELETE_UPLOAD, str(job_id), delay=delay_ms)


def enqueue_study_set(set_id, *, on_commit: bool = False) -> None:
    send(STUDY_SET, str(set_id), on_commit=on_commit)


def enqueue_sweeps() -> None:
    for name in SWEEPS:
        send(name)


def _when(action: Callable[[], object], on_commit: bool) -> None:
    if on_commit:
        transaction.on_commit(action)  # at once when no transaction is open
    else:
        action()


def _send_chunks(chunk_ids: list[int]) -> None:
    Chunk.objects.filter(pk__in=chunk_ids).update(enqueued_at=timezone.now())
    for chunk_id in chunk_ids:
        if not _send_now(CHUNK, (chunk_id,), None):
            return  # the rest would fail the same way


def _send_now(actor_name: str, args: tuple, delay: int | None) -> bool:
    message = dramatiq.Message(queue_name=QUEUES[actor_name], actor_name=actor_name, args=args, kwargs={}, options={})
    try:
        dramatiq.get_broker().enqueue(message, delay=delay)
    except BROKER_DOWN as exc:
        log.warning(
            "could not send %s args=%s: %s; the sweep makes up for it once Redis is back",
            actor_name,
            list(args),
            exc.__class__.__name__,
        )
        return False
    return True
