"""A fake Google Sheets API (v4) on 127.0.0.1, enough for the real google-api-python-client.

Implements spreadsheets.create / get / batchUpdate(addSheet) and
values.get / values.append. Append has Google's semantics for a simple table:
new rows land after the last non-empty row of the sheet, never over it.
Bearer tokens decide access: ``granted`` tokens may write, ``scopeless``
tokens get Google's 403 "insufficient authentication scopes", others 401.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

_ids = itertools.count(1)


@dataclass
class Spreadsheet:
    id: str
    title: str
    sheets: dict[str, list[list]] = field(default_factory=dict)


def last_filled_row(rows: list[list]) -> int:
    """1-based number of the last row with any non-empty cell; 0 for an empty sheet."""
    for index in range(len(rows), 0, -1):
        if any(cell not in ("", None) for cell in rows[index - 1]):
            return index
    return 0


def split_range(a1: str) -> tuple[str | None, str]:
    if "!" not in a1:
        return None, a1
    sheet, cells = a1.rsplit("!", 1)
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, cells


def quoted(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


class FakeSheets:
    def __init__(self) -> None:
        self.spreadsheets: dict[str, Spreadsheet] = {}
        self.granted: set[str] = set()
        self.scopeless: set[str] = set()
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def start(self) -> FakeSheets:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add_spreadsheet(self, title: str, sheets: dict[str, list[list]]) -> str:
        sid = f"fake{next(_ids):06d}xxxxxxxx"
        self.spreadsheets[sid] = Spreadsheet(sid, title, {k: [list(r) for r in v] for k, v in sheets.items()})
        return sid

    def rows(self, spreadsheet_id: str, sheet: str) -> list[list]:
        return self.spreadsheets[spreadsheet_id].sheets[sheet]

    # --- API --------------------------------------------------------------
    def handle(self, method: str, path: str, query: dict, body: dict) -> tuple[int, dict]:
        m = re.fullmatch(r"/v4/spreadsheets(?:/([^/:]+))?(?::(\w+))?(?:/values/([^:]+)(?::(\w+))?)?", path)
        if not m:
            return 404, _error(404, "NOT_FOUND", f"no route {path}")
        sid, action, a1, values_action = m.groups()
        if sid is None:
            return self.create(body) if method == "POST" else (404, _error(404, "NOT_FOUND", "no route"))
        book = self.spreadsheets.get(sid)
        if book is None:
            return 404, _error(404, "NOT_FOUND", "Requested entity was not found.")
        if a1 is not None:
            a1 = unquote(a1)
            if values_action == "append" and method == "POST":
                return self.append(book, a1, query, body)
            if values_action is None and method == "GET":
                return self.values_get(book, a1)
        elif action == "batchUpdate" and method == "POST":
            return self.batch_update(book, body)
        elif action is None and method == "GET":
            return 200, self.describe(book)
        return 404, _error(404, "NOT_FOUND", "no route")

    def create(self, body: dict) -> tuple[int, dict]:
        title = body.get("properties", {}).get("title", "Untitled spreadsheet")
        names = [s["properties"]["title"] for s in body.get("sheets", [])] or ["Sheet1"]
        sid = self.add_spreadsheet(title, {name: [] for name in names})
        return 200, self.describe(self.spreadsheets[sid])

    def describe(self, book: Spreadsheet) -> dict:
        return {
            "spreadsheetId": book.id,
            "properties": {"title": book.title},
            "sheets": [{"properties": {"sheetId": i, "title": name}} for i, name in enumerate(book.sheets)],
            "spreadsheetUrl": f"https://docs.google.com/spreadsheets/d/{book.id}/edit",
        }

    def _sheet(self, book: Spreadsheet, a1: str) -> str | None:
        name, _ = split_range(a1)
        if name is None:
            name = a1 if a1 in book.sheets else next(iter(book.sheets))
        return name if name in book.sheets else None

    def values_get(self, book: Spreadsheet, a1: str) -> tuple[int, dict]:
        name = self._sheet(book, a1)
        if name is None:
            return 400, _error(400, "INVALID_ARGUMENT", f"Unable to parse range: {a1}")
        rows = book.sheets[name][: last_filled_row(book.sheets[name])]
        result = {"range": f"{quoted(name)}!A1:Z{len(rows) or 1}", "majorDimension": "ROWS"}
        if rows:
            result["values"] = rows
        return 200, result

    def append(self, book: Spreadsheet, a1: str, query: dict, body: dict) -> tuple[int, dict]:
        if query.get("valueInputOption") not in ("RAW", "USER_ENTERED"):
            return 400, _error(400, "INVALID_ARGUMENT", "valueInputOption is required")
        name = self._sheet(book, a1)
        if name is None:
            return 400, _error(400, "INVALID_ARGUMENT", f"Unable to parse range: {a1}")
        rows = book.sheets[name]
        start = last_filled_row(rows)  # 0-based index of the first row written
        new = [list(r) for r in body.get("values", [])]
        del rows[start:]  # blank rows after the table are overwritten, as Google does
        rows.extend(new)
        end = start + len(new)
        return 200, {
            "spreadsheetId": book.id,
            "tableRange": f"{quoted(name)}!A1:F{start}" if start else "",
            "updates": {
                "spreadsheetId": book.id,
                "updatedRange": f"{quoted(name)}!A{start + 1}:F{end}",
                "updatedRows": len(new),
                "updatedColumns": max((len(r) for r in new), default=0),
                "updatedCells": sum(len(r) for r in new),
            },
        }

    def batch_update(self, book: Spreadsheet, body: dict) -> tuple[int, dict]:
        replies = []
        for request in body.get("requests", []):
            if "addSheet" in request:
                name = request["addSheet"]["properties"]["title"]
                if name in book.sheets:
                    return 400, _error(400, "INVALID_ARGUMENT", f"A sheet with the name {name!r} already exists.")
                book.sheets[name] = []
                replies.append({"addSheet": {"properties": {"title": name, "sheetId": len(book.sheets) - 1}}})
            else:
                return 400, _error(400, "INVALID_ARGUMENT", "unsupported request")
        return 200, {"spreadsheetId": book.id, "replies": replies}

    # --- HTTP plumbing ----------------------------------------------------
    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet test output
                pass

            def _serve(self, method: str) -> None:
                parts = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
                with fake.lock:
                    fake.requests.append((method, self.path))
                    if token in fake.granted:
                        status, payload = fake.handle(method, parts.path, query, json.loads(raw or b"{}"))
                    elif token in fake.scopeless:
                        status, payload = (
                            403,
                            _error(403, "PERMISSION_DENIED", "Request had insufficient authentication scopes."),
                        )
                    else:
                        status, payload = 401, _error(401, "UNAUTHENTICATED", "Invalid Credentials")
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

        return Handler


def _error(code: int, status: str, message: str) -> dict:
    return {"error": {"code": code, "message": message, "status": status}}
