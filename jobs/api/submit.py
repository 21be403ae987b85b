"""Turning an API upload into a dry-run estimate, a duplicate answer or a new job.

The order is fixed by what each step needs: the duplicate check needs the
file's sha256, which only a pass over the upload gives; so a possible
duplicate is checked with :func:`jobs.services.job_estimate` (stores nothing)
before :func:`jobs.services.job_create` stores and charges. To avoid reading
every upload twice, the sha256 pass only runs when the user has a completed
job of exactly this size and these settings (a same-sha256 file has the
same size).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.files.uploadedfile import UploadedFile

from accounts.models import User
from jobs import selectors, services
from jobs.models import Job
from novelproc.errors import InvalidInput

FLAG_FIELDS = ("dry_run", "reprocess")
_TRUE = {"1", "true", "on", "yes"}
_FALSE = {"0", "false", "off", "no", ""}


@dataclass(frozen=True)
class UploadRequest:
    upload: UploadedFile
    options: dict[str, Any]
    dry_run: bool
    reprocess: bool


@dataclass(frozen=True)
class UploadOutcome:
    job: Job | None = None  # the new job (202)
    duplicate_of: Job | None = None  # an earlier identical job (200)
    estimate: dict[str, Any] | None = None  # the dry run's answer (200)


def read_upload_request(data, files) -> UploadRequest:
    """Split the multipart form into the file, the processor settings and our flags."""
    upload = files.get("file")
    if upload is None:
        raise InvalidInput(
            "Attach the PDF as the multipart form field 'file'.",
            code="file_required",
            fields={"file": ["No file was submitted."]},
        )
    errors: dict[str, list[str]] = {}
    flags = {name: _flag(data.get(name, ""), name, errors) for name in FLAG_FIELDS}
    if errors:
        raise InvalidInput("Some fields are not valid.", code="invalid_input", fields=errors)
    options = {key: data.get(key) for key in data if key not in FLAG_FIELDS and key != "file"}
    return UploadRequest(upload=upload, options=options, **flags)


def _flag(value: Any, name: str, errors: dict[str, list[str]]) -> bool:
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text not in _FALSE:
        errors[name] = ["Must be true or false."]
    return False


def submit_upload(*, owner: User, request: UploadRequest) -> UploadOutcome:
    if request.dry_run:
        return UploadOutcome(estimate=estimate_upload(owner=owner, request=request))
    if request.reprocess:
        job = services.job_create(owner=owner, upload=request.upload, options=request.options, confirm=True)
        return UploadOutcome(job=job)
    job, reused = services.job_create_or_reuse(owner=owner, upload=request.upload, options=request.options)
    return UploadOutcome(duplicate_of=job) if reused else UploadOutcome(job=job)


def estimate_upload(*, owner: User, request: UploadRequest) -> dict[str, Any]:
    check = services.job_estimate(owner=owner, upload=request.upload, options=request.options)
    quote = selectors.upload_quote(
        owner=owner,
        filename=check.filename,
        size=check.size,
        sha256=check.sha256,
        pages=check.page_count,
        words_estimated=check.estimate.words_estimated,
        credits=check.estimate.credits,
        reserve=check.estimate.reserve,
        settings=check.options.as_dict(),
    )
    return {
        "dry_run": True,
        "filename": quote.filename,
        "size": quote.size,
        "sha256": quote.sha256,
        "pages": quote.pages,
        "words_estimated": quote.words_estimated,
        "credits": quote.credits,
        "reserve": quote.reserve,
        "balance": quote.balance,
        "affordable": quote.affordable,
        "settings": quote.settings,
        "duplicate_of": quote.previous.pk if quote.previous else None,
    }
