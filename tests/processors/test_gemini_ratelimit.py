"""The Redis rate limiter shared by every worker: pacing, cap, Retry-After."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from django.conf import settings

from jobs.engine.processors.gemini import GeminiConfig
from jobs.engine.types import ProcessorSettings, SourceSentence
from jobs.pipeline.processors import gemini_processor
from jobs.ratelimit import RateLimitWaitTooLong, shared_limiter
from novelproc.errors import TransientError
from tests.fakes.gemini_server import FakeGemini, Reply, max_in_window

LONG = "Le jeune homme, qui arrivait de la campagne, regarda longtemps la grande ville sans rien dire à personne."


def limiter(key: str, per_minute: int, max_wait_s: float = 60.0, sleep=None):
    made = shared_limiter(redis_url=settings.REDIS_URL, key=key, per_minute=per_minute, max_wait_s=max_wait_s)
    if sleep is not None:
        made.sleep = sleep
    return made


def gemini_config(fake: FakeGemini, *, requests_per_minute: int = 6000) -> GeminiConfig:
    """A config for the fake, under a fresh Redis key so tests do not share a limiter."""
    return GeminiConfig(
        api_key="k",
        base_url=fake.url,
        models={"speed": "m"},
        timeout_s=5,
        requests_per_minute=requests_per_minute,
        rate_wait_max_s=30,
        batch_words=1000,
        redis_url=settings.REDIS_URL,
        key_prefix=f"test-{uuid.uuid4().hex}:gemini",
    )


@pytest.fixture
def key():
    name = f"test-rate-{uuid.uuid4().hex}"
    yield name
    limiter(name, 1).client.delete(name)


def test_limiters_sharing_a_key_book_consecutive_slots(key):
    waits: list[float] = []
    first, second = limiter(key, 60, sleep=waits.append), limiter(key, 60, sleep=waits.append)

    got = [first.acquire(), second.acquire(), first.acquire(), second.acquire()]

    interval = first.interval_s
    assert got[0] == 0
    for k, wait in enumerate(got[1:], start=1):
        assert k * interval - 0.2 < wait <= k * interval
    assert waits == got[1:]


def test_a_slot_further_than_the_cap_is_not_waited_for(key):
    waits: list[float] = []
    slow = limiter(key, 6, max_wait_s=15, sleep=waits.append)  # one slot every ~10 s
    slow.acquire()
    slow.acquire()

    with pytest.raises(RateLimitWaitTooLong) as caught:
        slow.acquire()

    assert isinstance(caught.value, TransientError)
    assert 15 <= caught.value.retry_after <= 21
    assert caught.value.delay == caught.value.retry_after * 1000  # Dramatiq retries after that
    assert len(waits) == 1  # the refused call booked nothing and slept not


def test_defer_holds_every_caller_back(key):
    waits: list[float] = []
    paced = limiter(key, 6000, sleep=waits.append)
    paced.defer(5)

    assert 4.8 < paced.acquire() <= 5


def test_many_threads_in_two_processors_stay_under_the_limit():
    # 480 a minute is one request every 0.125 s; the fake refuses the 11th within any second, which
    # leaves room for a busy machine delaying some requests after their slot, not for unpaced ones.
    fake = FakeGemini(rpm=10, window_s=1.0).start()
    config = gemini_config(fake, requests_per_minute=480)
    workers = [gemini_processor(config), gemini_processor(config)]
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(6):
                chunk = [SourceSentence(f"{LONG} ({n}-{i})", 1)]
                workers[n % 2].process(chunk, context="", settings=ProcessorSettings(processor="gemini", tier="speed"))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    started = time.monotonic()
    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    elapsed = time.monotonic() - started
    fake.stop()

    assert errors == []
    assert len(fake.requests) == 24
    assert fake.violations == []
    assert max_in_window(sorted(r.at for r in fake.requests), 1.0) <= 10
    assert elapsed >= 23 * 0.125


def test_a_429_with_retry_after_slows_every_worker(key):
    fake = FakeGemini().start()
    config = gemini_config(fake)
    processor = gemini_processor(config)
    fake.queue(Reply.rate_limited(retry_after=2))
    options = ProcessorSettings(processor="gemini", tier="speed")
    with pytest.raises(TransientError):
        processor.process([SourceSentence(LONG, 1)], context="", settings=options)

    other = gemini_processor(config)
    other.process([SourceSentence(LONG + " Bis.", 1)], context="", settings=options)
    fake.stop()

    gap = fake.requests[1].at - fake.requests[0].at
    assert gap >= 1.9


def test_the_fake_refuses_and_records_requests_past_its_limit():
    # The guard the bench relies on: without the shared limiter, the third request in a minute is refused.
    fake = FakeGemini(rpm=2).start()
    config = gemini_config(fake)
    processor = gemini_processor(config)
    options = ProcessorSettings(processor="gemini", tier="speed")
    for n in range(2):
        processor.process([SourceSentence(f"{LONG} ({n})", 1)], context="", settings=options)
    with pytest.raises(TransientError) as caught:
        processor.process([SourceSentence(f"{LONG} (2)", 1)], context="", settings=options)
    fake.stop()

    assert [r.status for r in fake.requests] == [200, 200, 429]
    assert len(fake.violations) == 1
    assert 1 <= caught.value.retry_after <= 60
