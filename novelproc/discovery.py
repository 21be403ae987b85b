"""Actors modules found as the workers find them: each name in DRAMATIQ_AUTODISCOVER_MODULES, inside an app.

`rundramatiq` (django_dramatiq) imports them in every worker; nothing else
imports an actors module. Processes that need the actors without being
workers (the `manage.py crontab` scheduler, whose schedules sit on the
actors) load them through :func:`import_actors`.
"""

from __future__ import annotations

import importlib

from django.conf import settings
from django.utils.module_loading import module_has_submodule


def import_actors(package: str) -> list[str]:
    """Import the actors modules of the app ``package``, as django_dramatiq's autodiscovery does; returns them."""
    app = importlib.import_module(package)
    return [
        importlib.import_module(f"{package}.{name}").__name__
        for name in settings.DRAMATIQ_AUTODISCOVER_MODULES
        if module_has_submodule(app, name)
    ]
