"""Exports of a study set through the job exporters (CSV/TSV, text, Anki, Sheets): the set's sentence ids."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from jobs.exports.base import ExportContext, get_exporter
from jobs.exports.services import ensure_exportable, export_filename, export_rows, export_title
from jobs.exports.sheets import SheetsResult, export_job_to_sheets
from jobs.studysets.models import StudySet
from jobs.studysets.selectors import study_set_sentence_ids, study_set_targets
from novelproc.errors import Conflict


def _ids(study_set: StudySet) -> list[int]:
    if study_set.status != StudySet.Status.COMPLETED:
        raise Conflict("This study set is not ready yet.", code="study_set_not_ready")
    ids = study_set_sentence_ids(study_set=study_set)
    if not ids:
        raise Conflict("This study set has no sentences to export.", code="study_set_empty")
    return ids


def study_set_title(study_set: StudySet) -> str:
    return f"{export_title(study_set.job)} - {study_set.list_name} ({study_set.get_mode_display().lower()})"


def study_set_export(
    *, study_set: StudySet, fmt: str, bom: bool = False, subdecks: bool = False
) -> tuple[str, str, Iterator[bytes]]:
    """(filename, content type, byte iterator): the set's sentences in book order, via the job exporters.

    Each row carries the words its sentence brings (marked in Anki decks, a column in CSV/TSV); its id is
    the sentence's, as in the job's own exports, so Anki updates a note the book's deck made.
    """
    exporter = get_exporter(fmt)
    ids = _ids(study_set)
    job = study_set.job
    ensure_exportable(job)
    ctx = ExportContext(
        job_id=f"{job.pk}-set-{study_set.pk}", title=study_set_title(study_set), bom=bom, subdecks=subdecks
    )
    targets = study_set_targets(study_set=study_set)
    rows = (replace(row, targets=tuple(targets.get(row.pk, ()))) for row in export_rows(job=job, ids=ids))
    filename = export_filename(job, exporter.extension).rsplit(".", 1)[0] + f" - study set.{exporter.extension}"
    return filename, exporter.content_type, exporter.stream(rows, ctx)


def study_set_export_sheets(*, study_set: StudySet, user, mode: str, spreadsheet_id: str, sheet: str) -> SheetsResult:
    return export_job_to_sheets(
        job=study_set.job, user=user, mode=mode, spreadsheet_id=spreadsheet_id, sheet=sheet, ids=_ids(study_set)
    )
