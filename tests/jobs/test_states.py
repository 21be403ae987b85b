"""The job's and the chunk's state machine: every move is in the tables, any other raises."""

from __future__ import annotations

import pytest

from jobs import states
from jobs.models import Chunk, Job
from jobs.states import C, S, TransitionNotAllowed, move_chunks, move_job, set_job_status
from tests.builders import finished_job


def test_every_state_but_the_draft_is_reached_and_only_the_ends_are_never_left():
    sources = {old for old, _ in states.JOB_TRANSITIONS}
    targets = {new for _, new in states.JOB_TRANSITIONS}
    assert targets == set(S.values) - {S.DRAFT}
    assert set(S.values) - sources == {S.COMPLETED, S.CANCELLED}
    assert {old for old, _ in states.CHUNK_TRANSITIONS} == set(C.values) - {C.DONE}


def test_a_move_outside_the_table_raises_and_changes_nothing(owner):
    job = finished_job(owner, status=S.COMPLETED)
    with pytest.raises(TransitionNotAllowed, match="from completed to processing"):
        move_job(job.pk, (S.COMPLETED_WITH_ERRORS, S.COMPLETED), S.PROCESSING)
    with pytest.raises(TransitionNotAllowed):
        set_job_status(job, S.PENDING)
    assert Job.objects.get(pk=job.pk).status == job.status == S.COMPLETED
    chunk = Chunk.objects.create(job=job, index=0, page_start=1, page_end=1, status=C.DONE)
    with pytest.raises(TransitionNotAllowed):
        move_chunks(Chunk.objects.filter(pk=chunk.pk), C.DONE, C.PENDING)
    assert Chunk.objects.get(pk=chunk.pk).status == C.DONE


def test_a_move_happens_only_from_the_states_named(owner):
    job = finished_job(owner, status=S.MERGING)
    assert not move_job(job.pk, S.PROCESSING, S.MERGING)
    assert move_job(job.pk, S.MERGING, S.COMPLETED, current_step="Completed")
    job.refresh_from_db()
    assert (job.status, job.current_step) == (S.COMPLETED, "Completed")
