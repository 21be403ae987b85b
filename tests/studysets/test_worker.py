"""End to end: a real rundramatiq worker computes a set from a completed job built with ORM rows."""

from __future__ import annotations

from django.db import connection

from accounts.selectors import credits_balance
from jobs.studysets import services
from jobs.studysets.models import StudySet
from tests.conftest import wait_for
from tests.studysets.conftest import WORDS, make_job


def test_a_worker_computes_the_set_and_settles_its_credits(start_worker, owner, settings):
    settings.STUDYSET_PRICE_CREDITS = 4
    job = make_job(owner)
    word_list = services.word_list_create(owner=owner, name="Mots", words=WORDS)
    before = credits_balance(user=owner)
    start_worker(threads=1, STUDYSET_PRICE_CREDITS="4")
    study_set = services.study_set_create(owner=owner, job=job, word_list=word_list)
    connection.close()

    def finished():
        s = StudySet.objects.get(pk=study_set.pk)
        return s if s.status in ("completed", "failed") else None

    done = wait_for(finished, timeout=120, interval=0.3, message="the study set to finish")
    assert done.status == "completed", done.error_message
    assert (done.covered_count, done.sentence_count, done.progress_percent) == (5, 3, 100)
    assert done.missing_words == ["ordinateur"] and done.over_limit_words == ["cheval"]
    assert done.credits_charged == 4 and credits_balance(user=owner) == before - 4
