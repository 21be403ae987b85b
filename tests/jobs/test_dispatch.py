"""Sending work: by actor name through jobs.dispatch, actors found by autodiscovery, schedules on the actors."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import uuid
from datetime import timedelta

import dramatiq
import pytest
import redis
from django.conf import settings
from django_dramatiq.management.commands.rundramatiq import Command as RunDramatiq

from jobs import dispatch, monitor
from jobs.models import Chunk, Job
from tests.builders import finished_job
from tests.conftest import ROOT


def test_workers_discover_every_actors_module():
    found = RunDramatiq(stdout=io.StringIO()).discover_tasks_modules()
    assert {"jobs.actors", "jobs.studysets.actors", "accounts.actors"} <= set(found)


def test_every_actor_listens_on_the_queue_the_dispatcher_sends_to():
    import jobs.actors  # noqa: F401
    import jobs.studysets.actors  # noqa: F401

    broker = dramatiq.get_broker()
    assert {name: broker.get_actor(name).queue_name for name in dispatch.QUEUES} == dispatch.QUEUES
    declared = {
        name for name in broker.get_declared_actors() if broker.get_actor(name).fn.__module__.startswith("jobs.")
    }
    assert declared == set(dispatch.QUEUES)


def test_the_scheduler_loads_every_schedule_from_the_actors():
    """What `manage.py crontab` registers after loading each app's tasks module (in a process of its own)."""
    script = (
        "from dramatiq_crontab import scheduler\n"
        "from dramatiq_crontab.management.commands.crontab import Command\n"
        "Command().load_tasks({})\n"
        "import json\n"
        "print('SCHEDULES', json.dumps({job.name: str(job.trigger) for job in scheduler.get_jobs()}))\n"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    triggers = json.loads(done.stdout.split("SCHEDULES ", 1)[1])
    assert triggers.keys() == {"sweep", "sweep_study_sets", "monthly_grant"}
    every = f"interval[{timedelta(seconds=settings.SWEEP_INTERVAL_S)}]"
    assert triggers["sweep"].startswith(every) and triggers["sweep_study_sets"].startswith(every)
    assert "day='1'" in triggers["monthly_grant"]


def test_a_message_goes_by_name_to_its_actors_queue(broker):
    job_id = uuid.uuid4()
    dispatch.enqueue_split(job_id)
    dispatch.enqueue_merge(job_id)
    held = monitor.held_work()
    assert held.split_job_ids == {str(job_id)} and held.merge_job_ids == {str(job_id)}


def test_chunks_sent_are_stamped_and_held(broker, owner):
    job = finished_job(owner, status=Job.Status.PROCESSING)
    chunks = [Chunk.objects.create(job=job, index=i, page_start=i + 1, page_end=i + 1) for i in range(2)]
    dispatch.enqueue_chunks([c.pk for c in chunks])
    assert monitor.held_work().chunk_ids == {c.pk for c in chunks}
    assert all(c.enqueued_at for c in Chunk.objects.filter(job=job))


def test_on_commit_a_message_waits_for_the_commit(db, broker, django_capture_on_commit_callbacks):
    job_id = uuid.uuid4()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        dispatch.enqueue_split(job_id, on_commit=True)
        assert monitor.held_work().split_job_ids == set()
    assert len(callbacks) == 1
    assert monitor.held_work().split_job_ids == {str(job_id)}


def test_a_send_while_redis_is_down_is_logged_and_left_to_the_sweep(monkeypatch, caplog):
    attempts = []

    def refuse(message, *, delay=None):
        attempts.append(message.actor_name)
        raise redis.ConnectionError("connection refused")

    monkeypatch.setattr(dramatiq.get_broker(), "enqueue", refuse)
    with caplog.at_level(logging.WARNING, logger="jobs.dispatch"):
        dispatch.enqueue_merge("job-a")
        dispatch.enqueue_sweeps()
    assert attempts == ["merge_job", "sweep", "sweep_study_sets"]
    assert "could not send merge_job" in caplog.text


@pytest.mark.django_db
def test_a_failed_chunk_send_stops_the_rest(monkeypatch):
    attempts = []

    def refuse(message, *, delay=None):
        attempts.append(message.args)
        raise redis.ConnectionError("connection refused")

    monkeypatch.setattr(dramatiq.get_broker(), "enqueue", refuse)
    dispatch.enqueue_chunks([1, 2, 3])
    assert attempts == [(1,)]
