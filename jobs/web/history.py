"""The user's jobs, newest first, searchable by file name and filterable by status."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from jobs import selectors
from jobs.web.forms import HistoryFilterForm

PER_PAGE = 25


@login_required
@require_GET
def history(request: HttpRequest) -> HttpResponse:
    form = HistoryFilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    jobs = selectors.job_list(owner=request.user, search=filters.get("q", ""), status=filters.get("status", ""))
    page = Paginator(jobs, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "jobs/history.html", {"form": form, "page": page, "filters": filters})
