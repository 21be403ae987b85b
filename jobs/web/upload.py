"""Upload a PDF, see its pages and price, then confirm (or reuse an earlier result)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from jobs import selectors, services
from jobs.models import Job
from jobs.uploads import limit_upload_size
from jobs.web.common import add_field_errors, flash_error
from jobs.web.forms import UploadForm
from novelproc.errors import FileTooLarge, ProcessingError
from novelproc.ratelimits import check_user_rate


@csrf_exempt  # CSRF is checked by _upload below, after the size-limited handler is in place
@login_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    # The upload handler must be installed before anything reads the body,
    # and CsrfViewMiddleware would read it to find the token (Django's documented pattern).
    limit_upload_size(request)
    if request.method == "POST":
        try:
            # Read the body here, where a file over the limit gets its page: inside the
            # CSRF check the handler's error would escape as a server error.
            request.POST, request.FILES  # noqa: B018
        except FileTooLarge as exc:
            return _upload_error(request, UploadForm(), exc)
    return _upload(request)


@csrf_protect
def _upload(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "jobs/upload.html", {"form": UploadForm()})
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "jobs/upload.html", {"form": form}, status=400)
    try:
        # A draft stores the whole PDF: it counts against the same per-user rate as API uploads.
        check_user_rate("uploads", user_id=request.user.pk, message="Too many uploads")
        job = services.job_create(
            owner=request.user, upload=form.cleaned_data["file"], options=form.options(), confirm=False
        )
    except ProcessingError as exc:
        return _upload_error(request, form, exc)
    return redirect("job_confirm", job_id=job.id)


def _upload_error(request: HttpRequest, form: UploadForm, exc: ProcessingError) -> HttpResponse:
    add_field_errors(form, exc)
    response = render(request, "jobs/upload.html", {"form": form, "error": exc}, status=exc.status)
    if exc.retry_after:
        response["Retry-After"] = str(exc.retry_after)
    return response


def _draft_or_none(request: HttpRequest, job_id) -> Job | None:
    job = selectors.job_get(owner=request.user, job_id=job_id)
    return job if job.status == Job.Status.DRAFT else None


@login_required
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, job_id) -> HttpResponse:
    job = _draft_or_none(request, job_id)
    if job is None:
        return redirect("job_detail", job_id=job_id)
    if request.method == "POST":
        try:
            services.job_submit(job=job)
        except ProcessingError as exc:
            return _render_confirm(request, job, error=exc)
        return redirect("job_detail", job_id=job.id)
    return _render_confirm(request, job)


def _render_confirm(request: HttpRequest, job: Job, error: ProcessingError | None = None) -> HttpResponse:
    context = {"job": job, "quote": selectors.draft_quote(owner=request.user, job=job), "error": error}
    return render(request, "jobs/confirm.html", context, status=error.status if error else 200)


@login_required
@require_POST
def discard(request: HttpRequest, job_id) -> HttpResponse:
    """Cancel on the confirm page: the draft and its stored file go away."""
    job = _draft_or_none(request, job_id)
    if job is not None:
        services.job_delete(job=job)
    return redirect("upload")


@login_required
@require_POST
def reuse(request: HttpRequest, job_id) -> HttpResponse:
    """Open the earlier result for the same file and settings instead of paying again."""
    job = _draft_or_none(request, job_id)
    if job is None:
        return redirect("job_detail", job_id=job_id)
    try:
        previous = services.job_draft_reuse(job=job)
    except ProcessingError as exc:
        flash_error(request, exc)
        return redirect("job_confirm", job_id=job.id)
    return redirect("job_detail", job_id=previous.id)
