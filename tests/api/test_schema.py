"""The OpenAPI schema: valid, served with a self-hosted docs page, and true to the live API."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from jobs.models import Job
from tests.api.conftest import make_job, token_client
from tests.conftest import ROOT

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


def test_spectacular_validates_the_schema_without_warnings():
    result = subprocess.run(
        [sys.executable, "manage.py", "spectacular", "--validate", "--fail-on-warn", "--file", os.devnull],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_schema_is_public_and_documents_every_endpoint(anon_api):
    response = anon_api.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    paths = schema["paths"]
    for path in (
        "/api/v1/auth/token/",
        "/api/v1/jobs/",
        "/api/v1/jobs/{job_id}/",
        "/api/v1/jobs/{job_id}/cancel/",
        "/api/v1/jobs/{job_id}/retry/",
        "/api/v1/jobs/{job_id}/sentences/",
        "/api/v1/jobs/{job_id}/sentences/{sentence_id}/",
        "/api/v1/credits/",
        "/api/v1/credits/ledger/",
    ):
        assert path in paths, path
    create = paths["/api/v1/jobs/"]["post"]
    body = create["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert body["$ref"].endswith("/JobCreateRequest")
    upload_schema = schema["components"]["schemas"]["JobCreateRequest"]
    assert upload_schema["properties"]["file"] == {
        "type": "string",
        "format": "binary",
        "description": upload_schema["properties"]["file"]["description"],
    }
    for status in ("400", "401", "402", "413", "422", "429"):
        assert create["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    assert {"tokenAuth", "cookieAuth"} <= set(schema["components"]["securitySchemes"])


def test_schema_names_both_styles_for_what_they_do(anon_api):
    schemas = anon_api.get("/api/schema/", {"format": "json"}).json()["components"]["schemas"]
    style = schemas["JobCreateRequest"]["properties"]["style"]
    assert style["default"] == "sentences"
    enum = schemas[style["allOf"][0]["$ref"].rsplit("/", 1)[1]]["enum"] if "allOf" in style else style["enum"]
    assert enum == ["sentences", "exact"]
    assert "rewritten to stand alone" in style["description"]
    assert "exact words" in style["description"] and "never rewritten" in style["description"]


def test_docs_page_serves_swagger_ui_from_our_own_static_files(anon_api):
    page = anon_api.get("/api/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()


def test_unknown_api_path_answers_json_404(anon_api):
    response = anon_api.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.fixture
def wsgi_app():
    # Calling the WSGI app directly would close the test's connection around
    # each request (Django's test client disconnects these signals the same way).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def live_schema(wsgi_app, db):
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", wsgi_app)


def _own_objects(case, job: Job) -> None:
    """Point generated path ids at the owner's real objects, so the 200 paths run too, not only 404s."""
    params = case.path_parameters or {}
    if "job_id" in params:
        params["job_id"] = str(job.pk)
    sentence_id = params.get("sentence_id")
    if isinstance(sentence_id, int) and sentence_id % 2 == 0:
        params["sentence_id"] = job.sentences.order_by("position").first().pk


def _skipped(path: str, method: str) -> bool:
    # Multipart uploads are covered with real PDFs in test_jobs_create.
    return method == "POST" and path == "/api/v1/jobs/"


def _fuzz(operation, mode: GenerationMode, examples: int, job: Job, headers: dict, statuses: Counter) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    def run(case):
        _own_objects(case, job)
        response = case.call(headers=headers)
        statuses[response.status_code] += 1
        case.validate_response(response, checks=CHECKS, headers=headers)

    try:
        run()
    except Unsatisfiable:
        # Nothing to negate (no parameters, no body): only positive cases exist.
        assert mode is GenerationMode.NEGATIVE, operation.path


def test_live_api_answers_generated_requests_within_its_schema(live_schema, owner):
    ran: list[str] = []
    statuses: Counter[int] = Counter()
    for result in live_schema.get_all_operations():
        operation = result.ok()
        if _skipped(operation.path, operation.method.upper()):
            continue
        # A fresh job and token per operation: a generated DELETE must not starve the next operation.
        job = make_job(owner, status=Job.Status.COMPLETED_WITH_ERRORS, sentences=5)
        headers = {"Authorization": token_client(owner)._credentials["HTTP_AUTHORIZATION"]}
        _fuzz(operation, GenerationMode.POSITIVE, 12, job, headers, statuses)
        _fuzz(operation, GenerationMode.NEGATIVE, 6, job, headers, statuses)
        ran.append(f"{operation.method.upper()} {operation.path}")
    assert len(ran) >= 11, ran
    # The run reached real objects and real refusals, not only 404s.
    assert statuses[200] > 20 and statuses[400] > 0 and statuses[404] > 0, statuses
    print(f"schemathesis: {sum(statuses.values())} requests over {len(ran)} operations, statuses {dict(statuses)}")
