"""A Redis outage on the web: signed-in pages keep working where they need no Redis, and the
rest answer a plain "try again shortly" page with 503, never a 500."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from tests.web.conftest import make_job

DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def signed_in(owner) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(owner)  # the session is cached in Redis while Redis answers
    return client


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {"default": {**settings.CACHES["default"], "LOCATION": DEAD_REDIS}}
    yield
    cache.close()


def test_a_signed_in_user_keeps_the_session_and_the_pages_that_need_no_redis(signed_in, owner, redis_down):
    job = make_job(owner, sentences=3)
    response = signed_in.get(reverse("job_detail", args=[job.id]))
    assert response.status_code == 200 and "roman.pdf" in response.content.decode()
    assert signed_in.get(reverse("history")).status_code == 200


def test_a_page_that_needs_redis_answers_a_plain_try_again_page(db, redis_down):
    # Signing in counts attempts in the cache (allauth's rate limits).
    client = Client(raise_request_exception=False)
    response = client.post(reverse("account_login"), {"login": "someone@example.com", "password": "x" * 12})
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    body = response.content.decode()
    assert "try again shortly" in body and "Traceback" not in body
