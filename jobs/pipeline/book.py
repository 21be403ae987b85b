"""From a stored PDF to the book's ordered source sentences, and the chunk sizes."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings

from jobs.chunking import ChunkSizes
from jobs.pdf.clean import clean_pages
from jobs.pdf.extract import extract_pages
from jobs.processors.base import SourceSentence
from jobs.text.segment import segment_book


@contextmanager
def local_copy(field) -> Iterator[str]:
    """A path to the stored file on this machine, cleaned up afterwards."""
    scratch = tempfile.mkdtemp(prefix="novelproc-split-")
    try:
        target = os.path.join(scratch, "book.pdf")
        with field.storage.open(field.name, "rb") as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
        yield target
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def read_book(path: str) -> tuple[int, list[SourceSentence]]:
    """PDF to ordered source sentences; pure, shared with the CLI and benches."""
    raw = extract_pages(path, timeout_s=settings.PDF_EXTRACT_TIMEOUT_S, memory_mb=settings.PDF_EXTRACT_MEMORY_MB)
    clean = clean_pages(raw)
    return len(raw), segment_book((p.number, p.text, p.headings) for p in clean)


def chunk_sizes() -> ChunkSizes:
    return ChunkSizes(
        small_book_pages=settings.CHUNK_PAGES_SMALL_BOOK,
        medium_book_pages=settings.CHUNK_PAGES_MEDIUM_BOOK,
        medium_chunk_pages=settings.CHUNK_PAGES_MEDIUM,
        large_chunk_pages=settings.CHUNK_PAGES_LARGE,
    )
