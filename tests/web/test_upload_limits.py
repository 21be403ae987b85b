"""Web uploads as a browser sends them (with the CSRF check): size limit, rate, storage quota,
drafts deleted when left unconfirmed, and only the processors this server can run."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from jobs.actors import sweep
from jobs.models import Job
from tests.api.conftest import token_client
from tests.api.conftest import upload as api_upload
from tests.conftest import PDF_DIR
from tests.jobs.helpers import media_files

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")

VERNE = PDF_DIR / "verne_secret_wilhelm_storitz.pdf"  # 0.58 MB
SETTINGS = {"style": "sentences", "max_words": 8, "min_words": 2, "keep_punctuation": "on", "processor": "local"}


@pytest.fixture
def browser(owner) -> Client:
    """A client that enforces CSRF as a browser session does, with its token ready."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    client.get(reverse("upload"))
    return client


def _post(client: Client, file, **fields):
    data = {**SETTINGS, "csrfmiddlewaretoken": client.cookies["csrftoken"].value, "file": file, **fields}
    return client.post(reverse("upload"), data)


def _post_pdf(client: Client, path: Path = VERNE, **fields):
    with open(path, "rb") as handle:
        return _post(client, handle, **fields)


def _stored(settings) -> list[Path]:
    return media_files(settings.MEDIA_ROOT) if Path(settings.MEDIA_ROOT).exists() else []


def test_a_101_mb_upload_gets_the_413_page(browser, owner, settings, tmp_path):
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(101 * 1024 * 1024)
    response = _post_pdf(browser, big)
    body = response.content.decode()
    assert response.status_code == 413
    assert "The file is larger than the 100 MB limit." in body and "file_too_large" in body
    assert '<form method="post" enctype="multipart/form-data"' in body  # the upload page again, to choose another
    assert not Job.objects.filter(owner=owner).exists() and not _stored(settings)


def test_a_file_just_over_the_limit_gets_the_413_page_too(browser, owner, settings):
    settings.UPLOAD_MAX_MB = 1
    # Within the Content-Length slack: refused while the file streams in.
    nearly = SimpleUploadedFile("nearly.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10_000))
    response = _post(browser, nearly)
    assert response.status_code == 413
    assert "larger than the 1 MB limit" in response.content.decode()
    assert not Job.objects.filter(owner=owner).exists() and not _stored(settings)


def test_drafts_count_against_the_upload_rate_shared_with_the_api(browser, owner, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "uploads": "3/hour"},
    }
    assert api_upload(token_client(owner), dry_run="true").status_code == 200
    assert _post_pdf(browser).status_code == 302
    assert _post_pdf(browser).status_code == 302
    refused = _post_pdf(browser)
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    body = refused.content.decode()
    assert "Too many uploads; try again in" in body and "throttled" in body
    assert Job.objects.filter(owner=owner, status=Job.Status.DRAFT).count() == 2
    assert len(_stored(settings)) == 2


def test_drafts_past_the_storage_quota_are_refused_and_the_sweep_deletes_them(browser, owner, settings):
    settings.UPLOAD_STORAGE_QUOTA_MB = 2  # room for three 0.58 MB drafts
    settings.DRAFT_RETENTION_HOURS = 3
    for _ in range(3):
        assert _post_pdf(browser).status_code == 302
    refused = _post_pdf(browser)
    body = refused.content.decode()
    assert refused.status_code == 413
    assert "storage_quota_exceeded" in body and "of your 2 MB" in body
    assert Job.objects.filter(owner=owner, status=Job.Status.DRAFT).count() == 3
    assert len(_stored(settings)) == 3

    # Two drafts left unconfirmed past the retention, one recent: the periodic sweep deletes the old two.
    old, older, recent = Job.objects.filter(owner=owner).order_by("created_at")
    Job.objects.filter(pk__in=[old.pk, older.pk]).update(created_at=timezone.now() - timedelta(hours=3, minutes=1))
    sweep()
    assert list(Job.objects.filter(owner=owner).values_list("pk", flat=True)) == [recent.pk]
    assert [p.name for p in _stored(settings)] == [f"{recent.pk}.pdf"]
    # The room is back.
    assert _post_pdf(browser).status_code == 302


def test_a_confirmed_job_is_never_swept_as_a_draft(browser, owner, settings):
    assert _post_pdf(browser).status_code == 302
    job = Job.objects.get(owner=owner)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.COMPLETED, created_at=timezone.now() - timedelta(days=1))
    sweep()
    assert Job.objects.filter(pk=job.pk).exists()


def test_gemini_is_not_offered_when_it_is_not_configured(owner_client, settings):
    settings.GEMINI_API_KEY = ""
    body = owner_client.get(reverse("upload")).content.decode()
    assert 'value="local"' in body
    assert 'value="gemini"' not in body and 'name="tier"' not in body


def test_gemini_is_offered_when_configured(owner_client, settings):
    settings.GEMINI_API_KEY = "a-key"
    body = owner_client.get(reverse("upload")).content.decode()
    assert 'value="gemini"' in body and 'name="tier"' in body


def test_gemini_asked_for_anyway_is_refused_with_a_clear_message(browser, owner, settings):
    settings.GEMINI_API_KEY = ""
    response = _post_pdf(browser, processor="gemini", tier="balanced")
    assert response.status_code == 400
    assert "not available on this server" in response.content.decode()
    assert not Job.objects.filter(owner=owner).exists() and not _stored(settings)
