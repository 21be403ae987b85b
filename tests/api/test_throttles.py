from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

from jobs.models import Job
from novelproc.api.throttles import UploadsThrottle
from tests.api.conftest import assert_error, upload


def test_upload_throttle_answers_429_with_retry_after(owner_api, monkeypatch, settings):
    monkeypatch.setattr(UploadsThrottle, "rate", "2/hour", raising=False)
    assert upload(owner_api, dry_run="true").status_code == 200
    assert upload(owner_api, dry_run="true").status_code == 200
    response = upload(owner_api, dry_run="true")
    error = assert_error(response, 429, "throttled")
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "seconds" in error["message"]
    assert not Job.objects.exists()


def test_upload_throttle_counts_each_user_separately(owner_api, stranger_api, monkeypatch):
    monkeypatch.setattr(UploadsThrottle, "rate", "1/hour", raising=False)
    assert upload(owner_api, dry_run="true").status_code == 200
    assert upload(owner_api, dry_run="true").status_code == 429
    assert upload(stranger_api, dry_run="true").status_code == 200


def test_upload_throttle_does_not_limit_reading(owner_api, monkeypatch):
    monkeypatch.setattr(UploadsThrottle, "rate", "1/hour", raising=False)
    assert upload(owner_api, dry_run="true").status_code == 200
    assert upload(owner_api, dry_run="true").status_code == 429
    assert owner_api.get("/api/v1/jobs/").status_code == 200


def test_upload_throttle_lets_exactly_its_rate_through_under_concurrency(owner, monkeypatch):
    monkeypatch.setattr(UploadsThrottle, "rate", "10/hour", raising=False)
    request = SimpleNamespace(user=owner, META={})
    start = threading.Barrier(40)

    def attempt(_) -> bool:
        throttle = UploadsThrottle()
        start.wait()
        return throttle.allow_request(request, None)

    with ThreadPoolExecutor(max_workers=40) as pool:
        allowed = list(pool.map(attempt, range(40)))
    assert allowed.count(True) == 10
