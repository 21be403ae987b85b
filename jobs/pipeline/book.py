"""From a stored PDF to the book's ordered source sentences, and the chunk sizes."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings

from jobs.engine import book as engine_book
from jobs.engine.chunking import ChunkSizes
from jobs.engine.types import SourceSentence

SCRATCH_PREFIX = "novelproc-split-"


@contextmanager
def local_copy(field) -> Iterator[str]:
    """A path to the stored file on this machine, cleaned up afterwards.

    The directory is named after this process, so that a killed worker's copy
    is recognised and removed when a worker boots next (remove_orphan_scratch).
    """
    scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
    try:
        target = os.path.join(scratch, "book.pdf")
        with field.storage.open(field.name, "rb") as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
        yield target
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def remove_orphan_scratch(root: str | None = None) -> int:
    """Delete scratch copies whose process is gone; returns how many went."""
    root = root or tempfile.gettempdir()
    removed = 0
    for entry in os.scandir(root):
        if not entry.name.startswith(SCRATCH_PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        pid = entry.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and _process_alive(int(pid)):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed += 1
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def read_book(path: str) -> tuple[int, list[SourceSentence]]:
    """PDF to ordered source sentences within the configured limits; shared with the CLI and benches."""
    return engine_book.read_book(
        path, timeout_s=settings.PDF_EXTRACT_TIMEOUT_S, memory_mb=settings.PDF_EXTRACT_MEMORY_MB
    )


def chunk_sizes() -> ChunkSizes:
    return ChunkSizes(
        small_book_pages=settings.CHUNK_PAGES_SMALL_BOOK,
        medium_book_pages=settings.CHUNK_PAGES_MEDIUM_BOOK,
        medium_chunk_pages=settings.CHUNK_PAGES_MEDIUM,
        large_chunk_pages=settings.CHUNK_PAGES_LARGE,
    )
