"""Receiving uploads: size enforced while streaming, hashed on the way in.

The bytes go to a scratch file that is always removed in ``finally``; only
a validated PDF is copied to Django storage by the service.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler

from novelproc.errors import FileTooLarge


def max_upload_bytes() -> int:
    return settings.UPLOAD_MAX_MB * 1024 * 1024


def too_large() -> FileTooLarge:
    return FileTooLarge(f"The file is larger than the {settings.UPLOAD_MAX_MB} MB limit.")


class SizeLimitedUploadHandler(TemporaryFileUploadHandler):
    """Stops reading the request as soon as the file passes the limit."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length and content_length > max_upload_bytes() + 64 * 1024:
            raise too_large()
        return super().handle_raw_input(input_data, META, content_length, boundary, encoding)

    def new_file(self, *args, **kwargs):
        self._received = 0
        return super().new_file(*args, **kwargs)

    def receive_data_chunk(self, raw_data: bytes, start: int):
        self._received += len(raw_data)
        if self._received > max_upload_bytes():
            self.file.close()
            raise too_large()
        return super().receive_data_chunk(raw_data, start)


def limit_upload_size(request) -> None:
    """Install the size-limited handler; call before touching request.FILES."""
    request.upload_handlers = [SizeLimitedUploadHandler(request)]


@dataclass(frozen=True)
class StagedUpload:
    path: Path
    sha256: str
    size: int
    filename: str


def clean_filename(name: str) -> str:
    base = os.path.basename(name or "").strip() or "book.pdf"
    return base[:200]


@contextmanager
def staged_upload(upload: UploadedFile) -> Iterator[StagedUpload]:
    """The upload as a file on disk, hashed and within the size limit.

    An upload Django already spooled to a temporary file is hashed in place
    (no copy); anything else is copied to a scratch file removed afterwards.
    """
    if hasattr(upload, "temporary_file_path"):
        yield _hash_in_place(upload)
        return
    limit = max_upload_bytes()
    digest = hashlib.sha256()
    size = 0
    fd, name = tempfile.mkstemp(prefix="novelproc-upload-", suffix=".pdf", dir=settings.FILE_UPLOAD_TEMP_DIR)
    try:
        with os.fdopen(fd, "wb") as out:
            for block in upload.chunks(1024 * 1024):
                size += len(block)
                if size > limit:
                    raise too_large()
                digest.update(block)
                out.write(block)
        yield StagedUpload(Path(name), digest.hexdigest(), size, clean_filename(upload.name))
    finally:
        os.unlink(name)


def _hash_in_place(upload: UploadedFile) -> StagedUpload:
    path = Path(upload.temporary_file_path())
    size = path.stat().st_size
    if size > max_upload_bytes():
        raise too_large()
    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256")
    return StagedUpload(path, digest.hexdigest(), size, clean_filename(upload.name))
