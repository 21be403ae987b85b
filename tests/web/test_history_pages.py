from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from jobs.engine.types import ProcessorSettings
from jobs.models import Job
from tests.web.conftest import make_job

pytestmark = pytest.mark.django_db


@pytest.fixture
def jobs(owner, stranger):
    now = timezone.now()
    old = make_job(owner, filename="balzac.pdf", created_at=now - timedelta(days=2))
    new = make_job(owner, filename="zola.pdf", status=Job.Status.FAILED, created_at=now - timedelta(days=1))
    make_job(owner, filename="brouillon.pdf", status=Job.Status.DRAFT)
    make_job(stranger, filename="secret.pdf")
    return old, new


def test_history_lists_own_jobs_newest_first_without_drafts(owner_client, jobs):
    body = owner_client.get(reverse("history")).content.decode()
    assert body.index("zola.pdf") < body.index("balzac.pdf")
    assert "secret.pdf" not in body and "brouillon.pdf" not in body


def _settings(**changes) -> dict:
    return {**ProcessorSettings().as_dict(), **changes}


def test_history_tells_two_runs_of_the_same_book_apart_by_their_settings(owner_client, owner):
    make_job(owner, filename="verne.pdf", settings=_settings(max_words=8, style="sentences"))
    make_job(owner, filename="verne.pdf", settings=_settings(max_words=12, style="exact", keep_dialogue_whole=True))
    make_job(owner, filename="verne.pdf", processor="gemini", settings=_settings(processor="gemini", tier="quality"))
    body = owner_client.get(reverse("history")).content.decode()
    assert '<th scope="col">Settings</th>' in body
    assert ">8 words max · short sentences · local</td>" in body
    assert ">12 words max · exact words · local · dialogue whole</td>" in body
    assert ">8 words max · short sentences · gemini (quality)</td>" in body


def test_history_shows_no_style_for_a_job_made_before_styles(owner_client, owner):
    make_job(owner, filename="ancien.pdf")  # settings without a style, as such jobs were stored
    body = owner_client.get(reverse("history")).content.decode()
    assert ">8 words max · local</td>" in body


def test_history_searches_by_file_name(owner_client, jobs):
    body = owner_client.get(reverse("history"), {"q": "ZOL"}).content.decode()
    assert "zola.pdf" in body and "balzac.pdf" not in body


def test_history_filters_by_status(owner_client, jobs):
    body = owner_client.get(reverse("history"), {"status": "completed"}).content.decode()
    assert "balzac.pdf" in body and "zola.pdf" not in body


def test_history_of_a_stranger_does_not_show_my_jobs(stranger_client, jobs):
    body = stranger_client.get(reverse("history")).content.decode()
    assert "secret.pdf" in body and "zola.pdf" not in body


def test_history_sends_anonymous_to_sign_in(client):
    assert client.get(reverse("history")).status_code == 302


def test_home_lists_recent_jobs_for_the_signed_in_user(owner_client, jobs):
    body = owner_client.get("/").content.decode()
    assert "zola.pdf" in body and "secret.pdf" not in body


def test_home_is_public(client):
    r = client.get("/")
    assert r.status_code == 200 and reverse("account_signup") in r.content.decode()
