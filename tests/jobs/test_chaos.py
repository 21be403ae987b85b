"""Chaos: a worker SIGKILLed in each phase and Redis restarted empty, on real workers and a real Redis.

The job must still end completed with the output of an undisturbed run and an
exact ledger. Leases and the sweep are shortened by settings, so the whole run
takes about a minute. Redis here is a redis-server of the test's own on a free
loopback port, so restarting it empty disturbs nobody else.
"""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import psycopg
import pytest
import redis
from django.db import connection

from accounts.models import CreditEntry
from accounts.selectors import credits_balance
from jobs.engine.types import ProcessorSettings
from jobs.models import Chunk, Job, Sentence
from jobs.services import job_create
from tests.conftest import wait_for
from tests.jobs.helpers import VERNE, upload_of
from tests.jobs.test_worker import _reference_run

pytestmark = pytest.mark.integration

FAST = {"CHUNK_LEASE_S": "3", "SWEEP_INTERVAL_S": "1", "WORKER_ALIVE_S": "3"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """A redis-server that keeps nothing on disk: a restart starts it empty."""

    def __init__(self, directory: Path) -> None:
        self.port = _free_port()
        self.directory = directory
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
            + ["--dir", str(self.directory)],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        wait_for(lambda: self._answers(client), timeout=10, message="redis-server to start")

    @staticmethod
    def _answers(client: redis.Redis) -> bool:
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path, broker):
    """Our own Redis; what this test process sends goes there too."""
    server = RedisServer(tmp_path)
    server.start()
    shared_client, shared_scripts = broker.client, broker.scripts
    broker.client = redis.Redis.from_url(server.url)
    broker.scripts = {name: broker.client.register_script(s.script) for name, s in shared_scripts.items()}
    yield server
    broker.client, broker.scripts = shared_client, shared_scripts
    server.stop()


def _status(job: Job) -> str:
    job.refresh_from_db()
    return job.status


def _hold_a_sentence_row(job: Job) -> psycopg.Connection:
    """Lock one finished sentence in a connection of our own: the merge's position update waits on it."""
    db = connection.settings_dict
    holder = psycopg.connect(host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"])
    sentence_id = Sentence.objects.filter(job=job).values_list("pk", flat=True).first()
    holder.execute("SELECT id FROM jobs_sentence WHERE id = %s FOR UPDATE", (sentence_id,))
    return holder


def _merge_waits_on_the_held_row() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND wait_event_type = 'Lock' AND query LIKE 'UPDATE \"jobs_sentence\" SET \"position\"%%'"
        )
        return cursor.fetchone()[0] > 0


def test_a_job_survives_a_kill_in_every_phase_and_an_emptied_redis(start_worker, private_redis, owner):
    env = {**FAST, "REDIS_URL": private_redis.url, "CACHE_REDIS_URL": private_redis.url}
    # The scheduler lives elsewhere and survives the kills. Each kill hands over to a warm standby
    # (booted now, paused), as a deployment with more than one worker would: the time measured is
    # recovery, not a worker's start-up.
    booting = [start_worker(command="scheduler", wait=False, **env)]
    booting += [start_worker(wait=False, processes=1, threads=2, **env) for _ in range(4)]
    for process in booting:
        process.wait_ready()
    worker, *standbys = booting[1:]
    for standby in standbys:
        standby.pause()
    job = job_create(owner=owner, upload=upload_of(VERNE), options={"style": "exact"})
    events = []

    def kill(label: str) -> None:
        nonlocal worker
        worker.kill()
        job.refresh_from_db()
        events.append((label, job.status, job.completed_chunks))
        worker = standbys.pop(0)
        worker.resume()

    wait_for(lambda: _status(job) == Job.Status.SPLITTING, timeout=60, interval=0.02, message="the split")
    kill("splitting")

    def mid_chunk() -> bool:
        running = Chunk.objects.filter(job=job, status=Chunk.Status.RUNNING).exists()
        return _status(job) == Job.Status.PROCESSING and job.completed_chunks >= 2 and running

    wait_for(mid_chunk, timeout=120, interval=0.02, message="a chunk running")
    kill("mid-chunk")

    wait_for(lambda: _status(job) == Job.Status.PROCESSING and job.completed_chunks >= 6, timeout=120)
    private_redis.stop()
    private_redis.start()  # empty: every queued message is gone, the scheduler lost its lock
    events.append(("redis restarted empty", job.status, job.completed_chunks))

    holder = _hold_a_sentence_row(job)
    try:
        wait_for(lambda: _status(job) == Job.Status.MERGING, timeout=120, message="the merge to start")
        wait_for(_merge_waits_on_the_held_row, timeout=60, message="the merge to wait on the held row")
        kill("merging")
    finally:
        holder.close()

    wait_for(lambda: _status(job) in Job.FINAL, timeout=120, message="the job to finish")
    assert [label for label, *_ in events] == ["splitting", "mid-chunk", "redis restarted empty", "merging"], events
    assert events[0][1] == Job.Status.SPLITTING and events[3][1] == Job.Status.MERGING, events
    assert job.status == Job.Status.COMPLETED, (job.error_code, job.error_message, events)
    texts = list(Sentence.objects.filter(job=job).order_by("position").values_list("text", flat=True))
    assert texts == _reference_run(VERNE, ProcessorSettings(style="exact"))
    assert job.piece_count == len(texts)
    assert job.credits_charged == job.page_count == 178 and job.credits_reserved == 0
    assert sum(CreditEntry.objects.filter(job=job).values_list("amount", flat=True)) == -178
    assert credits_balance(user=owner) == 5000 - 178
    assert Chunk.objects.filter(job=job).exclude(status=Chunk.Status.DONE).count() == 0
