"""Editing a piece in the reader: its text inline, undo, merge with the next piece, split at a word.

Text edits swap the one row. Undo, merge and split renumber what follows,
so they answer with the reader's results block for the state the page was
in (``#reader-state``); a refusal swaps the edit form back in with the
service's message (never its code).
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jobs import selectors, services
from jobs.models import Sentence
from jobs.sentence_edits import EditResult
from jobs.web.forms import SentenceEditForm
from jobs.web.sentences import ReaderState, reader_context
from novelproc.errors import ProcessingError


@login_required
@require_GET
def row(request: HttpRequest, sentence_id: int) -> HttpResponse:
    """The row as read (after Cancel): focus goes back to its Edit button."""
    sentence = selectors.sentence_get(owner=request.user, sentence_id=sentence_id)
    return _row(request, sentence)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, sentence_id: int) -> HttpResponse:
    """GET: the inline edit form; POST: save and return the row (the generated text stays)."""
    sentence = selectors.sentence_get(owner=request.user, sentence_id=sentence_id)
    if request.method == "GET":
        return _edit_form(request, sentence, SentenceEditForm(initial={"text": sentence.display_text}))
    form = SentenceEditForm(request.POST)
    form.is_valid()
    try:
        services.sentence_edit(sentence=sentence, text=form.cleaned_data.get("text", ""))
    except ProcessingError as exc:
        # 200 so htmx swaps the form back in with the message.
        return _edit_form(request, sentence, form, error=exc)
    return _row(request, sentence)


@login_required
@require_POST
def undo(request: HttpRequest, sentence_id: int) -> HttpResponse:
    return _reshape(request, sentence_id, lambda s: services.sentence_undo(sentence=s))


@login_required
@require_POST
def merge(request: HttpRequest, sentence_id: int) -> HttpResponse:
    return _reshape(request, sentence_id, lambda s: services.sentence_merge_next(sentence=s))


@login_required
@require_POST
def split(request: HttpRequest, sentence_id: int) -> HttpResponse:
    try:
        at = int(request.POST.get("at", ""))
    except ValueError:
        at = 0  # refused by the service with its message
    return _reshape(request, sentence_id, lambda s: services.sentence_split(sentence=s, at=at))


def _reshape(request: HttpRequest, sentence_id: int, action: Callable[[Sentence], EditResult]) -> HttpResponse:
    sentence = selectors.sentence_get(owner=request.user, sentence_id=sentence_id)
    try:
        result = action(sentence)
    except ProcessingError as exc:
        form = SentenceEditForm(initial={"text": sentence.display_text})
        response = _edit_form(request, sentence, form, error=exc)
        response["HX-Retarget"] = f"#sentence-{sentence.pk}"
        response["HX-Reswap"] = "outerHTML"
        return response
    context = reader_context(sentence.job, ReaderState.from_query(request.POST))
    context["focus_id"] = result.focus.pk
    return render(request, "jobs/_sentence_results.html", context)


def _row(request: HttpRequest, sentence: Sentence) -> HttpResponse:
    sentence.mergeable = False  # the row alone: the edit form asks again when opened
    context = {"s": sentence, "q": "", "focus_id": sentence.pk, "limit": (sentence.job.settings or {}).get("max_words")}
    return render(request, "jobs/_sentence_row.html", context)


def _edit_form(
    request: HttpRequest, sentence: Sentence, form: SentenceEditForm, error: ProcessingError | None = None
) -> HttpResponse:
    context = {
        "s": sentence,
        "form": form,
        "error": error,
        "words": sentence.display_text.split(),
        "can_merge": sentence.kind == Sentence.Kind.SENTENCE
        and selectors.sentence_has_next_in_original(sentence=sentence),
        "can_undo": sentence.is_edited,
    }
    return render(request, "jobs/_sentence_edit.html", context)
