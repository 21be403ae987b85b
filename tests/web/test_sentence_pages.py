from __future__ import annotations

import pytest
from django.urls import reverse

from jobs.models import Sentence
from tests.builders import finished_job

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


# --- fragments and headings -------------------------------------------------


def _row(body: str, sentence: Sentence) -> str:
    start = body.index(f'id="sentence-{sentence.id}"')
    start = body.rindex("<li", 0, start)
    return body[start : body.index("</li>", start)]


@pytest.fixture
def mixed_job(owner):
    return finished_job(
        owner,
        [
            {"text": "Chapitre premier", "kind": "heading"},
            {"text": "Il ouvrit la porte.", "stands_alone": True},
            {"text": "Vers la porte du jardin.", "stands_alone": False},
            {"text": "Un titre jamais jugé.", "stands_alone": None},
            {"text": "Sous la pluie.", "edited_text": "Il marchait sous la pluie.", "stands_alone": False},
        ],
    )


def _rows(owner_client, job) -> dict[str, str]:
    body = owner_client.get(reverse("job_sentences", args=[job.id])).content.decode()
    return {s.text: _row(body, s) for s in Sentence.objects.filter(job=job)} | {"": body}


def test_only_an_unedited_piece_that_does_not_stand_alone_carries_a_fragment_tag(owner_client, mixed_job):
    rows = _rows(owner_client, mixed_job)
    fragment = rows["Vers la porte du jardin."]
    assert fragment.startswith('<li class="sentence fragment"')
    title = "Not a sentence on its own: no main clause of its own, or cut short"
    assert f'<span class="tag fragment" title="{title}">fragment' in fragment
    hidden = ": does not stand alone, no main clause of its own or cut short"
    assert f'<span class="visually-hidden">{hidden}</span>' in fragment
    # Standing alone, never judged, or edited (the judgement was of the generated text): no tag.
    for text in ("Il ouvrit la porte.", "Un titre jamais jugé.", "Sous la pluie."):
        assert "fragment" not in rows[text], text
    assert "Il marchait sous la pluie." in rows["Sous la pluie."]


def test_a_heading_is_shown_as_a_heading_without_an_original(owner_client, mixed_job):
    row = _rows(owner_client, mixed_job)["Chapitre premier"]
    assert row.startswith('<li class="sentence heading"')
    assert '<h2 class="text" lang="fr">Chapitre premier</h2>' in row
    assert "Original" not in row


def test_the_fragment_legend_shows_only_on_a_page_holding_a_fragment(owner_client, owner, mixed_job, done_job):
    assert 'id="fragment-legend"' in _rows(owner_client, mixed_job)[""]
    body = owner_client.get(reverse("job_sentences", args=[done_job.id])).content.decode()
    assert 'id="fragment-legend"' not in body
