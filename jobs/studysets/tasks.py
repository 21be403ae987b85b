"""Periodic work for study sets, fired by the `manage.py crontab` scheduler.

The schedule sits on the actor (`@interval` on the study sets' sweep); this
loads the app's actors modules as the workers find them.
"""

from novelproc.discovery import import_actors

import_actors("jobs.studysets")
