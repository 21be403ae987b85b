"""Small helpers shared by the job pages."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.http import HttpRequest
from django.urls import reverse

from jobs.exports.sheets import sheets_available
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
    # The message is for people; the code is for API clients and stays out of the page.
    messages.error(request, exc.message)


def export_links(job_id) -> dict:
    """Export URLs for a job."""
    files = {fmt: reverse("job_export", args=[job_id, fmt]) for fmt in EXPORT_FORMATS}
    sheets = reverse("job_export_sheets", args=[job_id]) if sheets_available() else None
    return {"files": files, "sheets": sheets}


QUALITY_LABELS = {
    "sentences": "Sentences",
    "within_limit": "Within the length limit",
    "standalone": "Stand alone (a main clause, nothing cut off)",
    "shaped": "Shaped as a sentence (capital to end mark)",
    "content_recall": "Content words of the book kept",
    "content_invented": "Content words added",
    "coverage": "Words of the book kept",
    "over_limit_dialogue": "Dialogue kept whole over the limit",
}
SHARES = {"within_limit", "standalone", "shaped", "content_recall", "content_invented", "coverage"}
# Shown beside the share they qualify rather than as rows of their own.
_STANDALONE_BASES = {"standalone_judged": "of {:,} judged", "standalone_sampled": "on a sample of {:,}"}


def quality_rows(quality: dict) -> list[tuple[str, str]]:
    """The quality figures a job recorded, labelled and formatted for reading.

    Jobs keep the dict their merge stored, so older jobs show older figures
    (a stand-alone share measured on a sample says so).
    """
    quality = quality or {}
    rows = []
    for key, value in quality.items():
        # "sentences" is shown with the job's counts, where headings are counted apart.
        if isinstance(value, dict | list) or key in _STANDALONE_BASES or key == "sentences":
            continue
        label = QUALITY_LABELS.get(key, key.replace("_", " ").capitalize())
        if value is None:
            text = "not measured"
        elif key in SHARES and isinstance(value, int | float):
            text = f"{value * 100:.1f}%"
        elif isinstance(value, float):
            text = f"{value:.2f}"
        elif isinstance(value, int):
            text = f"{value:,}"
        else:
            text = str(value)
        if key == "standalone" and value is not None:
            text += "".join(
                f" {base.format(quality[name])}"
                for name, base in _STANDALONE_BASES.items()
                if isinstance(quality.get(name), int)
            )
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
