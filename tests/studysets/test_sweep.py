from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.selectors import credits_balance
from jobs.studysets import services
from jobs.studysets.models import StudySet
from jobs.studysets.services import study_set_create, study_sets_sweep


@pytest.fixture
def sent(monkeypatch):
    calls = []
    monkeypatch.setattr(services, "_enqueue", calls.append)
    return calls


def test_a_set_whose_worker_died_is_failed_and_its_reservation_released(owner, job, sent):
    before = credits_balance(user=owner)
    study_set = study_set_create(owner=owner, job=job, mode="cover")
    assert credits_balance(user=owner) < before
    long_ago = timezone.now() - timedelta(hours=1)
    StudySet.objects.filter(pk=study_set.pk).update(status="running", started_at=long_ago)

    assert study_sets_sweep() == (1, 0)
    study_set.refresh_from_db()
    assert (study_set.status, study_set.error_code) == ("failed", "interrupted")
    assert credits_balance(user=owner) == before


def test_a_queued_set_whose_message_was_lost_is_sent_again(owner, job, sent):
    study_set = study_set_create(owner=owner, job=job, mode="cover")
    sent.clear()
    assert study_sets_sweep() == (0, 0)  # fresh: left alone
    StudySet.objects.filter(pk=study_set.pk).update(updated_at=timezone.now() - timedelta(hours=1))
    assert study_sets_sweep() == (0, 1)
    assert sent == [study_set.pk]
