"""Known words from what a learner already has: a plain list, a CSV, or an Anki export.

Pure bytes in, folded words out (no ORM). Anki exports come two ways:

- notes as plain text (File > Export > Notes in Plain Text): tab-separated,
  with ``#key:value`` header lines; ``#guid column``, ``#notetype column``,
  ``#deck column`` and ``#tags column`` name columns that are not fields;
  the first field left is the word;
- a deck package (.apkg): a zip holding the collection as SQLite; each
  note's first field is the word. When some cards were studied, only notes
  with a studied card count as known (new cards are not known yet).

Fields may hold HTML and cloze markup; both are taken off. A field of more
than MAX_WORDS words is a sentence, not a word, and is skipped.
"""

from __future__ import annotations

import csv
import html
import io
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import zstandard

from jobs.studysets import wordlists
from novelproc.errors import InvalidInput

MAX_WORDS = 3
_TAG_RE = re.compile(r"<[^>]+>")
_CLOZE_RE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
_SOUND_RE = re.compile(r"\[sound:[^\]]*\]")
# The collection inside a package, newest format first; "anki21b" is zstd-compressed.
COLLECTIONS = ("collection.anki21", "collection.anki2")
COMPRESSED = "collection.anki21b"
UNREADABLE = "That .apkg file is not a readable Anki package."
NOT_FIELDS = ("guid", "notetype", "deck", "tags")


def field_text(raw: str) -> str:
    text = _SOUND_RE.sub(" ", _CLOZE_RE.sub(r"\1", raw))
    text = html.unescape(_TAG_RE.sub(" ", text.replace("<br>", " ")))
    return " ".join(text.split())


def keep_words(fields: list[str]) -> list[str]:
    words = [field_text(f) for f in fields]
    return wordlists.clean_words([w for w in words if w and len(w.split()) <= MAX_WORDS])


def is_anki_text(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("#separator:") or "\n#separator:" in text[:500]


def parse_anki_text(text: str) -> list[str]:
    """First field of each note of an Anki "Notes in Plain Text" export."""
    headers: dict[str, str] = {}
    body: list[str] = []
    for line in text.lstrip("\ufeff").splitlines():
        if line.startswith("#") and ":" in line and not body:
            key, _, value = line[1:].partition(":")
            headers[key.strip().lower()] = value.strip()
        elif line.strip():
            body.append(line)
    separator = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":"}.get(
        headers.get("separator", "tab").lower(), "\t"
    )
    skip = set()
    for name in NOT_FIELDS:
        column = headers.get(f"{name} column")
        if column and column.isdigit():
            skip.add(int(column) - 1)
    firsts = []
    for row in csv.reader(io.StringIO("\n".join(body)), delimiter=separator):
        fields = [cell for k, cell in enumerate(row) if k not in skip]
        if fields:
            firsts.append(fields[0])
    return keep_words(firsts)


def parse_apkg(data: bytes) -> list[str]:
    """First field of each known note of an Anki package."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InvalidInput(UNREADABLE, code="known_words_unreadable") from None
    names = set(archive.namelist())
    if COMPRESSED in names:
        # Anki's newest format: "collection.anki2" is a placeholder asking for a newer Anki.
        try:
            collection = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(archive.read(COMPRESSED))).read()
        except zstandard.ZstdError:
            raise InvalidInput(
                "That .apkg file is not a readable Anki package.", code="known_words_unreadable"
            ) from None
    else:
        name = next((n for n in COLLECTIONS if n in names), None)
        if name is None:
            raise InvalidInput("That .apkg file holds no Anki collection.", code="known_words_unreadable")
        collection = archive.read(name)
    with tempfile.TemporaryDirectory(prefix="np-known-") as scratch:
        path = Path(scratch) / "collection.sqlite"
        path.write_bytes(collection)
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                "SELECT n.flds, MAX(CASE WHEN c.type != 0 THEN 1 ELSE 0 END) FROM notes n "
                "LEFT JOIN cards c ON c.nid = n.id GROUP BY n.id ORDER BY n.id"
            ).fetchall()
        except sqlite3.DatabaseError:
            raise InvalidInput("That .apkg file holds no Anki notes.", code="known_words_unreadable") from None
        finally:
            conn.close()
    studied = any(seen for _, seen in rows)
    return keep_words([flds.split("\x1f", 1)[0] for flds, seen in rows if seen or not studied])


def parse_known_upload(*, filename: str, data: bytes) -> list[str]:
    """Words from a plain list (.txt), a CSV (first column), an Anki text export or an Anki package."""
    if filename.lower().endswith((".apkg", ".colpkg")) or data[:4] == b"PK\x03\x04":
        return parse_apkg(data)
    text = wordlists.decode_upload(data)
    if is_anki_text(text):
        return parse_anki_text(text)
    return wordlists.parse_upload(filename=filename, data=data)
