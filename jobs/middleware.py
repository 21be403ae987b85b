"""Dramatiq middleware (loaded with the broker, before Django apps are ready)."""

from __future__ import annotations

import logging
import threading

import dramatiq

log = logging.getLogger(__name__)


class OneMessagePerThread(dramatiq.Middleware):
    """Each queue's consumer holds at most one message per worker thread, counting the one running.

    Dramatiq's default (two per thread) lets a worker busy with a long chunk
    hold the next message while another worker sits idle. This is Dramatiq's
    own ``dramatiq_queue_prefetch`` set to the thread count, for every worker
    however it is started. It has to be set before the consumers start.

    A consumer that may not fetch while its thread is busy waits on the
    thread without asking Redis and fetches as soon as it is free
    (``jobs.broker.Consumer``). A consumer whose queue is empty backs off up
    to ``POLL_MS`` (Dramatiq's default is 1 s): a few Redis calls a second
    when idle, and a new job's first message waits at most that long.
    """

    POLL_MS = 100

    def before_worker_boot(self, broker, worker):
        worker.queue_prefetch = worker.worker_threads
        worker.worker_timeout = self.POLL_MS


class WorkerRegistry(dramatiq.Middleware):
    """Each worker process says it is alive every few seconds, in a Redis key of its own.

    Dramatiq's ``__heartbeats__`` also lists web processes and the scheduler
    (anything that sends a message), and only refreshes while a consumer
    polls; ``/readyz`` and the sweep need worker processes only. The key is
    written again on every beat, so it comes back by itself after Redis
    restarts empty, and a worker that finds itself missing from it knows
    Redis lost its data (and the queued messages with it): it sends a sweep
    at once rather than waiting for the scheduler to come back.
    """

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def after_worker_boot(self, broker, worker):
        from jobs import monitor

        interval = monitor.worker_beat_interval_s()

        def beat() -> None:
            first = True
            while True:
                added = monitor.worker_beat(broker)
                if added and not first:
                    log.warning("worker %s was missing from Redis: Redis lost its data; sweeping now", broker.broker_id)
                    _send_sweep()
                first = first and added is None
                if self._stop.wait(interval):
                    return

        self._thread = threading.Thread(target=beat, name="worker-registry", daemon=True)
        self._thread.start()

    def before_worker_shutdown(self, broker, worker):
        from jobs import monitor

        self._stop.set()
        monitor.worker_gone(broker)


class ForgetQueries(dramatiq.Middleware):
    """Drop the SQL that Django records under DEBUG once each message is done.

    Django keeps the last 9,000 queries of a connection when DEBUG is on and
    forgets them at each web request; a worker has no requests, so a chunk's
    bulk inserts (every row's text and lemmas in the SQL) stayed in memory,
    about 100 MB after one long book.
    """

    def after_process_message(self, broker, message, *, result=None, exception=None):
        from django.db import reset_queries

        reset_queries()

    after_skip_message = after_process_message


class ScratchCleanupOnBoot(dramatiq.Middleware):
    """Copies of users' PDFs left in the temp directory by a killed worker go at the next boot."""

    def before_worker_boot(self, broker, worker):
        from jobs.pipeline.book import remove_orphan_scratch

        removed = remove_orphan_scratch()
        if removed:
            log.info("removed scratch copies left by stopped workers count=%s", removed)


class SweepOnBoot(dramatiq.Middleware):
    """A restarted worker first brings home what a killed one left behind."""

    def after_worker_boot(self, broker, worker):
        _send_sweep()


def _send_sweep() -> None:
    from jobs import dispatch  # this module loads before Django's apps, dispatch needs them

    dispatch.enqueue_sweeps()


class WarmUpOnBoot(dramatiq.Middleware):
    """Load the French parser before taking work, not inside the first chunk of a job.

    Each worker process loads it once anyway; doing it at boot keeps the
    ~2-5 s load off every job that a fresh worker picks up first.
    """

    def before_worker_boot(self, broker, worker):
        from jobs.engine.processors.nlp import get_nlp

        get_nlp()("Le premier appel initialise le modèle.")
