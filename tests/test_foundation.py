from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import redis
from django.core.exceptions import ImproperlyConfigured

from novelproc import env
from tests.conftest import ROOT


def test_env_int_rejects_a_malformed_value(monkeypatch):
    monkeypatch.setenv("UPLOAD_MAX_MB", "fifty")
    with pytest.raises(ImproperlyConfigured, match="UPLOAD_MAX_MB must be an integer"):
        env.env_int("UPLOAD_MAX_MB", 100)


def test_env_bool_and_bounds_reject_bad_values(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be a boolean"):
        env.env_bool("DEBUG", True)
    monkeypatch.setenv("UPLOAD_MAX_MB", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env.env_int("UPLOAD_MAX_MB", 100, minimum=1)


def test_settings_module_refuses_to_start_with_a_malformed_value():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**os.environ, "PDF_MAX_PAGES": "lots"},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "PDF_MAX_PAGES must be an integer, got 'lots'" in result.stderr


def test_check_deploy_is_clean_with_production_values():
    prod = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "false",
        "SECRET_KEY": "x" * 64 + "-production-secret-for-the-check",
        "ALLOWED_HOSTS": "novelproc.example.com",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=prod,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNING" not in result.stderr


def test_makemigrations_has_nothing_to_add():
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_healthz_answers_ok(client):
    assert client.get("/healthz").json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_is_ok_with_database_and_redis(client):
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "ok"


@pytest.mark.django_db
def test_readyz_counts_worker_processes_only(client, broker):
    from jobs import monitor
    from jobs.actors import sweep

    broker.client.delete(f"{broker.namespace}:{monitor.WORKERS_KEY}")
    sweep.send()  # a web process sending a message shows in Dramatiq's own heartbeats
    assert broker.client.zscore(f"{broker.namespace}:__heartbeats__", broker.broker_id) is not None
    body = client.get("/readyz").json()
    assert body["workers"] == 0 and body["warnings"] == ["no worker process is alive"]
    monitor.worker_beat(broker)  # what each worker process does every few seconds
    assert client.get("/readyz").json()["workers"] == 1
    monitor.worker_gone(broker)


@pytest.mark.django_db
def test_readyz_answers_503_when_redis_is_down(client, monkeypatch):
    import dramatiq

    dead = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2)
    monkeypatch.setattr(dramatiq.get_broker(), "client", dead)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert "redis" in response.json()["problems"]


@pytest.mark.parametrize("url", ["/admin/", "/admin/jobs/job/", "/admin/accounts/creditentry/"])
def test_admin_refuses_non_staff(client, owner, url):
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_admin_opens_for_staff(client, staff):
    client.force_login(staff)
    for url in ["/admin/", "/admin/jobs/job/", "/admin/accounts/creditentry/", "/admin/accounts/user/"]:
        assert client.get(url).status_code == 200, url


def test_env_example_lists_every_setting():
    names = set(re.findall(r'env_[a-z_]+\("([A-Z0-9_]+)"', (ROOT / "novelproc/settings.py").read_text()))
    listed = set(re.findall(r"^([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert names - listed == set()


def test_no_module_is_over_400_lines():
    tracked = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    tracked = tracked.split()
    assert len(tracked) > 100
    too_long = {
        path: lines
        for path in tracked
        if "/migrations/" not in path and (lines := len((ROOT / path).read_text(encoding="utf-8").splitlines())) > 400
    }
    assert too_long == {}
