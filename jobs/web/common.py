"""Small helpers shared by the job pages."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.http import HttpRequest
from django.urls import reverse

from novelproc.errors import ProcessingError

EXPORT_FORMATS = ("csv", "tsv", "txt", "apkg")


def add_field_errors(form: forms.Form, exc: ProcessingError) -> None:
    """Put a service error's per-field messages on the form fields that exist.

    The error's own message and code are shown above the form by the template.
    """
    for name, problems in exc.fields.items():
        if name in form.fields:
            for problem in problems:
                form.add_error(name, problem)


def flash_error(request: HttpRequest, exc: ProcessingError) -> None:
    messages.error(request, f"{exc.message} ({exc.code})")


def export_links(job_id) -> dict:
    """Export URLs for a job."""
    files = {fmt: reverse("job_export", args=[job_id, fmt]) for fmt in EXPORT_FORMATS}
    return {"files": files, "sheets": reverse("job_export_sheets", args=[job_id])}


QUALITY_LABELS = {
    "sentences": "Sentences",
    "within_limit": "Within the length limit",
    "standalone": "Stand-alone (subject and verb)",
    "coverage": "Words of the book kept",
    "over_limit_dialogue": "Dialogue kept whole over the limit",
    "standalone_sampled": "Sentences checked for stand-alone",
}
SHARES = {"within_limit", "standalone", "coverage"}


def quality_rows(quality: dict) -> list[tuple[str, str]]:
    """The quality figures a job recorded, labelled and formatted for reading."""
    rows = []
    for key, value in (quality or {}).items():
        if isinstance(value, dict | list):
            continue
        label = QUALITY_LABELS.get(key, key.replace("_", " ").capitalize())
        if value is None:
            text = "not measured"
        elif key in SHARES and isinstance(value, int | float):
            text = f"{value * 100:.1f}%"
        elif isinstance(value, float):
            text = f"{value:.2f}"
        else:
            text = str(value)
        rows.append((label, text))
    return rows


def duration_text(delta: timedelta | None) -> str:
    if delta is None:
        return ""
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"
