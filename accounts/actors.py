"""Accounts' actors: thin adapters over accounts.services, found by django_dramatiq's autodiscovery."""

import dramatiq
from dramatiq_crontab import cron

from accounts.services import credits_monthly_grant


@cron("0 0 1 * *")
@dramatiq.actor(queue_name="control", max_retries=3, time_limit=30 * 60_000)
def monthly_grant() -> None:
    credits_monthly_grant()
