"""Periodic work, fired by the `manage.py crontab` scheduler (one per deployment).

The schedule sits on the actor (`@interval` on the sweep); the scheduler
imports each app's tasks module, and this one loads the app's actors modules
as the workers find them.
"""

from novelproc.discovery import import_actors

import_actors("jobs")
