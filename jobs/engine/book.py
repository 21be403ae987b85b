"""A PDF to the book's ordered source sentences, read in one limited child process.

Extraction, cleanup and sentence finding all run in the child (see
pdf.child): a long book's lines with their positions and sizes take tens of
MB that the worker splitting it would otherwise keep for the rest of its
life, fragmented. The parent receives only the sentences.
"""

from __future__ import annotations

import sys

from jobs.engine.pdf.child import child_main, run_in_child
from jobs.engine.pdf.clean import clean_pages
from jobs.engine.pdf.extract import read_document
from jobs.engine.text.segment import segment_book
from jobs.engine.types import SourceSentence


def read_book(path: str, *, timeout_s: float, memory_mb: int) -> tuple[int, list[SourceSentence]]:
    """(page count, source sentences) of the PDF at ``path``, within the given limits."""
    return run_in_child("jobs.engine.book", path, timeout_s=timeout_s, memory_mb=memory_mb)


def sentences_of(path: str) -> tuple[int, list[SourceSentence]]:
    raw = read_document(path)
    clean = clean_pages(raw)
    return len(raw), segment_book((p.number, p.text, p.headings) for p in clean)


if __name__ == "__main__":
    sys.exit(child_main(sentences_of))
