"""What support staff see on the admin's operations page: the queue, workers, stuck jobs."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from jobs.models import Job


def overdue_jobs() -> QuerySet[Job]:
    return Job.objects.filter(status__in=Job.ACTIVE, deadline_at__lt=timezone.now()).select_related("owner")


def stuck_jobs() -> QuerySet[Job]:
    """Active jobs that have not moved for two lease periods."""
    quiet = timezone.now() - timedelta(seconds=2 * settings.CHUNK_LEASE_S)
    return (
        Job.objects.filter(status__in=Job.ACTIVE, updated_at__lt=quiet)
        .exclude(deadline_at__lt=timezone.now())
        .select_related("owner")
    )
