from __future__ import annotations

import pytest
from django.urls import reverse

from jobs.models import Sentence

pytestmark = pytest.mark.django_db


def test_sentences_are_paginated_fifty_a_page_with_original_and_page(owner_client, done_job):
    url = reverse("job_sentences", args=[done_job.id])
    body = owner_client.get(url).content.decode()
    assert "120 sentences" in body
    assert body.count('<li class="sentence') == 50
    assert "Phrase courte numéro 1." in body and "Phrase courte numéro 51." not in body
    assert "Voici la phrase source numéro 1, qui était beaucoup plus longue." in body
    assert "p. 1" in body and "Chapitre I" in body
    assert "Page 1 of 3" in body
    page3 = owner_client.get(url, {"page": 3}).content.decode()
    assert page3.count('<li class="sentence') == 20 and "Phrase courte numéro 120." in page3


def test_search_keeps_the_query_and_filters(owner_client, done_job):
    url = reverse("job_sentences", args=[done_job.id])
    body = owner_client.get(url, {"q": "numéro 7"}).content.decode()
    assert 'value="numéro 7"' in body
    assert "Phrase courte numéro 7." in body and "Phrase courte numéro 8." not in body
    assert "numéro 70." in body  # 7, 70-79
    assert "11 sentences" in body


def test_htmx_search_returns_only_the_results(owner_client, done_job):
    r = owner_client.get(reverse("job_sentences", args=[done_job.id]), {"q": "numéro 3"}, HTTP_HX_REQUEST="true")
    body = r.content.decode()
    assert body.lstrip().startswith('<div id="results">')
    assert "<html" not in body


def test_sentences_are_404_for_a_stranger(stranger_client, done_job):
    assert stranger_client.get(reverse("job_sentences", args=[done_job.id])).status_code == 404


def test_sentences_send_anonymous_to_sign_in(client, done_job):
    assert client.get(reverse("job_sentences", args=[done_job.id])).status_code == 302


def test_inline_edit_saves_and_keeps_the_original(owner_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    form = owner_client.get(reverse("sentence_edit", args=[sentence.id])).content.decode()
    assert "<textarea" in form and "Phrase courte numéro 5." in form
    r = owner_client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "Une phrase  corrigée."})
    row = r.content.decode()
    assert r.status_code == 200
    assert "Une phrase corrigée." in row and "edited" in row
    assert "Voici la phrase source numéro 5" in row
    sentence.refresh_from_db()
    assert sentence.edited_text == "Une phrase corrigée." and sentence.text == "Phrase courte numéro 5."
    page = owner_client.get(reverse("job_sentences", args=[done_job.id])).content.decode()
    assert "Une phrase corrigée." in page


def test_an_empty_edit_shows_the_service_message_and_changes_nothing(owner_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    r = owner_client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "   "})
    body = r.content.decode()
    assert "A sentence cannot be empty." in body and "empty_sentence" in body
    sentence.refresh_from_db()
    assert sentence.edited_text == ""


def test_editing_is_404_for_a_stranger(stranger_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    assert stranger_client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "x y"}).status_code == 404
    assert stranger_client.get(reverse("sentence_row", args=[sentence.id])).status_code == 404
    sentence.refresh_from_db()
    assert sentence.edited_text == ""


def test_editing_sends_anonymous_to_sign_in(client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    assert client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "x y"}).status_code == 302
    sentence.refresh_from_db()
    assert sentence.edited_text == ""


def test_the_row_partial_restores_the_row_after_cancel(owner_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    body = owner_client.get(reverse("sentence_row", args=[sentence.id])).content.decode()
    assert f'id="sentence-{sentence.id}"' in body and "Phrase courte numéro 5." in body
