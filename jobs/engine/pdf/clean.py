"""From laid-out lines to clean body text: paragraphs, headings, notes.

Steps, book-wide so each decision can lean on the book's own norms:
normalise characters and drop footnote calls; measure the typography;
strip running headers, footers and page numbers; drop table-of-contents
pages; set footnotes apart; find headings; rebuild paragraphs and join
words hyphenated across lines (and across pages).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .furniture import FurnitureFinder, is_table_of_contents
from .heading_lines import heading_lines
from .hyphens import Vocabulary, join_broken_word
from .layout import BookLayout, Margins, measure_layout
from .normalize import normalize_text
from .pages import CleanPage, RawLine, RawPage

_DIALOGUE_DASH = re.compile(r"^(?:[—–―]|--?)\s")
_ENDS_SENTENCE = re.compile(r"[.!?…:»]$")
# "1 Voir", "1. Voir", "2) Voir", "(3) Voir", "* Voir"; not "1815 fut" nor "2,13 m".
_NOTE_MARKER = re.compile(r"^(?:\d{1,3}(?![\d,])[.)]?|\*{1,3}|†|\(\d{1,3}\)|\[\d{1,3}\])\s*(?=\S)")
_NO_SPACE_BEFORE = " .,…)]"
_NOTE_SIZE = 0.93  # footnotes are set smaller than the body text
_MAX_NOTE_LINES = 12  # how far up from the page bottom a body-size note may start


@dataclass
class _Paragraph:
    lines: list[RawLine] = field(default_factory=list)
    heading: bool = False
    continued: bool = False  # a note's end, begun on an earlier page


@dataclass
class _Draft:
    number: int
    paragraphs: list[_Paragraph]
    notes: list[_Paragraph]
    continues: bool = False  # the first paragraph began on an earlier page


def clean_pages(pages: list[RawPage], *, vocabulary_hint: Iterable[str] | None = None) -> list[CleanPage]:
    """One CleanPage per input page; furniture and TOC pages come out empty.

    ``vocabulary_hint`` adds words (say, "Louis-Antoine") that the hyphen
    joiner should treat as written that way.
    """
    pages = [_prepared(page) for page in pages]
    layout = measure_layout(pages)
    finder = FurnitureFinder(pages, layout)
    bodies = [finder.body_lines(page) for page in pages]
    bodies = [[] if is_table_of_contents(lines) else lines for lines in bodies]
    vocabulary = _book_vocabulary(bodies)
    vocabulary.add_words(vocabulary_hint or ())
    drafts: list[_Draft] = []
    for page, lines in zip(pages, bodies, strict=True):
        note_running = bool(drafts and drafts[-1].notes)
        drafts.append(_draft_page(page.number, lines, layout, note_running=note_running))
    _link_pages(drafts, layout)
    _link_notes(drafts)
    return [_render_page(draft, vocabulary) for draft in drafts]


def book_text(clean: list[CleanPage]) -> str:
    """The whole book as one text; a paragraph split by a page break is rejoined."""
    parts: list[str] = []
    for page in clean:
        if not page.text:
            continue
        if parts and page.continues_paragraph:
            parts.append(" ")
        elif parts:
            parts.append("\n\n")
        parts.append(page.text)
    return "".join(parts)


# -- preparation ---------------------------------------------------------------


def _prepared(page: RawPage) -> RawPage:
    lines = tuple(prepared for line in page.lines if (prepared := _prepared_line(line)).text)
    return replace(page, lines=lines)


def _prepared_line(line: RawLine) -> RawLine:
    """Normalised text without note calls, except one opening the line.

    A call opening the line may number a footnote; whether it does is known
    once the page's notes are found (``_without_opening_call``).
    """
    text = _without_note_calls(line.text, line.superscripts)
    opening = tuple(span for span in line.superscripts if span[0] == 0)
    text = normalize_text(text).strip()
    if text == line.text and opening == line.superscripts:
        return line  # the common case; copying 30,000 dataclasses shows in profiles
    return replace(line, text=text, superscripts=opening)


def _without_note_calls(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    for start, end in sorted(spans, reverse=True):
        if start == 0:
            continue
        before, after = text[:start], text[end:]
        if before.endswith(" ") and (not after or after[0] in _NO_SPACE_BEFORE):
            before = before.rstrip(" ")  # "femme 12. »" -> "femme. »"
        text = before + after
    return text


def _without_opening_call(line: RawLine) -> RawLine:
    """A body line that opens with a call ("33 » Heureux de...") loses it."""
    if not line.superscripts:
        return line
    end = line.superscripts[0][1]
    return replace(line, text=line.text[end:].lstrip(), superscripts=())


def _ends_with_broken_word(line: RawLine) -> bool:
    # Unmarked: pdfium leaves the hyphen in when the next line is on another page.
    text = line.text
    return line.hyphenated or (len(text) > 1 and text[-1] == "-" and text[-2].isalpha())


def _book_vocabulary(bodies: list[list[RawLine]]) -> Vocabulary:
    """Words as the book prints them inside lines, halves of broken words left out."""
    vocabulary = Vocabulary()
    previous_broken = False
    kept: list[str] = []
    for lines in bodies:
        for line in lines:
            words = line.text.split()
            if previous_broken:
                words = words[1:]
            previous_broken = _ends_with_broken_word(line)
            if previous_broken:
                words = words[:-1]
            kept.append(" ".join(words))
    vocabulary.add_text("\n".join(kept))
    return vocabulary


# -- one page ------------------------------------------------------------------


def _draft_page(number: int, lines: list[RawLine], layout: BookLayout, *, note_running: bool) -> _Draft:
    body, notes = _split_footnotes(lines, layout, note_running=note_running)
    body = [_without_opening_call(line) for line in body]
    headings = heading_lines(body, layout, number)
    margins = layout.margins(number)
    paragraphs: list[_Paragraph] = []
    for index, line in enumerate(body):
        previous = body[index - 1] if index else None
        if index in headings:
            if previous and index - 1 in headings and _same_heading(previous, line):
                paragraphs[-1].lines.append(line)
            else:
                paragraphs.append(_Paragraph([line], heading=True))
        elif previous is None or paragraphs[-1].heading or _starts_paragraph(previous, line, layout, margins):
            paragraphs.append(_Paragraph([line]))
        else:
            paragraphs[-1].lines.append(line)
    return _Draft(number, paragraphs, _group_notes(notes))


def _split_footnotes(
    lines: list[RawLine], layout: BookLayout, *, note_running: bool
) -> tuple[list[RawLine], list[RawLine]]:
    """Lines at the page bottom that hold footnotes.

    Usually a block in smaller type, set apart from the body, that opens with
    a note number, or (``note_running``: the previous page had notes) with
    the rest of a note begun overleaf. Some editions set notes at body size,
    and then the raised note number and the space above tell them apart.
    """
    start = len(lines)
    while start > 1 and lines[start - 1].size < layout.body_size * _NOTE_SIZE:
        start -= 1
    for index in range(start, len(lines)):
        set_apart = index == 0 or lines[index - 1].y - lines[index].y > layout.line_spacing * 1.4
        if _note_marker(lines[index]) and (index == start or set_apart):
            return lines[:index], lines[index:]
        if index == start and note_running and set_apart:
            return lines[:index], lines[index:]
    for start in range(len(lines) - 1, max(0, len(lines) - _MAX_NOTE_LINES), -1):
        line, above = lines[start], lines[start - 1]
        if line.superscripts and _NOTE_MARKER.match(line.text) and above.y - line.y > layout.line_spacing * 1.4:
            return lines[:start], lines[start:]
    return lines, []


def _note_marker(line: RawLine) -> int:
    """Length of the number opening a footnote (0 for none): raised or plain."""
    if line.superscripts:
        return line.superscripts[0][1]
    marker = _NOTE_MARKER.match(line.text)
    return marker.end() if marker else 0


def _group_notes(lines: list[RawLine]) -> list[_Paragraph]:
    """One paragraph per note; lines before the first number end a note from overleaf."""
    notes: list[_Paragraph] = []
    for line in lines:
        marker = _note_marker(line)
        if marker:
            notes.append(_Paragraph([replace(line, text=line.text[marker:].lstrip(), superscripts=())]))
        elif notes:
            notes[-1].lines.append(line)
        else:
            notes.append(_Paragraph([line], continued=True))
    return notes


def _same_heading(previous: RawLine, line: RawLine) -> bool:
    """A heading wrapped over two lines: same type, ordinary leading."""
    return abs(previous.size - line.size) < line.size * 0.05 and previous.y - line.y < line.size * 1.6


def _starts_paragraph(previous: RawLine, line: RawLine, layout: BookLayout, margins: Margins) -> bool:
    spacing = layout.line_spacing * max(line.size, previous.size) / layout.body_size
    if previous.y - line.y > spacing * 1.4:
        return True  # extra space between paragraphs
    if abs(previous.size - line.size) > layout.body_size * 0.1:
        return True
    if _ends_with_broken_word(previous):
        return False
    if line.x0 - previous.x0 > layout.body_size * 0.6:
        return True  # first-line indent
    if previous.x1 < margins.right - layout.body_size * 1.5:
        return True  # the previous line stopped short: its paragraph ended
    return bool(_DIALOGUE_DASH.match(line.text) and _ENDS_SENTENCE.search(previous.text))


# -- across pages --------------------------------------------------------------


def _link_pages(drafts: list[_Draft], layout: BookLayout) -> None:
    """Mark paragraphs running over a page break; mend words cut by it."""
    previous: _Draft | None = None
    for draft in drafts:
        if not draft.paragraphs:
            continue
        if previous is not None and _runs_on(previous, draft, layout):
            draft.continues = True
            _move_broken_word_back(previous, draft)
        previous = draft


def _link_notes(drafts: list[_Draft]) -> None:
    """The end of a note found overleaf joins the note it continues."""
    holder: _Draft | None = None  # the page whose last note may run on
    for draft in drafts:
        continued = bool(draft.notes) and draft.notes[0].continued
        if continued and holder is not None:
            holder.notes[-1].lines.extend(draft.notes.pop(0).lines)
        if draft.notes:
            holder = draft
        elif not continued:
            holder = None  # a note over three pages keeps its first page as holder


def _runs_on(previous: _Draft, draft: _Draft, layout: BookLayout) -> bool:
    last_paragraph, first_paragraph = previous.paragraphs[-1], draft.paragraphs[0]
    if last_paragraph.heading or first_paragraph.heading:
        return False
    last, first = last_paragraph.lines[-1], first_paragraph.lines[0]
    if _ends_with_broken_word(last):
        return True
    margins = layout.margins(draft.number)
    indented = first.x0 - margins.left > layout.body_size * 0.6
    stopped_short = last.x1 < layout.margins(previous.number).right - layout.body_size * 1.5
    dialogue = bool(_DIALOGUE_DASH.match(first.text) and _ENDS_SENTENCE.search(last.text))
    return not (indented or stopped_short or dialogue)


def _move_broken_word_back(previous: _Draft, draft: _Draft) -> None:
    """ "considéra-" | "tion." : the whole word goes to the earlier page."""
    last_paragraph = previous.paragraphs[-1]
    if not _ends_with_broken_word(last_paragraph.lines[-1]):
        return
    first_paragraph = draft.paragraphs[0]
    first = first_paragraph.lines[0]
    head, _, rest = first.text.partition(" ")
    last_paragraph.lines.append(replace(first, text=head, hyphenated=False))
    if rest:
        first_paragraph.lines[0] = replace(first, text=rest)
        return
    # The line held only the end of the word: the next line, if any, goes on.
    first_paragraph.lines.pop(0)
    if not first_paragraph.lines:
        draft.paragraphs.pop(0)
        draft.continues = False


# -- rendering -----------------------------------------------------------------


def _render_page(draft: _Draft, vocabulary: Vocabulary) -> CleanPage:
    paragraphs = [(_render(p.lines, vocabulary), p.heading) for p in draft.paragraphs]
    paragraphs = [(text, heading) for text, heading in paragraphs if text]
    return CleanPage(
        number=draft.number,
        text="\n\n".join(text for text, _ in paragraphs),
        headings=tuple(text for text, heading in paragraphs if heading),
        notes=tuple(_render(note.lines, vocabulary) for note in draft.notes),
        continues_paragraph=draft.continues and bool(paragraphs),
    )


def _render(lines: list[RawLine], vocabulary: Vocabulary) -> str:
    text = ""
    broken = False
    for line in lines:
        if not text:
            text = line.text
        elif broken:
            text = _mend(text, line.text, vocabulary)
        else:
            text = f"{text} {line.text}"
        broken = _ends_with_broken_word(line)
        if broken and not line.hyphenated:
            text = text[:-1]  # the printed hyphen; pdfium leaves it in when unmarked
    if broken:
        text += "-"  # nothing follows the cut: keep the hyphen as printed
    return text


def _mend(text: str, continuation: str, vocabulary: Vocabulary) -> str:
    before, _, left = text.rpartition(" ")
    right, _, after = continuation.partition(" ")
    word = join_broken_word(left, right, vocabulary)
    joined = f"{before} {word}" if before else word
    return f"{joined} {after}" if after else joined
