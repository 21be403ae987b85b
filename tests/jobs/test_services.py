from __future__ import annotations

import pytest

from accounts.models import CreditEntry
from accounts.selectors import credits_balance
from jobs.models import Job
from jobs.services import job_create, job_estimate, job_submit
from novelproc.errors import InsufficientCredits, InvalidInput, ProcessingError
from tests.conftest import BAD_DIR, PDF_DIR
from tests.jobs.helpers import VERNE, media_files, upload_of

BAD_FILES = {
    "empty.pdf": ("pdf_empty", 422),
    "text_named_as.pdf": ("not_a_pdf", 422),
    "truncated.pdf": ("pdf_broken", 422),
    "encrypted_user_password.pdf": ("pdf_encrypted", 422),
    "encrypted_owner_only_no_extract.pdf": ("pdf_encrypted", 422),
    "scanned_image_only.pdf": ("pdf_no_text", 422),
    "zero_pages.pdf": ("pdf_empty", 422),
}


def test_every_bad_corpus_file_is_covered():
    assert sorted(BAD_FILES) == sorted(p.name for p in BAD_DIR.iterdir())


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_upload_gets_its_code_and_stores_and_charges_nothing(owner, settings, name):
    code, status = BAD_FILES[name]
    with pytest.raises(ProcessingError) as err:
        job_create(owner=owner, upload=upload_of(BAD_DIR / name), options={})
    assert (err.value.code, err.value.status) == (code, status)
    assert err.value.message and len(err.value.message) > 15
    assert not Job.objects.exists()
    assert media_files(settings.MEDIA_ROOT) == []
    assert credits_balance(user=owner) == 5000
    assert not CreditEntry.objects.exclude(kind="grant").exists()


def test_upload_over_the_size_limit_is_refused(owner, settings):
    settings.UPLOAD_MAX_MB = 1
    with pytest.raises(ProcessingError) as err:
        job_create(owner=owner, upload=upload_of(PDF_DIR / "flaubert_madame_bovary.pdf"), options={})
    assert (err.value.code, err.value.status) == ("file_too_large", 413)
    assert not Job.objects.exists()


def test_too_many_pages_is_refused(owner, settings):
    settings.PDF_MAX_PAGES = 100
    with pytest.raises(ProcessingError) as err:
        job_create(owner=owner, upload=upload_of(VERNE), options={})
    assert err.value.code == "too_many_pages"
    assert "178 pages" in err.value.message
    assert not Job.objects.exists()


def test_invalid_settings_name_each_bad_field(owner):
    with pytest.raises(InvalidInput) as err:
        job_create(owner=owner, upload=upload_of(VERNE), options={"max_words": 99, "tier": "turbo", "colour": 1})
    assert err.value.code == "invalid_settings"
    assert set(err.value.fields) == {"max_words", "tier", "colour"}
    assert not Job.objects.exists()


def test_gemini_without_api_key_is_refused(owner, settings):
    settings.GEMINI_API_KEY = ""
    with pytest.raises(ProcessingError) as err:
        job_create(owner=owner, upload=upload_of(VERNE), options={"processor": "gemini"})
    assert err.value.code == "gemini_not_configured"


def test_create_reserves_the_estimate_in_the_same_transaction(owner):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={"max_words": 10})
    assert job.status == Job.Status.PENDING
    assert job.page_count == 178
    assert job.credits_reserved == 178  # one credit a page for the local processor
    assert len(job.sha256) == 64
    assert credits_balance(user=owner) == 5000 - 178
    assert CreditEntry.objects.get(kind="reserve").job_id == job.pk


def test_insufficient_credits_store_nothing(owner, settings):
    settings.PRICE_LOCAL_PER_PAGE = 100
    with pytest.raises(InsufficientCredits):
        job_create(owner=owner, upload=upload_of(VERNE), options={})
    assert not Job.objects.exists()
    assert media_files(settings.MEDIA_ROOT) == []


def test_draft_reserves_nothing_until_submitted(owner):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={}, confirm=False)
    assert job.status == Job.Status.DRAFT
    assert credits_balance(user=owner) == 5000
    job_submit(job=job)
    assert credits_balance(user=owner) == 5000 - 178


def test_estimate_stores_nothing(owner, settings):
    check = job_estimate(owner=owner, upload=upload_of(VERNE), options={})
    assert check.page_count == 178 and check.estimate.credits == 178
    assert not Job.objects.exists()
    assert media_files(settings.MEDIA_ROOT) == []


def test_active_job_cap(owner, settings):
    settings.MAX_ACTIVE_JOBS_PER_USER = 1
    job_create(owner=owner, upload=upload_of(VERNE), options={})
    with pytest.raises(ProcessingError) as err:
        job_create(owner=owner, upload=upload_of(VERNE), options={})
    assert (err.value.code, err.value.status) == ("too_many_active_jobs", 429)
    assert Job.objects.count() == 1


def test_a_spooled_upload_is_hashed_in_place_and_moved_into_storage(owner):
    import hashlib
    import os

    from django.core.files.uploadedfile import TemporaryUploadedFile

    data = VERNE.read_bytes()
    upload = TemporaryUploadedFile("verne.pdf", "application/pdf", len(data), None)
    upload.write(data)
    upload.seek(0)
    spooled = upload.temporary_file_path()
    job = job_create(owner=owner, upload=upload, options={})
    assert job.sha256 == hashlib.sha256(data).hexdigest()
    assert job.file_size == len(data)
    with job.file.open("rb") as stored:
        assert stored.read() == data
    assert not os.path.exists(spooled)  # moved, not copied
    upload.close()  # as the request's end does: Django's close knows the file moved and unlinks nothing


def test_the_same_book_with_the_same_settings_reuses_the_earlier_result_for_free(owner, settings):
    from jobs.services import job_create_or_reuse

    first, reused = job_create_or_reuse(owner=owner, upload=upload_of(VERNE), options={"max_words": 9})
    assert not reused
    Job.objects.filter(pk=first.pk).update(status=Job.Status.COMPLETED)
    balance = credits_balance(user=owner)
    files = media_files(settings.MEDIA_ROOT)

    again, reused = job_create_or_reuse(owner=owner, upload=upload_of(VERNE, "renamed.pdf"), options={"max_words": 9})
    assert reused and again.pk == first.pk
    assert Job.objects.count() == 1 and media_files(settings.MEDIA_ROOT) == files
    assert credits_balance(user=owner) == balance

    other, reused = job_create_or_reuse(owner=owner, upload=upload_of(VERNE), options={"max_words": 10})
    assert not reused and other.pk != first.pk


def test_a_draft_gives_way_to_the_earlier_result_for_free(owner, settings):
    from jobs.services import job_create_or_reuse, job_draft_reuse

    earlier, _ = job_create_or_reuse(owner=owner, upload=upload_of(VERNE), options={"max_words": 9})
    Job.objects.filter(pk=earlier.pk).update(status=Job.Status.COMPLETED)
    balance = credits_balance(user=owner)
    draft = job_create(owner=owner, upload=upload_of(VERNE, "again.pdf"), options={"max_words": 9}, confirm=False)

    assert job_draft_reuse(job=draft) == earlier
    assert list(Job.objects.values_list("pk", flat=True)) == [earlier.pk]
    assert len(media_files(settings.MEDIA_ROOT)) == 1  # the draft's copy of the PDF went with it
    assert credits_balance(user=owner) == balance


def test_a_draft_without_an_earlier_result_stays(owner):
    from jobs.services import job_draft_reuse

    draft = job_create(owner=owner, upload=upload_of(VERNE), options={}, confirm=False)
    with pytest.raises(ProcessingError) as err:
        job_draft_reuse(job=draft)
    assert (err.value.code, err.value.status) == ("no_previous_job", 409)
    assert Job.objects.get().status == Job.Status.DRAFT


def test_the_dry_run_and_the_draft_get_the_same_quote(owner):
    from jobs.selectors import draft_quote, upload_quote

    check = job_estimate(owner=owner, upload=upload_of(VERNE), options={"max_words": 9})
    dry_run = upload_quote(
        owner=owner,
        filename=check.filename,
        size=check.size,
        sha256=check.sha256,
        pages=check.page_count,
        credits=check.estimate.credits,
        reserve=check.estimate.reserve,
        settings=check.options.as_dict(),
    )
    draft = job_create(owner=owner, upload=upload_of(VERNE), options={"max_words": 9}, confirm=False)
    assert draft_quote(owner=owner, job=draft) == dry_run
    assert dry_run.pages == 178 and dry_run.balance == 5000 and dry_run.affordable and dry_run.previous is None
