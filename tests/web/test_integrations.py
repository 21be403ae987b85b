"""Integrations this server has not set up (Google sign-in, Sheets, Gemini) are not offered, and
when called anyway answer a clear message, never a server error."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.api.conftest import assert_error, token_client
from tests.web.conftest import make_job

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_set_up(settings):
    settings.GEMINI_API_KEY = ""
    assert not settings.SOCIALACCOUNT_PROVIDERS["google"].get("APPS")


@pytest.fixture
def job(owner):
    return make_job(owner, sentences=3)


def test_job_page_offers_no_sheets_export_without_google(owner_client, job):
    body = owner_client.get(reverse("job_sentences", args=[job.pk])).content.decode()
    assert 'data-export="csv"' in body
    assert "Google Sheets" not in body and reverse("job_export_sheets", args=[job.pk]) not in body


def test_job_page_offers_sheets_when_google_is_set_up(owner_client, job, google_app):
    body = owner_client.get(reverse("job_sentences", args=[job.pk])).content.decode()
    assert "Google Sheets" in body


def test_sheets_export_asked_for_anyway_goes_back_with_a_clear_message(owner_client, job):
    owner_client.raise_request_exception = False
    response = owner_client.post(reverse("job_export_sheets", args=[job.pk]), {"mode": "new"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("job_detail", args=[job.pk])
    assert "Google Sheets export is not set up on this server" in response.content.decode()


def test_sheets_export_over_the_api_answers_422_not_configured(owner, job):
    response = token_client(owner).post(f"/api/v1/jobs/{job.pk}/export/sheets/", {"mode": "new"}, format="json")
    error = assert_error(response, 422, "sheets_not_configured")
    assert "not set up on this server" in error["message"]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("path", ["/accounts/google/login/", "/accounts/google/login/callback/?code=x&state=y"])
def test_google_sign_in_without_google_answers_a_page_that_says_so(client, method, path):
    client.raise_request_exception = False
    response = getattr(client, method)(path)
    assert response.status_code == 404
    body = response.content.decode()
    assert "Google sign-in is not set up here" in body
    assert reverse("account_login") in body


def test_sign_in_page_offers_no_google_button_without_google(client):
    assert "google" not in client.get(reverse("account_login")).content.decode().lower()
