"""Word lists have a size cap however they are sent: pasted on the page, as JSON text or words, or as a body."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from jobs.studysets.models import WordList
from tests.api.conftest import assert_error, token_client

pytestmark = pytest.mark.django_db

HUGE = "mot\n" * 500_000 + "fin"  # 2,000,003 characters


@pytest.fixture
def browser(owner) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    client.get(reverse("word_list_new"))
    return client


def _post(client: Client, **data):
    return client.post(reverse("word_list_new"), {"csrfmiddlewaretoken": client.cookies["csrftoken"].value, **data})


def test_pasting_a_word_list_over_the_cap_is_refused_on_the_page(browser, owner, settings):
    response = _post(browser, name="Huge", text=HUGE)
    body = response.content.decode()
    assert response.status_code == 413
    assert "text_too_large" in body and f"at most {settings.STUDYSET_LIST_MAX_BYTES:,} bytes" in body
    assert not WordList.objects.filter(owner=owner).exists()


def test_a_word_list_within_the_cap_is_saved_from_the_page(browser, owner):
    response = _post(browser, name="Mine", text="chat\nchien\nmaison")
    assert response.status_code == 302
    assert WordList.objects.get(owner=owner).words == ["chat", "chien", "maison"]


def test_an_uploaded_word_list_file_is_read_from_the_page(browser, owner):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = _post(browser, name="", file=SimpleUploadedFile("mots.txt", b"chat\nchien\n"))
    assert response.status_code == 302
    assert WordList.objects.get(owner=owner).words == ["chat", "chien"]


def test_api_text_over_the_cap_answers_413(owner):
    response = token_client(owner).post("/api/v1/word-lists/", {"name": "Huge", "text": HUGE}, format="json")
    assert_error(response, 413, "text_too_large")
    assert not WordList.objects.exists()


def test_api_words_over_the_cap_answer_413(owner):
    words = [f"mot{n}" for n in range(200_000)]  # 1.4 MB of words
    response = token_client(owner).post("/api/v1/word-lists/", {"name": "Huge", "words": words}, format="json")
    assert_error(response, 413, "text_too_large")
    assert not WordList.objects.exists()


def test_api_json_body_over_the_request_limit_answers_413(owner, settings):
    body = json.dumps({"name": "x", "text": "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)})
    response = token_client(owner).post("/api/v1/word-lists/", body, content_type="application/json")
    assert_error(response, 413, "request_too_large")
    assert not WordList.objects.exists()
