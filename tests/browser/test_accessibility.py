"""axe-core on every page of the app, as a visitor and as a signed-in user, in the states a user meets them."""

from __future__ import annotations

import copy
import re

import pytest
from django.template.loader import render_to_string
from playwright.sync_api import expect

from accounts.models import User
from accounts.services import credits_grant
from jobs.models import Chunk, Job
from jobs.studysets import known_words
from jobs.studysets import services as studysets
from jobs.studysets.models import StudySet
from tests.browser.axe import AxeReport
from tests.browser.conftest import PASSWORD, sign_in
from tests.builders import finished_job

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LONG = "Il ouvrit la fenêtre, regarda la rue déserte et referma les volets sans bruit."


def _book_rows() -> list[dict]:
    rows = [{"text": "Chapitre premier", "kind": "heading", "chapter": "Chapitre premier", "page": 1}]
    rows += [
        {"text": f"Le matin numéro {n} se leva.", "chapter": "Chapitre premier", "page": 1 + n // 15} for n in range(60)
    ]
    rows += [{"text": "Chapitre deux", "kind": "heading", "chapter": "Chapitre deux", "page": 5}]
    pieces = ("Il ouvrit la fenêtre.", "Il regarda la rue déserte.", "Il referma les volets.", "Sans bruit.")
    rows += [
        {
            "text": t,
            "source_text": LONG,
            "source_index": 900,
            "chapter": "Chapitre deux",
            "page": 5,
            "stands_alone": True,
        }
        for t in pieces
    ]
    rows += [{"text": "Sans la fenêtre", "chapter": "Chapitre deux", "page": 6, "stands_alone": False}]
    rows += [{"text": "Elle buvait de l'eau claire jusqu'au soir.", "chapter": "Chapitre deux", "page": 6}]
    return rows


@pytest.fixture
def reader_user(transactional_db):
    user = User.objects.create_user("lecteur@example.com", PASSWORD)
    credits_grant(user=user, amount=500, note="welcome")
    return user


@pytest.fixture
def books(reader_user, broker):
    settings = {"max_words": 8, "min_words": 2, "style": "sentences", "processor": "local"}
    book = finished_job(
        reader_user, _book_rows(), settings=settings, page_count=6, filename="roman.pdf", credits_charged=12
    )
    running = Job.objects.create(
        owner=reader_user,
        status=Job.Status.PROCESSING,
        filename="en-cours.pdf",
        sha256="1" * 64,
        settings=settings,
        page_count=320,
        total_chunks=20,
        completed_chunks=7,
        progress_percent=35,
        current_step="Processing chunk 8 of 20",
        credits_reserved=64,
    )
    failed = Job.objects.create(
        owner=reader_user,
        status=Job.Status.FAILED,
        filename="scan.pdf",
        sha256="3" * 64,
        settings=settings,
        page_count=40,
        total_chunks=2,
        failed_chunks=2,
        progress_percent=100,
        error_code="pdf_no_text",
        error_message="This PDF has no text layer (a scan?); nothing was charged.",
    )
    for index in range(2):
        Chunk.objects.create(
            job=failed,
            index=index,
            page_start=1 + 20 * index,
            page_end=20 + 20 * index,
            status=Chunk.Status.FAILED,
            attempts=1,
            error_code="pdf_no_text",
            error_message="No text on these pages.",
        )
    # The same file and settings as the finished book: the confirm page offers the earlier result.
    draft = Job.objects.create(
        owner=reader_user,
        status=Job.Status.DRAFT,
        filename="roman.pdf",
        sha256=book.sha256,
        settings=settings,
        page_count=120,
        credits_estimated=24,
        credits_reserved=24,
    )
    word_list = studysets.word_list_create(
        owner=reader_user, name="Mes mots", words=["fenêtre", "rue", "matin", "eau", "ordinateur"]
    )
    study_set = studysets.study_set_create(owner=reader_user, job=book, word_list=word_list)
    studysets.study_set_run(set_id=study_set.pk)
    study_set = StudySet.objects.get(pk=study_set.pk)
    assert study_set.status == StudySet.Status.COMPLETED and study_set.items.exists()
    common = {"owner": reader_user, "job": book, "list_name": "Mes mots", "words": ["eau"], "max_words": 8}
    computing = StudySet.objects.create(
        **common, status=StudySet.Status.RUNNING, progress_percent=40, current_step="Choosing sentences"
    )
    broken = StudySet.objects.create(
        **common, status=StudySet.Status.FAILED, error_code="no_words", error_message="The list has no French word."
    )
    known_words.known_words_add(owner=reader_user, words=["la", "le", "il"])
    vocabulary = studysets.study_set_create(owner=reader_user, job=book, mode=StudySet.Mode.BOOK, target_percent=60)
    studysets.study_set_run(set_id=vocabulary.pk)
    return {
        "book": book,
        "vocabulary": vocabulary,
        "running": running,
        "failed": failed,
        "draft": draft,
        "set": study_set,
        "set_computing": computing,
        "set_failed": broken,
    }


@pytest.fixture
def google_configured(settings):
    """Google sign-in offered, as in production (the pages are only looked at: no OAuth round trip)."""
    providers = copy.deepcopy(settings.SOCIALACCOUNT_PROVIDERS)
    providers["google"]["APPS"] = [{"client_id": "a11y.apps.googleusercontent.com", "secret": "s", "key": ""}]
    settings.SOCIALACCOUNT_PROVIDERS = providers


def visit(page, report: AxeReport, url: str, *, ready: str = "main", name: str | None = None) -> None:
    response = page.goto(url)
    assert response is not None and response.status < 500, url
    expect(page.locator(ready).first).to_be_visible()
    report.check(page, name or url)


def check_api_docs_in_use(page, report: AxeReport) -> None:
    """Swagger UI as a user works it: operations open, "Try it out" forms, a response, the Authorize dialog."""
    create = page.locator("#operations-v1-jobs_create")
    create.locator(".opblock-summary-control").click()
    create.get_by_role("button", name="Try it out").click()
    expect(create.locator("tr[data-property-name=style] select")).to_have_attribute("aria-label", "style")
    expect(create.locator(".responses-table")).to_have_attribute("aria-label", "Responses of POST /api/v1/jobs/")
    listing = page.locator("#operations-v1-sentences_list")
    listing.locator(".opblock-summary-control").click()
    listing.get_by_role("button", name="Try it out").click()
    listing.locator("tr[data-param-name=job_id] input").fill("00000000-0000-0000-0000-000000000000")
    listing.get_by_role("button", name="Execute").click()
    expect(listing.locator(".live-responses-table")).to_be_visible()
    report.check(page, "API docs, Try it out and a response")
    page.locator(".scheme-container").get_by_role("button", name="Authorize").click()
    dialog = page.locator(".modal-ux")
    expect(dialog.locator("button.close-modal")).to_have_attribute("aria-label", "Close")
    report.check(page, "API docs, Authorize dialog")


def test_axe_finds_a_violation_it_is_shown(page, live_server):
    """The check itself can fail: a page with an unlabelled field and an image without text is reported."""
    page.goto("/")
    page.evaluate(
        """() => {
            const main = document.querySelector("main");
            main.insertAdjacentHTML("beforeend", '<input type="text" id="bad-field"><img src="/x.png" id="bad-img">');
        }"""
    )
    report = AxeReport()
    report.check(page, "/ with an unlabelled field")
    assert set(report.pages) == {"/ with an unlabelled field"}
    ids = {v["id"] for v in report.pages["/ with an unlabelled field"]}
    assert {"label", "image-alt"} <= ids
    with pytest.raises(pytest.fail.Exception, match=r"label \(critical\).*\n.*#bad-field"):
        report.assert_clean()


def test_pages_a_visitor_sees_have_no_axe_violations(page, live_server, google_configured):
    report = AxeReport()
    visit(page, report, "/")
    visit(page, report, "/accounts/login/")
    expect(page.get_by_role("link", name="Google")).to_be_visible()
    visit(page, report, "/accounts/signup/")
    page.locator("input[name=email]").fill("someone@example.com")
    page.locator("input[name=password1]").fill("short")
    page.locator("input[name=password2]").fill("other")
    page.locator("form button[type=submit]").last.click()
    expect(page.locator(".errorlist, [role=alert], .error").first).to_be_visible()
    report.check(page, "/accounts/signup/ with errors")
    visit(page, report, "/accounts/password/reset/")
    visit(page, report, "/accounts/google/login/?process=login", name="continue with Google")
    response = page.goto("/no-such-page/")
    assert response.status == 404
    report.check(page, "404 page")
    # A 500 page cannot be caused on purpose; its template is shown as the handler renders it (no request).
    page.set_content(render_to_string("500.html"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    report.check(page, "500 page")
    visit(page, report, "/api/docs/", ready=".swagger-ui .opblock", name="API docs")
    check_api_docs_in_use(page, report)
    report.assert_clean()


def test_pages_a_signed_in_reader_sees_have_no_axe_violations(page, books):
    report = AxeReport()
    book, running, draft, study_set = books["book"], books["running"], books["draft"], books["set"]
    # Without Google set up (no google_configured here), asking for it shows a page that says so.
    visit(page, report, "/accounts/google/login/?process=login", name="Google sign-in not set up")
    expect(page.get_by_role("heading", level=1)).to_contain_text("not set up")
    sign_in(page, "lecteur@example.com")
    visit(page, report, "/", name="/ signed in")
    visit(page, report, "/upload/")
    page.get_by_role("button", name="Upload and estimate").click()
    expect(page.locator("[role=alert]").first).to_be_visible()
    report.check(page, "/upload/ with errors")
    visit(page, report, f"/jobs/{draft.id}/confirm/", ready="#estimate", name="confirm page, earlier result offered")
    expect(page.get_by_role("button", name="Open the earlier result (free)")).to_be_visible()
    visit(page, report, f"/jobs/{running.id}/", ready="#job-state", name="job page, processing")
    visit(page, report, f"/jobs/{books['failed'].id}/", ready="#job-error", name="job page, failed")
    visit(page, report, f"/jobs/{book.id}/", ready="li.piece", name="job page, finished")
    visit(page, report, f"/jobs/{book.id}/delete/", name="delete page")

    visit(page, report, f"/jobs/{book.id}/sentences/?page=2", ready="li.piece", name="reader, page 2")
    page.get_by_text(re.compile(r"Chapters \(2\)")).click()
    expect(page.get_by_role("navigation", name="Chapters")).to_be_visible()
    report.check(page, "reader, contents open")
    expect(page.get_by_role("navigation", name="Chapters").get_by_role("link").first).to_have_attribute("lang", "fr")
    page.locator("li.piece", has_text="Il regarda la rue déserte.").get_by_role(
        "button", name=re.compile("Edit")
    ).click()
    expect(page.locator("form.split")).to_be_visible()
    report.check(page, "reader, edit form open")
    page.locator("textarea[name=text]").fill(" ")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".edit-form [role=alert]")).to_be_visible()
    report.check(page, "reader, edit form with an error")
    visit(page, report, f"/jobs/{book.id}/sentences/?q=fenetre", ready="#result-count", name="reader, search")
    page.get_by_label(re.compile("No headings")).check()
    expect(page.get_by_label(re.compile("No headings"))).to_be_checked()
    report.check(page, "reader, search with export options")

    visit(page, report, "/history/")
    visit(page, report, "/history/?q=nothing-matches", name="history, no match")
    visit(page, report, "/account/")
    page.get_by_role("button", name="Create token").click()
    expect(page.locator("#api-token")).to_be_visible()
    report.check(page, "/account/ with a new token")
    visit(page, report, "/study-sets/")
    visit(page, report, f"/jobs/{book.id}/study-sets/", name="study sets of a job")
    visit(page, report, f"/study-sets/{study_set.id}/", ready="#items", name="a study set")
    expect(page.locator("#items strong").first).to_have_attribute("lang", "fr")  # read in a French voice
    item = study_set.items.first()
    visit(page, report, f"/study-sets/{study_set.id}/items/{item.id}/swap/", name="swap page")
    visit(page, report, f"/study-sets/{books['set_computing'].id}/", ready="#set-status", name="a study set computing")
    visit(page, report, f"/study-sets/{books['set_failed'].id}/", ready="#set-error", name="a failed study set")
    visit(page, report, f"/study-sets/{books['vocabulary'].id}/", ready="#coverage-curve", name="a book vocabulary set")
    visit(page, report, "/known-words/", ready="#known-edit", name="known words")
    visit(page, report, "/word-lists/new/")
    visit(page, report, "/accounts/password/change/")
    visit(page, report, "/accounts/email/")
    visit(page, report, "/accounts/3rdparty/")
    visit(page, report, "/accounts/sessions/")
    response = page.goto(f"/jobs/{book.id}0/")
    assert response.status == 404
    report.check(page, "404 page signed in")

    # Phone width: tables become cards and the navigation wraps; colours and names must hold there too.
    page.set_viewport_size(PHONE)
    visit(page, report, f"/jobs/{book.id}/sentences/?q=fenetre", ready="#result-count", name="reader, search (phone)")
    visit(page, report, f"/jobs/{book.id}/", ready="li.piece", name="job page, finished (phone)")
    visit(page, report, "/history/", name="history (phone)")
    visit(page, report, "/account/", name="account (phone)")
    visit(page, report, "/study-sets/", name="study sets (phone)")
    report.assert_clean()


def test_admin_pages_have_no_axe_violations(page, books, staff):
    report = AxeReport()
    sign_in(page, staff.email, "staff-pass-123")
    failed, reader = books["failed"], books["book"].owner
    visit(page, report, "/admin/", ready="#content", name="admin index")
    visit(page, report, "/admin/jobs/job/", ready="#result_list", name="admin jobs")
    visit(page, report, f"/admin/jobs/job/{failed.id}/change/", ready="#chunks-group", name="admin job with its chunks")
    expect(page.locator("#chunks-group tr.form-row")).to_have_count(2)
    page.locator("input[name=_continue]").click()  # the chunks' formset still saves
    expect(page.locator(".messagelist .success")).to_be_visible()
    visit(page, report, "/admin/jobs/job/operations/", ready="#content", name="admin operations")
    visit(page, report, "/admin/accounts/user/", ready="#result_list", name="admin users")
    page.locator(f"input[name=_selected_action][value='{reader.pk}']").check()
    page.locator("select[name=action]").select_option("grant_credits")
    page.locator("button[name=index]").click()
    expect(page.get_by_role("heading", name="Grant credits")).to_be_visible()
    report.check(page, "admin, grant credits")
    visit(page, report, "/admin/accounts/creditentry/", ready="#result_list", name="admin credit entries")
    report.assert_clean()
