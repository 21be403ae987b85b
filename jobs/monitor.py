"""What support staff need to see of the queue: depths, workers, dead letters.

Reads Dramatiq's own Redis keys, so nothing extra is written by workers:
every consumer refreshes its score in ``<namespace>:__heartbeats__`` each
time it polls, and dead-lettered messages sit in ``<queue>.XQ``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import dramatiq
import redis

from jobs import queues

HEARTBEAT_FRESH_S = 60


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


def worker_heartbeats(*, fresh_within_s: int = HEARTBEAT_FRESH_S) -> list[WorkerBeat]:
    now_ms = time.time() * 1000
    beats = _client().zrangebyscore(f"{_ns()}:__heartbeats__", now_ms - fresh_within_s * 1000, "+inf", withscores=True)
    return [WorkerBeat(worker_id=wid.decode(), age_s=round((now_ms - score) / 1000, 1)) for wid, score in beats]


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
