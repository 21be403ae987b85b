"""The work the actors do: split a book, process a chunk, merge, bring stuck jobs home.

Every step is a compare-and-swap on the job or chunk row, checked by row
count, so a message delivered twice, or redelivered after its worker was
killed, changes nothing the second time. Steps never send messages: they
return what is owed and the actors send it, so the command line runs the
same steps without a broker.
"""

from jobs.pipeline.book import chunk_sizes, local_copy, read_book, remove_orphan_scratch
from jobs.pipeline.chunks import claim_chunk, process_chunk
from jobs.pipeline.merge import merge_job
from jobs.pipeline.recovery import Owed, active_job_ids, recover, unsettled_final_job_ids, uploads_due_for_deletion
from jobs.pipeline.split import split_job
from jobs.pipeline.state import SPLIT_PERCENT, fail_job

__all__ = [
    "SPLIT_PERCENT",
    "Owed",
    "active_job_ids",
    "chunk_sizes",
    "claim_chunk",
    "fail_job",
    "local_copy",
    "merge_job",
    "process_chunk",
    "read_book",
    "recover",
    "remove_orphan_scratch",
    "split_job",
    "unsettled_final_job_ids",
    "uploads_due_for_deletion",
]
