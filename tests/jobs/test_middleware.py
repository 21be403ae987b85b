"""The worker middleware configured with the broker."""

from __future__ import annotations

import dramatiq
import pytest
from django.db import connection
from dramatiq import Worker

from accounts.models import User
from jobs import broker as jobs_broker
from jobs.middleware import ForgetQueries, OneMessagePerThread, ScratchCleanupOnBoot, SweepOnBoot, WorkerRegistry


def test_the_broker_runs_the_recovery_middleware():
    kinds = {type(m) for m in dramatiq.get_broker().middleware}
    assert {OneMessagePerThread, ForgetQueries, WorkerRegistry, ScratchCleanupOnBoot, SweepOnBoot} <= kinds


def test_each_queue_holds_one_message_per_worker_thread_counting_the_running_one():
    broker = dramatiq.get_broker()
    for threads in (1, 2):
        worker = Worker(broker, worker_threads=threads)
        assert worker.queue_prefetch == 2 * threads  # Dramatiq's default: one waiting behind each running
        assert worker.worker_timeout == 1000  # Dramatiq's: a consumer barred from fetching backs off up to 1 s
        OneMessagePerThread().before_worker_boot(broker, worker)
        assert worker.queue_prefetch == threads
        assert worker.worker_timeout == OneMessagePerThread.POLL_MS == 100


def test_a_worker_finds_itself_missing_from_the_registry_once_redis_lost_its_data(broker):
    from jobs import monitor

    broker.client.delete(f"{broker.namespace}:{monitor.WORKERS_KEY}")
    assert monitor.worker_beat(broker) is True  # the first beat
    assert monitor.worker_beat(broker) is False
    broker.client.flushdb()  # what an emptied Redis looks like
    assert monitor.worker_beat(broker) is True
    monitor.worker_gone(broker)


@pytest.mark.django_db
def test_the_sql_django_records_under_debug_is_dropped_after_each_message(settings):
    settings.DEBUG = True
    User.objects.count()
    assert connection.queries_log  # what a chunk's inserts used to leave behind, message after message
    ForgetQueries().after_process_message(dramatiq.get_broker(), message=None, result=None)
    assert not connection.queries_log


def test_a_consumer_whose_threads_are_busy_waits_on_them_without_redis_and_fetches_once_one_is_free(broker):
    from jobs.broker import Consumer

    assert isinstance(broker, jobs_broker.RedisBroker)
    broker.declare_queue("busy-probe")
    for n in (1, 2):
        broker.enqueue(dramatiq.Message(queue_name="busy-probe", actor_name="probe", args=(n,), kwargs={}, options={}))
    consumer = broker.consume("busy-probe", prefetch=1, timeout=100)
    assert isinstance(consumer, Consumer)
    first = next(consumer)
    assert first.args == (1,)
    fetches = []
    real_fetch = broker.do_fetch
    broker.do_fetch = lambda *a: fetches.append(a) or real_fetch(*a)
    try:
        assert next(consumer) is None  # its one message is running: no fetch, and no idle backoff built up
        assert not fetches and consumer.misses == 0
        consumer.ack(first)
        second = next(consumer)
        assert second.args == (2,) and len(fetches) == 1
        consumer.ack(second)
        assert next(consumer) is None  # an empty queue: fetched, found nothing, backs off as Dramatiq does
        assert len(fetches) == 2 and consumer.misses == 1
    finally:
        broker.do_fetch = real_fetch
        consumer.close()
