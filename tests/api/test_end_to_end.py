"""The whole path through the API with a real rundramatiq worker."""

from __future__ import annotations

import pytest

from tests.api.conftest import VERNE, VERNE_PAGES, token_client, upload
from tests.conftest import wait_for


@pytest.mark.integration
def test_upload_verne_poll_until_completed_and_read_sentences(start_worker, owner):
    start_worker(processes=1, threads=2)
    api = token_client(owner)
    created = upload(api, VERNE)
    assert created.status_code == 202, created.content
    detail_url = created.json()["urls"]["detail"]

    def finished():
        body = api.get(detail_url).json()
        return body if body["status"] in ("completed", "completed_with_errors", "failed", "cancelled") else None

    job = wait_for(finished, timeout=300, interval=1.0, message="the Verne job to finish")
    assert job["status"] == "completed", job
    assert job["progress_percent"] == 100
    assert job["page_count"] == VERNE_PAGES
    assert job["sentence_count"] > 1000

    page = api.get(job["urls"]["sentences"], {"page_size": 50}).json()
    assert [s["position"] for s in page["results"]] == list(range(1, 51))
    assert all(s["text"] and s["source_text"] for s in page["results"])
    found = api.get(job["urls"]["sentences"], {"search": "Storitz"}).json()["results"]
    assert found and all("storitz" in (s["text"] + s["source_text"]).lower() for s in found)

    balance = api.get("/api/v1/credits/").json()["balance"]
    assert balance == 5000 - job["credits_charged"]
    assert 0 < job["credits_charged"] <= job["credits_estimated"]
