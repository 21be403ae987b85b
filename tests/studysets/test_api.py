"""Study set API: owner, stranger (404), anonymous (401), the one error shape."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.selectors import credits_balance
from jobs.studysets import services
from jobs.studysets.models import StudySet


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def done_set(owner, job, word_list):
    study_set = services.study_set_create(owner=owner, job=job, word_list=word_list)
    services.study_set_run(set_id=study_set.pk)
    return StudySet.objects.get(pk=study_set.pk)


def urls(study_set) -> list[str]:
    item = study_set.items.first()
    return [
        reverse("api-study-set-detail", args=[study_set.pk]),
        reverse("api-study-set-alternatives", args=[study_set.pk, item.pk]),
        reverse("api-study-set-export", args=[study_set.pk, "csv"]),
    ]


def test_owner_creates_a_set_and_is_charged_on_completion(api, owner, job, word_list, settings):
    settings.STUDYSET_PRICE_CREDITS = 3
    api.force_authenticate(owner)
    before = credits_balance(user=owner)
    response = api.post(
        reverse("api-study-set-list"), {"job": str(job.pk), "word_list": word_list.pk, "mode": "cover"}, format="json"
    )
    assert response.status_code == 201, response.json()
    assert response.json()["status"] == "pending" and response.json()["credits_reserved"] == 3
    assert credits_balance(user=owner) == before - 3


def test_owner_reads_the_set_with_its_items(api, owner, done_set):
    api.force_authenticate(owner)
    body = api.get(reverse("api-study-set-detail", args=[done_set.pk])).json()
    assert (body["covered_count"], body["word_count"], body["sentence_count"]) == (5, 7, 3)
    assert body["missing_words"] == ["ordinateur"] and body["over_limit_words"] == ["cheval"]
    assert sorted(w for item in body["items"] for w in item["words"]) == ["aimer", "boire", "chanter", "eau", "soir"]


def test_owner_swaps_through_the_api(api, owner, done_set):
    api.force_authenticate(owner)
    item = done_set.items.get(words=["chanter"])
    alts = api.get(reverse("api-study-set-alternatives", args=[done_set.pk, item.pk])).json()
    assert alts["needed"] == ["chanter"]
    target = alts["alternatives"][0]["id"]
    response = api.post(reverse("api-study-set-swap", args=[done_set.pk, item.pk]), {"sentence": target}, format="json")
    assert response.status_code == 200 and response.json()["sentence_id"] == target


def test_a_swap_that_loses_coverage_answers_400_in_the_error_shape(api, owner, done_set):
    api.force_authenticate(owner)
    item = done_set.items.get(words=["chanter"])
    wrong = done_set.job.sentences.get(text="L'eau coule.")
    response = api.post(
        reverse("api-study-set-swap", args=[done_set.pk, item.pk]), {"sentence": wrong.pk}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "swap_loses_coverage"


def test_another_users_set_answers_404(api, stranger, done_set):
    api.force_authenticate(stranger)
    for url in urls(done_set):
        response = api.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "not_found"
    item = done_set.items.first()
    swap = reverse("api-study-set-swap", args=[done_set.pk, item.pk])
    assert api.post(swap, {"sentence": item.sentence_id}, format="json").status_code == 404
    assert api.delete(reverse("api-study-set-detail", args=[done_set.pk])).status_code == 404
    assert StudySet.objects.filter(pk=done_set.pk).exists()


def test_a_stranger_cannot_build_a_set_from_another_users_job(api, stranger, job):
    api.force_authenticate(stranger)
    before = credits_balance(user=stranger)
    response = api.post(reverse("api-study-set-list"), {"job": str(job.pk)}, format="json")
    assert response.status_code == 404
    assert credits_balance(user=stranger) == before and not StudySet.objects.exists()


def test_anonymous_is_unauthorized(api, done_set):
    for url in [*urls(done_set), reverse("api-study-set-list"), reverse("api-word-list-list")]:
        assert api.get(url).status_code == 401, url


def test_word_lists_are_owner_only(api, owner, stranger):
    api.force_authenticate(owner)
    created = api.post(reverse("api-word-list-list"), {"name": "Mots", "words": ["Chat", "chien"]}, format="json")
    assert created.status_code == 201 and created.json()["words"] == ["chat", "chien"]
    api.force_authenticate(stranger)
    assert api.get(reverse("api-word-list-detail", args=[created.json()["id"]])).status_code == 404
    assert api.get(reverse("api-word-list-list")).json() == []
