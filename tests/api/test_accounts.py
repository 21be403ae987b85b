"""Tokens and credits over the API."""

from __future__ import annotations

from types import SimpleNamespace

from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.services import credits_reserve
from novelproc import ratelimits
from novelproc.api.throttles import AuthThrottle
from tests.api.conftest import assert_error, make_job


def test_token_for_email_and_password_then_it_authenticates(owner, anon_api):
    response = anon_api.post(
        "/api/v1/auth/token/", {"email": "Owner@Example.com", "password": "owner-pass-123"}, format="json"
    )
    assert response.status_code == 200, response.content
    token = response.json()["token"]
    assert Token.objects.get(user=owner).key == token
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get("/api/v1/credits/").json() == {"balance": 5000}


def test_token_is_stable_until_revoked(owner, anon_api, owner_api):
    credentials = {"email": "owner@example.com", "password": "owner-pass-123"}
    first = anon_api.post("/api/v1/auth/token/", credentials, format="json").json()["token"]
    assert anon_api.post("/api/v1/auth/token/", credentials, format="json").json()["token"] == first
    assert owner_api.delete("/api/v1/auth/token/").status_code == 204
    assert not Token.objects.filter(user=owner).exists()
    assert_error(owner_api.get("/api/v1/credits/"), 401, "authentication_failed")


def test_wrong_password_answers_400_invalid_credentials(owner, anon_api):
    response = anon_api.post("/api/v1/auth/token/", {"email": "owner@example.com", "password": "nope"}, format="json")
    assert_error(response, 400, "invalid_credentials")
    assert not Token.objects.exists()


def test_token_request_with_a_stale_token_header_still_works(owner):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token stale")
    response = client.post(
        "/api/v1/auth/token/", {"email": "owner@example.com", "password": "owner-pass-123"}, format="json"
    )
    assert response.status_code == 200, response.content


def test_token_request_missing_fields_answers_400_with_fields(anon_api, db):
    error = assert_error(anon_api.post("/api/v1/auth/token/", {}, format="json"), 400, "invalid_input")
    assert set(error["fields"]) == {"email", "password"}


def test_password_guessing_is_throttled(owner, anon_api, monkeypatch):
    monkeypatch.setattr(AuthThrottle, "rate", "2/minute", raising=False)
    # The count is kept per fixed minute: three requests that straddle one would start a fresh count.
    monkeypatch.setattr(ratelimits, "time", SimpleNamespace(time=lambda: 2_000_000_010.0))
    bad = {"email": "owner@example.com", "password": "guess"}
    for _ in range(2):
        anon_api.post("/api/v1/auth/token/", bad, format="json")
    response = anon_api.post("/api/v1/auth/token/", bad, format="json")
    assert_error(response, 429, "throttled")
    assert int(response["Retry-After"]) > 0


def test_anonymous_token_revoke_answers_401(anon_api):
    assert_error(anon_api.delete("/api/v1/auth/token/"), 401, "not_authenticated")


def test_balance_is_my_own(owner_api, stranger_api, owner, stranger):
    credits_reserve(user=owner, amount=300)
    assert owner_api.get("/api/v1/credits/").json() == {"balance": 4700}
    assert stranger_api.get("/api/v1/credits/").json() == {"balance": 5000}


def test_anonymous_balance_answers_401(anon_api):
    assert_error(anon_api.get("/api/v1/credits/"), 401, "not_authenticated")


def test_ledger_lists_my_entries_newest_first_with_a_cursor(owner_api, owner, stranger):
    job = make_job(owner)
    for amount in (10, 20, 30):
        credits_reserve(user=owner, amount=amount, job=job)
    credits_reserve(user=stranger, amount=99)
    first = owner_api.get("/api/v1/credits/ledger/", {"page_size": 2}).json()
    entries = first["results"]
    page = first
    while page["next"]:
        page = owner_api.get(page["next"]).json()
        entries += page["results"]
    assert [(e["kind"], e["amount"]) for e in entries] == [
        ("reserve", -30),
        ("reserve", -20),
        ("reserve", -10),
        ("grant", 5000),
    ]
    assert entries[0]["job"] == str(job.pk)


def test_anonymous_ledger_answers_401(anon_api):
    assert_error(anon_api.get("/api/v1/credits/ledger/"), 401, "not_authenticated")
