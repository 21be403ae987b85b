"""Anki deck (.apkg) via genanki, with ids that stay the same across exports and formats.

A note's guid is the sentence's export id (``np-<id>``, the CSV id column and
the TSV guid column too), the model id is a fixed constant and the deck id
derives from the job id, so importing a newer export of the same book, in
either format, updates the notes already in Anki instead of duplicating them.
Notes are tagged with the book and its chapter; a study set's target words
are marked in the sentence and listed in their own field; a subdeck per
chapter is an option.

genanki keeps a deck's notes in a list and writes a temporary sqlite file it
never deletes; here notes are written to the collection one by one from the
row iterator into a scratch directory removed in ``finally``, and the
finished zip is streamed from disk.
"""

from __future__ import annotations

import html
import itertools
import re
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import genanki

from jobs.exports.base import ExportContext, Exporter, ExportRow, register, row_tags

# Fixed forever: changing it makes Anki see a new note type. (The three-field type before target words was
# 1_607_392_319; a note type's fields cannot change under one id.)
MODEL_ID = 1_607_392_320
READ_CHUNK = 64 * 1024

MODEL = genanki.Model(
    MODEL_ID,
    "novelproc sentence",
    fields=[{"name": "Sentence"}, {"name": "Original"}, {"name": "Source"}, {"name": "Target"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "<div class=sentence>{{Sentence}}</div>",
            "afmt": "{{FrontSide}}<hr id=answer>{{#Target}}<div class=target-words>{{Target}}</div>{{/Target}}"
            "<div class=original>{{Original}}</div><div class=source>{{Source}}</div>",
        }
    ],
    css=".card{font-family:Georgia,serif;font-size:22px;text-align:center}"
    ".sentence b.target{color:#1f5fbf}.target-words{font-size:18px;color:#1f5fbf;margin-top:.4em}"
    ".original{font-size:18px;margin-top:.6em}.source{font-size:14px;color:#777;margin-top:.8em}",
)


def deck_id_for(job_id: str) -> int:
    # genanki's guid hashing is stable; fold it into Anki's positive 31-bit id range.
    return 1 + int.from_bytes(genanki.guid_for("deck", job_id).encode(), "big") % (2**31 - 2)


def note_guid(row: ExportRow) -> str:
    return row.sid


def marked(sentence: str, targets: tuple[str, ...]) -> str:
    """The sentence as HTML with each target word in bold (Anki's highlight), whole words only."""
    if not targets:
        return html.escape(sentence)
    words = sorted({t for t in targets if t.strip()}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(sentence):
        out.append(html.escape(sentence[last : m.start()]))
        out.append(f'<b class="target">{html.escape(m.group(0))}</b>')
        last = m.end()
    out.append(html.escape(sentence[last:]))
    return "".join(out)


def source_line(row: ExportRow, title: str) -> str:
    parts = [f"<i>{html.escape(title)}</i>", f"p. {row.page}"]
    if row.chapter:
        parts.append(html.escape(row.chapter))
    return " — ".join(parts)


def make_note(row: ExportRow, title: str) -> genanki.Note:
    fields = [
        marked(row.sentence, row.targets),
        html.escape(row.original),
        source_line(row, title),
        html.escape(", ".join(row.targets)),
    ]
    tags = row_tags(row, title)
    return genanki.Note(model=MODEL, fields=fields, guid=note_guid(row), sort_field=row.sentence, tags=tags)


def write_collection(db_path: Path, rows: Iterable[ExportRow], ctx: ExportContext) -> int:
    """Write the deck's collection sqlite file, one note at a time; return the note count."""
    name = ctx.title or "novelproc"
    deck = genanki.Deck(deck_id_for(ctx.job_id), name)
    deck.add_model(MODEL)
    timestamp = time.time()
    id_gen = itertools.count(int(timestamp * 1000))
    subdecks: dict[str, int] = {}
    conn = sqlite3.connect(db_path)
    try:
        cursor = conn.cursor()
        # Schema, collection, deck and model rows (the deck's note list is empty on purpose).
        genanki.Package(deck).write_to_db(cursor, timestamp, id_gen)
        count = 0
        for row in rows:
            deck_id = deck.deck_id
            if ctx.subdecks and row.chapter:
                if row.chapter not in subdecks:
                    chapter = " ".join(row.chapter.replace("::", ":").split())
                    sub = genanki.Deck(deck_id_for(f"{ctx.job_id}/{row.chapter}"), f"{name}::{chapter}")
                    sub.write_to_db(cursor, timestamp, id_gen)
                    subdecks[row.chapter] = sub.deck_id
                deck_id = subdecks[row.chapter]
            make_note(row, ctx.title).write_to_db(cursor, timestamp, deck_id, id_gen)
            count += 1
        conn.commit()
    finally:
        conn.close()
    return count


def card_rows(rows: Iterable[ExportRow]) -> Iterator[ExportRow]:
    """A heading ("I", "Chapitre premier") is nothing to learn: never a card, whatever the export options."""
    return (row for row in rows if not row.is_heading)


def build_apkg(scratch: Path, rows: Iterable[ExportRow], ctx: ExportContext) -> Path:
    db_path = scratch / "collection.anki2"
    write_collection(db_path, rows, ctx)
    apkg = scratch / "deck.apkg"
    with zipfile.ZipFile(apkg, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(db_path, "collection.anki2")
        zf.writestr("media", "{}")
    db_path.unlink()
    return apkg


@register
class AnkiExporter(Exporter):
    name = "apkg"
    content_type = "application/octet-stream"
    extension = "apkg"

    def stream(self, rows: Iterable[ExportRow], ctx: ExportContext) -> Iterator[bytes]:
        scratch = Path(tempfile.mkdtemp(prefix="np-apkg-"))
        try:
            apkg = build_apkg(scratch, card_rows(rows), ctx)
            with open(apkg, "rb") as fh:
                while chunk := fh.read(READ_CHUNK):
                    yield chunk
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
