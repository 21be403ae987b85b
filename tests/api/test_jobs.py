"""Jobs list, detail, cancel, retry and delete: owner, stranger (404) and anonymous (401)."""

from __future__ import annotations

import uuid

import pytest
from rest_framework.test import APIClient

from accounts.selectors import credits_balance
from accounts.services import credits_reserve
from jobs.engine.types import ProcessorSettings
from jobs.models import Chunk, Job
from tests.api.conftest import assert_error, make_job


@pytest.fixture
def job(owner):
    return make_job(owner, status=Job.Status.COMPLETED, sentences=3, filename="verne.pdf")


def url(job_or_id, action: str = "") -> str:
    pk = getattr(job_or_id, "pk", job_or_id)
    return f"/api/v1/jobs/{pk}/" + (f"{action}/" if action else "")


# --- list -------------------------------------------------------------------


def test_list_shows_only_my_jobs_newest_first(owner_api, owner, stranger):
    older = make_job(owner, filename="a.pdf")
    newer = make_job(owner, filename="b.pdf")
    make_job(stranger, filename="theirs.pdf")
    make_job(owner, status=Job.Status.DRAFT, filename="draft.pdf")
    body = owner_api.get("/api/v1/jobs/").json()
    assert [j["id"] for j in body["results"]] == [str(newer.pk), str(older.pk)]


def test_list_filters_by_status(owner_api, owner):
    make_job(owner, status=Job.Status.COMPLETED)
    failed = make_job(owner, status=Job.Status.FAILED)
    body = owner_api.get("/api/v1/jobs/", {"status": "failed"}).json()
    assert [j["id"] for j in body["results"]] == [str(failed.pk)]


def test_list_rejects_an_unknown_status_with_400(owner_api):
    error = assert_error(owner_api.get("/api/v1/jobs/", {"status": "exploded"}), 400, "invalid_input")
    assert "status" in error["fields"]


def test_list_pages_with_a_cursor(owner_api, owner):
    made = [make_job(owner, filename=f"{i}.pdf") for i in range(5)]
    first = owner_api.get("/api/v1/jobs/", {"page_size": 2}).json()
    assert len(first["results"]) == 2 and first["next"]
    seen = [j["id"] for j in first["results"]]
    page = first
    while page["next"]:
        page = owner_api.get(page["next"]).json()
        seen += [j["id"] for j in page["results"]]
    assert seen == [str(j.pk) for j in reversed(made)]


def test_stranger_list_is_empty(stranger_api, job):
    assert stranger_api.get("/api/v1/jobs/").json()["results"] == []


def test_anonymous_list_answers_401(anon_api):
    response = anon_api.get("/api/v1/jobs/")
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Token"


def test_a_bad_token_answers_401_authentication_failed(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert_error(client.get("/api/v1/jobs/"), 401, "authentication_failed")


# --- detail -----------------------------------------------------------------


def test_detail_shows_status_and_progress(owner_api, owner):
    job = make_job(
        owner, status=Job.Status.PROCESSING, total_chunks=20, completed_chunks=6, progress_percent=30, page_count=300
    )
    body = owner_api.get(url(job)).json()
    assert body["status"] == "processing"
    assert body["progress_percent"] == 30
    assert body["step"] == "Processing chunk 7 of 20"
    assert (body["total_chunks"], body["completed_chunks"], body["failed_chunks"]) == (20, 6, 0)


def test_detail_of_a_job_made_before_styles_answers_a_null_style(owner_api, owner):
    old_settings = {k: v for k, v in ProcessorSettings().as_dict().items() if k != "style"}
    job = make_job(owner, settings=old_settings)
    body = owner_api.get(url(job)).json()
    assert body["settings"]["style"] is None
    assert body["settings"]["max_words"] == 8


def test_detail_costs_one_query_for_the_view(owner, django_assert_num_queries):
    job = make_job(owner, status=Job.Status.PROCESSING)
    client = APIClient()
    client.force_authenticate(owner)
    with django_assert_num_queries(1):
        assert client.get(url(job)).status_code == 200


def test_detail_with_a_token_costs_two_queries(owner_api, owner, django_assert_num_queries):
    job = make_job(owner, status=Job.Status.PROCESSING)
    # One for the token and its user (TokenAuthentication's select_related), one for the job.
    with django_assert_num_queries(2):
        assert owner_api.get(url(job)).status_code == 200


def test_stranger_detail_answers_404(stranger_api, job):
    assert_error(stranger_api.get(url(job)), 404, "not_found")


def test_unknown_job_answers_404(owner_api):
    assert_error(owner_api.get(url(uuid.uuid4())), 404, "not_found")


def test_a_malformed_job_id_answers_404_in_the_error_shape(owner_api):
    assert_error(owner_api.get("/api/v1/jobs/not-a-uuid/"), 404, "not_found")


def test_anonymous_detail_answers_401(anon_api, job):
    assert_error(anon_api.get(url(job)), 401, "not_authenticated")


# --- cancel -----------------------------------------------------------------


def test_cancel_stops_a_running_job_and_releases_credits(owner_api, owner):
    job = make_job(owner, status=Job.Status.PROCESSING, credits_reserved=100, credits_settled=False)
    credits_reserve(user=owner, amount=100, job=job)
    response = owner_api.post(url(job, "cancel"))
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "cancelled"
    assert Job.objects.get(pk=job.pk).status == Job.Status.CANCELLED
    assert credits_balance(user=owner) == 5000


def test_cancel_a_finished_job_answers_409(owner_api, job):
    assert_error(owner_api.post(url(job, "cancel")), 409, "job_not_active")
    assert Job.objects.get(pk=job.pk).status == Job.Status.COMPLETED


def test_stranger_cancel_answers_404_and_changes_nothing(stranger_api, owner):
    job = make_job(owner, status=Job.Status.PROCESSING)
    assert_error(stranger_api.post(url(job, "cancel")), 404, "not_found")
    assert Job.objects.get(pk=job.pk).status == Job.Status.PROCESSING


def test_anonymous_cancel_answers_401(anon_api, job):
    assert_error(anon_api.post(url(job, "cancel")), 401, "not_authenticated")


# --- retry ------------------------------------------------------------------


def test_retry_requeues_only_the_failed_chunks(owner_api, owner, django_capture_on_commit_callbacks):
    job = make_job(owner, status=Job.Status.COMPLETED_WITH_ERRORS, total_chunks=2, failed_chunks=1, page_count=20)
    Chunk.objects.create(job=job, index=0, page_start=1, page_end=10, status=Chunk.Status.DONE)
    failed = Chunk.objects.create(job=job, index=1, page_start=11, page_end=20, status=Chunk.Status.FAILED)
    with django_capture_on_commit_callbacks(execute=False):
        response = owner_api.post(url(job, "retry"))
    assert response.status_code == 202, response.content
    assert response.json()["status"] == "processing"
    assert Chunk.objects.get(pk=failed.pk).status == Chunk.Status.PENDING
    assert Chunk.objects.get(job=job, index=0).status == Chunk.Status.DONE


def test_retry_with_nothing_failed_answers_409(owner_api, job):
    assert_error(owner_api.post(url(job, "retry")), 409, "nothing_to_retry")


def test_stranger_retry_answers_404(stranger_api, owner):
    job = make_job(owner, status=Job.Status.FAILED)
    assert_error(stranger_api.post(url(job, "retry")), 404, "not_found")


def test_anonymous_retry_answers_401(anon_api, job):
    assert_error(anon_api.post(url(job, "retry")), 401, "not_authenticated")


# --- delete -----------------------------------------------------------------


def test_delete_removes_the_job_and_its_sentences(owner_api, job):
    response = owner_api.delete(url(job))
    assert response.status_code == 204
    assert not Job.objects.filter(pk=job.pk).exists()


def test_stranger_delete_answers_404_and_keeps_the_job(stranger_api, job):
    assert_error(stranger_api.delete(url(job)), 404, "not_found")
    assert Job.objects.filter(pk=job.pk).exists()


def test_anonymous_delete_answers_401(anon_api, job):
    assert_error(anon_api.delete(url(job)), 401, "not_authenticated")
    assert Job.objects.filter(pk=job.pk).exists()
