"""Staff see and change in the admin only what their permissions allow: admin access alone shows nothing."""

from __future__ import annotations

from datetime import timedelta

import dramatiq
import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from accounts.models import CreditEntry, User
from accounts.selectors import credits_balance
from jobs import monitor, queues
from jobs.models import Job
from tests.builders import finished_job

OPS = "/admin/jobs/job/operations/"
DEAD = OPS + "dead-letter/"


def _staff(email: str, *perms: str) -> User:
    user = User.objects.create_user(email, "staff-pass-123", is_staff=True)
    for perm in perms:
        app, codename = perm.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app, codename=codename))
    return user


def _dead_letter(broker) -> None:
    message = dramatiq.Message(queue_name=queues.CHUNKS, actor_name="process_chunk", args=(42,), kwargs={}, options={})
    broker.client.zadd(f"{broker.namespace}:{queues.CHUNKS}.XQ", {"dead-1": 1})
    broker.client.hset(f"{broker.namespace}:{queues.CHUNKS}.XQ.msgs", "dead-1", message.encode())


@pytest.fixture
def running(owner) -> Job:
    # Quiet for two hours: the operations page lists it as stuck.
    quiet = timezone.now() - timedelta(hours=2)
    return finished_job(owner, status=Job.Status.PROCESSING, filename="secret-novel.pdf", updated_at=quiet)


def test_staff_without_permissions_cannot_open_operations(client, running):
    client.force_login(_staff("bare@example.com"))
    response = client.get(OPS)
    assert response.status_code == 403
    assert b"secret-novel.pdf" not in response.content and b"owner@example.com" not in response.content


@pytest.mark.parametrize("action", ["requeue", "discard"])
def test_staff_without_permissions_cannot_touch_dead_letters(client, db, broker, action):
    _dead_letter(broker)
    client.force_login(_staff("bare@example.com"))
    response = client.post(DEAD, {"queue": queues.CHUNKS, "message_id": "dead-1", "action": action})
    assert response.status_code == 403
    assert monitor.queue_depths()[queues.CHUNKS]["dead"] == 1


def test_staff_who_may_view_jobs_see_operations_but_cannot_requeue(client, db, broker, running):
    _dead_letter(broker)
    client.force_login(_staff("viewer@example.com", "jobs.view_job"))
    page = client.get(OPS)
    assert page.status_code == 200 and b"secret-novel.pdf" in page.content
    assert b"Send again" not in page.content
    response = client.post(DEAD, {"queue": queues.CHUNKS, "message_id": "dead-1", "action": "requeue"})
    assert response.status_code == 403
    assert monitor.queue_depths()[queues.CHUNKS] == {"ready": 0, "delayed": 0, "dead": 1}


def test_staff_who_may_change_jobs_requeue_dead_letters(client, db, broker):
    _dead_letter(broker)
    client.force_login(_staff("operator@example.com", "jobs.view_job", "jobs.change_job"))
    assert b"Send again" in client.get(OPS).content
    response = client.post(DEAD, {"queue": queues.CHUNKS, "message_id": "dead-1", "action": "requeue"})
    assert response.status_code == 302
    assert monitor.queue_depths()[queues.CHUNKS] == {"ready": 1, "delayed": 0, "dead": 0}


def test_staff_who_may_only_view_jobs_cannot_run_the_cancel_action(client, running):
    client.force_login(_staff("viewer@example.com", "jobs.view_job"))
    client.post("/admin/jobs/job/", {"action": "cancel_jobs", "_selected_action": [str(running.pk)]})
    running.refresh_from_db()
    assert running.status == Job.Status.PROCESSING


def test_refund_needs_the_ledger_permission_too(client, owner):
    job = finished_job(owner, credits_charged=40)
    balance = credits_balance(user=owner)
    client.force_login(_staff("operator@example.com", "jobs.view_job", "jobs.change_job"))
    client.post("/admin/jobs/job/", {"action": "refund_jobs", "_selected_action": [str(job.pk)]})
    assert credits_balance(user=owner) == balance

    client.force_login(_staff("support@example.com", "jobs.view_job", "jobs.change_job", "accounts.add_creditentry"))
    client.post("/admin/jobs/job/", {"action": "refund_jobs", "_selected_action": [str(job.pk)]})
    assert credits_balance(user=owner) == balance + 40


def test_granting_credits_needs_the_ledger_permission(client, owner):
    client.force_login(_staff("users@example.com", "accounts.view_user", "accounts.change_user"))
    data = {"action": "grant_credits", "_selected_action": [str(owner.pk)], "apply": "1", "amount": 999, "note": ""}
    client.post("/admin/accounts/user/", data)
    assert not CreditEntry.objects.filter(user=owner, amount=999).exists()
