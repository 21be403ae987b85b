"""Study set pages: owner sees and uses them, a stranger gets 404, anonymous is sent to sign in."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from jobs.studysets import selectors, services
from jobs.studysets.models import StudySet, WordList


@pytest.fixture
def done_set(owner, job, word_list):
    study_set = services.study_set_create(owner=owner, job=job, word_list=word_list)
    services.study_set_run(set_id=study_set.pk)
    study_set.refresh_from_db()
    return study_set


def pages(study_set) -> list[str]:
    item = study_set.items.first()
    return [
        reverse("study_set_detail", args=[study_set.pk]),
        reverse("study_set_status", args=[study_set.pk]),
        reverse("job_study_sets", args=[study_set.job_id]),
        reverse("study_set_swap", args=[study_set.pk, item.pk]),
        reverse("study_set_export", args=[study_set.pk, "csv"]),
    ]


def test_owner_creates_a_set_from_the_job_page(client, owner, job, word_list):
    client.force_login(owner)
    url = reverse("job_study_sets", args=[job.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"mode": "cover", "word_list": word_list.pk})
    study_set = StudySet.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("study_set_detail", args=[study_set.pk])
    assert study_set.word_list == word_list and study_set.status == "pending"


def test_owner_sees_coverage_and_the_uncovered_words(client, owner, done_set):
    client.force_login(owner)
    html = client.get(reverse("study_set_detail", args=[done_set.pk])).content.decode()
    assert "5 of 7" in html
    assert 'id="missing-words" class="small">ordinateur' in html
    assert 'id="over-limit-words" class="small">cheval' in html


def test_owner_swaps_a_sentence_from_the_page(client, owner, done_set):
    client.force_login(owner)
    item = done_set.items.get(words=["chanter"])
    url = reverse("study_set_swap", args=[done_set.pk, item.pk])
    assert "Elle chantait et buvait du vin." in client.get(url).content.decode()
    alternative = done_set.job.sentences.get(text="Elle chantait et buvait du vin.")
    assert client.post(url, {"sentence": alternative.pk}).status_code == 302
    item.refresh_from_db()
    assert item.sentence_id == alternative.pk


def test_owner_exports_only_the_sets_sentences(client, owner, done_set):
    client.force_login(owner)
    response = client.get(reverse("study_set_export", args=[done_set.pk, "csv"]))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    ids = {f"np-{pk}" for pk in selectors.study_set_sentence_ids(study_set=done_set)}
    assert {r[0] for r in rows[1:]} == ids and len(rows) == 4


def test_another_users_set_is_not_found(client, stranger, done_set):
    client.force_login(stranger)
    for url in pages(done_set):
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("study_set_delete", args=[done_set.pk])).status_code == 404
    assert StudySet.objects.filter(pk=done_set.pk).exists()


def test_anonymous_is_sent_to_sign_in(client, done_set):
    for url in pages(done_set) + [reverse("study_set_index"), reverse("word_list_new")]:
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response["Location"], url


def test_owner_uploads_a_csv_word_list(client, owner):
    client.force_login(owner)
    upload = io.BytesIO(b"chat,cat\nchien,dog\n")
    upload.name = "mots.csv"
    response = client.post(reverse("word_list_new"), {"name": "Animaux", "file": upload})
    assert response.status_code == 302
    assert WordList.objects.get(owner=owner).words == ["chat", "chien"]


def test_another_users_word_list_cannot_be_used_or_deleted(client, owner, stranger, job):
    theirs = services.word_list_create(owner=stranger, name="À eux", words=["chat"])
    client.force_login(owner)
    assert client.post(reverse("word_list_delete", args=[theirs.pk])).status_code == 404
    response = client.post(reverse("job_study_sets", args=[job.pk]), {"mode": "cover", "word_list": theirs.pk})
    assert response.status_code == 200 and not StudySet.objects.exists()  # not a choice for this user
