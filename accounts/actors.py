import dramatiq

from accounts.services import credits_monthly_grant


@dramatiq.actor(queue_name="control", max_retries=3, time_limit=30 * 60_000)
def monthly_grant() -> None:
    credits_monthly_grant()
