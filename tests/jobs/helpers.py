"""Small builders for job tests: uploads from the corpus, in-process pipeline runs."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from jobs import pipeline
from jobs.models import Job
from tests.conftest import PDF_DIR

VERNE = PDF_DIR / "verne_secret_wilhelm_storitz.pdf"


def upload_of(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes(), content_type="application/pdf")


def run_in_process(job: Job) -> Job:
    """Drive the pipeline steps directly, in order, as one worker would."""
    for chunk_id in pipeline.split_book(job.pk):
        pipeline.run_chunk(chunk_id)
    pipeline.merge_results(job.pk)
    job.refresh_from_db()
    return job


def media_files(root: Path) -> list[Path]:
    return [p for p in Path(root).rglob("*") if p.is_file()]
