"""Dramatiq's Redis broker, with consumers that take the next message as soon as their thread is free.

Loaded with the broker settings, before Django apps are ready: no Django imports here.
"""

from __future__ import annotations

import time

from dramatiq.brokers.redis import RedisBroker as DramatiqRedisBroker
from dramatiq.brokers.redis import _RedisConsumer


class Consumer(_RedisConsumer):
    """A queue's consumer that tells "my threads are busy" apart from "the queue is empty".

    With one message per thread (``jobs.middleware.OneMessagePerThread``) a
    consumer whose message is still running may not fetch. Dramatiq's
    consumer then backs off as if the queue were empty, up to the worker's
    timeout, so the next chunk started 40 ms after the last one ended on
    average, about 1.2 s a worker on a 926-page book. Waiting on our own
    thread needs no Redis call: look again every ``BUSY_POLL_S`` instead, and
    keep the idle backoff for an empty queue.
    """

    BUSY_POLL_S = 0.01

    def __next__(self):
        if not self.message_cache and self.outstanding_message_count >= self.prefetch:
            time.sleep(self.BUSY_POLL_S)
            return None  # the worker thread acks its message when done; the next call fetches
        return super().__next__()


class RedisBroker(DramatiqRedisBroker):
    @property
    def consumer_class(self):
        return Consumer
