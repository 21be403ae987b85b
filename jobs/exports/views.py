"""Web adapters for exports: a file download and a Google Sheets export (login required, owner only)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_http_methods

from jobs.exports.responses import file_response, job_page
from jobs.exports.services import export_job, export_rate_check, parse_ids, parse_switch
from jobs.exports.sheets import GoogleAuthorizationRequired, authorize_url, export_job_to_sheets
from jobs.selectors import job_get
from jobs.web.common import export_links
from novelproc.errors import ProcessingError, Throttled

PENDING_SHEETS = "exports.pending_sheets"
OPTIONS = ("skip_headings", "skip_fragments")


def export_params(query) -> dict:
    params = {"search": query.get("q", "").strip(), "ids": parse_ids(query.get("ids"))}
    return params | {name: parse_switch(query.get(name), name=name) for name in OPTIONS}


def error_response(request: HttpRequest, job_id, exc: ProcessingError) -> HttpResponse:
    if isinstance(exc, Throttled):
        response = HttpResponse(exc.message, status=429, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(exc.retry_after or 60)
        return response
    messages.error(request, exc.message)
    return HttpResponseRedirect(job_page(job_id))


@login_required
@require_GET
def job_export(request: HttpRequest, job_id, fmt: str) -> HttpResponse:
    job = job_get(owner=request.user, job_id=job_id)
    try:
        export_rate_check(user_id=request.user.pk)
        params = export_params(request.GET)
        filename, content_type, body = export_job(job=job, fmt=fmt, bom=request.GET.get("bom") == "1", **params)
    except ProcessingError as exc:
        return error_response(request, job.pk, exc)
    return file_response(filename, content_type, body)


@login_required
@require_GET
def job_export_panel(request: HttpRequest, job_id) -> HttpResponse:
    """The export links again, carrying the options ticked in the panel (htmx swaps the panel)."""
    job = job_get(owner=request.user, job_id=job_id)
    q = request.GET.get("q", "").strip()[:200]
    chosen = {name: request.GET.get(name) == "1" for name in OPTIONS}
    params = ({"q": q} if q else {}) | {name: "1" for name, on in chosen.items() if on}
    query = urlencode(params)
    context = {"job": job, "q": q, "exports": export_links(job.pk), "export_query": query, **chosen}
    return render(request, "jobs/_exports.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def job_export_sheets(request: HttpRequest, job_id) -> HttpResponse:
    """POST runs the export; GET resumes one that was waiting for the user to grant the Sheets scope."""
    job = job_get(owner=request.user, job_id=job_id)
    if request.method == "POST":
        form = {k: request.POST.get(k, "") for k in ("mode", "spreadsheet_id", "sheet", "q", "ids", *OPTIONS)}
    else:
        form = request.session.pop(PENDING_SHEETS, None)
        if not form or form.get("job_id") != str(job.pk):
            return HttpResponseRedirect(job_page(job.pk))
    try:
        export_rate_check(user_id=request.user.pk)
        result = export_job_to_sheets(
            job=job,
            user=request.user,
            mode=form["mode"] or "new",
            spreadsheet_id=form["spreadsheet_id"],
            sheet=form["sheet"],
            **export_params(form),
        )
    except GoogleAuthorizationRequired:
        request.session[PENDING_SHEETS] = {**form, "job_id": str(job.pk)}
        return HttpResponseRedirect(authorize_url(next_url=request.path))
    except ProcessingError as exc:
        return error_response(request, job.pk, exc)
    return HttpResponseRedirect(result.url)
