"""What reading a stored upload can raise when the store, not the file, is at fault.

A local directory fails with OSError; an S3-compatible bucket fails with
botocore's errors (connection refused, timeouts, 5xx, refused credentials).
Either is worth another try later; a missing object is FileNotFoundError.
"""

from __future__ import annotations

from botocore.exceptions import BotoCoreError, ClientError

STORAGE_UNAVAILABLE: tuple[type[BaseException], ...] = (OSError, BotoCoreError, ClientError)
