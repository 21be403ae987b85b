"""The pipeline on a real `rundramatiq` worker, PostgreSQL and Redis."""

from __future__ import annotations

import pytest

from accounts.selectors import credits_balance
from jobs import pipeline
from jobs.engine.chunking import plan_chunks
from jobs.engine.processors.local import LocalProcessor
from jobs.engine.types import ProcessorSettings
from jobs.models import Job, Sentence
from jobs.services import job_create
from tests.conftest import PDF_DIR, TEXT_DIR, wait_for
from tests.jobs.helpers import upload_of
from tests.jobs.wordcheck import book_words, in_order_share, words

pytestmark = pytest.mark.integration


def _status(job: Job) -> str:
    job.refresh_from_db()
    return job.status


def _reference_run(pdf, settings: ProcessorSettings) -> list[str]:
    """The same extraction and processor in one plain process: what an undisturbed job yields."""
    page_count, sources = pipeline.read_book(str(pdf))
    processor = LocalProcessor()
    out: list[str] = []
    for chunk in plan_chunks(sources, page_count=page_count, sizes=pipeline.chunk_sizes()):
        result = processor.process(chunk.sources, context=chunk.context, settings=settings)
        out.extend(s.text for s in result.sentences)
    return out


def _job_texts(job: Job) -> list[str]:
    return list(Sentence.objects.filter(job=job).order_by("position").values_list("text", flat=True))


def test_a_400_page_novel_completes_with_every_word_once_in_order(start_worker, owner):
    start_worker(processes=2, threads=1)
    pdf = PDF_DIR / "flaubert_madame_bovary.pdf"
    # The exact-words style is lossless: every word of the book once, in order.
    job = job_create(owner=owner, upload=upload_of(pdf), options={"style": "exact"})
    wait_for(lambda: _status(job) in Job.FINAL, timeout=300, message="the job to finish")
    assert job.status == Job.Status.COMPLETED, (job.error_code, job.error_message)
    assert job.page_count == 400 and job.total_chunks == job.completed_chunks

    texts = _job_texts(job)
    output_words = words(" ".join(texts))
    share = in_order_share(book_words(TEXT_DIR / "flaubert_madame_bovary.txt"), output_words)
    assert share >= 0.995, f"only {share:.4%} of the book's words are in the output in order"

    # No repeated run of sentences at chunk edges: around every edge, the
    # sentences before and after differ, and each source sentence appears once.
    rows = list(Sentence.objects.filter(job=job).order_by("position").values_list("chunk_index", "text"))
    for i in range(1, len(rows)):
        if rows[i][0] != rows[i - 1][0]:
            before = [t for _, t in rows[max(0, i - 3) : i]]
            after = [t for _, t in rows[i : i + 3]]
            assert before != after
            assert rows[i - 1][1] != rows[i][1] or rows[i][1] in ("— Oui.", "« Oui. »")
    assert credits_balance(user=owner) == 5000 - 400
