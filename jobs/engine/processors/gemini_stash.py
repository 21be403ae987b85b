"""Answers kept in Redis between attempts of the same chunk.

A chunk takes several requests. When request 5 meets a 429, the whole chunk
is retried later; without the stash, requests 1-4 would be paid to Google
again and their first answers never charged to anyone. With it, a retried
chunk reuses those answers (keyed by model and exact request), each answer
is charged once, in the attempt that finishes the chunk, and spends no
rate-limit slot twice. The processor forgets the keys once the chunk is done.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Protocol

BLOCKED = "BLOCKED"
BLOCKED_FINISH = {BLOCKED, "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY", "OTHER"}


@dataclass(frozen=True)
class Answer:
    text: str | None
    finish_reason: str
    input_tokens: int
    output_tokens: int

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "MAX_TOKENS"

    @property
    def blocked(self) -> bool:
        return self.finish_reason in BLOCKED_FINISH


class Store(Protocol):
    """A shared key-value store with expiry (a redis.Redis client)."""

    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: str, *, ex: int) -> object: ...

    def delete(self, *keys: str) -> object: ...


class AnswerStash:
    def __init__(self, client: Store | None, *, prefix: str = "novelproc:gemini-answer", ttl_s: int = 86_400):
        self.client = client
        self.prefix = prefix
        self.ttl_s = ttl_s

    def key(self, model: str, system: object, payload: str) -> str:
        digest = hashlib.sha256(json.dumps([model, str(system), payload], ensure_ascii=False).encode()).hexdigest()
        return f"{self.prefix}:{digest}"

    def get(self, key: str) -> Answer | None:
        if self.client is None:
            return None
        raw = self.client.get(key)
        return Answer(**json.loads(raw)) if raw else None

    def put(self, key: str, answer: Answer) -> None:
        if self.client is not None:
            self.client.set(key, json.dumps(asdict(answer)), ex=self.ttl_s)

    def forget(self, keys: list[str]) -> None:
        if self.client is not None and keys:
            self.client.delete(*keys)
