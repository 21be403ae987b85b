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


# --- search without accents; undo, merge, split ------------------------------

LONG = "Il ouvrit la fenêtre, regarda la rue déserte et referma les volets sans bruit."


@pytest.fixture
def cut_job(owner):
    pieces = ("Il ouvrit la fenêtre.", "Il regarda la rue déserte.", "Il referma les volets sans bruit.")
    rows = [{"text": t, "source_text": LONG, "source_index": 0, "page": 4, "chapter": "I"} for t in pieces]
    rows.append({"text": "La nuit tombait sur la ville.", "source_index": 1, "page": 5, "chapter": "II"})
    settings = {"max_words": 8, "min_words": 2, "style": "sentences", "processor": "local"}
    return finished_job(owner, rows, settings=settings)


def piece(job, position: int) -> Sentence:
    return Sentence.objects.get(job=job, position=position)


def test_search_ignores_accents_and_case_and_can_leave_out_the_originals(owner_api, cut_job):
    everywhere = owner_api.get(sentences_url(cut_job), {"search": "FENETRE"}).json()["results"]
    assert [s["position"] for s in everywhere] == [1, 2, 3]
    short_only = owner_api.get(sentences_url(cut_job), {"search": "fenetre", "scope": "sentences"}).json()
    assert [s["text"] for s in short_only["results"]] == ["Il ouvrit la fenêtre."]
    in_chapter = owner_api.get(sentences_url(cut_job), {"search": "la", "chapter": "II"}).json()["results"]
    assert [s["position"] for s in in_chapter] == [4]


def test_split_then_merge_then_undo_over_the_api(owner_api, cut_job):
    url = sentence_url(cut_job, piece(cut_job, 2))
    r = owner_api.post(url + "split/", {"at": 3}, format="json")
    assert r.status_code == 200, r.content
    texts = [s["text"] for s in r.json()["sentences"]]
    assert texts == ["Il ouvrit la fenêtre.", "Il regarda", "la rue déserte.", "Il referma les volets sans bruit."]
    assert {s["source_text"] for s in r.json()["sentences"]} == {LONG}
    assert {s["page"] for s in r.json()["sentences"]} == {4}
    assert piece(cut_job, 5).text == "La nuit tombait sur la ville."

    r = owner_api.post(url + "merge/")
    assert r.status_code == 200
    assert [s["text"] for s in r.json()["sentences"]][1] == "Il regarda la rue déserte."
    assert piece(cut_job, 4).text == "La nuit tombait sur la ville."

    r = owner_api.post(url + "undo/")
    assert r.status_code == 200
    assert [s["edited"] for s in r.json()["sentences"]] == [False, False, False]
    assert_error(owner_api.post(url + "undo/"), 409, "nothing_to_undo")


def test_merge_over_the_limit_and_across_originals_answer_409(owner_api, cut_job):
    error = assert_error(owner_api.post(sentence_url(cut_job, piece(cut_job, 1)) + "merge/"), 409, "merge_over_limit")
    assert "limit of 8 words" in error["message"]
    assert_error(owner_api.post(sentence_url(cut_job, piece(cut_job, 3)) + "merge/"), 409, "merge_needs_same_original")
    assert Sentence.objects.filter(job=cut_job).count() == 4


def test_split_answers_its_errors(owner_api, cut_job):
    url = sentence_url(cut_job, piece(cut_job, 1)) + "split/"
    assert_error(owner_api.post(url, {"at": 9}, format="json"), 400, "split_out_of_range")
    assert_error(owner_api.post(url, {"at": 2}, format="json"), 409, "split_under_minimum")
    error = assert_error(owner_api.post(url, {}, format="json"), 400, "invalid_input")
    assert "at" in error["fields"]
    assert Sentence.objects.filter(job=cut_job).count() == 4


@pytest.mark.parametrize("action", ["undo", "merge", "split"])
def test_reshaping_is_404_for_a_stranger_and_401_for_anonymous(stranger_api, anon_api, cut_job, action):
    url = sentence_url(cut_job, piece(cut_job, 1)) + f"{action}/"
    assert_error(stranger_api.post(url, {"at": 3}, format="json"), 404, "not_found")
    assert anon_api.post(url, {"at": 3}, format="json").status_code == 401
    assert Sentence.objects.filter(job=cut_job).count() == 4
    assert not Sentence.objects.filter(job=cut_job).exclude(edited_text="").exists()
