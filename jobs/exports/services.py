"""Export services: read a job's sentences in position order, lazily, and hand them to an exporter.

Rows come from ``.iterator(chunk_size=...)`` over a ``values_list`` of the
needed columns (a server-side cursor on PostgreSQL), so memory stays flat
whatever the size of the book.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import PurePath

from django.conf import settings
from django.db.models import QuerySet

from jobs.exports.base import ExportContext, ExportRow, get_exporter
from jobs.models import Job, Sentence
from jobs.selectors import sentence_list
from novelproc.errors import Conflict, InvalidInput, Throttled
from novelproc.ratelimits import export_rate_wait

log = logging.getLogger(__name__)

ROW_COLUMNS = ("pk", "text", "edited_text", "source_text", "chapter", "page", "word_count", "kind", "stands_alone")
_YES = frozenset({"1", "true", "yes", "on"})
_NO = frozenset({"", "0", "false", "no", "off"})
MAX_IDS = 100_000
EXPORTABLE = (Job.Status.COMPLETED, Job.Status.COMPLETED_WITH_ERRORS)


def parse_ids(raw: str | None) -> list[int] | None:
    """``"3,5,9"`` -> ``[3, 5, 9]``; empty -> None (no selection)."""
    if raw is None or not raw.strip():
        return None
    try:
        ids = [int(part) for part in raw.split(",") if part.strip()]
    except ValueError:
        raise InvalidInput("ids must be comma-separated sentence ids.", code="invalid_ids") from None
    if len(ids) > MAX_IDS:
        raise InvalidInput(f"At most {MAX_IDS} sentence ids per export.", code="invalid_ids")
    return ids


def parse_switch(raw: str | bool | None, *, name: str) -> bool:
    """An on/off export option from a query string or form: 1/true/yes/on, 0/false/no/off or absent."""
    if isinstance(raw, bool):
        return raw
    value = (raw or "").strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InvalidInput(f"{name} must be 1 or 0.", code="invalid_option", fields={name: ["Use 1 or 0."]})


def clean_search(raw: str | None) -> str:
    # PostgreSQL text cannot hold NUL; a search for one can match nothing anyway.
    return (raw or "").replace("\x00", "").strip()[:200]


def export_queryset(
    *,
    job: Job,
    search: str = "",
    ids: list[int] | None = None,
    skip_headings: bool = False,
    skip_fragments: bool = False,
) -> QuerySet[Sentence]:
    """The sentences an export holds.

    ``skip_fragments`` leaves out those judged not to stand alone; a sentence not judged, or edited since
    (the verdict was on the text before the edit), stays.
    """
    qs = sentence_list(job=job, search=clean_search(search))
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    if skip_headings:
        qs = qs.exclude(kind=Sentence.Kind.HEADING)
    if skip_fragments:
        qs = qs.exclude(stands_alone=False, edited_text="")  # SQL: keeps NULL (not judged)
    return qs


def export_rows(
    *,
    job: Job,
    search: str = "",
    ids: list[int] | None = None,
    skip_headings: bool = False,
    skip_fragments: bool = False,
) -> Iterator[ExportRow]:
    chunk = settings.EXPORT_DB_CHUNK_SIZE
    qs = export_queryset(job=job, search=search, ids=ids, skip_headings=skip_headings, skip_fragments=skip_fragments)
    values = qs.values_list(*ROW_COLUMNS)
    for pk, text, edited, source, chapter, page, words, kind, alone in values.iterator(chunk_size=chunk):
        # An edit is the learner's own sentence: the parse's verdict was on the text before it.
        yield ExportRow(pk, edited or text, source, chapter, page, words, kind, None if edited else alone)


def ensure_exportable(job: Job) -> None:
    if job.status in EXPORTABLE:
        return
    if not Sentence.objects.filter(job=job, position__isnull=False).exists():
        raise Conflict("This job has no sentences to export yet.", code="job_not_finished")


def export_title(job: Job) -> str:
    """The book's name, from the uploaded file's name."""
    stem = PurePath(job.filename or "").stem.strip()
    return stem or f"novelproc-{job.pk}"


def export_filename(job: Job, extension: str) -> str:
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", export_title(job)).strip(" .") or "novelproc"
    return f"{safe[:120]}.{extension}"


def export_job(
    *,
    job: Job,
    fmt: str,
    search: str = "",
    ids: list[int] | None = None,
    bom: bool = False,
    skip_headings: bool = False,
    skip_fragments: bool = False,
) -> tuple[str, str, Iterator[bytes]]:
    """(filename, content type, byte iterator) for ``job`` in format ``fmt``; nothing is read until iterated."""
    exporter = get_exporter(fmt)
    ensure_exportable(job)
    ctx = ExportContext(job_id=str(job.pk), title=export_title(job), bom=bom)
    log.info(
        "export job=%s user=%s fmt=%s search=%r ids=%s skip_headings=%s skip_fragments=%s",
        job.pk,
        job.owner_id,
        fmt,
        search,
        len(ids or ()),
        skip_headings,
        skip_fragments,
    )
    rows = export_rows(job=job, search=search, ids=ids, skip_headings=skip_headings, skip_fragments=skip_fragments)
    return export_filename(job, exporter.extension), exporter.content_type, exporter.stream(rows, ctx)


def export_rate_check(*, user_id: int) -> None:
    """Per-user export limit for the web views: EXPORT_RATE, counted with the API's exports (one allowance)."""
    wait = export_rate_wait(user_id=user_id)
    if wait:
        raise Throttled(f"Too many exports; try again in {wait} seconds.", retry_after=wait)
