from __future__ import annotations

from datetime import timedelta

import dramatiq
import pytest
from django.utils import timezone

from accounts.selectors import credits_balance
from jobs import monitor, queues
from jobs.models import Job
from jobs.services import job_create, job_refund
from novelproc.errors import Conflict
from tests.jobs.helpers import VERNE, run_in_process, upload_of

OPS = "/admin/jobs/job/operations/"


def test_operations_page_refuses_non_staff(client, owner):
    client.force_login(owner)
    response = client.get(OPS)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_operations_page_shows_queues_workers_dead_letters_and_stuck_jobs(client, staff, owner, broker):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={})
    Job.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(hours=2))
    overdue = job_create(owner=owner, upload=upload_of(VERNE, "late.pdf"), options={})
    Job.objects.filter(pk=overdue.pk).update(deadline_at=timezone.now() - timedelta(minutes=1))
    # Worker processes say they are alive in a key of their own (jobs.middleware.WorkerRegistry).
    broker.client.zadd(f"{broker.namespace}:__novelproc_workers__", {"worker-a": timezone.now().timestamp() * 1000})
    message = dramatiq.Message(queue_name=queues.CHUNKS, actor_name="process_chunk", args=(42,), kwargs={}, options={})
    broker.client.zadd(f"{broker.namespace}:{queues.CHUNKS}.XQ", {"dead-1": 1})
    broker.client.hset(f"{broker.namespace}:{queues.CHUNKS}.XQ.msgs", "dead-1", message.encode())

    client.force_login(staff)
    page = client.get(OPS).content.decode()
    assert "worker-a" in page
    assert "process_chunk" in page and "(42,)" in page
    assert page.count(VERNE.name) == 1 and "late.pdf" in page
    assert monitor.queue_depths()[queues.CHUNKS]["dead"] == 1

    response = client.post(OPS + "dead-letter/", {"queue": queues.CHUNKS, "message_id": "dead-1", "action": "requeue"})
    assert response.status_code == 302
    assert monitor.queue_depths()[queues.CHUNKS] == {"ready": 1, "delayed": 0, "dead": 0}


def test_refund_gives_back_the_charge_once(owner, staff):
    job = run_in_process(job_create(owner=owner, upload=upload_of(VERNE), options={}))
    assert credits_balance(user=owner) == 5000 - 178
    assert job_refund(job=job, created_by=staff) == 178
    assert credits_balance(user=owner) == 5000
    with pytest.raises(Conflict):
        job_refund(job=job, created_by=staff)


def test_admin_actions_call_the_services(client, staff, owner):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={})
    client.force_login(staff)
    response = client.post("/admin/jobs/job/", {"action": "cancel_jobs", "_selected_action": [str(job.pk)]})
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED
    assert credits_balance(user=owner) == 5000
