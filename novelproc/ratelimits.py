"""Request rate limits for the web and the API, counted atomically in the shared cache (Redis).

A fixed window per key: ``cache.add`` opens the window and ``cache.incr``
(Redis INCR) counts, each one step on the server, so two requests at once
can never both take the last free slot. DRF's own throttles read a list of
timestamps, change it and write it back, which lets concurrent requests
through together; the classes here keep DRF's rates, scopes and
client-address rule (``NUM_PROXIES``, from TRUSTED_PROXY_COUNT) and replace
only the counting.

Web views use :func:`check_user_rate` with the API's scopes, so a user's web
and API requests share one count. Exports have their own setting, EXPORT_RATE:
:func:`export_rate_wait` counts them, called by the API's :class:`ExportsThrottle`
and by the web views alike, so both draw from one allowance.
"""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.core.cache import cache
from rest_framework.throttling import (
    AnonRateThrottle,
    BaseThrottle,
    ScopedRateThrottle,
    SimpleRateThrottle,
    UserRateThrottle,
)

from novelproc.errors import Throttled

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """``"10/hour"`` -> ``(10, 3600)``: DRF's rate format."""
    count, period = rate.split("/")
    return int(count), _PERIODS[period.strip()[0]]


def hit(key: str, *, limit: int, window: int) -> int:
    """Count one request under ``key``; 0 when it is within ``limit`` per ``window`` seconds,
    else the seconds until the window ends."""
    now = time.time()
    bucket = int(now // window)
    counter = f"{key}:{bucket}"
    count = None
    while count is None:
        cache.add(counter, 0, timeout=window + 5)
        try:
            count = cache.incr(counter)
        except ValueError:  # the window expired between add and incr: open it again
            continue
    if count <= limit:
        return 0
    return max(1, math.ceil((bucket + 1) * window - now))


def user_rate_key(scope: str, user_id) -> str:
    # DRF's key for a per-user rate (SimpleRateThrottle.cache_format), so web and API count together.
    return SimpleRateThrottle.cache_format % {"scope": scope, "ident": user_id}


def check_user_rate(scope: str, *, user_id, message: str = "Too many requests") -> None:
    """Count one request against the per-user ``scope`` rate of REST_FRAMEWORK; Throttled when over it."""
    limit, window = parse_rate(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"][scope])
    wait = hit(user_rate_key(scope, user_id), limit=limit, window=window)
    if wait:
        raise Throttled(f"{message}; try again in {wait} seconds.", retry_after=wait)


def export_rate_wait(*, user_id) -> int:
    """Count one export (a file or a Sheets export, of a job or a study set) against EXPORT_RATE;
    0 when allowed, else the seconds until the window ends."""
    limit, window = parse_rate(settings.EXPORT_RATE)
    return hit(user_rate_key("exports", user_id), limit=limit, window=window)


class AtomicRateThrottle(SimpleRateThrottle):
    """DRF's SimpleRateThrottle, counted with :func:`hit`."""

    _wait = 0

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self._wait = hit(self.key, limit=self.num_requests, window=self.duration)
        return not self._wait

    def wait(self) -> float:
        return self._wait


class UserThrottle(UserRateThrottle, AtomicRateThrottle):
    """Every API call, per user (THROTTLE_USER)."""


class ScopedThrottle(ScopedRateThrottle, AtomicRateThrottle):
    """A view's ``throttle_scope`` rate, per user."""


class AnonThrottle(AnonRateThrottle, AtomicRateThrottle):
    """Per client address, for requests without a user."""


class ExportsThrottle(BaseThrottle):
    """The exports allowance on API views, counted by :func:`export_rate_wait` as on the web."""

    _wait = 0

    def allow_request(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return True
        self._wait = export_rate_wait(user_id=request.user.pk)
        return not self._wait

    def wait(self) -> float:
        return self._wait
