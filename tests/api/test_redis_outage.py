"""A Redis outage: the API answers 503 in its one error shape, never a 500."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from jobs.models import Job

# Nothing listens on port 1: every Redis call fails at once with "connection refused".
DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {**settings.CACHES["default"], "LOCATION": DEAD_REDIS},
    }
    yield
    cache.close()


def _client(user) -> APIClient:
    client = APIClient(raise_request_exception=False)
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def test_it_answers_503_with_the_error_shape_and_retry_after(owner, redis_down):
    response = _client(owner).get("/api/v1/jobs/")
    assert response.status_code == 503
    assert response.json() == {
        "error": {
            "code": "service_unavailable",
            "message": "The service is briefly unavailable; try again shortly.",
            "fields": {},
        }
    }
    assert response["Retry-After"] == "10"


def test_an_upload_during_the_outage_stores_and_charges_nothing(owner, redis_down):
    from tests.api.conftest import upload

    response = upload(_client(owner))
    assert response.status_code == 503 and response.json()["error"]["code"] == "service_unavailable"
    assert not Job.objects.exists()


def test_the_same_call_works_again_once_redis_answers(owner):
    assert _client(owner).get("/api/v1/jobs/").status_code == 200
