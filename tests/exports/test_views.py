"""Web export endpoints: owner downloads, stranger 404, anonymous to login, throttled per user."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from jobs.models import Job
from tests.exports.conftest import expected, file_rows, make_job
from tests.exports.test_sheets import HEADER, as_sheet_rows, give_google_token


def export_url(job, fmt: str) -> str:
    return reverse("job_export", args=[job.pk, fmt])


def body_of(response) -> bytes:
    return b"".join(response.streaming_content)


def test_owner_downloads_a_csv_attachment(client, owner, job):
    client.force_login(owner)
    response = client.get(export_url(job, "csv"))
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="Le Secret de Wilhelm Storitz.csv"'
    rows = list(csv.reader(io.StringIO(body_of(response).decode())))
    assert rows[1:] == file_rows(job)


def test_owner_gets_each_format(client, owner, job):
    client.force_login(owner)
    for fmt, magic in (("tsv", b"#separator:tab"), ("txt", b"Il pleuvait."), ("apkg", b"PK\x03\x04")):
        response = client.get(export_url(job, fmt))
        assert response.status_code == 200, fmt
        assert body_of(response).startswith(magic), fmt


def test_query_params_select_search_and_bom(client, owner, job):
    client.force_login(owner)
    pks = [r[0].removeprefix("np-") for r in expected(job)]
    response = client.get(export_url(job, "csv"), {"ids": f"{pks[0]},{pks[3]}", "bom": "1"})
    data = body_of(response)
    assert data.startswith(b"\xef\xbb\xbf")
    assert [r[0] for r in csv.reader(io.StringIO(data[3:].decode()))][1:] == [f"np-{pks[0]}", f"np-{pks[3]}"]
    response = client.get(export_url(job, "txt"), {"q": "partit"})
    assert body_of(response).decode().splitlines() == ["« Oui », dit-elle.", "Elle partit."]


def test_a_non_ascii_file_name_is_encoded_for_the_header(client, owner):
    job = make_job(owner, filename="Les Misérables.pdf")
    client.force_login(owner)
    response = client.get(export_url(job, "csv"))
    assert "filename*=utf-8''Les%20Mis%C3%A9rables.csv" in response["Content-Disposition"]


def test_another_users_export_is_not_found(client, stranger, job):
    client.force_login(stranger)
    assert client.get(export_url(job, "csv")).status_code == 404
    assert client.post(reverse("job_export_sheets", args=[job.pk]), {"mode": "new"}).status_code == 404


def test_anonymous_is_sent_to_login(client, job):
    response = client.get(export_url(job, "csv"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    response = client.post(reverse("job_export_sheets", args=[job.pk]), {"mode": "new"})
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_unknown_format_goes_back_with_a_message(client, owner, job):
    client.force_login(owner)
    response = client.get(export_url(job, "xlsx"))
    assert response.status_code == 302
    assert response["Location"] == reverse("job_detail", args=[job.pk])
    assert "Unknown export format" in [str(m) for m in get_messages(response.wsgi_request)][0]


def test_an_unfinished_job_goes_back_with_a_message(client, owner):
    job = make_job(owner, sentences=[], status=Job.Status.PROCESSING)
    client.force_login(owner)
    response = client.get(export_url(job, "csv"))
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["This job has no sentences to export yet."]


def test_exports_are_throttled_per_user(client, owner, stranger, job, settings):
    settings.EXPORT_RATE = "2/hour"
    client.force_login(owner)
    assert [client.get(export_url(job, "txt")).status_code for _ in range(3)] == [200, 200, 429]
    throttled = client.get(export_url(job, "txt"))
    assert 0 < int(throttled["Retry-After"]) <= 3600
    other = make_job(stranger, filename="b.pdf")
    client.force_login(stranger)
    assert client.get(export_url(other, "txt")).status_code == 200  # another user's budget is separate


def test_sheets_new_redirects_to_the_spreadsheet(client, owner, job, fake_sheets):
    give_google_token(owner, "tok")
    fake_sheets.granted.add("tok")
    client.force_login(owner)
    response = client.post(reverse("job_export_sheets", args=[job.pk]), {"mode": "new", "sheet": "Phrases"})
    assert response.status_code == 302
    (sid,) = fake_sheets.spreadsheets
    assert response["Location"] == f"https://docs.google.com/spreadsheets/d/{sid}/edit"
    assert fake_sheets.rows(sid, "Phrases") == [HEADER, *as_sheet_rows(job)]


def test_sheets_without_scope_asks_google_then_resumes_the_export(client, owner, job, fake_sheets):
    sid = fake_sheets.add_spreadsheet("Mine", {"Vocab": [HEADER, ["a", "b", "c", "d", 1, 1]]})
    client.force_login(owner)
    url = reverse("job_export_sheets", args=[job.pk])
    response = client.post(url, {"mode": "append", "spreadsheet_id": sid, "sheet": "Vocab"})
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("google_login")
    query = parse_qs(location.query)
    assert query["process"] == ["connect"]
    assert query["scope"] == ["https://www.googleapis.com/auth/spreadsheets"]
    assert query["next"] == [url]
    assert fake_sheets.rows(sid, "Vocab") == [HEADER, ["a", "b", "c", "d", 1, 1]]  # nothing written yet

    # The user grants the scope at Google; allauth stores the new token and sends them back to `next`.
    give_google_token(owner, "granted")
    fake_sheets.granted.add("granted")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"https://docs.google.com/spreadsheets/d/{sid}/edit"
    assert fake_sheets.rows(sid, "Vocab") == [HEADER, ["a", "b", "c", "d", 1, 1], *as_sheet_rows(job)]
    # The pending export was used once: coming back again does not append a second copy.
    assert client.get(url)["Location"] == reverse("job_detail", args=[job.pk])
    assert len(fake_sheets.rows(sid, "Vocab")) == 2 + len(expected(job))


@pytest.mark.parametrize("method", ["put", "delete"])
def test_sheets_export_accepts_only_get_and_post(client, owner, job, method):
    client.force_login(owner)
    assert getattr(client, method)(reverse("job_export_sheets", args=[job.pk])).status_code == 405


def test_sheets_error_goes_back_to_the_job_with_the_message(client, owner, job, fake_sheets):
    give_google_token(owner, "tok")
    fake_sheets.granted.add("tok")
    client.force_login(owner)
    data = {"mode": "append", "spreadsheet_id": "nosuchsheet12345", "sheet": "A"}
    response = client.post(reverse("job_export_sheets", args=[job.pk]), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("job_detail", args=[job.pk])
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["That spreadsheet was not found."]


def panel_url(job) -> str:
    return reverse("job_export_panel", args=[job.pk])


def test_download_links_take_the_options_from_the_query(client, owner, chaptered):
    client.force_login(owner)
    response = client.get(export_url(chaptered, "txt"), {"skip_headings": "1"})
    assert body_of(response).decode().splitlines() == [
        "Il pleuvait depuis le matin.",
        "Dehors, sous l'orage.",
        "« Oui », dit-elle.",
        "Elle partit.",
    ]
    response = client.get(export_url(chaptered, "txt"), {"skip_fragments": "1"})
    assert "Dehors, sous l'orage." not in body_of(response).decode()


def test_a_bad_option_goes_back_with_a_message(client, owner, chaptered):
    client.force_login(owner)
    response = client.get(export_url(chaptered, "csv"), {"skip_headings": "sometimes"})
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["skip_headings must be 1 or 0."]


def test_the_export_panel_carries_the_ticked_options_into_every_link(client, owner, chaptered):
    client.force_login(owner)
    response = client.get(panel_url(chaptered), {"q": "pluie d'été", "skip_fragments": "1"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    query = "?q=pluie+d%27%C3%A9t%C3%A9&amp;skip_fragments=1"
    for fmt in ("csv", "tsv", "txt", "apkg"):
        assert f'href="{export_url(chaptered, fmt)}{query}"' in html
    assert 'name="skip_fragments" value="1" checked' in html
    assert 'name="skip_headings" value="1">' in html  # not ticked
    sheets_form = html[html.index(reverse("job_export_sheets", args=[chaptered.pk])) :]
    assert '<input type="hidden" name="skip_fragments" value="1">' in sheets_form
    assert 'name="skip_headings"' not in sheets_form


def test_the_sentence_page_offers_the_options_unticked(client, owner, chaptered):
    client.force_login(owner)
    html = client.get(reverse("job_sentences", args=[chaptered.pk])).content.decode()
    assert f'hx-get="{panel_url(chaptered)}"' in html
    assert 'name="skip_headings" value="1">' in html and 'name="skip_fragments" value="1">' in html
    assert f'href="{export_url(chaptered, "csv")}"' in html


def test_the_export_panel_is_the_owners_only(client, owner, stranger, chaptered):
    response = client.get(panel_url(chaptered))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    client.force_login(stranger)
    assert client.get(panel_url(chaptered)).status_code == 404


def test_sheets_form_sends_the_options(client, owner, chaptered, fake_sheets):
    give_google_token(owner, "tok")
    fake_sheets.granted.add("tok")
    client.force_login(owner)
    response = client.post(reverse("job_export_sheets", args=[chaptered.pk]), {"mode": "new", "skip_headings": "1"})
    assert response.status_code == 302
    (sid,) = fake_sheets.spreadsheets
    assert "Chapitre I" not in [r[1] for r in fake_sheets.rows(sid, "Sentences")]
    assert len(fake_sheets.rows(sid, "Sentences")) == 1 + 4
