"""Google Sheets: a new spreadsheet, or a real append after the last row of a chosen sheet.

Uses the user's Google token from allauth (SocialToken, provider "google").
The Sheets scope is not asked at sign-in; when the token lacks it (no token,
expired without refresh, or Google answers 401/403) the caller gets
:class:`GoogleAuthorizationRequired` and sends the user through allauth's
Google login with ``process=connect`` and the extra ``scope``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC
from itertools import islice
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

from jobs.exports.base import ExportRow
from jobs.exports.csv_tsv import BASE_COLUMNS as COLUMNS
from jobs.exports.services import ensure_exportable, export_rows, export_title
from jobs.models import Job
from novelproc.errors import InvalidInput, NotConfigured, ProcessingError, TransientError

log = logging.getLogger(__name__)

SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets"
DEFAULT_SHEET = "Sentences"
SPREADSHEET_URL = "https://docs.google.com/spreadsheets/d/{id}/edit"
_ID_IN_URL = re.compile(r"/spreadsheets/d/([A-Za-z0-9_-]+)")


class GoogleAuthorizationRequired(ProcessingError):
    """The user must (re)connect Google granting the Sheets scope."""

    code = "google_authorization_required"
    status = 403


@dataclass(frozen=True)
class SheetsResult:
    spreadsheet_id: str
    url: str
    sheet: str
    rows: int


def sheets_available() -> bool:
    """Sheets exports go through the user's Google authorization: the server needs a Google OAuth app
    (GOOGLE_CLIENT_ID/GOOGLE_CLIENT_SECRET, or one added in the admin)."""
    from allauth.socialaccount.adapter import get_adapter

    return bool(get_adapter().list_apps(None, provider="google"))


def ensure_sheets_available() -> None:
    if not sheets_available():
        raise NotConfigured(
            "Google Sheets export is not set up on this server; export a CSV file instead.",
            code="sheets_not_configured",
        )


def authorize_url(next_url: str) -> str:
    """allauth's Google login asking for the Sheets scope on top of the configured ones, then back to ``next_url``."""
    query = {
        "process": "connect",
        "scope": SHEETS_SCOPE,
        "auth_params": urlencode({"include_granted_scopes": "true", "prompt": "consent"}),
        "next": next_url,
    }
    return f"{reverse('google_login')}?{urlencode(query)}"


def google_credentials(user):
    """OAuth credentials from the user's stored Google token, or GoogleAuthorizationRequired."""
    from allauth.socialaccount.models import SocialToken
    from google.oauth2.credentials import Credentials

    tokens = SocialToken.objects.filter(account__user=user, account__provider="google")
    token = tokens.order_by("-expires_at", "-pk").first()
    if token is None:
        raise GoogleAuthorizationRequired("Connect your Google account to export to Google Sheets.")
    expiry = token.expires_at.astimezone(UTC).replace(tzinfo=None) if token.expires_at else None
    return Credentials(
        token=token.token,
        refresh_token=token.token_secret or None,
        token_uri=settings.GOOGLE_OAUTH_TOKEN_URL,
        client_id=settings.GOOGLE_CLIENT_ID or None,
        client_secret=settings.GOOGLE_CLIENT_SECRET or None,
        expiry=expiry,
    )


def sheets_client(credentials):
    from googleapiclient.discovery import build

    options = {"api_endpoint": settings.GOOGLE_SHEETS_API_BASE_URL} if settings.GOOGLE_SHEETS_API_BASE_URL else None
    # static_discovery: the Sheets discovery document ships with the library; no network fetch.
    return build(
        "sheets", "v4", credentials=credentials, client_options=options, static_discovery=True, cache_discovery=False
    )


def parse_spreadsheet_id(raw: str) -> str:
    """Accept an id or a spreadsheet URL pasted from the browser."""
    raw = (raw or "").strip()
    match = _ID_IN_URL.search(raw)
    value = match.group(1) if match else raw
    if not re.fullmatch(r"[A-Za-z0-9_-]{10,200}", value):
        raise InvalidInput(
            "Give the spreadsheet's id or its URL.", code="invalid_spreadsheet", fields={"spreadsheet_id": ["Invalid."]}
        )
    return value


def quoted(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


def sheet_row(row: ExportRow) -> list[str | int | bool]:
    # A real boolean, so the sheet can filter on it; an empty cell when not judged.
    alone = "" if row.stands_alone is None else row.stands_alone
    return [row.sid, row.sentence, row.original, row.chapter, row.page, row.word_count, row.kind, alone]


def batched(rows: Iterable[ExportRow], size: int) -> Iterator[list[list[str | int | bool]]]:
    it = iter(rows)
    while batch := [sheet_row(r) for r in islice(it, size)]:
        yield batch


def _execute(request):
    """Run one API call, mapping Google's answers onto our error hierarchy."""
    from google.auth.exceptions import RefreshError
    from googleapiclient.errors import HttpError

    try:
        return request.execute(num_retries=2)
    except RefreshError as exc:
        raise GoogleAuthorizationRequired("Your Google authorization expired; connect Google again.") from exc
    except HttpError as exc:
        status = exc.resp.status
        reason = exc._get_reason() or "Google Sheets refused the request."
        if status in (401, 403):
            raise GoogleAuthorizationRequired("Allow novelproc to edit your Google Sheets to export there.") from exc
        if status == 404:
            raise InvalidInput("That spreadsheet was not found.", code="spreadsheet_not_found") from exc
        if status == 429 or status >= 500:
            raise TransientError(f"Google Sheets is busy ({status}); try again shortly.") from exc
        raise InvalidInput(f"Google Sheets refused the export: {reason}", code="sheets_rejected") from exc


def _append(service, spreadsheet_id: str, sheet: str, batches: Iterable[list[list]]) -> int:
    written = 0
    values = service.spreadsheets().values()
    for batch in batches:
        body = {"majorDimension": "ROWS", "values": batch}
        request = values.append(
            spreadsheetId=spreadsheet_id,
            range=f"{quoted(sheet)}!A1",
            valueInputOption="RAW",
            insertDataOption="INSERT_ROWS",
            body=body,
        )
        written += _execute(request).get("updates", {}).get("updatedRows", len(batch))
    return written


def _sheet_titles(service, spreadsheet_id: str) -> list[str]:
    meta = _execute(service.spreadsheets().get(spreadsheetId=spreadsheet_id, fields="sheets.properties.title"))
    return [s["properties"]["title"] for s in meta.get("sheets", [])]


def _sheet_is_empty(service, spreadsheet_id: str, sheet: str) -> bool:
    last = chr(ord("A") + len(COLUMNS) - 1)
    got = _execute(
        service.spreadsheets().values().get(spreadsheetId=spreadsheet_id, range=f"{quoted(sheet)}!A1:{last}2")
    )
    return not got.get("values")


def _add_sheet(service, spreadsheet_id: str, sheet: str) -> None:
    body = {"requests": [{"addSheet": {"properties": {"title": sheet}}}]}
    _execute(service.spreadsheets().batchUpdate(spreadsheetId=spreadsheet_id, body=body))


def _create_spreadsheet(service, title: str, sheet: str) -> str:
    body = {"properties": {"title": title}, "sheets": [{"properties": {"title": sheet}}]}
    created = _execute(service.spreadsheets().create(body=body, fields="spreadsheetId"))
    return created["spreadsheetId"]


def export_job_to_sheets(
    *,
    job: Job,
    user,
    mode: str,
    spreadsheet_id: str = "",
    sheet: str = "",
    search: str = "",
    ids: list[int] | None = None,
    skip_headings: bool = False,
    skip_fragments: bool = False,
) -> SheetsResult:
    """Write the job's sentences to a new spreadsheet (mode "new") or after the last row of a sheet ("append")."""
    if mode not in ("new", "append"):
        raise InvalidInput("mode must be 'new' or 'append'.", code="invalid_mode", fields={"mode": ["Invalid."]})
    ensure_sheets_available()
    ensure_exportable(job)
    sheet = (sheet or "").strip()[:100] or DEFAULT_SHEET
    service = sheets_client(google_credentials(user))
    header = [list(COLUMNS)]
    if mode == "new":
        target = _create_spreadsheet(service, export_title(job), sheet)
    else:
        target = parse_spreadsheet_id(spreadsheet_id)
        if sheet not in _sheet_titles(service, target):
            _add_sheet(service, target, sheet)
        elif not _sheet_is_empty(service, target, sheet):
            header = []  # appending under the user's existing rows, header already there (or not wanted)
    rows = export_rows(job=job, search=search, ids=ids, skip_headings=skip_headings, skip_fragments=skip_fragments)
    size = settings.EXPORT_SHEETS_BATCH_ROWS
    written = _append(service, target, sheet, _with_header(header, batched(rows, size)))
    written = max(0, written - len(header))
    log.info("export job=%s user=%s fmt=sheets mode=%s spreadsheet=%s rows=%s", job.pk, user.pk, mode, target, written)
    return SheetsResult(spreadsheet_id=target, url=SPREADSHEET_URL.format(id=target), sheet=sheet, rows=written)


def _with_header(header: list[list], batches: Iterator[list[list]]) -> Iterator[list[list]]:
    first = next(batches, [])
    if header or first:
        yield header + first
    yield from batches
