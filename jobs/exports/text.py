"""Plain text: one sentence per line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from jobs.exports.base import ExportContext, Exporter, ExportRow, register

LINES_PER_CHUNK = 1000


def _one_line(text: str) -> str:
    # A sentence never spans lines in this format, whatever the edit put in it.
    return " ".join(text.split())


@register
class TextExporter(Exporter):
    name = "txt"
    content_type = "text/plain; charset=utf-8"
    extension = "txt"

    def stream(self, rows: Iterable[ExportRow], ctx: ExportContext) -> Iterator[bytes]:
        lines: list[str] = []
        for row in rows:
            lines.append(_one_line(row.sentence))
            if len(lines) >= LINES_PER_CHUNK:
                yield ("\n".join(lines) + "\n").encode()
                lines.clear()
        if lines:
            yield ("\n".join(lines) + "\n").encode()
