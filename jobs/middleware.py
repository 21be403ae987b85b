"""Dramatiq middleware (loaded with the broker, before Django apps are ready)."""

from __future__ import annotations

import dramatiq


class SweepOnBoot(dramatiq.Middleware):
    """A restarted worker first brings home what a killed one left behind."""

    def after_worker_boot(self, broker, worker):
        from jobs.actors import sweep

        sweep.send()
