"""CSV and TSV: UTF-8 (optional BOM for spreadsheet apps), a stable id column first.

The TSV starts with Anki's file headers (Anki 2.1.55+): with ``#guid column``
Anki matches re-imported rows to the notes it made last time and updates
them instead of adding duplicates.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from jobs.exports.base import ExportContext, Exporter, ExportRow, register, row_tags

# New columns go at the end: spreadsheets and Anki imports map columns by position.
# The columns a Google Sheet gets too; files add a study set's target words and Anki tags.
BASE_COLUMNS = ("id", "sentence", "original", "chapter", "page", "words", "kind", "stands_alone")
COLUMNS = (*BASE_COLUMNS, "targets", "tags")
BOM = "\ufeff".encode()
ROWS_PER_CHUNK = 500


def judged(value: bool | None) -> str:
    """The stands-alone verdict as a cell: true, false, or empty when not judged."""
    return "" if value is None else str(value).lower()


def _cells(row: ExportRow, title: str) -> tuple[str, str, str, str, int, int, str, str, str, str]:
    return (
        row.sid,
        row.sentence,
        row.original,
        row.chapter,
        row.page,
        row.word_count,
        row.kind,
        judged(row.stands_alone),
        ", ".join(row.targets),
        " ".join(row_tags(row, title)),
    )


def _delimited(rows: Iterable[ExportRow], *, title: str, preamble: str, header: bool, **fmt) -> Iterator[bytes]:
    buf = io.StringIO()
    writer = csv.writer(buf, **fmt)
    buf.write(preamble)
    if header:
        writer.writerow(COLUMNS)
    pending = 0
    for row in rows:
        writer.writerow(_cells(row, title))
        pending += 1
        if pending >= ROWS_PER_CHUNK:
            yield buf.getvalue().encode()
            buf.seek(0)
            buf.truncate()
            pending = 0
    if buf.tell():
        yield buf.getvalue().encode()


@register
class CsvExporter(Exporter):
    name = "csv"
    content_type = "text/csv; charset=utf-8"
    extension = "csv"

    def stream(self, rows: Iterable[ExportRow], ctx: ExportContext) -> Iterator[bytes]:
        if ctx.bom:
            yield BOM
        yield from _delimited(rows, title=ctx.title, preamble="", header=True, lineterminator="\r\n")


def anki_headers(ctx: ExportContext) -> str:
    deck = " ".join(ctx.title.split()) or "novelproc"
    lines = [
        "#separator:tab",
        "#html:false",
        "#notetype:Basic",
        f"#deck:{deck}",
        "#guid column:1",
        f"#tags column:{COLUMNS.index('tags') + 1}",
        "#columns:" + "\t".join(COLUMNS),
    ]
    return "\n".join(lines) + "\n"


@register
class TsvExporter(Exporter):
    """Tab-separated, with Anki's headers; the column names ride in ``#columns`` (no extra header row)."""

    name = "tsv"
    content_type = "text/tab-separated-values; charset=utf-8"
    extension = "tsv"

    def stream(self, rows: Iterable[ExportRow], ctx: ExportContext) -> Iterator[bytes]:
        if ctx.bom:
            yield BOM
        preamble = anki_headers(ctx)
        yield from _delimited(
            rows, title=ctx.title, preamble=preamble, header=False, delimiter="\t", lineterminator="\n"
        )
