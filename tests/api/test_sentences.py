"""Sentences of a job: list (cursor, search, page), read, edit; owner / stranger / anonymous."""

from __future__ import annotations

import pytest

from jobs.models import Job, Sentence
from tests.api.conftest import assert_error, make_job
from tests.builders import finished_job


@pytest.fixture
def job(owner):
    return make_job(owner, status=Job.Status.COMPLETED, sentences=25)


def sentences_url(job) -> str:
    return f"/api/v1/jobs/{job.pk}/sentences/"


def sentence_url(job, sentence) -> str:
    return f"/api/v1/jobs/{job.pk}/sentences/{sentence.pk}/"


def test_sentences_come_in_book_order_across_pages(owner_api, job):
    first = owner_api.get(sentences_url(job), {"page_size": 10}).json()
    positions = [s["position"] for s in first["results"]]
    page = first
    while page["next"]:
        page = owner_api.get(page["next"]).json()
        positions += [s["position"] for s in page["results"]]
    assert positions == list(range(1, 26))
    assert first["results"][0]["text"] == "Phrase numéro 1 du livre."
    assert first["results"][0]["source_text"] == "Source 1."


def test_sentences_search_finds_matching_text(owner_api, job):
    body = owner_api.get(sentences_url(job), {"search": "numéro 12 "}).json()
    assert [s["position"] for s in body["results"]] == [12]


def test_sentences_filter_by_pdf_page(owner_api, job):
    body = owner_api.get(sentences_url(job), {"page": 3}).json()
    assert [s["page"] for s in body["results"]] == [3] * 5


def test_stranger_sentences_answer_404(stranger_api, job):
    assert_error(stranger_api.get(sentences_url(job)), 404, "not_found")


def test_anonymous_sentences_answer_401(anon_api, job):
    assert_error(anon_api.get(sentences_url(job)), 401, "not_authenticated")


def test_edit_keeps_the_original(owner_api, job):
    sentence = job.sentences.get(position=2)
    response = owner_api.patch(sentence_url(job, sentence), {"text": "  Une   phrase plus simple. "}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["text"] == "Une phrase plus simple."
    assert body["original_text"] == "Phrase numéro 2 du livre."
    assert body["edited"] is True
    assert Sentence.objects.get(pk=sentence.pk).edited_text == "Une phrase plus simple."
    assert owner_api.get(sentence_url(job, sentence)).json()["text"] == "Une phrase plus simple."


def test_edit_to_blank_answers_400(owner_api, job):
    sentence = job.sentences.get(position=2)
    response = owner_api.patch(sentence_url(job, sentence), {"text": "   "}, format="json")
    error = assert_error(response, 400, "empty_sentence")
    assert "text" in error["fields"]
    assert Sentence.objects.get(pk=sentence.pk).edited_text == ""


def test_edit_without_text_answers_400_naming_the_field(owner_api, job):
    sentence = job.sentences.get(position=2)
    error = assert_error(owner_api.patch(sentence_url(job, sentence), {}, format="json"), 400, "invalid_input")
    assert error["fields"] == {"text": ["This field is required."]}


def test_stranger_edit_answers_404_and_changes_nothing(stranger_api, job):
    sentence = job.sentences.get(position=2)
    response = stranger_api.patch(sentence_url(job, sentence), {"text": "Piraté."}, format="json")
    assert_error(response, 404, "not_found")
    assert Sentence.objects.get(pk=sentence.pk).edited_text == ""


def test_stranger_cannot_edit_through_their_own_job_either(stranger_api, stranger, job):
    theirs = make_job(stranger)
    sentence = job.sentences.get(position=2)
    response = stranger_api.patch(sentence_url(theirs, sentence), {"text": "Piraté."}, format="json")
    assert_error(response, 404, "not_found")


def test_a_sentence_under_another_job_of_mine_answers_404(owner_api, owner, job):
    other = make_job(owner, sentences=1)
    sentence = job.sentences.get(position=2)
    assert_error(owner_api.get(sentence_url(other, sentence)), 404, "not_found")


def test_anonymous_edit_answers_401(anon_api, job):
    sentence = job.sentences.get(position=2)
    response = anon_api.patch(sentence_url(job, sentence), {"text": "Anonyme."}, format="json")
    assert_error(response, 401, "not_authenticated")


def test_sentences_say_their_kind_and_whether_they_stand_alone(owner_api, owner):
    job = finished_job(
        owner,
        [
            {"text": "Chapitre premier", "kind": "heading"},
            {"text": "Il ouvrit la porte.", "stands_alone": True},
            {"text": "Vers la porte du jardin.", "stands_alone": False},
        ],
    )
    results = owner_api.get(sentences_url(job)).json()["results"]
    assert [(s["kind"], s["stands_alone"]) for s in results] == [
        ("heading", None),
        ("sentence", True),
        ("sentence", False),
    ]
