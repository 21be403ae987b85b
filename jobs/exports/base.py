"""The exporter registry: one module per format, each a small class registered by name.

An exporter turns an iterable of :class:`ExportRow` into an iterator of bytes,
so a response can stream a book of any size without holding it in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from novelproc.errors import InvalidInput

HEADING = "heading"  # Sentence.Kind.HEADING, without importing the models here


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One sentence as exported: edits already applied to ``sentence``."""

    pk: int
    sentence: str
    original: str
    chapter: str
    page: int
    word_count: int
    kind: str  # Sentence.Kind's value: "sentence" or "heading"
    stands_alone: bool | None  # None: not judged
    targets: tuple[str, ...] = ()  # a study set's words this sentence brings, as written in it

    @property
    def is_heading(self) -> bool:
        return self.kind == HEADING

    @property
    def sid(self) -> str:
        """The one id of this sentence in every export: CSV first column, TSV guid column, .apkg note guid."""
        return f"np-{self.pk}"


def tag(text: str) -> str:
    """An Anki tag: no spaces, no "::" inside (that makes a hierarchy)."""
    return "_".join(text.replace("::", ":").split()) or "_"


def row_tags(row: ExportRow, title: str) -> list[str]:
    """The book, and the book's chapter below it (Anki shows "book::chapter" as a tree)."""
    book = tag(title or "novelproc")
    return [book, f"{book}::{tag(row.chapter)}"] if row.chapter else [book]


@dataclass(frozen=True, slots=True)
class ExportContext:
    """What an exporter may need besides the rows."""

    job_id: str
    title: str  # the book, from the uploaded file's name
    bom: bool = False
    subdecks: bool = False  # Anki: one subdeck per chapter


class Exporter:
    name: ClassVar[str]
    content_type: ClassVar[str]
    extension: ClassVar[str]

    def stream(self, rows: Iterable[ExportRow], ctx: ExportContext) -> Iterator[bytes]:
        raise NotImplementedError


_REGISTRY: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    _REGISTRY[cls.name] = cls
    return cls


def get_exporter(fmt: str) -> Exporter:
    _load_builtin_exporters()
    try:
        return _REGISTRY[fmt]()
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise InvalidInput(f"Unknown export format {fmt!r}; choose one of {known}.", code="unknown_format") from None


def formats() -> list[str]:
    _load_builtin_exporters()
    return sorted(_REGISTRY)


def _load_builtin_exporters() -> None:
    # Importing a module registers its exporters; a new format is one more import here.
    from jobs.exports import anki, csv_tsv, text  # noqa: F401
