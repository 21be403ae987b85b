"""Shared fixtures: three personas (owner, stranger, staff), Redis, a real worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dramatiq
import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
PDF_DIR = CORPUS / "pdf"
BAD_DIR = CORPUS / "bad"
TEXT_DIR = CORPUS / "text"
OUTPUT_DIR = ROOT / "test-output"


@pytest.fixture
def owner(db):
    from accounts.models import User
    from accounts.services import credits_grant

    user = User.objects.create_user("owner@example.com", "owner-pass-123")
    credits_grant(user=user, amount=5000, note="test")
    return user


@pytest.fixture
def stranger(db):
    from accounts.models import User
    from accounts.services import credits_grant

    user = User.objects.create_user("stranger@example.com", "stranger-pass-123")
    credits_grant(user=user, amount=5000, note="test")
    return user


@pytest.fixture
def staff(db):
    from accounts.models import User

    return User.objects.create_user("staff@example.com", "staff-pass-123", is_staff=True, is_superuser=True)


@pytest.fixture
def broker():
    """The real Redis broker, emptied before and after the test."""
    import jobs.actors  # noqa: F401  (flush_all empties only the queues actors have declared)

    b = dramatiq.get_broker()
    b.client.ping()
    b.flush_all()
    yield b
    b.flush_all()


@pytest.fixture
def fresh_rate_limits():
    """Rate-limit counts (the API's throttles, allauth's sign-in limits) live in Redis and outlive a
    test's transaction: start at zero."""
    from django.core.cache import cache

    def clear() -> None:
        client = cache._cache.get_client()
        for pattern in ("*throttle_*", "*allauth:rl:*"):
            for key in client.scan_iter(match=pattern):
                client.delete(key)

    clear()
    yield
    clear()


@pytest.fixture
def google_app(settings):
    """A server with Google set up (an OAuth client in settings, as GOOGLE_CLIENT_ID gives)."""
    import copy

    providers = copy.deepcopy(settings.SOCIALACCOUNT_PROVIDERS)
    providers["google"]["APPS"] = [{"client_id": "test-client.apps.googleusercontent.com", "secret": "s", "key": ""}]
    settings.SOCIALACCOUNT_PROVIDERS = providers


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _worker_env(**overrides: str) -> dict[str, str]:
    db = connection.settings_dict
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


class Worker:
    """A real `manage.py rundramatiq` (or `crontab` scheduler) process against the test database."""

    def __init__(
        self, media_root: Path, processes: int = 1, threads: int = 2, command: str = "rundramatiq", **env: str
    ) -> None:
        self.media_root = media_root
        self.processes = processes
        self.threads = threads
        self.env = env
        self.command = command
        self.proc: subprocess.Popen | None = None
        self.log_path = OUTPUT_DIR / f"worker-{os.getpid()}-{time.monotonic_ns()}.log"

    def start(self, wait: bool = True) -> Worker:
        OUTPUT_DIR.mkdir(exist_ok=True)
        self.log = open(self.log_path, "w")
        args = ["--processes", str(self.processes), "--threads", str(self.threads)]
        if self.command == "crontab":
            args = ["--no-heartbeat"]
        elif self.command == "scheduler":
            args = []
        self.proc = subprocess.Popen(
            [sys.executable, "manage.py", self.command, *args],
            cwd=ROOT,
            env=_worker_env(MEDIA_ROOT=str(self.media_root), **self.env),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self) -> None:
        ready = "Starting scheduler" if self.command in ("crontab", "scheduler") else "Worker process is ready"
        wait_for(self._ready(ready), timeout=120, interval=0.1, message=f"{self.command} to start")

    def pause(self) -> None:
        """SIGSTOP the process group: a warm standby that takes no work until resumed."""
        os.killpg(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.killpg(self.proc.pid, signal.SIGCONT)

    def _ready(self, marker: str):
        def check() -> bool:
            text = self.log_path.read_text(errors="replace")
            if self.proc.poll() is not None:
                raise AssertionError(f"{self.command} exited with {self.proc.returncode}:\n{text[-3000:]}")
            return marker in text

        return check

    def kill(self) -> None:
        """SIGKILL the whole worker process group, as the OOM killer would."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, 9)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGCONT)
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()


@pytest.fixture
def start_worker(transactional_db, broker, settings):
    started: list[Worker] = []

    def start(wait: bool = True, **kwargs) -> Worker:
        worker = Worker(Path(settings.MEDIA_ROOT), **kwargs).start(wait=wait)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


def wait_for(predicate, *, timeout: float, interval: float = 0.2, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


@pytest.fixture
def owner_client(client, owner):
    """The test client signed in as the owner (web pages, session auth)."""
    client.force_login(owner)
    return client


@pytest.fixture
def stranger_client(client, stranger):
    client.force_login(stranger)
    return client
