from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.selectors import credits_balance
from accounts.services import credits_reserve
from jobs.engine.types import ProcessorSettings
from jobs.models import Job
from tests.builders import finished_job
from tests.web.conftest import make_job

pytestmark = pytest.mark.django_db


def test_job_page_shows_status_and_quality_to_owner(owner_client, done_job):
    r = owner_client.get(reverse("job_detail", args=[done_job.id]))
    assert r.status_code == 200
    body = r.content.decode()
    assert "roman.pdf" in body
    assert 'value="100"' in body
    assert "97.0%" in body  # within_limit share from job.quality
    assert "not measured" in body  # standalone: None
    assert f'hx-get="{reverse("job_sentences", args=[done_job.id])}"' in body  # the sentences load on completion
    assert reverse("job_sentences", args=[done_job.id]) in body


def test_job_page_shows_the_limit_style_and_processor(owner_client, owner):
    job = make_job(owner, settings={**ProcessorSettings().as_dict(), "max_words": 10, "style": "exact"})
    body = owner_client.get(reverse("job_detail", args=[job.id])).content.decode()
    assert '<span id="job-settings">10 words max · exact words · local</span>' in body


def _quality_box(body: str) -> dict[str, str]:
    box = body[body.index('<dl class="facts compact quality">') :]
    box = box[: box.index("</dl>")]
    pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", box)
    return dict(pairs)


def test_job_page_shows_the_quality_of_the_whole_job(owner_client, owner):
    quality = {
        "sentences": 4120,
        "within_limit": 0.9871,
        "standalone": 0.8734,
        "standalone_judged": 4000,
        "shaped": 0.9512,
        "content_recall": 0.9905,
        "content_invented": 0.0021,
        "coverage": 0.97,
    }
    job = make_job(owner, quality=quality)
    box = _quality_box(owner_client.get(reverse("job_detail", args=[job.id])).content.decode())
    assert box == {
        "Within the length limit": "98.7%",
        "Stand alone (a main clause, nothing cut off)": "87.3% of 4,000 judged",
        "Shaped as a sentence (capital to end mark)": "95.1%",
        "Content words of the book kept": "99.1%",
        "Content words added": "0.2%",
        "Words of the book kept": "97.0%",
    }


def test_job_page_still_shows_the_figures_an_older_job_stored(owner_client, owner):
    quality = {"sentences": 900, "within_limit": 1.0, "standalone": 0.75, "standalone_sampled": 48, "coverage": 0.999}
    job = make_job(owner, quality=quality)
    box = _quality_box(owner_client.get(reverse("job_detail", args=[job.id])).content.decode())
    assert box["Stand alone (a main clause, nothing cut off)"] == "75.0% on a sample of 48"
    assert box["Words of the book kept"] == "99.9%"
    assert "Standalone sampled" not in box and len(box) == 3


def test_job_page_counts_sentences_with_headings_apart_and_says_what_quality_was_measured_on(owner_client, owner):
    rows = [{"text": "Chapitre I", "kind": "heading"}] + [f"Phrase numéro {n}." for n in range(1, 6)]
    job = finished_job(owner, rows, quality={"sentences": 6, "within_limit": 1.0}, page_count=3)
    body = owner_client.get(reverse("job_detail", args=[job.id])).content.decode()
    assert re.search(r'<dd id="sentence-count">5 <span class="muted small">\+ 1 heading</span></dd>', body)
    assert "Read the 5 sentences" in body
    basis = re.search(r'<p class="muted small" id="quality-basis">(.*?)</p>', body).group(1)
    assert (
        basis
        == "Measured on the 6 sentences as generated, headings apart; your merges and splits have made them 5 since."
    )


def test_job_page_is_404_for_a_stranger(stranger_client, done_job):
    assert stranger_client.get(reverse("job_detail", args=[done_job.id])).status_code == 404


def test_job_page_sends_anonymous_to_sign_in(client, done_job):
    r = client.get(reverse("job_detail", args=[done_job.id]))
    assert r.status_code == 302 and reverse("account_login") in r["Location"]


def test_status_partial_polls_while_active(owner_client, running_job):
    r = owner_client.get(reverse("job_status", args=[running_job.id]))
    body = r.content.decode()
    assert r.status_code == 200
    assert 'hx-trigger="every 2s"' in body
    assert reverse("job_status", args=[running_job.id]) in body
    assert "Cancel job" in body
    assert "1 done" in body and "of 2" in body


@pytest.mark.parametrize(
    ("left", "shown"), [(timedelta(seconds=2), "a few seconds"), (timedelta(seconds=75), "about 1 min 15 s")]
)
def test_status_partial_says_the_time_left_and_when_the_job_finished(owner_client, owner, left, shown):
    now = timezone.now()
    # one of two parts done: the other takes as long as the first
    job = make_job(owner, status=Job.Status.PROCESSING, processing_started_at=now - left)
    body = owner_client.get(reverse("job_status", args=[job.id])).content.decode()
    assert re.search(r'<dd id="eta">([^<]*)</dd>', body).group(1) == shown
    assert "finished-at" not in body
    job.status, job.finished_at = Job.Status.COMPLETED, now
    job.save(update_fields=["status", "finished_at"])
    body = owner_client.get(reverse("job_status", args=[job.id])).content.decode()
    assert 'id="finished-at"' in body and 'id="eta"' not in body


@pytest.mark.parametrize("status", [s for s in Job.FINAL])
def test_status_partial_stops_polling_when_final(owner_client, owner, status):
    job = make_job(owner, status=status, sentences=3)
    body = owner_client.get(reverse("job_status", args=[job.id])).content.decode()
    assert "every 2s" not in body
    assert "Cancel job" not in body


def test_status_partial_is_404_for_a_stranger(stranger_client, running_job):
    assert stranger_client.get(reverse("job_status", args=[running_job.id])).status_code == 404


def test_status_partial_sends_anonymous_to_sign_in(client, running_job):
    assert client.get(reverse("job_status", args=[running_job.id])).status_code == 302


def test_status_partial_costs_at_most_two_queries(client, owner, django_assert_max_num_queries):
    """The whole request with the project's settings: user lookup + the job row (session from the cache)."""
    job = make_job(owner, status=Job.Status.COMPLETED, sentences=20)
    client.force_login(owner)
    client.get(reverse("job_status", args=[job.id]))  # warm the session cache
    with django_assert_max_num_queries(2):
        r = client.get(reverse("job_status", args=[job.id]))
    assert r.status_code == 200 and "97.0%" in r.content.decode()


def test_status_partial_own_queries_with_default_settings(owner_client, owner, running_job):
    """The view itself reads the job row once, whatever the middleware does."""
    url = reverse("job_status", args=[running_job.id])
    owner_client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        owner_client.get(url)
    job_queries = [q for q in ctx.captured_queries if '"jobs_job"' in q["sql"]]
    assert len(job_queries) == 1
    assert len(ctx.captured_queries) <= 2, [q["sql"][:80] for q in ctx.captured_queries]


def test_cancel_stops_a_running_job_and_releases_credits(owner_client, owner):
    job = make_job(owner, status=Job.Status.PROCESSING, credits_reserved=40, credits_settled=False)
    credits_reserve(user=owner, amount=40, job=job)
    before = credits_balance(user=owner)
    r = owner_client.post(reverse("job_cancel", args=[job.id]), follow=True)
    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED
    assert credits_balance(user=owner) == before + 40
    assert "cancelled" in r.content.decode()


def test_cancel_of_a_finished_job_shows_the_service_message(owner_client, done_job):
    r = owner_client.post(reverse("job_cancel", args=[done_job.id]), follow=True)
    assert "Only a job that is still running can be cancelled." in r.content.decode()
    done_job.refresh_from_db()
    assert done_job.status == Job.Status.COMPLETED


def test_cancel_is_404_for_a_stranger(stranger_client, running_job):
    assert stranger_client.post(reverse("job_cancel", args=[running_job.id])).status_code == 404
    running_job.refresh_from_db()
    assert running_job.status == Job.Status.PROCESSING


def test_cancel_asks_for_confirmation_first_and_says_what_it_keeps(owner_client, owner):
    job = make_job(owner, status=Job.Status.PROCESSING, credits_reserved=40, credits_settled=False)
    job.chunks.create(index=0, page_start=1, page_end=6, status="done", usage_credits=6)
    job.chunks.create(index=1, page_start=7, page_end=12, status="running")
    page = owner_client.get(reverse("job_cancel", args=[job.id]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "Cancel this job?" in body and 'id="confirm-cancel"' in body
    assert "pages 1-6, for <strong>6 credits</strong>. The other 34 reserved credits" in body
    job.refresh_from_db()
    assert job.status == Job.Status.PROCESSING  # asking changes nothing


def test_the_cancel_page_of_a_job_with_nothing_finished_promises_no_charge(owner_client, running_job):
    body = owner_client.get(reverse("job_cancel", args=[running_job.id])).content.decode()
    assert "Nothing is finished yet: nothing is charged" in body


def test_the_cancel_page_of_a_finished_job_goes_back_to_the_job(owner_client, done_job):
    r = owner_client.get(reverse("job_cancel", args=[done_job.id]), follow=True)
    assert r.redirect_chain[-1][0] == reverse("job_detail", args=[done_job.id])
    assert "Only a job that is still running can be cancelled." in r.content.decode()


def test_the_job_page_links_to_the_cancel_confirmation(owner_client, running_job):
    body = owner_client.get(reverse("job_detail", args=[running_job.id])).content.decode()
    assert f'href="{reverse("job_cancel", args=[running_job.id])}" id="cancel-job"' in body


def test_retry_on_a_completed_job_shows_the_service_message(owner_client, done_job):
    r = owner_client.post(reverse("job_retry", args=[done_job.id]), follow=True)
    assert "Only a job that ended with errors can be retried." in r.content.decode()
    assert "nothing_to_retry" not in r.content.decode()  # codes are for API clients, not people


def test_retry_is_404_for_a_stranger(stranger_client, done_job):
    assert stranger_client.post(reverse("job_retry", args=[done_job.id])).status_code == 404


def test_delete_asks_then_deletes(owner_client, done_job):
    url = reverse("job_delete", args=[done_job.id])
    page = owner_client.get(url)
    assert page.status_code == 200 and "Delete this job?" in page.content.decode()
    assert Job.objects.filter(pk=done_job.id).exists()
    r = owner_client.post(url)
    assert r.status_code == 302 and r["Location"] == reverse("history")
    assert not Job.objects.filter(pk=done_job.id).exists()


def test_delete_is_404_for_a_stranger(stranger_client, done_job):
    assert stranger_client.post(reverse("job_delete", args=[done_job.id])).status_code == 404
    assert Job.objects.filter(pk=done_job.id).exists()


def test_delete_sends_anonymous_to_sign_in(client, done_job):
    assert client.post(reverse("job_delete", args=[done_job.id])).status_code == 302
    assert Job.objects.filter(pk=done_job.id).exists()


def test_pages_refuse_a_post_without_csrf_token(owner, running_job):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(owner)
    assert csrf_client.post(reverse("job_cancel", args=[running_job.id])).status_code == 403
    running_job.refresh_from_db()
    assert running_job.status == Job.Status.PROCESSING


def test_staff_reach_the_admin_and_others_do_not(client, owner, staff):
    client.force_login(owner)
    r = client.get("/admin/")
    assert r.status_code == 302 and "/admin/login/" in r["Location"]
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200
