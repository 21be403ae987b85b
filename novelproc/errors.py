"""The one exception hierarchy every service raises.

Each error carries a stable snake_case ``code`` (part of the API contract),
a human message, the HTTP status the API answers with, and optional
per-field messages.
"""

from __future__ import annotations


class ProcessingError(Exception):
    code: str = "error"
    status: int = 400

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int | None = None,
        fields: dict[str, list[str]] | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status
        self.fields = fields or {}
        self.retry_after = retry_after

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InvalidInput(ProcessingError):
    """The request itself is wrong (400)."""

    status = 400


class UnprocessablePdf(ProcessingError):
    """A well-formed request whose PDF cannot be processed (422)."""

    status = 422


class FileTooLarge(ProcessingError):
    code = "file_too_large"
    status = 413


class NotConfigured(ProcessingError):
    """A feature this server has not been set up for (422): nothing the user can change but their choice."""

    status = 422


class InsufficientCredits(ProcessingError):
    code = "insufficient_credits"
    status = 402


class Conflict(ProcessingError):
    """The action does not fit the object's current state (409)."""

    status = 409


class NotFound(ProcessingError):
    code = "not_found"
    status = 404


class Throttled(ProcessingError):
    code = "throttled"
    status = 429


class TransientError(ProcessingError):
    """A failure worth retrying later (rate limit, 5xx, timeout)."""

    code = "transient_error"
    status = 503
