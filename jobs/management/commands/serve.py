"""`make run`: migrate, make a demo account, run the web server and a worker together."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from accounts.models import User
from accounts.services import credits_grant

DEMO_EMAIL = "demo@novelproc.local"
DEMO_PASSWORD = "novelproc-demo"


class Command(BaseCommand):
    help = "Run the web app, a Dramatiq worker and the periodic scheduler for local use (Ctrl-C stops all)."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default=os.environ.get("RUN_ADDR", "127.0.0.1:8000"))
        parser.add_argument("--processes", type=int, default=settings.DRAMATIQ_PROCESSES)

    def handle(self, *args, addr: str, processes: int, **options):
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        self._demo_account()
        # Each child in a session of its own: Ctrl-C (SIGINT to the terminal's whole process group) reaches
        # this command only, and each child gets one SIGTERM from it. Two signals made Dramatiq kill its
        # workers mid-chunk and broke the scheduler's lock release.
        commands = [
            [sys.executable, "manage.py", "runserver", addr, "--noreload"],
            [sys.executable, "manage.py", "rundramatiq", "--processes", str(processes), "--threads", "1"],
            # Restarts dramatiq-crontab's scheduler whenever it stops (e.g. Redis restarted empty).
            [sys.executable, "manage.py", "scheduler"],
        ]
        procs = [subprocess.Popen(command, start_new_session=True) for command in commands]
        self.stdout.write(
            self.style.SUCCESS(
                f"\nnovelproc is running at http://{addr}/\n"
                f"Sign in as {DEMO_EMAIL} / {DEMO_PASSWORD} (staff, with credits); admin at http://{addr}/admin/\n"
                "Press Ctrl-C to stop the web server, the worker and the scheduler.\n"
            )
        )
        # `kill` (SIGTERM) and a closed terminal (SIGHUP) must stop the children too, as Ctrl-C does.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        signal.signal(signal.SIGHUP, signal.default_int_handler)
        try:
            while all(p.poll() is None for p in procs):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in procs:
                try:
                    p.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(p.pid, signal.SIGKILL)  # its whole group: Dramatiq's worker processes too
        self.stdout.write("Stopped.")

    def _demo_account(self) -> None:
        user = User.objects.filter(email=DEMO_EMAIL).first()
        if user is None:
            user = User.objects.create_superuser(DEMO_EMAIL, DEMO_PASSWORD)
            credits_grant(user=user, amount=100_000, note="demo account")
