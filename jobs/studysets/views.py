"""Web pages for study sets and word lists (login required, owner only: others get 404)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jobs.exports.responses import file_response
from jobs.exports.services import export_rate_check
from jobs.exports.sheets import GoogleAuthorizationRequired, authorize_url, sheets_available
from jobs.selectors import job_get
from jobs.studysets import curve, known_words, selectors, services, wordlists
from jobs.studysets.export import study_set_export, study_set_export_sheets
from jobs.studysets.forms import KnownWordsEditForm, KnownWordsImportForm, StudySetForm, WordListForm
from jobs.uploads import limit_upload_size
from jobs.web.common import EXPORT_FORMATS, flash_error
from novelproc.errors import FileTooLarge, ProcessingError, Throttled


def _default_name() -> str:
    return wordlists.default_list_name(settings.STUDYSET_TOP_N)


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    context = {
        "sets": selectors.study_set_list(owner=request.user)[:200],
        "lists": selectors.word_list_list(owner=request.user),
    }
    return render(request, "studysets/index.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def for_job(request: HttpRequest, job_id) -> HttpResponse:
    job = job_get(owner=request.user, job_id=job_id)
    lists = list(selectors.word_list_list(owner=request.user))
    form = StudySetForm(request.POST or None, lists=lists, default_name=_default_name())
    error = None
    if request.method == "POST" and form.is_valid():
        word_list_id = form.cleaned_data["word_list"]
        word_list = selectors.word_list_get(owner=request.user, list_id=word_list_id) if word_list_id else None
        try:
            study_set = services.study_set_create(
                owner=request.user,
                job=job,
                mode=form.cleaned_data["mode"],
                word_list=word_list,
                target_percent=form.cleaned_data["target_percent"] or 90,
                chapters=form.cleaned_data["chapters"] or 0,
            )
        except ProcessingError as exc:
            error = exc
        else:
            return redirect("study_set_detail", set_id=study_set.pk)
    context = {
        "job": job,
        "form": form,
        "error": error,
        "sets": selectors.study_set_list(owner=request.user, job=job),
        "price": settings.STUDYSET_PRICE_CREDITS,
        "known_count": known_words.known_word_list(owner=request.user).count(),
    }
    return render(request, "studysets/job.html", context, status=400 if error else 200)


def _set_context(study_set) -> dict:
    return {
        "set": study_set,
        "formats": EXPORT_FORMATS,
        "sheets_available": sheets_available(),
        "curve": curve.drawing(study_set),
    }


@login_required
@require_GET
def detail(request: HttpRequest, set_id) -> HttpResponse:
    study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
    context = _set_context(study_set)
    context["items"] = selectors.study_set_items(study_set=study_set) if not study_set.is_active else []
    return render(request, "studysets/detail.html", context)


@login_required
@require_GET
def status(request: HttpRequest, set_id) -> HttpResponse:
    study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
    if not study_set.is_active:
        # Finished: the page reloads to show the set (htmx follows HX-Refresh).
        response = HttpResponse(status=204)
        response["HX-Refresh"] = "true"
        return response
    return render(request, "studysets/_status.html", _set_context(study_set))


@login_required
@require_http_methods(["GET", "POST"])
def swap(request: HttpRequest, set_id, item_id: int) -> HttpResponse:
    study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
    item = selectors.study_set_item_get(study_set=study_set, item_id=item_id)
    if request.method == "POST":
        try:
            services.study_set_swap(study_set=study_set, item=item, sentence_id=int(request.POST.get("sentence") or 0))
        except (ProcessingError, ValueError) as exc:
            messages.error(request, getattr(exc, "message", "Choose one of the offered sentences."))
        else:
            messages.success(request, "Sentence swapped; the set covers the same words.")
        return redirect("study_set_detail", set_id=study_set.pk)
    needed, alternatives = selectors.swap_alternatives(
        study_set=study_set, item=item, limit=settings.STUDYSET_SWAP_CHOICES
    )
    context = {"set": study_set, "item": item, "needed": needed, "alternatives": alternatives}
    return render(request, "studysets/swap.html", context)


@login_required
@require_POST
def delete(request: HttpRequest, set_id) -> HttpResponse:
    study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
    try:
        services.study_set_delete(study_set=study_set)
    except ProcessingError as exc:
        flash_error(request, exc)
        return redirect("study_set_detail", set_id=study_set.pk)
    messages.success(request, "Study set deleted.")
    return redirect("job_study_sets", job_id=study_set.job_id)


@login_required
@require_GET
def export_file(request: HttpRequest, set_id, fmt: str) -> HttpResponse:
    study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
    try:
        export_rate_check(user_id=request.user.pk)
        filename, content_type, body = study_set_export(
            study_set=study_set,
            fmt=fmt,
            bom=request.GET.get("bom") == "1",
            subdecks=request.GET.get("subdecks") == "1",
        )
    except Throttled as exc:
        response = HttpResponse(exc.message, status=429, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(exc.retry_after or 60)
        return response
    except ProcessingError as exc:
        flash_error(request, exc)
        return redirect("study_set_detail", set_id=study_set.pk)
    return file_response(filename, content_type, body)


@login_required
@require_POST
def export_sheets(request: HttpRequest, set_id) -> HttpResponse:
    study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
    try:
        export_rate_check(user_id=request.user.pk)
        result = study_set_export_sheets(
            study_set=study_set,
            user=request.user,
            mode=request.POST.get("mode") or "new",
            spreadsheet_id=request.POST.get("spreadsheet_id", ""),
            sheet=request.POST.get("sheet", ""),
        )
    except GoogleAuthorizationRequired:
        # Back to the set page once the Sheets scope is granted; the user exports again from there.
        return redirect(authorize_url(next_url=reverse("study_set_detail", args=[study_set.pk])))
    except ProcessingError as exc:
        flash_error(request, exc)
        return redirect("study_set_detail", set_id=study_set.pk)
    return redirect(result.url)


@csrf_exempt  # CSRF is checked by _word_list_new, after the size-limited handler is in place
@login_required
@require_http_methods(["GET", "POST"])
def word_list_new(request: HttpRequest) -> HttpResponse:
    # As for PDF uploads: the handler must be installed before CsrfViewMiddleware would read the body.
    if request.method == "POST":
        limit_upload_size(request)
        try:
            request.POST, request.FILES  # noqa: B018
        except FileTooLarge as exc:
            return _word_list_page(request, WordListForm(), exc)
    return _word_list_new(request)


@csrf_protect
def _word_list_new(request: HttpRequest) -> HttpResponse:
    form = WordListForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            word_list = services.word_list_create(
                owner=request.user, name=data["name"], text=data["text"], upload=data["file"]
            )
        except ProcessingError as exc:
            return _word_list_page(request, form, exc)
        messages.success(request, f"Saved “{word_list.name}” ({len(word_list.words)} words).")
        return redirect("study_set_index")
    return _word_list_page(request, form)


def _word_list_page(request: HttpRequest, form: WordListForm, error: ProcessingError | None = None) -> HttpResponse:
    status = error.status if error else 200
    return render(request, "studysets/word_list_new.html", {"form": form, "error": error}, status=status)


@login_required
@require_POST
def word_list_remove(request: HttpRequest, list_id: int) -> HttpResponse:
    services.word_list_delete(word_list=selectors.word_list_get(owner=request.user, list_id=list_id))
    messages.success(request, "Word list deleted.")
    return redirect("study_set_index")


@login_required
@require_GET
def known_page(request: HttpRequest) -> HttpResponse:
    return render(request, "studysets/known_words.html", _known_context(request))


def _known_context(request: HttpRequest, **forms_) -> dict:
    words = list(known_words.known_word_list(owner=request.user).values_list("word", flat=True))
    return {
        "words": words,
        "import_form": forms_.get("import_form") or KnownWordsImportForm(),
        "edit_form": forms_.get("edit_form") or KnownWordsEditForm(initial={"text": "\n".join(words)}),
        "error": forms_.get("error"),
    }


@csrf_exempt  # CSRF is checked by _known_import, after the size-limited handler is in place
@login_required
@require_POST
def known_import(request: HttpRequest) -> HttpResponse:
    # As for PDF uploads: the handler must be installed before CsrfViewMiddleware would read the body.
    limit_upload_size(request)
    try:
        request.POST, request.FILES  # noqa: B018
    except FileTooLarge as exc:
        return render(request, "studysets/known_words.html", _known_context(request, error=exc), status=exc.status)
    return _known_import(request)


@csrf_protect
def _known_import(request: HttpRequest) -> HttpResponse:
    form = KnownWordsImportForm(request.POST, request.FILES)
    error = None
    if form.is_valid():
        try:
            added, found = known_words.known_words_add(
                owner=request.user, text=form.cleaned_data["text"], upload=form.cleaned_data["file"]
            )
        except ProcessingError as exc:
            error = exc
        else:
            messages.success(request, f"{found:,} words read, {added:,} new.")
            return redirect("known_words")
    context = _known_context(request, import_form=form, error=error)
    return render(request, "studysets/known_words.html", context, status=400)


@login_required
@require_POST
def known_edit(request: HttpRequest) -> HttpResponse:
    form = KnownWordsEditForm(request.POST)
    error = None
    if form.is_valid():
        try:
            count = known_words.known_words_replace(owner=request.user, text=form.cleaned_data["text"])
        except ProcessingError as exc:
            error = exc
        else:
            messages.success(request, f"Saved: {count:,} known words.")
            return redirect("known_words")
    return render(request, "studysets/known_words.html", _known_context(request, edit_form=form, error=error), 400)


@login_required
@require_GET
def known_export(request: HttpRequest) -> HttpResponse:
    return file_response(
        "known words.txt", "text/plain; charset=utf-8", known_words.known_words_export(owner=request.user)
    )
