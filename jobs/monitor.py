"""What Redis holds of our work: queue depths, live workers, messages on their way, dead letters.

Reads Dramatiq's own Redis keys (``<queue>`` lists of message ids, their
bodies in ``<queue>.msgs``, each consumer's fetched-but-unacked ids in
``__acks__.<worker>.<queue>``, dead letters in ``<queue>.XQ``), plus one key
of our own: worker processes write their id and the time into
``__novelproc_workers__`` every few seconds (jobs.middleware.WorkerRegistry).
Dramatiq's ``__heartbeats__`` cannot serve for that: every process that
sends a message (web, scheduler) is listed there too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import dramatiq
import redis
from django.conf import settings

from jobs import dispatch, queues

log = logging.getLogger(__name__)

WORKERS_KEY = "__novelproc_workers__"


def _broker():
    return dramatiq.get_broker()


def _client() -> redis.Redis:
    return _broker().client


def _ns() -> str:
    return _broker().namespace


def redis_ping() -> str | None:
    try:
        _client().ping()
    except redis.RedisError as exc:
        return f"redis unreachable: {exc.__class__.__name__}"
    return None


def queue_depths() -> dict[str, dict[str, int]]:
    client, ns = _client(), _ns()
    depths = {}
    for name in queues.ALL:
        pipe = client.pipeline()
        pipe.llen(f"{ns}:{name}")
        pipe.hlen(f"{ns}:{name}.DQ.msgs")
        pipe.zcard(f"{ns}:{name}.XQ")
        ready, delayed, dead = pipe.execute()
        depths[name] = {"ready": ready, "delayed": delayed, "dead": dead}
    return depths


@dataclass(frozen=True)
class WorkerBeat:
    worker_id: str
    age_s: float


def worker_beat_interval_s() -> float:
    return max(0.5, settings.WORKER_ALIVE_S / 4)


def worker_beat(broker) -> bool | None:
    """Called by each worker process every few seconds: "I am alive".

    Returns True when this worker was not listed yet (its first beat, or
    Redis lost its data since the last one), None when Redis is unreachable.
    """
    key = f"{broker.namespace}:{WORKERS_KEY}"
    now_ms = time.time() * 1000
    try:
        pipe = broker.client.pipeline()
        pipe.zadd(key, {broker.broker_id: now_ms})
        pipe.zremrangebyscore(key, 0, now_ms - 3_600_000)  # workers long gone
        added, _ = pipe.execute()
    except redis.RedisError as exc:
        log.warning("worker beat failed worker=%s: %s", broker.broker_id, exc.__class__.__name__)
        return None
    return bool(added)


def worker_gone(broker) -> None:
    try:
        broker.client.zrem(f"{broker.namespace}:{WORKERS_KEY}", broker.broker_id)
    except redis.RedisError:
        pass  # it ages out of the registry anyway


def worker_heartbeats(*, fresh_within_s: float | None = None) -> list[WorkerBeat]:
    """Worker processes (never web processes or the scheduler) seen alive lately."""
    fresh = settings.WORKER_ALIVE_S if fresh_within_s is None else fresh_within_s
    now_ms = time.time() * 1000
    beats = _client().zrangebyscore(f"{_ns()}:{WORKERS_KEY}", now_ms - fresh * 1000, "+inf", withscores=True)
    return [WorkerBeat(worker_id=wid.decode(), age_s=round((now_ms - score) / 1000, 1)) for wid, score in beats]


@dataclass(frozen=True)
class HeldWork:
    """The work messages Redis holds that will still be delivered: queued, delayed for a retry,
    or fetched by a live worker. What a dead worker had fetched is not in here."""

    chunk_ids: set[int] = field(default_factory=set)
    split_job_ids: set[str] = field(default_factory=set)
    merge_job_ids: set[str] = field(default_factory=set)


def held_work() -> HeldWork:
    """Read from Redis in two round trips; raises redis.RedisError when Redis is unreachable."""
    client, ns = _client(), _ns()
    live = [beat.worker_id for beat in worker_heartbeats()]
    names = [name for queue in queues.ALL for name in (queue, f"{queue}.DQ")]
    pipe = client.pipeline()
    for name in names:
        pipe.lrange(f"{ns}:{name}", 0, -1)
        for worker_id in live:
            pipe.smembers(f"{ns}:__acks__.{worker_id}.{name}")
    replies = iter(pipe.execute())
    ids_by_name = {}
    for name in names:
        ids = set(next(replies))
        for _ in live:
            ids.update(next(replies))
        ids_by_name[name] = sorted(ids)
    held = HeldWork()
    pipe = client.pipeline()
    for name, ids in ids_by_name.items():
        if ids:
            pipe.hmget(f"{ns}:{name}.msgs", ids)
    for bodies in pipe.execute():
        _collect(held, bodies)
    return held


def _collect(held: HeldWork, bodies: Iterable[bytes | None]) -> None:
    for body in bodies:
        if body is None:  # acked meanwhile
            continue
        message = dramatiq.Message.decode(body)
        if not message.args:
            continue
        if message.actor_name == dispatch.CHUNK:
            held.chunk_ids.add(int(message.args[0]))
        elif message.actor_name == dispatch.SPLIT:
            held.split_job_ids.add(str(message.args[0]))
        elif message.actor_name == dispatch.MERGE:
            held.merge_job_ids.add(str(message.args[0]))


@dataclass(frozen=True)
class DeadLetter:
    queue: str
    message_id: str
    actor: str
    args: tuple
    failed_at_ms: int


def dead_letters(limit: int = 50) -> list[DeadLetter]:
    client, ns = _client(), _ns()
    letters = []
    for name in queues.ALL:
        ids = client.zrevrange(f"{ns}:{name}.XQ", 0, limit - 1, withscores=True)
        if not ids:
            continue
        bodies = client.hmget(f"{ns}:{name}.XQ.msgs", [mid for mid, _ in ids])
        for (mid, score), body in zip(ids, bodies, strict=True):
            if body is None:
                continue
            message = dramatiq.Message.decode(body)
            letters.append(DeadLetter(name, mid.decode(), message.actor_name, tuple(message.args), int(score)))
    return letters[:limit]


def dead_letter_requeue(queue: str, message_id: str) -> bool:
    """Send a dead-lettered message again (its actor is idempotent) and drop the dead copy."""
    client, ns = _client(), _ns()
    body = client.hget(f"{ns}:{queue}.XQ.msgs", message_id)
    if body is None:
        return False
    message = dramatiq.Message.decode(body)
    _broker().enqueue(message.copy(options={k: v for k, v in message.options.items() if k != "retries"}))
    dead_letter_discard(queue, message_id)
    return True


def dead_letter_discard(queue: str, message_id: str) -> None:
    client, ns = _client(), _ns()
    client.zrem(f"{ns}:{queue}.XQ", message_id)
    client.hdel(f"{ns}:{queue}.XQ.msgs", message_id)
