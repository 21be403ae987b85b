"""The work the actors do: split a book, run its chunks, merge the results, bring stuck jobs home.

Every step is a compare-and-swap on the job or chunk row (jobs.states holds
the moves allowed), checked by row count, so a message delivered twice, or
redelivered after its worker was killed, changes nothing the second time.
Steps never send messages: they return what is owed and their caller sends
it through jobs.dispatch, so the command line runs the same steps without a
broker. Only recovery sends, since sending what is owed is what it is for
(:func:`recover_jobs`).
"""

from jobs.pipeline.book import chunk_sizes, local_copy, read_book, remove_orphan_scratch
from jobs.pipeline.chunks import claim_chunk, run_chunk
from jobs.pipeline.common import SPLIT_PERCENT, fail_job
from jobs.pipeline.merge import merge_results
from jobs.pipeline.recovery import (
    Owed,
    active_job_ids,
    recover,
    recover_jobs,
    unsettled_final_job_ids,
    uploads_due_for_deletion,
)
from jobs.pipeline.split import split_book

__all__ = [
    "SPLIT_PERCENT",
    "Owed",
    "active_job_ids",
    "chunk_sizes",
    "claim_chunk",
    "fail_job",
    "local_copy",
    "merge_results",
    "read_book",
    "recover",
    "recover_jobs",
    "remove_orphan_scratch",
    "run_chunk",
    "split_book",
    "unsettled_final_job_ids",
    "uploads_due_for_deletion",
]
