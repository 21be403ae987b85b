"""The web app end to end: a real browser, the live server and a real worker."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accounts.models import CreditEntry, User
from accounts.selectors import credits_balance
from jobs.models import Job, Sentence
from tests.browser.conftest import PASSWORD, sign_in, sign_up
from tests.conftest import BAD_DIR, PDF_DIR

pytestmark = pytest.mark.browser

VERNE = PDF_DIR / "verne_secret_wilhelm_storitz.pdf"
TOLSTOI = PDF_DIR / "tolstoi_guerre_et_paix_t1.pdf"
ENCRYPTED = BAD_DIR / "encrypted_user_password.pdf"


def upload(page, path) -> None:
    page.goto("/upload/")
    page.get_by_label("PDF file").set_input_files(str(path))
    page.get_by_role("button", name="Upload and estimate").click()


def test_sign_up_then_sign_out_and_sign_in_again(page, shot):
    sign_up(page, "reader@example.com")
    expect(page.get_by_role("link", name="Account")).to_be_visible()
    assert User.objects.filter(email="reader@example.com").exists()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("navigation").get_by_role("link", name="Sign in")).to_be_visible()
    sign_in(page, "reader@example.com")
    page.goto("/account/")
    expect(page.locator("#balance")).to_contain_text("1,000")
    shot(page)


def test_upload_confirm_watch_progress_read_and_edit(page, shot, start_worker):
    start_worker(processes=1, threads=2)
    sign_up(page, "verne@example.com")
    upload(page, VERNE)
    expect(page.locator("#pages")).to_have_text("178")
    expect(page.locator("#estimate")).to_contain_text("credits")
    shot(page, "estimate")
    page.get_by_role("button", name="Confirm and start").click()
    expect(page).to_have_url(re.compile(r"/jobs/[0-9a-f-]+/$"))

    # A marker on the window survives only if the page is never reloaded.
    page.evaluate("window.__notReloaded = true")
    expect(page.locator("#progress")).to_have_attribute("value", "100", timeout=600_000)
    expect(page.locator("#job-state")).to_have_text(re.compile("Completed"), timeout=30_000)
    assert page.evaluate("window.__notReloaded") is True
    job = Job.objects.get(owner__email="verne@example.com")
    assert job.status in (Job.Status.COMPLETED, Job.Status.COMPLETED_WITH_ERRORS)
    expect(page.locator("#job-status")).not_to_have_attribute("hx-trigger", "every 2s")
    expect(page.locator("li.piece").first).to_be_visible()
    shot(page, "finished", full_page=False)

    page.locator("#open-sentences").click()
    first = page.locator("li.group:not(.heading-group)").first
    expect(first.locator(".original")).to_contain_text("Original")
    shot(page, "sentences", full_page=False)
    sentence = Sentence.objects.filter(job=job, kind=Sentence.Kind.SENTENCE).order_by("position").first()
    page.locator(f"#sentence-{sentence.id}").get_by_role("button", name=re.compile("Edit")).click()
    page.locator(f"#edit-{sentence.id}").fill("Voici ma phrase corrigée.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(f"#sentence-{sentence.id} .text")).to_have_text("Voici ma phrase corrigée.")
    page.reload()
    row = page.locator(f"#sentence-{sentence.id}")
    expect(row.locator(".text")).to_have_text("Voici ma phrase corrigée.")
    group = page.locator("li.group", has=row)
    expect(group.locator(".original")).to_contain_text(sentence.source_text[:30])
    expect(row.locator(".edited-mark")).to_be_visible()
    shot(page, "edited")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "phone", full_page=False)


def test_cancel_a_running_job_releases_its_credits(page, shot, start_worker):
    start_worker(processes=1, threads=2)
    sign_up(page, "tolstoi@example.com")
    user = User.objects.get(email="tolstoi@example.com")
    granted = credits_balance(user=user)
    upload(page, TOLSTOI)
    expect(page.locator("#pages")).to_have_text("661")
    page.get_by_role("button", name="Confirm and start").click()
    assert credits_balance(user=user) < granted  # the reservation is held
    # Cancel once the worker has picked the job up (the status partial shows it without a reload).
    expect(page.locator("#job-state")).to_have_text(re.compile("Splitting|Processing"), timeout=60_000)
    page.get_by_role("link", name="Cancel job…").click()
    expect(page.locator("#cancel-keeps")).to_be_visible()  # asked first, told what is kept and charged
    page.get_by_role("button", name="Cancel the job").click()
    expect(page.locator("#job-state")).to_have_text("Cancelled")
    expect(page.locator("#job-status")).not_to_have_attribute("hx-trigger", "every 2s")
    job = Job.objects.get(owner=user)
    assert job.status == Job.Status.CANCELLED and job.credits_reserved == 0 and job.credits_settled
    assert CreditEntry.objects.filter(job=job, kind="release").exists()
    assert credits_balance(user=user) == granted - job.credits_charged
    shot(page)


def test_an_encrypted_pdf_shows_its_error(page, shot):
    sign_up(page, "locked@example.com")
    upload(page, ENCRYPTED)
    error = page.locator(".form-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text(re.compile("password|encrypted", re.I))
    assert not Job.objects.filter(owner__email="locked@example.com").exists()
    shot(page)


def test_a_second_user_cannot_open_the_first_users_job(page, shot):
    first = User.objects.create_user("first@example.com", PASSWORD)
    job = Job.objects.create(owner=first, status=Job.Status.COMPLETED, filename="private.pdf", sha256="0" * 64)
    sign_up(page, "second@example.com")
    for path in (f"/jobs/{job.id}/", f"/jobs/{job.id}/sentences/", f"/jobs/{job.id}/status/"):
        response = page.goto(path)
        assert response.status == 404, path
    assert "private.pdf" not in page.content()
    page.goto("/history/")
    expect(page.get_by_text("private.pdf")).to_have_count(0)
    shot(page)
