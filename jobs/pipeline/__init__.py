"""The work the actors do: split a book, process a chunk, merge, watch.

Every step is a compare-and-swap on the job or chunk row, checked by row
count, so a message delivered twice, or redelivered after its worker was
killed, changes nothing the second time.
"""

from jobs.pipeline.book import chunk_sizes, local_copy, read_book
from jobs.pipeline.chunks import claim_chunk, process_chunk
from jobs.pipeline.merge import merge_job
from jobs.pipeline.split import split_job
from jobs.pipeline.state import SPLIT_PERCENT, fail_job
from jobs.pipeline.watchdog import active_job_ids, unsettled_final_job_ids, uploads_due_for_deletion, watchdog

__all__ = [
    "SPLIT_PERCENT",
    "fail_job",
    "active_job_ids",
    "chunk_sizes",
    "claim_chunk",
    "local_copy",
    "merge_job",
    "process_chunk",
    "read_book",
    "split_job",
    "unsettled_final_job_ids",
    "uploads_due_for_deletion",
    "watchdog",
]
