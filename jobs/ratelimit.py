"""A rate limiter shared by every worker process on every machine, in Redis.

GCRA ("generic cell rate algorithm") with no burst: each caller atomically
books the next free slot, ``interval`` seconds after the previous one, and
sleeps until it. One Lua script against Redis's own clock, so workers on
machines with skewed clocks still agree, and FIFO-fair without polling.

Why not ``dramatiq.rate_limits``: its limiters answer yes/no without saying
when the next slot opens (waiting would mean polling Redis in a loop), and
``WindowRateLimiter`` counts in whole seconds and lets a minute's quota go
out in one burst; a booked slot gives smooth pacing and an exact wait.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import dramatiq
import redis

from novelproc.errors import TransientError

log = logging.getLogger(__name__)

# Book a slot: returns the wait in microseconds, or -wait when the slot is
# further away than the cap (nothing booked then).
_BOOK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local cap = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - now
if wait > cap then return -wait end
local ttl = math.ceil((tat + interval - now) / 1000) + 1000
redis.call('SET', KEYS[1], tostring(tat + interval), 'PX', ttl)
return wait
"""

# Push every future slot back (the API asked us to slow down).
_DEFER = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_ = now + tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < until_ then
  redis.call('SET', KEYS[1], tostring(until_), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
end
return 0
"""

MICRO = 1_000_000


class RetryLater(TransientError, dramatiq.Retry):
    """A TransientError whose ``retry_after`` Dramatiq's Retries middleware honours.

    The chunk actor retries on TransientError; Dramatiq takes the delay of a
    ``dramatiq.Retry`` as is instead of its exponential backoff, so being both
    brings the message back after the API's Retry-After, with one retry layer.
    """

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message, retry_after=retry_after)  # reaches Retry.__init__ with delay=None
        self.delay = retry_after * 1000 if retry_after else None

    @classmethod
    def after(cls, exc: TransientError) -> RetryLater:
        """The same error, in a form whose Retry-After Dramatiq honours (the engine knows no Dramatiq)."""
        again = cls(exc.message, retry_after=exc.retry_after)
        again.code = exc.code
        return again


class RateLimitWaitTooLong(RetryLater):
    code = "rate_limited"


@dataclass
class SharedRateLimiter:
    """At most ``per_minute`` calls a minute across everyone using ``key``.

    ``safety`` stretches the spacing a little so that network jitter between
    booking a slot and the request reaching the API never puts two requests
    closer than the API's own count allows.
    """

    client: redis.Redis
    key: str
    per_minute: int
    max_wait_s: float = 60.0
    safety: float = 0.02
    sleep: Callable[[float], None] = time.sleep

    def __post_init__(self) -> None:
        self._book = self.client.register_script(_BOOK)
        self._defer = self.client.register_script(_DEFER)

    @property
    def interval_s(self) -> float:
        return 60.0 / self.per_minute * (1 + self.safety)

    def acquire(self) -> float:
        """Block until this caller's slot; returns the seconds waited.

        Past the cap, raise a TransientError carrying the wait as
        ``retry_after``, so the message is retried later instead of holding
        a worker thread.
        """
        wait_us = int(self._book(keys=[self.key], args=[int(self.interval_s * MICRO), int(self.max_wait_s * MICRO)]))
        if wait_us < 0:
            seconds = -wait_us / MICRO
            raise RateLimitWaitTooLong(
                f"The Gemini request queue is {seconds:.0f} s long; trying again later.",
                retry_after=max(1, math.ceil(seconds)),
            )
        wait = wait_us / MICRO
        if wait > 0:
            self.sleep(wait)
        return wait

    def defer(self, seconds: float) -> None:
        """Hold every caller back for ``seconds`` (the API answered Retry-After)."""
        self._defer(keys=[self.key], args=[int(seconds * MICRO)])
        log.info("rate limiter deferred key=%s seconds=%s", self.key, seconds)


def shared_limiter(*, redis_url: str, key: str, per_minute: int, max_wait_s: float) -> SharedRateLimiter:
    return SharedRateLimiter(redis.Redis.from_url(redis_url), key, per_minute, max_wait_s)
