"""POST /api/v1/jobs/: uploads, dry runs, duplicates and every way an upload can be refused."""

from __future__ import annotations

import pytest

from accounts.models import CreditEntry, User
from accounts.selectors import credits_balance
from accounts.services import credits_grant
from jobs.models import Job
from tests.api.conftest import VERNE, VERNE_PAGES, assert_error, make_job, stored_files, token_client, upload
from tests.conftest import BAD_DIR

BAD_FILES = {
    "empty.pdf": "pdf_empty",
    "text_named_as.pdf": "not_a_pdf",
    "truncated.pdf": "pdf_broken",
    "encrypted_user_password.pdf": "pdf_encrypted",
    "encrypted_owner_only_no_extract.pdf": "pdf_encrypted",
    "scanned_image_only.pdf": "pdf_no_text",
    "zero_pages.pdf": "pdf_empty",
}


def ledger(user) -> list[tuple[str, int]]:
    return list(CreditEntry.objects.filter(user=user).order_by("id").values_list("kind", "amount"))


def test_it_creates_a_job_and_answers_202_with_its_urls(owner_api, owner, settings):
    response = upload(owner_api, max_words="10")
    assert response.status_code == 202, response.content
    body = response.json()
    job = Job.objects.get(pk=body["id"])
    assert job.owner == owner
    assert body["status"] == "pending"
    assert body["page_count"] == VERNE_PAGES
    assert body["settings"]["max_words"] == 10
    assert body["urls"]["detail"].endswith(f"/api/v1/jobs/{job.pk}/")
    assert body["urls"]["sentences"].endswith(f"/api/v1/jobs/{job.pk}/sentences/")
    assert body["urls"]["cancel"].endswith(f"/api/v1/jobs/{job.pk}/cancel/")
    assert body["urls"]["retry"].endswith(f"/api/v1/jobs/{job.pk}/retry/")
    assert credits_balance(user=owner) == 5000 - job.credits_reserved
    assert len(stored_files(settings)) == 1


def test_anonymous_upload_answers_401_and_stores_nothing(anon_api, settings, db):
    response = upload(anon_api)
    assert_error(response, 401, "not_authenticated")
    assert not Job.objects.exists()
    assert stored_files(settings) == []


def test_dry_run_prices_the_upload_and_stores_and_charges_nothing(owner_api, owner, settings):
    before = ledger(owner)
    response = upload(owner_api, dry_run="true", processor="local")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["dry_run"] is True
    assert body["pages"] == VERNE_PAGES
    assert body["credits"] == VERNE_PAGES * settings.PRICE_LOCAL_PER_PAGE
    assert body["balance"] == 5000 and body["affordable"] is True
    assert body["duplicate_of"] is None
    assert not Job.objects.exists()
    assert stored_files(settings) == []
    assert ledger(owner) == before


def test_same_file_and_settings_as_a_completed_job_answers_it_free(owner_api, owner, settings):
    first = upload(owner_api).json()
    Job.objects.filter(pk=first["id"]).update(status=Job.Status.COMPLETED)
    before = ledger(owner)
    response = upload(owner_api)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["duplicate_of"] == first["id"]
    assert body["job"]["id"] == first["id"]
    assert Job.objects.count() == 1
    assert ledger(owner) == before


def test_different_settings_are_not_a_duplicate(owner_api, owner):
    first = upload(owner_api).json()
    Job.objects.filter(pk=first["id"]).update(status=Job.Status.COMPLETED)
    response = upload(owner_api, max_words="12")
    assert response.status_code == 202, response.content
    assert Job.objects.count() == 2


def test_reprocess_true_creates_a_new_job_for_a_duplicate(owner_api, owner):
    first = upload(owner_api).json()
    Job.objects.filter(pk=first["id"]).update(status=Job.Status.COMPLETED)
    response = upload(owner_api, reprocess="true")
    assert response.status_code == 202, response.content
    assert response.json()["id"] != first["id"]


def test_a_stranger_never_sees_the_owners_job_as_a_duplicate(owner_api, stranger_api, stranger):
    first = upload(owner_api).json()
    Job.objects.filter(pk=first["id"]).update(status=Job.Status.COMPLETED)
    response = upload(stranger_api)
    assert response.status_code == 202, response.content
    assert Job.objects.filter(owner=stranger).count() == 1


@pytest.mark.parametrize("name,code", sorted(BAD_FILES.items()))
def test_every_bad_pdf_gets_its_code_and_422_and_nothing_is_stored_or_charged(owner_api, owner, settings, name, code):
    before = ledger(owner)
    error = assert_error(upload(owner_api, BAD_DIR / name), 422, code)
    assert len(error["message"]) > 20
    assert not Job.objects.exists()
    assert stored_files(settings) == []
    assert ledger(owner) == before


def test_invalid_settings_answer_400_naming_each_field(owner_api, owner, settings):
    response = upload(owner_api, max_words="200", tier="turbo", colour="blue")
    error = assert_error(response, 400, "invalid_settings")
    assert set(error["fields"]) == {"max_words", "tier", "colour"}
    assert not Job.objects.exists()
    assert stored_files(settings) == []


def test_a_bad_dry_run_flag_answers_400(owner_api):
    error = assert_error(upload(owner_api, dry_run="perhaps"), 400, "invalid_input")
    assert set(error["fields"]) == {"dry_run"}


def test_missing_file_answers_400_file_required(owner_api):
    response = owner_api.post("/api/v1/jobs/", {"max_words": "8"}, format="multipart")
    error = assert_error(response, 400, "file_required")
    assert "file" in error["fields"]


def test_json_body_answers_415(owner_api):
    response = owner_api.post("/api/v1/jobs/", {"max_words": 8}, format="json")
    assert_error(response, 415, "unsupported_media_type")


def test_upload_over_the_size_limit_answers_413_while_streaming(owner_api, owner, settings, tmp_path):
    settings.UPLOAD_MAX_MB = 1
    big = tmp_path / "big.pdf"
    big.write_bytes(VERNE.read_bytes()[:1024] + b"0" * (2 * 1024 * 1024))
    before = ledger(owner)
    error = assert_error(upload(owner_api, big), 413, "file_too_large")
    assert "1 MB" in error["message"]
    assert not Job.objects.exists()
    assert stored_files(settings) == []
    assert ledger(owner) == before


def test_insufficient_credits_answer_402_and_store_nothing(db, settings):
    poor = User.objects.create_user("poor@example.com", "poor-pass-123")
    credits_grant(user=poor, amount=10)
    error = assert_error(upload(token_client(poor)), 402, "insufficient_credits")
    assert "10" in error["message"]
    assert not Job.objects.exists()
    assert stored_files(settings) == []
    assert credits_balance(user=poor) == 10


def test_too_many_active_jobs_answers_429_with_retry_after(owner_api, owner, settings):
    settings.MAX_ACTIVE_JOBS_PER_USER = 1
    make_job(owner, status=Job.Status.PROCESSING)
    response = upload(owner_api)
    assert_error(response, 429, "too_many_active_jobs")
    assert int(response["Retry-After"]) > 0
    assert Job.objects.count() == 1
    assert stored_files(settings) == []


def test_uploads_stream_through_the_size_limited_handler(owner_api, monkeypatch):
    from jobs import uploads

    seen: list[str] = []
    original = uploads.SizeLimitedUploadHandler.new_file

    def spy(self, field_name, *args, **kwargs):
        seen.append(field_name)
        return original(self, field_name, *args, **kwargs)

    monkeypatch.setattr(uploads.SizeLimitedUploadHandler, "new_file", spy)
    assert upload(owner_api, dry_run="true").status_code == 200
    assert seen == ["file"]


def test_session_authenticated_upload_works(client, owner, settings):
    client.force_login(owner)
    with open(VERNE, "rb") as handle:
        response = client.post("/api/v1/jobs/", {"file": handle, "dry_run": "true"})
    assert response.status_code == 200, response.content
    assert response.json()["pages"] == VERNE_PAGES


def test_a_bad_style_answers_400_invalid_settings_naming_style(owner_api, owner, settings):
    before = ledger(owner)
    error = assert_error(upload(owner_api, style="simplified"), 400, "invalid_settings")
    assert set(error["fields"]) == {"style"}
    assert error["fields"]["style"] == ["Must be one of: sentences, exact."]
    assert not Job.objects.exists()
    assert stored_files(settings) == []
    assert ledger(owner) == before


@pytest.mark.parametrize("style", ["sentences", "exact"])
def test_the_chosen_style_is_recorded_and_answered(owner_api, owner, style):
    response = upload(owner_api, style=style)
    assert response.status_code == 202, response.content
    assert response.json()["settings"]["style"] == style
    assert Job.objects.get(owner=owner).settings["style"] == style


def test_without_a_style_a_job_gets_short_sentences(owner_api, owner):
    response = upload(owner_api)
    assert response.status_code == 202, response.content
    assert response.json()["settings"]["style"] == "sentences"
    assert Job.objects.get(owner=owner).settings["style"] == "sentences"
