"""The job page, its polled status partial, and the cancel / retry / delete actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jobs import selectors, services
from jobs.models import Job
from jobs.web.common import duration_text, flash_error, quality_rows
from novelproc.errors import ProcessingError


def _status_context(job: Job) -> dict:
    """Everything here comes from the one job row (selectors.STATUS_FIELDS): no further queries."""
    return {
        "job": job,
        "quality": quality_rows(job.quality) if job.is_final else [],
        # Quality was measured on the sentences as generated; merges and splits change the count since.
        "generated_count": (job.quality or {}).get("sentences"),
        "eta": _time_left(job.eta),
        "elapsed": duration_text(job.elapsed),
    }


def _time_left(eta: timedelta | None) -> str:
    if eta is None:
        return ""
    return "a few seconds" if eta < timedelta(seconds=5) else f"about {duration_text(eta)}"


@login_required
@require_GET
def detail(request: HttpRequest, job_id) -> HttpResponse:
    job = selectors.job_status(owner=request.user, job_id=job_id)
    if job.status == Job.Status.DRAFT:
        return redirect("job_confirm", job_id=job.id)
    return render(request, "jobs/detail.html", _status_context(job))


@login_required
@require_GET
def status(request: HttpRequest, job_id) -> HttpResponse:
    """The partial htmx polls every 2 s: one query for the job (only the status fields)."""
    job = selectors.job_status(owner=request.user, job_id=job_id)
    return render(request, "jobs/_status.html", _status_context(job))


def _job_action(request: HttpRequest, job_id, action: Callable[..., object], done: str) -> HttpResponse:
    """Run one service on the user's job; a refusal shows as a message on the job page."""
    job = selectors.job_get(owner=request.user, job_id=job_id)
    try:
        action(job=job)
    except ProcessingError as exc:
        flash_error(request, exc)
    else:
        messages.success(request, done)
    return redirect("job_detail", job_id=job.id)


@login_required
@require_http_methods(["GET", "POST"])
def cancel(request: HttpRequest, job_id) -> HttpResponse:
    """GET says what a cancel keeps and charges and asks for confirmation; POST cancels."""
    if request.method == "POST":
        done = "The job was cancelled; unspent credits went back to your balance."
        return _job_action(request, job_id, services.job_cancel, done)
    job = selectors.job_get(owner=request.user, job_id=job_id)
    if not job.is_active:
        messages.error(request, "Only a job that is still running can be cancelled.")
        return redirect("job_detail", job_id=job.id)
    return render(request, "jobs/cancel.html", {"job": job, **services.job_cancel_preview(job=job)})


@login_required
@require_POST
def retry(request: HttpRequest, job_id) -> HttpResponse:
    return _job_action(request, job_id, services.job_retry_failed, "Retrying the failed parts.")


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, job_id) -> HttpResponse:
    """GET asks for confirmation; POST deletes the job, its file and its sentences."""
    job = selectors.job_get(owner=request.user, job_id=job_id)
    if request.method == "GET":
        return render(request, "jobs/delete.html", {"job": job})
    services.job_delete(job=job)
    messages.success(request, f"Deleted {job.filename}.")
    return redirect("history")
