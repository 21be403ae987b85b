from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import CreditEntry
from accounts.selectors import credits_balance
from jobs.models import Job
from tests.conftest import BAD_DIR, PDF_DIR
from tests.web.conftest import make_job

pytestmark = pytest.mark.django_db

VERNE = PDF_DIR / "verne_secret_wilhelm_storitz.pdf"
ENCRYPTED = BAD_DIR / "encrypted_user_password.pdf"


def _post_upload(client, path=VERNE, **options):
    data = {
        "style": "sentences",
        "max_words": 8,
        "min_words": 2,
        "keep_punctuation": "on",
        "processor": "local",
        "tier": "balanced",
    }
    data.update(options)
    with open(path, "rb") as handle:
        data["file"] = handle
        return client.post(reverse("upload"), data)


def test_upload_page_shows_the_settings_with_defaults(owner_client, settings):
    settings.GEMINI_API_KEY = "a-key"  # the tier only matters, and is only shown, when Gemini is set up
    body = owner_client.get(reverse("upload")).content.decode()
    assert 'name="max_words"' in body and 'value="8"' in body
    assert 'name="keep_dialogue_whole"' in body and 'name="tier"' in body


def test_upload_page_names_both_styles_and_checks_short_sentences(owner_client):
    body = owner_client.get(reverse("upload")).content.decode()
    assert "Short sentences (rewritten to stand alone)" in body
    assert "Author&#x27;s exact words (cut, never rewritten)" in body
    assert 'type="radio" name="style" value="sentences"' in body
    checked = body.split('value="sentences"', 1)[1].split(">", 1)[0]
    assert "checked" in checked


def test_every_help_text_the_upload_fields_point_to_is_on_the_page(owner_client):
    body = owner_client.get(reverse("upload")).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', body)
    assert "id_max_words_helptext" in described
    for ref in described:
        assert f'id="{ref}"' in body, ref


def test_upload_sends_anonymous_to_sign_in(client):
    r = client.get(reverse("upload"))
    assert r.status_code == 302 and reverse("account_login") in r["Location"]


def test_upload_makes_a_draft_and_confirm_page_shows_pages_and_estimate(owner_client, owner):
    balance = credits_balance(user=owner)
    r = _post_upload(owner_client)
    job = Job.objects.get(owner=owner)
    assert r.status_code == 302 and r["Location"] == reverse("job_confirm", args=[job.id])
    assert job.status == Job.Status.DRAFT
    assert credits_balance(user=owner) == balance  # nothing reserved yet
    body = owner_client.get(r["Location"]).content.decode()
    assert "verne_secret_wilhelm_storitz.pdf" in body
    assert f'<dd id="pages">{job.page_count}</dd>' in body and job.page_count == 178
    assert f"{job.credits_estimated:,} credits" in body
    assert f'<dd id="balance">{balance:,} credits</dd>' in body  # grouped, as in the navigation bar


@pytest.mark.parametrize("style", ["sentences", "exact"])
def test_the_chosen_style_goes_into_the_jobs_settings(owner_client, owner, style):
    r = _post_upload(owner_client, style=style)
    assert r.status_code == 302, r.content[:500]
    assert Job.objects.get(owner=owner).settings["style"] == style


def test_the_confirm_page_shows_the_chosen_settings(owner_client, owner):
    r = _post_upload(owner_client, style="exact", max_words=12)
    body = owner_client.get(r["Location"]).content.decode()
    assert '<dd id="settings">12 words max · exact words · local</dd>' in body


def test_an_unknown_style_is_a_form_error_and_stores_nothing(owner_client, owner):
    r = _post_upload(owner_client, style="simplified")
    assert r.status_code == 400
    assert "Select a valid choice." in r.content.decode()
    assert not Job.objects.filter(owner=owner).exists()


def test_confirm_reserves_and_starts_the_job(owner_client, owner):
    r = _post_upload(owner_client)
    job = Job.objects.get(owner=owner)
    r = owner_client.post(reverse("job_confirm", args=[job.id]))
    assert r.status_code == 302 and r["Location"] == reverse("job_detail", args=[job.id])
    job.refresh_from_db()
    assert job.status == Job.Status.PENDING
    assert CreditEntry.objects.filter(job=job, kind="reserve", amount=-job.credits_reserved).exists()


def test_cancel_on_the_confirm_page_deletes_the_draft(owner_client, owner):
    _post_upload(owner_client)
    job = Job.objects.get(owner=owner)
    r = owner_client.post(reverse("job_discard", args=[job.id]))
    assert r.status_code == 302 and r["Location"] == reverse("upload")
    assert not Job.objects.filter(pk=job.id).exists()


def test_confirm_page_offers_the_earlier_result_for_free(owner_client, owner):
    _post_upload(owner_client)
    draft = Job.objects.get(owner=owner)
    earlier = make_job(owner, sha256=draft.sha256, settings=draft.settings, sentences=3)
    body = owner_client.get(reverse("job_confirm", args=[draft.id])).content.decode()
    assert "Open the earlier result (free)" in body and "Process again" in body
    balance = credits_balance(user=owner)
    r = owner_client.post(reverse("job_reuse", args=[draft.id]))
    assert r.status_code == 302 and r["Location"] == reverse("job_detail", args=[earlier.id])
    assert not Job.objects.filter(pk=draft.id).exists()
    assert credits_balance(user=owner) == balance


def test_confirm_page_is_404_for_a_stranger(owner_client, owner, stranger, client):
    _post_upload(owner_client)
    job = Job.objects.get(owner=owner)
    client.force_login(stranger)
    assert client.get(reverse("job_confirm", args=[job.id])).status_code == 404
    assert client.post(reverse("job_confirm", args=[job.id])).status_code == 404
    assert client.post(reverse("job_discard", args=[job.id])).status_code == 404
    job.refresh_from_db()
    assert job.status == Job.Status.DRAFT


def test_an_encrypted_pdf_shows_its_error_and_stores_nothing(owner_client, owner):
    r = _post_upload(owner_client, path=ENCRYPTED)
    body = r.content.decode()
    assert r.status_code == 422
    assert 'class="form-error"' in body and "encrypted" in body.lower()
    assert not Job.objects.filter(owner=owner).exists()


def test_a_bad_setting_shows_the_api_message_on_its_field(owner_client, owner):
    r = _post_upload(owner_client, max_words=60)
    body = r.content.decode()
    assert r.status_code == 400
    assert "Some settings are not valid." in body and "invalid_settings" in body
    assert "Must be between 3 and 50." in body
    assert not Job.objects.filter(owner=owner).exists()


def test_a_file_that_is_not_a_pdf_is_refused(owner_client, owner):
    fake = SimpleUploadedFile("notes.pdf", b"hello, not a pdf", content_type="application/pdf")
    r = owner_client.post(
        reverse("upload"), {"max_words": 8, "min_words": 2, "processor": "local", "tier": "balanced", "file": fake}
    )
    assert r.status_code in (400, 422)
    assert 'class="form-error"' in r.content.decode()
    assert not Job.objects.filter(owner=owner).exists()


def test_a_file_over_the_size_limit_is_refused_while_streaming(owner_client, owner, settings):
    settings.UPLOAD_MAX_MB = 1
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024), content_type="application/pdf")
    r = owner_client.post(
        reverse("upload"), {"max_words": 8, "min_words": 2, "processor": "local", "tier": "balanced", "file": big}
    )
    assert r.status_code == 413
    assert "larger than the 1 MB limit" in r.content.decode() and "file_too_large" in r.content.decode()
    assert not Job.objects.filter(owner=owner).exists()


def test_upload_checks_csrf_after_installing_the_size_limit(owner):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(owner)
    with open(VERNE, "rb") as handle:
        r = csrf_client.post(reverse("upload"), {"max_words": 8, "min_words": 2, "file": handle})
    assert r.status_code == 403
    assert not Job.objects.filter(owner=owner).exists()
    page = csrf_client.get(reverse("upload"))
    token = page.cookies["csrftoken"].value
    with open(VERNE, "rb") as handle:
        r = csrf_client.post(
            reverse("upload"),
            {
                "max_words": 8,
                "min_words": 2,
                "processor": "local",
                "tier": "balanced",
                "file": handle,
                "csrfmiddlewaretoken": token,
            },
        )
    assert r.status_code == 302
    assert Job.objects.filter(owner=owner, status=Job.Status.DRAFT).count() == 1
