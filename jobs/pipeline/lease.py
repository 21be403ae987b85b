"""Leases: a worker holds a row while it works on it and renews the hold while it lives.

A lease is short (CHUNK_LEASE_S) and renewed every third of it by a
thread beside the work, so a long chunk keeps its lease and a killed
worker's lease runs out one lease later, whatever the work's length.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import QuerySet
from django.utils import timezone

log = logging.getLogger(__name__)


def lease_until(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) + timedelta(seconds=settings.CHUNK_LEASE_S)


@contextmanager
def renewing(rows: QuerySet) -> Iterator[None]:
    """Renew ``lease_expires_at`` on ``rows`` until the block ends.

    ``rows`` should match only while this worker still holds them (status
    and attempt in the filter), so a renewal never extends a lease that
    another worker has taken over.
    """
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.CHUNK_LEASE_S / 3):
                try:
                    rows.update(lease_expires_at=lease_until())
                except DatabaseError as exc:
                    log.warning("lease renewal failed: %s", exc.__class__.__name__)
        finally:
            connection.close()  # this thread's own connection

    thread = threading.Thread(target=beat, name="lease", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        # A renewal waits on a row lock at most until the transaction holding it ends.
        thread.join(timeout=5)
