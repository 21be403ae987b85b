"""Undo, merge and split: the link to the original and the page kept, the job's limits kept, numbering kept."""

from __future__ import annotations

import pytest

from jobs import services
from jobs.engine.types import ProcessorSettings
from jobs.models import Chunk, Job, Sentence
from novelproc.errors import ProcessingError
from tests.builders import finished_job

pytestmark = pytest.mark.django_db

LONG = "Il ouvrit la fenêtre, regarda la rue déserte et referma les volets sans bruit."
PIECES = [
    {"text": "Chapitre premier", "kind": "heading", "source_text": "Chapitre premier", "source_index": 0, "page": 3},
    {"text": "Il ouvrit la fenêtre.", "source_text": LONG, "source_index": 1, "page": 4, "stands_alone": True},
    {"text": "Il regarda la rue déserte.", "source_text": LONG, "source_index": 1, "page": 4, "stands_alone": True},
    {"text": "Il referma les volets.", "source_text": LONG, "source_index": 1, "page": 4, "stands_alone": True},
    {"text": "Sans bruit.", "source_text": LONG, "source_index": 1, "page": 4, "stands_alone": False},
    {"text": "La nuit tombait.", "source_text": "La nuit tombait.", "source_index": 2, "page": 5},
]


@pytest.fixture
def job(owner) -> Job:
    settings = ProcessorSettings(max_words=8, min_words=2).as_dict()
    job = finished_job(owner, [{**p, "chapter": "Chapitre premier"} for p in PIECES], settings=settings)
    Chunk.objects.create(job=job, index=0, page_start=1, page_end=5, status="done", sentence_count=len(PIECES))
    return job


def piece(job: Job, position: int) -> Sentence:
    return Sentence.objects.get(job=job, position=position)


def texts(job: Job) -> list[str]:
    return [s.display_text for s in Sentence.objects.filter(job=job).order_by("position")]


def assert_numbered(job: Job) -> None:
    """What the merge step and a retry rely on: 1..N over the book, 0..n-1 in the chunk, counts true."""
    rows = list(Sentence.objects.filter(job=job).order_by("position"))
    assert [s.position for s in rows] == list(range(1, len(rows) + 1))
    assert [s.chunk_position for s in rows] == list(range(len(rows)))
    job.refresh_from_db()
    assert job.sentence_count == sum(1 for s in rows if s.kind == "sentence")
    assert job.heading_count == sum(1 for s in rows if s.kind == "heading")
    assert Chunk.objects.get(job=job, index=0).sentence_count == len(rows)


def refused(code: str, action) -> ProcessingError:
    with pytest.raises(ProcessingError) as caught:
        action()
    assert caught.value.code == code
    return caught.value


def test_merge_joins_the_next_piece_of_the_same_original_and_renumbers_what_follows(job):
    merged = services.sentence_merge_next(sentence=piece(job, 4)).focus
    assert merged.display_text == "Il referma les volets. Sans bruit."
    assert (merged.source_text, merged.page, merged.word_count) == (LONG, 4, 6)
    assert texts(job)[3:] == ["Il referma les volets. Sans bruit.", "La nuit tombait."]
    assert piece(job, 5).display_text == "La nuit tombait."
    assert_numbered(job)


def test_merge_over_the_job_limit_is_refused_and_changes_nothing(job):
    before = texts(job)
    error = refused("merge_over_limit", lambda: services.sentence_merge_next(sentence=piece(job, 2)))
    assert "9 words" in error.message and "limit of 8" in error.message
    assert texts(job) == before
    assert_numbered(job)


def test_merge_across_two_originals_is_refused(job):
    error = refused("merge_needs_same_original", lambda: services.sentence_merge_next(sentence=piece(job, 5)))
    assert "another sentence of the book" in error.message
    assert len(texts(job)) == len(PIECES)


def test_a_heading_is_neither_merged_nor_split(job):
    refused("heading_not_reshaped", lambda: services.sentence_merge_next(sentence=piece(job, 1)))
    refused("heading_not_reshaped", lambda: services.sentence_split(sentence=piece(job, 1), at=2))


def test_split_cuts_before_the_chosen_word_and_both_halves_keep_the_original_and_page(job):
    result = services.sentence_split(sentence=piece(job, 3), at=3)
    assert [p.display_text for p in result.pieces] == [
        "Il ouvrit la fenêtre.",
        "Il regarda",
        "la rue déserte.",
        "Il referma les volets.",
        "Sans bruit.",
    ]
    new = piece(job, 4)
    assert (new.display_text, new.source_text, new.page, new.chapter) == (
        "la rue déserte.",
        LONG,
        4,
        "Chapitre premier",
    )
    assert new.is_edited and new.word_count == 3
    assert piece(job, 7).display_text == "La nuit tombait."
    assert_numbered(job)


def test_split_leaving_a_piece_under_the_job_minimum_is_refused(job):
    error = refused("split_under_minimum", lambda: services.sentence_split(sentence=piece(job, 3), at=2))
    assert "1 word;" in error.message and "at least 2" in error.message
    assert len(texts(job)) == len(PIECES)


@pytest.mark.parametrize("at", [0, 1, 5, 99])
def test_split_outside_the_piece_is_refused(job, at):
    refused("split_out_of_range", lambda: services.sentence_split(sentence=piece(job, 2), at=at))


def test_undo_after_merges_and_splits_brings_back_every_generated_piece(job):
    generated = list(Sentence.objects.filter(job=job).order_by("position").values_list("text", "stands_alone"))
    services.sentence_merge_next(sentence=piece(job, 4))
    services.sentence_split(sentence=piece(job, 3), at=3)
    services.sentence_edit(sentence=piece(job, 2), text="Il ouvrit grand la fenêtre.")
    assert len(texts(job)) == len(PIECES)  # one merge, one split
    assert texts(job) != [t for t, _ in generated]

    result = services.sentence_undo(sentence=piece(job, 5))
    assert [p.display_text for p in result.pieces] == [t for t, _ in generated[1:5]]
    restored = list(Sentence.objects.filter(job=job).order_by("position").values_list("text", "stands_alone"))
    assert restored == generated
    assert not Sentence.objects.filter(job=job).exclude(edited_text="").exists()
    assert not Sentence.objects.filter(job=job, generated__isnull=False).exists()
    assert_numbered(job)


def test_undo_of_a_text_edit_gives_back_the_generated_text(job):
    services.sentence_edit(sentence=piece(job, 6), text="La nuit était tombée.")
    result = services.sentence_undo(sentence=piece(job, 6))
    assert result.focus.display_text == "La nuit tombait." and not result.focus.is_edited
    assert piece(job, 6).word_count == 3
    refused("nothing_to_undo", lambda: services.sentence_undo(sentence=piece(job, 6)))


def test_pieces_change_only_once_the_job_has_finished(owner, job):
    Job.objects.filter(pk=job.pk).update(status=Job.Status.PROCESSING)
    for action in (
        lambda: services.sentence_merge_next(sentence=piece(job, 4)),
        lambda: services.sentence_split(sentence=piece(job, 3), at=3),
        lambda: services.sentence_undo(sentence=piece(job, 3)),
    ):
        refused("job_not_finished", action)
    assert len(texts(job)) == len(PIECES)


def test_search_columns_follow_every_edit(job):
    services.sentence_edit(sentence=piece(job, 6), text="La NUIT était tombée sur Paris.")
    assert piece(job, 6).search_text == "la nuit etait tombee sur paris."
    services.sentence_merge_next(sentence=piece(job, 4))
    assert piece(job, 4).search_text == "il referma les volets. sans bruit."
    services.sentence_split(sentence=piece(job, 2), at=3)
    assert piece(job, 3).search_text == "la fenetre."
    assert (
        piece(job, 3).search_source == "il ouvrit la fenetre, regarda la rue deserte et referma les volets sans bruit."
    )


def test_undo_gives_each_piece_back_the_lemmas_of_its_own_text(job):
    for s in Sentence.objects.filter(job=job, kind="sentence"):
        s.lemmas = [[w.strip(".,"), w.strip(".,").lower(), "X"] for w in s.text.split()]
        s.save(update_fields=["lemmas"])
    services.sentence_split(sentence=piece(job, 2), at=3)  # a new piece in the middle: the rows after move up
    services.sentence_undo(sentence=piece(job, 2))
    for s in Sentence.objects.filter(job=job, kind="sentence"):
        assert [surface for surface, _, _ in s.lemmas] == [w.strip(".,") for w in s.text.split()]
