"""Builders for jobs and sentences in plain ORM code, so tests of pages, the API and exports need no worker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from jobs.models import Job, Sentence

# A sentence row: its text, or a mapping of Sentence fields that holds at least "text".
Row = str | Mapping[str, Any]


def sentences_for(job: Job, texts: Sequence[Row]) -> list[Sentence]:
    """One merged Sentence a row, in reading order. Unless a row says otherwise, the source is the
    sentence itself (its own source index), sentence N sits on page N, and the word count is that
    of the text as shown."""
    rows = []
    for i, row in enumerate(texts):
        fields = {"text": row} if isinstance(row, str) else dict(row)
        fields.setdefault("source_text", fields["text"])
        fields.setdefault("page", i + 1)
        fields.setdefault("position", i + 1)
        fields.setdefault("word_count", len((fields.get("edited_text") or fields["text"]).split()))
        fields.setdefault("source_index", i)
        rows.append(Sentence(job=job, chunk_index=0, chunk_position=i, **fields))
    return Sentence.objects.bulk_create(rows)


def finished_job(owner, texts: Sequence[Row] = (), *, status: str = Job.Status.COMPLETED, **fields: Any) -> Job:
    """A job with its sentences as the merge step leaves them; `fields` set any other Job column."""
    headings = sum(1 for row in texts if not isinstance(row, str) and row.get("kind") == Sentence.Kind.HEADING)
    counts = {"sentence_count": len(texts) - headings, "heading_count": headings}
    fields = {"filename": "book.pdf", "sha256": "0" * 64, **counts, **fields}
    job = Job.objects.create(owner=owner, status=status, **fields)
    sentences_for(job, texts)
    return job
