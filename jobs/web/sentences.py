"""Reading and editing a job's sentences."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods

from jobs import selectors, services
from jobs.models import Sentence
from jobs.web.common import export_links
from jobs.web.forms import SentenceEditForm
from novelproc.errors import ProcessingError

PER_PAGE = 50


@login_required
@require_GET
def sentence_list(request: HttpRequest, job_id) -> HttpResponse:
    job = selectors.job_get(owner=request.user, job_id=job_id)
    query = request.GET.get("q", "").strip()[:200]
    paginator = Paginator(selectors.sentence_list(job=job, search=query), PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "job": job,
        "page": page,
        "q": query,
        "exports": export_links(job.id),
        "fragments_on_page": any(s.stands_alone is False and not s.is_edited for s in page),
    }
    # A search typed into the box swaps only the results.
    template = "jobs/_sentence_results.html" if request.headers.get("HX-Request") else "jobs/sentences.html"
    return render(request, template, context)


@login_required
@require_GET
def sentence_row(request: HttpRequest, sentence_id: int) -> HttpResponse:
    sentence = selectors.sentence_get(owner=request.user, sentence_id=sentence_id)
    return render(request, "jobs/_sentence_row.html", {"s": sentence})


@login_required
@require_http_methods(["GET", "POST"])
def sentence_edit(request: HttpRequest, sentence_id: int) -> HttpResponse:
    """GET: the inline edit form; POST: save and return the row (the original stays)."""
    sentence = selectors.sentence_get(owner=request.user, sentence_id=sentence_id)
    if request.method == "GET":
        form = SentenceEditForm(initial={"text": sentence.display_text})
        return _edit_form(request, sentence, form)
    form = SentenceEditForm(request.POST)
    form.is_valid()
    try:
        services.sentence_edit(sentence=sentence, text=form.cleaned_data.get("text", ""))
    except ProcessingError as exc:
        # 200 so htmx swaps the form back in with the message.
        return _edit_form(request, sentence, form, error=exc)
    return render(request, "jobs/_sentence_row.html", {"s": sentence})


def _edit_form(
    request: HttpRequest, sentence: Sentence, form: SentenceEditForm, error: ProcessingError | None = None
) -> HttpResponse:
    return render(request, "jobs/_sentence_edit.html", {"s": sentence, "form": form, "error": error})
