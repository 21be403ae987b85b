"""Google Sheets export through the real google-api-python-client against a fake Sheets API on loopback."""

from __future__ import annotations

from datetime import timedelta

import pytest
from allauth.socialaccount.models import SocialAccount, SocialToken
from django.utils import timezone

from jobs.exports.sheets import GoogleAuthorizationRequired, export_job_to_sheets
from novelproc.errors import InvalidInput
from tests.exports.conftest import CHAPTERED, expected

HEADER = ["id", "sentence", "original", "chapter", "page", "words", "kind", "stands_alone"]


def give_google_token(user, token: str, *, expires_in: timedelta = timedelta(hours=1)) -> SocialToken:
    account = SocialAccount.objects.create(user=user, provider="google", uid=f"g-{user.pk}")
    return SocialToken.objects.create(account=account, token=token, expires_at=timezone.now() + expires_in)


def as_sheet_rows(job) -> list[list]:
    return [list(row) for row in expected(job)]


@pytest.fixture
def google_owner(owner, fake_sheets):
    give_google_token(owner, "owner-sheets-token")
    fake_sheets.granted.add("owner-sheets-token")
    return owner


def test_new_spreadsheet_holds_a_header_then_the_sentences(job, google_owner, fake_sheets):
    result = export_job_to_sheets(job=job, user=google_owner, mode="new")
    book = fake_sheets.spreadsheets[result.spreadsheet_id]
    assert book.title == "Le Secret de Wilhelm Storitz"
    assert fake_sheets.rows(result.spreadsheet_id, "Sentences") == [HEADER, *as_sheet_rows(job)]
    assert result.rows == len(expected(job))
    assert result.url == f"https://docs.google.com/spreadsheets/d/{result.spreadsheet_id}/edit"


def test_append_lands_after_the_existing_rows(job, google_owner, fake_sheets):
    existing = [HEADER, ["mine-1", "Bonjour.", "Bonjour !", "", 1, 1], ["mine-2", "Au revoir.", "", "", 2, 2]]
    sid = fake_sheets.add_spreadsheet("My deck", {"Notes": [], "Vocab": existing})
    result = export_job_to_sheets(
        job=job,
        user=google_owner,
        mode="append",
        spreadsheet_id=f"https://docs.google.com/spreadsheets/d/{sid}/edit",
        sheet="Vocab",
    )
    assert result.spreadsheet_id == sid
    assert fake_sheets.rows(sid, "Vocab") == [*existing, *as_sheet_rows(job)]  # kept, no second header
    assert fake_sheets.rows(sid, "Notes") == []


def test_append_twice_keeps_both_exports(job, google_owner, fake_sheets):
    sid = fake_sheets.add_spreadsheet("My deck", {"Vocab": [HEADER]})
    export_job_to_sheets(job=job, user=google_owner, mode="append", spreadsheet_id=sid, sheet="Vocab", search="entière")
    export_job_to_sheets(job=job, user=google_owner, mode="append", spreadsheet_id=sid, sheet="Vocab")
    rows = fake_sheets.rows(sid, "Vocab")
    assert rows == [HEADER, as_sheet_rows(job)[1], *as_sheet_rows(job)]


def test_append_to_a_new_sheet_name_adds_the_sheet_with_a_header(job, google_owner, fake_sheets):
    sid = fake_sheets.add_spreadsheet("My deck", {"Sheet1": [["x"]]})
    export_job_to_sheets(job=job, user=google_owner, mode="append", spreadsheet_id=sid, sheet="Storitz")
    assert fake_sheets.rows(sid, "Storitz") == [HEADER, *as_sheet_rows(job)]
    assert fake_sheets.rows(sid, "Sheet1") == [["x"]]


def test_rows_go_in_batches_and_keep_their_order(job, google_owner, fake_sheets, settings):
    settings.EXPORT_SHEETS_BATCH_ROWS = 2
    result = export_job_to_sheets(job=job, user=google_owner, mode="new")
    appends = [path for method, path in fake_sheets.requests if ":append" in path]
    assert len(appends) == 3  # 5 rows in batches of 2 (the header rides with the first)
    assert fake_sheets.rows(result.spreadsheet_id, "Sentences") == [HEADER, *as_sheet_rows(job)]


def test_a_selection_limits_what_goes_to_the_sheet(job, google_owner, fake_sheets):
    wanted = as_sheet_rows(job)[1]
    pk = int(wanted[0].removeprefix("np-"))
    result = export_job_to_sheets(job=job, user=google_owner, mode="new", ids=[pk])
    assert fake_sheets.rows(result.spreadsheet_id, "Sentences") == [HEADER, wanted]


def test_without_a_google_token_authorization_is_required(job, owner, fake_sheets):
    with pytest.raises(GoogleAuthorizationRequired):
        export_job_to_sheets(job=job, user=owner, mode="new")
    assert fake_sheets.requests == []


def test_a_token_without_the_sheets_scope_asks_for_authorization(job, owner, fake_sheets):
    give_google_token(owner, "login-only-token")
    fake_sheets.scopeless.add("login-only-token")
    with pytest.raises(GoogleAuthorizationRequired) as exc:
        export_job_to_sheets(job=job, user=owner, mode="new")
    assert exc.value.code == "google_authorization_required"
    assert fake_sheets.spreadsheets == {}


def test_an_unknown_spreadsheet_is_a_clear_error(job, google_owner, fake_sheets):
    with pytest.raises(InvalidInput) as exc:
        export_job_to_sheets(job=job, user=google_owner, mode="append", spreadsheet_id="doesnotexist123", sheet="A")
    assert exc.value.code == "spreadsheet_not_found"


def test_a_bad_mode_is_refused(job, google_owner):
    with pytest.raises(InvalidInput) as exc:
        export_job_to_sheets(job=job, user=google_owner, mode="overwrite")
    assert exc.value.code == "invalid_mode"


def test_sheet_rows_carry_the_kind_and_a_real_boolean_for_stands_alone(chaptered, google_owner, fake_sheets):
    result = export_job_to_sheets(job=chaptered, user=google_owner, mode="new")
    rows = fake_sheets.rows(result.spreadsheet_id, "Sentences")
    assert [r[6:] for r in rows[1:]] == [[kind, "" if alone is None else alone] for _, kind, alone in CHAPTERED]
    assert rows[2][7] is True and rows[3][7] is False


def test_sheets_leave_out_headings_and_fragments_when_asked(chaptered, google_owner, fake_sheets):
    result = export_job_to_sheets(job=chaptered, user=google_owner, mode="new", skip_headings=True, skip_fragments=True)
    rows = fake_sheets.rows(result.spreadsheet_id, "Sentences")
    assert [r[1] for r in rows[1:]] == ["Il pleuvait depuis le matin.", "« Oui », dit-elle.", "Elle partit."]
    assert result.rows == 3
