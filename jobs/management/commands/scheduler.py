"""`manage.py scheduler`: the periodic scheduler (`manage.py crontab`), restarted whenever it stops.

dramatiq-crontab's scheduler holds a lock in Redis and exits when it loses
it, which is what happens when Redis restarts empty; it also exits when
Redis is unreachable at start. This command runs it as a child process and
starts it again a moment later, for as long as the command itself runs, so
the sweep keeps firing across Redis restarts. SIGTERM or Ctrl-C stops both.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

RESTART_DELAY_S = 2.0


class Command(BaseCommand):
    help = "Run the periodic scheduler (manage.py crontab) and restart it whenever it stops."

    def handle(self, *args, **options):
        stopping = False
        child: subprocess.Popen | None = None

        def stop(signum, frame):
            nonlocal stopping
            stopping = True
            if child is not None and child.poll() is None:
                child.send_signal(signal.SIGTERM)

        command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "crontab", "--no-heartbeat"]
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        while not stopping:
            child = subprocess.Popen(command)
            code = child.wait()
            if stopping:
                break
            self.stderr.write(f"The scheduler stopped (exit code {code}); starting it again in {RESTART_DELAY_S} s.")
            deadline = time.monotonic() + RESTART_DELAY_S
            while not stopping and time.monotonic() < deadline:
                time.sleep(0.1)
        self.stdout.write("Scheduler stopped.")
