"""API export endpoints (mounted under /api/v1/): owner, stranger 404, anonymous 401, token auth, throttle."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.exports.conftest import expected, file_rows
from tests.exports.test_sheets import HEADER, as_sheet_rows, give_google_token

pytestmark = pytest.mark.urls("tests.exports.urls")


@pytest.fixture
def api():
    return APIClient()


def export_url(job, fmt: str) -> str:
    return reverse("api-job-export", args=[job.pk, fmt])


def sheets_url(job) -> str:
    return reverse("api-job-export-sheets", args=[job.pk])


def test_owner_streams_a_csv_with_a_token(api, owner, job):
    token = Token.objects.create(user=owner)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.get(export_url(job, "csv"), {"q": "dormait"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1:] == file_rows(job)[:2]


def test_owner_gets_an_apkg_over_the_session(api, owner, job):
    api.force_login(owner)
    response = api.get(export_url(job, "apkg"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"PK\x03\x04")


def test_another_users_export_is_not_found(api, stranger, job):
    api.force_authenticate(stranger)
    assert api.get(export_url(job, "csv")).status_code == 404
    assert api.post(sheets_url(job), {"mode": "new"}, format="json").status_code == 404


def test_anonymous_is_unauthorized(api, job):
    assert api.get(export_url(job, "csv")).status_code == 401
    assert api.post(sheets_url(job), {"mode": "new"}, format="json").status_code == 401


def test_sheets_export_answers_with_the_spreadsheet(api, owner, job, fake_sheets):
    give_google_token(owner, "api-tok")
    fake_sheets.granted.add("api-tok")
    api.force_authenticate(owner)
    response = api.post(sheets_url(job), {"mode": "new"}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["rows"] == len(expected(job))
    assert body["url"] == f"https://docs.google.com/spreadsheets/d/{body['spreadsheet_id']}/edit"
    assert fake_sheets.rows(body["spreadsheet_id"], "Sentences") == [HEADER, *as_sheet_rows(job)]


def test_sheets_export_rejects_a_bad_mode(api, owner, job):
    api.force_authenticate(owner)
    response = api.post(sheets_url(job), {"mode": "overwrite"}, format="json")
    assert response.status_code == 400


def test_exports_are_throttled_with_the_exports_scope(api, owner, job, settings):
    settings.EXPORT_RATE = "2/hour"
    api.force_authenticate(owner)
    statuses = [api.get(export_url(job, "txt")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_web_and_api_exports_draw_from_one_allowance(api, client, owner, job, settings):
    settings.EXPORT_RATE = "3/hour"
    api.force_authenticate(owner)
    client.force_login(owner)
    web_url = reverse("job_export", args=[job.pk, "txt"])
    assert client.get(web_url).status_code == 200
    assert api.get(export_url(job, "txt")).status_code == 200
    assert client.get(reverse("job_export", args=[job.pk, "csv"])).status_code == 200
    refused = api.get(export_url(job, "txt"))
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "throttled"
    assert client.get(web_url).status_code == 429


def test_errors_come_in_the_one_error_shape(api, owner, job):
    from jobs.models import Job
    from tests.exports.conftest import make_job

    api.force_authenticate(owner)
    response = api.get(export_url(job, "xlsx"), HTTP_ACCEPT="text/csv")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unknown_format"
    response = api.get(export_url(job, "csv"), {"ids": "1,x"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_ids"
    unfinished = make_job(owner, sentences=[], status=Job.Status.PROCESSING, filename="wip.pdf")
    response = api.get(export_url(unfinished, "csv"))
    assert response.status_code == 409 and response.json()["error"]["code"] == "job_not_finished"


def test_a_search_with_a_nul_byte_is_harmless(api, owner, job):
    api.force_authenticate(owner)
    response = api.get(export_url(job, "txt"), {"q": "dor\x00mait"})
    assert response.status_code == 200


def test_sheets_without_google_authorization_answers_where_to_grant_it(api, owner, job, fake_sheets):
    api.force_authenticate(owner)
    response = api.post(sheets_url(job), {"mode": "new"}, format="json")
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "google_authorization_required"
    assert "scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fspreadsheets" in error["fields"]["authorize_url"][0]
    assert fake_sheets.requests == []


def test_query_parameters_leave_out_headings_and_fragments(api, owner, chaptered):
    api.force_authenticate(owner)
    response = api.get(export_url(chaptered, "txt"), {"skip_headings": "1", "skip_fragments": "1"})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines == ["Il pleuvait depuis le matin.", "« Oui », dit-elle.", "Elle partit."]
    response = api.get(export_url(chaptered, "txt"), {"skip_headings": "0", "skip_fragments": "false"})
    assert len(b"".join(response.streaming_content).decode().splitlines()) == 6


def test_an_option_that_is_not_on_or_off_is_refused(api, owner, chaptered):
    api.force_authenticate(owner)
    response = api.get(export_url(chaptered, "csv"), {"skip_fragments": "maybe"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_option" and "skip_fragments" in error["fields"]


def test_sheets_export_takes_the_same_options(api, owner, chaptered, fake_sheets):
    give_google_token(owner, "api-tok")
    fake_sheets.granted.add("api-tok")
    api.force_authenticate(owner)
    response = api.post(sheets_url(chaptered), {"mode": "new", "skip_headings": True}, format="json")
    assert response.status_code == 200
    rows = fake_sheets.rows(response.json()["spreadsheet_id"], "Sentences")
    assert [r[6] for r in rows[1:]] == ["sentence"] * 4


def test_the_schema_documents_the_export_options():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    export = schema["paths"]["/api/v1/jobs/{job_id}/export/{fmt}/"]["get"]
    params = {p["name"]: p for p in export["parameters"]}
    for name in ("skip_headings", "skip_fragments"):
        assert params[name]["in"] == "query" and params[name]["schema"]["enum"] == ["0", "1"]
    assert "stands_alone" in export["description"]
    sheets_input = schema["components"]["schemas"]["SheetsInputRequest"]["properties"]
    assert sheets_input["skip_headings"]["type"] == sheets_input["skip_fragments"]["type"] == "boolean"
