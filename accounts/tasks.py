"""Periodic work for accounts, fired by the `manage.py crontab` scheduler.

The schedule sits on the actor (`@cron` on the monthly grant); this loads
the app's actors modules as the workers find them.
"""

from novelproc.discovery import import_actors

import_actors("accounts")
