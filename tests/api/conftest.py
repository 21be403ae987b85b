"""API personas (token clients for owner and stranger, an anonymous client) and job factories."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from jobs.engine.types import ProcessorSettings
from jobs.models import Job
from tests.builders import finished_job
from tests.conftest import PDF_DIR

VERNE = PDF_DIR / "verne_secret_wilhelm_storitz.pdf"
VERNE_PAGES = 178


@pytest.fixture(autouse=True)
def _fresh_throttles():
    """Throttle counts live in Redis and outlive a test's transaction; start each test at zero."""
    client = cache._cache.get_client()
    for key in client.scan_iter(match="*throttle_*"):
        client.delete(key)
    yield


def token_client(user) -> APIClient:
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def owner_api(owner) -> APIClient:
    return token_client(owner)


@pytest.fixture
def stranger_api(stranger) -> APIClient:
    return token_client(stranger)


@pytest.fixture
def anon_api(db) -> APIClient:
    return APIClient()


def upload(client: APIClient, path: Path = VERNE, **fields):
    with open(path, "rb") as handle:
        return client.post("/api/v1/jobs/", {"file": handle, **fields}, format="multipart")


def make_job(owner, *, status: str = Job.Status.COMPLETED, sentences: int = 0, **extra) -> Job:
    texts = [
        dict(text=f"Phrase numéro {n} du livre.", source_text=f"Source {n}.", page=1 + (n - 1) // 10)
        for n in range(1, sentences + 1)
    ]
    return finished_job(
        owner,
        texts,
        status=status,
        page_count=extra.pop("page_count", 10),
        settings=extra.pop("settings", ProcessorSettings().as_dict()),
        sentence_count=extra.pop("sentence_count", 0),
        finished_at=timezone.now() if status in Job.FINAL else None,
        **extra,
    )


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content[:500]
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "fields"}, body
    assert body["error"]["code"] == code, body
    assert body["error"]["message"]
    return body["error"]
