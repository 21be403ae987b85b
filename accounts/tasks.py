"""Periodic work for accounts, fired by the `manage.py crontab` scheduler."""

from dramatiq_crontab import cron

from accounts import actors

cron("0 0 1 * *")(actors.monthly_grant)
