"""Dramatiq middleware (loaded with the broker, before Django apps are ready)."""

from __future__ import annotations

import dramatiq


class SweepOnBoot(dramatiq.Middleware):
    """A restarted worker first brings home what a killed one left behind."""

    def after_worker_boot(self, broker, worker):
        from jobs.actors import sweep

        sweep.send()


class WarmUpOnBoot(dramatiq.Middleware):
    """Load the French parser before taking work, not inside the first chunk of a job.

    Each worker process loads it once anyway; doing it at boot keeps the
    ~2-5 s load off every job that a fresh worker picks up first.
    """

    def before_worker_boot(self, broker, worker):
        from jobs.processors.nlp import get_nlp

        get_nlp()("Le premier appel initialise le modèle.")
