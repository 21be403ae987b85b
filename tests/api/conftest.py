"""API personas (token clients for owner and stranger, an anonymous client) and job factories."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from jobs.models import Job, Sentence
from jobs.processors.base import ProcessorSettings
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
    now = timezone.now()
    job = Job.objects.create(
        owner=owner,
        status=status,
        filename=extra.pop("filename", "book.pdf"),
        sha256=extra.pop("sha256", "0" * 64),
        page_count=extra.pop("page_count", 10),
        settings=extra.pop("settings", ProcessorSettings().as_dict()),
        finished_at=now if status in Job.FINAL else None,
        **extra,
    )
    Sentence.objects.bulk_create(
        Sentence(
            job=job,
            chunk_index=0,
            chunk_position=i,
            position=i + 1,
            text=f"Phrase numéro {i + 1} du livre.",
            page=1 + i // 10,
            source_index=i,
            source_text=f"Source {i + 1}.",
            word_count=5,
        )
        for i in range(sentences)
    )
    return job


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
