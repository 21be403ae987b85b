"""The same book uploaded again is recognised: job_find_previous, at the service level."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from jobs.models import Job
from jobs.selectors import job_find_previous
from tests.exports.conftest import make_job

SETTINGS = {"max_words": 8}


def test_it_finds_the_users_earlier_completed_job_for_the_same_file_and_settings(owner):
    earlier = make_job(owner)
    found = job_find_previous(owner=owner, sha256=earlier.sha256, settings=SETTINGS)
    assert found == earlier


def test_it_prefers_the_most_recent_completed_job(owner):
    older = make_job(owner)
    Job.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=2))
    newer = make_job(owner)
    assert job_find_previous(owner=owner, sha256=older.sha256, settings=SETTINGS) == newer


def test_it_ignores_another_users_job(owner, stranger):
    theirs = make_job(stranger)
    assert job_find_previous(owner=owner, sha256=theirs.sha256, settings=SETTINGS) is None


def test_it_ignores_other_settings_or_another_file(owner):
    earlier = make_job(owner)
    assert job_find_previous(owner=owner, sha256=earlier.sha256, settings={"max_words": 12}) is None
    assert job_find_previous(owner=owner, sha256="0" * 64, settings=SETTINGS) is None


def test_it_ignores_jobs_that_did_not_complete(owner):
    for status in (Job.Status.FAILED, Job.Status.CANCELLED, Job.Status.PROCESSING, Job.Status.DRAFT):
        job = make_job(owner, status=status, sentences=[])
        assert job_find_previous(owner=owner, sha256=job.sha256, settings=SETTINGS) is None, status
