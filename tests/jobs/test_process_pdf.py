from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from jobs.management.commands.process_pdf import Command
from jobs.models import Job
from tests.conftest import BAD_DIR, ROOT
from tests.jobs.helpers import VERNE


def test_it_runs_the_pipeline_in_process_and_writes_csv(db, tmp_path, broker, monkeypatch):
    sent = []
    monkeypatch.setattr(broker, "enqueue", lambda message, **options: sent.append(message.actor_name))
    out = tmp_path / "verne.csv"
    call_command("process_pdf", str(VERNE), "--limit", "10", "--out", str(out))
    job = Job.objects.get()
    assert job.status == Job.Status.COMPLETED
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) - 1 == job.piece_count > 3000
    assert sent == []  # a one-process run sends nothing to workers: no split, no merge, no deletion


def test_it_writes_plain_text(db, tmp_path):
    out = tmp_path / "verne.txt"
    call_command("process_pdf", str(VERNE), "--out", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == Job.objects.get().piece_count


def test_a_bad_file_is_a_clear_command_error(db, tmp_path):
    with pytest.raises(CommandError, match=r"pdf_encrypted"):
        call_command("process_pdf", str(BAD_DIR / "encrypted_user_password.pdf"), "--out", str(tmp_path / "x.csv"))
    assert not Job.objects.exists()


def _skip_the_pipeline(monkeypatch):
    """Options are checked here, not sentences: the job stops after its creation, finished and empty."""

    def finish(self, job: Job) -> Job:
        Job.objects.filter(pk=job.pk).update(status=Job.Status.COMPLETED)
        job.refresh_from_db()
        return job

    monkeypatch.setattr(Command, "_run", finish)


@pytest.mark.parametrize("style", ["sentences", "exact"])
def test_style_goes_into_the_jobs_settings(db, tmp_path, monkeypatch, style):
    _skip_the_pipeline(monkeypatch)
    call_command("process_pdf", str(VERNE), "--style", style, "--out", str(tmp_path / "x.csv"))
    assert Job.objects.get().settings["style"] == style


def test_an_unknown_style_is_refused_before_anything_is_stored(db, tmp_path):
    with pytest.raises(CommandError, match=r"--style: invalid choice: 'simplified'"):
        call_command("process_pdf", str(VERNE), "--style", "simplified", "--out", str(tmp_path / "x.csv"))
    assert not Job.objects.exists()


def _fresh_checkout_env(var_dir) -> dict[str, str]:
    """The environment of a fresh checkout: no DATABASE_URL (the embedded SQLite in var/), no var/ yet,
    and no Redis listening."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MEDIA_ROOT", "DRAMATIQ_NAMESPACE")}
    env.update(NOVELPROC_VAR_DIR=str(var_dir), REDIS_URL="redis://127.0.0.1:9/0", PYTHONUNBUFFERED="1")
    return env


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_migrate_works_in_a_fresh_checkout(tmp_path):
    var = tmp_path / "var"
    done = _manage("migrate", env=_fresh_checkout_env(var))
    assert done.returncode == 0, done.stderr[-2000:]
    assert (var / "db.sqlite3").is_file()


def test_process_pdf_works_in_a_fresh_checkout_without_migrate_or_redis(tmp_path):
    var, out = tmp_path / "var", tmp_path / "verne.csv"
    done = _manage("process_pdf", str(VERNE), "--out", str(out), env=_fresh_checkout_env(var))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "completed:" in done.stdout
    with out.open(encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) > 3000
    assert (var / "db.sqlite3").is_file()
    # The PDF is the user's own file: no copy is left behind in var/.
    assert not [p for p in (var / "media").rglob("*") if p.is_file()]
