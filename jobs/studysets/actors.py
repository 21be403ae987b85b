"""Study set actors: thin adapters over jobs.studysets.services, found by django_dramatiq's autodiscovery."""

from __future__ import annotations

import logging

import dramatiq
from django.conf import settings
from dramatiq_crontab import interval

from jobs import dispatch, queues
from jobs.studysets import services
from novelproc.errors import ProcessingError

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


@dramatiq.actor(actor_name=dispatch.STUDY_SET, queue_name=queues.CHUNKS, max_retries=0, time_limit=20 * MINUTE_MS)
def compute_study_set(set_id: str) -> None:
    try:
        services.study_set_run(set_id=set_id)
    except ProcessingError as exc:
        services.study_set_fail(set_id=set_id, code=exc.code, message=exc.message)
    except BaseException as exc:
        # Record the failure (and refund) at the actor's edge, then let Dramatiq log it.
        services.study_set_fail(set_id=set_id, code="internal_error", message="The study set could not be computed.")
        log.exception("study set crashed set=%s", set_id)
        raise exc


@interval(seconds=settings.SWEEP_INTERVAL_S)
@dramatiq.actor(
    actor_name=dispatch.STUDY_SETS_SWEEP, queue_name=queues.CONTROL, max_retries=0, time_limit=5 * MINUTE_MS
)
def sweep_study_sets() -> None:
    """Every SWEEP_INTERVAL_S and whenever a worker boots: no set stays queued or running forever."""
    services.study_sets_sweep()
