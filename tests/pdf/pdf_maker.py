"""Small PDFs written in the tests: lines of text in a standard font
(Times-Roman, WinAnsi encoding) at explicit font sizes, with note calls set
smaller and raised by the text-rise operator, as word processors do. The
glyphs are placed by the PDF viewer's own advance widths, so a test controls
which glyphs are superscripts and where the notes sit, and nothing else."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

PAGE_WIDTH, PAGE_HEIGHT = 420.0, 595.0
CALL_SIZE, CALL_RISE = 0.6, 0.4  # share of the line's font size

Part = str | tuple[str, str]  # body text, or ("call", "42") for a raised note call


class PageBuilder:
    """A page's lines from the top down.

    ``line("Il arriva le 3 octobre 1815", ("call", "42"), ", et partit.")``
    draws the text with the call "42" raised and smaller right after "1815".
    """

    def __init__(self, *, body: float = 11.0, left: float = 50.0, top: float = 520.0, leading: float = 14.0) -> None:
        self.body, self.left, self.y, self.leading = body, left, top, leading
        self.operators: list[bytes] = []

    def line(self, *parts: Part, indent: bool = False, size: float | None = None) -> PageBuilder:
        size = size or self.body
        x = self.left + (size * 1.5 if indent else 0.0)
        shown = []
        for part in parts:
            if isinstance(part, tuple):
                shown.append(b"/F1 %.2f Tf %.2f Ts %s Tj" % (size * CALL_SIZE, size * CALL_RISE, _string(part[1])))
            else:
                shown.append(b"/F1 %.2f Tf 0 Ts %s Tj" % (size, _string(part)))
        self.operators.append(b"BT 1 0 0 1 %.2f %.2f Tm %s ET" % (x, self.y, b" ".join(shown)))
        self.y -= self.leading * size / self.body
        return self

    def gap(self, lines: float = 1.0) -> PageBuilder:
        self.y -= self.leading * lines
        return self

    def folio(self, number: int) -> PageBuilder:
        self.operators.append(b"BT /F1 9 Tf 1 0 0 1 205 40 Tm %s Tj ET" % _string(str(number)))
        return self


def _string(text: str) -> bytes:
    escaped = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def pdf_of_pages(path: Path, pages: list[PageBuilder]) -> str:
    writer = PdfWriter()
    for builder in pages:
        page = writer.add_blank_page(width=PAGE_WIDTH, height=PAGE_HEIGHT)
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Times-Roman"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        content = DecodedStreamObject()
        content.set_data(b"\n".join(builder.operators))
        page.replace_contents(content)
    with path.open("wb") as stream:
        writer.write(stream)
    return str(path)
