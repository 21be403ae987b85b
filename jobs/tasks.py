"""Periodic work, fired by the `manage.py crontab` scheduler (one per deployment)."""

from django.conf import settings
from dramatiq_crontab import interval

from jobs import actors

interval(seconds=settings.SWEEP_INTERVAL_S)(actors.sweep)
