"""Edits a learner makes to a finished job's pieces: text, undo, merge with the next piece, split.

Every piece keeps its link to the original sentence and its page. Merge and
split stay inside one original (across two, one original would lose its
link) and keep the limits the job was made with: a merged piece holds at most
``max_words`` words, each half of a split at least ``min_words``. The first
merge or split of an original stores what was generated for it on its first
piece (``Sentence.generated``); undo puts that back.

Pieces are numbered 1..N over the book and 0..n-1 inside their chunk (the
merge step and a later retry rely on both); merge and split renumber the
pieces after them and keep the chunk's and the job's counts true, under a
lock on the job so two edits of one book never renumber at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone

from jobs.engine.types import ProcessorSettings, count_words
from jobs.models import Chunk, Job, Sentence
from novelproc.errors import Conflict, InvalidInput

log = logging.getLogger(__name__)

MAX_CHARS = 2000
_FINISHED = (Job.Status.COMPLETED, Job.Status.COMPLETED_WITH_ERRORS)
_SLOT_OFFSET = 1_000_000  # moves a chunk's slots out of the way, so renumbering never collides
_SNAPSHOT_FIELDS = ("text", "word_count", "flags", "kind", "stands_alone", "lemmas")


@dataclass(frozen=True)
class EditResult:
    """The pieces of the edited original after the edit, in order, and the one to show focused."""

    pieces: list[Sentence]
    focus: Sentence


def _clean(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("A sentence cannot be empty.", code="empty_sentence", fields={"text": ["Required."]})
    if len(text) > MAX_CHARS:
        raise InvalidInput(
            f"That sentence is too long (at most {MAX_CHARS:,} characters).",
            code="sentence_too_long",
            fields={"text": ["Too long."]},
        )
    return text


def sentence_edit(*, sentence: Sentence, text: str) -> Sentence:
    """Replace a piece's text; the generated text stays, and saving it unchanged removes the edit."""
    text = _clean(text)
    sentence.edited_text = "" if text == sentence.text else text
    sentence.edited_at = timezone.now() if sentence.edited_text else None
    sentence.word_count = count_words(sentence.display_text)
    sentence.save(update_fields=["edited_text", "edited_at", "word_count"])
    return sentence


def sentence_undo(*, sentence: Sentence) -> EditResult:
    """Back to the generated text: of this piece, or of every piece of its original once merged or split."""
    with transaction.atomic():
        job = _lock_finished_job(sentence.job_id)
        pieces = _group(sentence)
        first = pieces[0]
        if first.generated is None:
            current = next(p for p in pieces if p.pk == sentence.pk)
            if not current.is_edited:
                raise Conflict("This sentence is already as it was generated.", code="nothing_to_undo")
            current.edited_text = ""
            current.edited_at = None
            current.word_count = count_words(current.text)
            current.save(update_fields=["edited_text", "edited_at", "word_count"])
            return EditResult(pieces, current)
        restored = _restore(job, pieces)
    log.info("sentence undo job=%s sentence=%s pieces=%s", job.pk, first.pk, len(restored))
    return EditResult(restored, restored[0])


def _locked_group(sentence: Sentence, verb: str) -> tuple[Job, list[Sentence], int]:
    """The job locked, the pieces of the sentence's original, and where the sentence sits among them."""
    job = _lock_finished_job(sentence.job_id)
    pieces = _group(sentence)
    index = next(i for i, p in enumerate(pieces) if p.pk == sentence.pk)
    _refuse_heading(pieces[index], verb)
    return job, pieces, index


def sentence_merge_next(*, sentence: Sentence) -> EditResult:
    """Join a piece with the next piece of the same original, within the job's length limit."""
    with transaction.atomic():
        job, pieces, index = _locked_group(sentence, "merged")
        current = pieces[index]
        if index + 1 >= len(pieces):
            raise Conflict(
                "This is the last piece of its original: the next piece comes from another sentence of the book, "
                "so merging would lose one of the two originals.",
                code="merge_needs_same_original",
            )
        following = pieces[index + 1]
        text = f"{current.display_text} {following.display_text}"
        words = count_words(text)
        limit = _settings(job).max_words
        if words > limit:
            raise Conflict(
                f"Together these pieces have {words} words; this book was made with a limit of {limit} words "
                "a sentence. Edit the text to shorten it instead.",
                code="merge_over_limit",
            )
        _keep_generated(pieces)
        words_before = current.word_count + following.word_count
        current.edited_text = "" if text == current.text else text
        current.edited_at = timezone.now()
        current.word_count = words
        current.save(update_fields=["edited_text", "edited_at", "word_count"])
        following.delete()
        _shift_after(job, following, -1)
        _count(job, current.chunk_index, pieces=-1, words=words - words_before)
        pieces.pop(index + 1)
    log.info("sentence merge job=%s sentence=%s", job.pk, current.pk)
    return EditResult(pieces, current)


def sentence_split(*, sentence: Sentence, at: int) -> EditResult:
    """Cut a piece in two before its word number ``at`` (counted from 1, as the page shows them)."""
    with transaction.atomic():
        job, pieces, index = _locked_group(sentence, "split")
        current = pieces[index]
        tokens = current.display_text.split()
        if not 1 < at <= len(tokens):
            raise InvalidInput(
                f"Choose a word from the 2nd to the {len(tokens)}th to split before.",
                code="split_out_of_range",
                fields={"at": [f"Between 2 and {len(tokens)}."]},
            )
        head, tail = " ".join(tokens[: at - 1]), " ".join(tokens[at - 1 :])
        least = _settings(job).min_words
        shortest = min(count_words(head), count_words(tail))
        if shortest < least:
            raise Conflict(
                f"Split there, one piece would have {shortest} word{'s' if shortest != 1 else ''}; this book was "
                f"made with at least {least} words a sentence.",
                code="split_under_minimum",
            )
        _keep_generated(pieces)
        now = timezone.now()
        current.edited_text = head
        current.edited_at = now
        current.word_count = count_words(head)
        current.save(update_fields=["edited_text", "edited_at", "word_count"])
        _shift_after(job, current, +1)
        added = Sentence.objects.create(
            job_id=current.job_id,
            chunk_index=current.chunk_index,
            chunk_position=current.chunk_position + 1,
            position=current.position + 1,
            text=tail,
            edited_text=tail,  # written by the learner, so marked as edited
            edited_at=now,
            chapter=current.chapter,
            page=current.page,
            source_index=current.source_index,
            source_text=current.source_text,
            word_count=count_words(tail),
            kind=current.kind,
        )
        _count(job, current.chunk_index, pieces=+1)
        pieces.insert(index + 1, added)
    log.info("sentence split job=%s sentence=%s at=%s", job.pk, current.pk, at)
    return EditResult(pieces, current)


# --- helpers ------------------------------------------------------------------


def _lock_finished_job(job_id) -> Job:
    job = Job.objects.select_for_update().only("pk", "status", "settings").get(pk=job_id)
    if job.status not in _FINISHED:
        raise Conflict("Sentences can be changed once the job has finished.", code="job_not_finished")
    return job


def _settings(job: Job) -> ProcessorSettings:
    return ProcessorSettings.from_dict(job.settings or {})


def _refuse_heading(sentence: Sentence, action: str) -> None:
    if sentence.kind == Sentence.Kind.HEADING:
        raise Conflict(f"A heading cannot be {action}; edit its text instead.", code="heading_not_reshaped")


def _group(sentence: Sentence) -> list[Sentence]:
    """The pieces of the sentence's original, in order (read inside the job lock)."""
    pieces = list(
        Sentence.objects.filter(
            job_id=sentence.job_id,
            chunk_index=sentence.chunk_index,
            source_index=sentence.source_index,
            position__isnull=False,
        ).order_by("chunk_position")
    )
    if not any(p.pk == sentence.pk for p in pieces):
        raise Conflict("This sentence no longer exists; reload the page.", code="sentence_gone")
    return pieces


def _keep_generated(pieces: list[Sentence]) -> None:
    """Before the first merge or split of an original, its first piece keeps what was generated."""
    first = pieces[0]
    if first.generated is None:
        first.generated = [{name: getattr(p, name) for name in _SNAPSHOT_FIELDS} for p in pieces]
        Sentence.objects.filter(pk=first.pk).update(generated=first.generated)


def _restore(job: Job, pieces: list[Sentence]) -> list[Sentence]:
    first, last = pieces[0], pieces[-1]
    generated = first.generated
    words_before = sum(p.word_count for p in pieces)
    kept, extra = pieces[: len(generated)], pieces[len(generated) :]
    for piece, snapshot in zip(kept, generated, strict=False):
        piece.lemmas = None  # they describe ``text``: a snapshot from before they were kept gives none back
        for name, value in snapshot.items():
            setattr(piece, name, value)
        piece.edited_text = ""
        piece.edited_at = None
        piece.generated = None
        piece.save()
    if extra:
        Sentence.objects.filter(pk__in=[p.pk for p in extra]).delete()
    delta = len(generated) - len(pieces)
    _shift_after(job, last, delta)
    added = [
        Sentence(
            job_id=first.job_id,
            chunk_index=first.chunk_index,
            chunk_position=first.chunk_position + i,
            position=first.position + i,
            chapter=first.chapter,
            page=first.page,
            source_index=first.source_index,
            source_text=first.source_text,
            **snapshot,
        )
        for i, snapshot in enumerate(generated)
        if i >= len(pieces)
    ]
    created = Sentence.objects.bulk_create(added)
    restored = kept + created
    _count(job, first.chunk_index, pieces=delta, words=sum(p.word_count for p in restored) - words_before)
    return restored


def _shift_after(job: Job, piece: Sentence, delta: int) -> None:
    """Move every piece after ``piece`` by ``delta`` places, in its chunk and in the book."""
    if not delta:
        return
    in_chunk = Sentence.objects.filter(job_id=job.pk, chunk_index=piece.chunk_index)
    # In two steps, so no row ever takes a slot another still holds (the slot is unique).
    in_chunk.filter(chunk_position__gt=piece.chunk_position).update(
        chunk_position=F("chunk_position") + _SLOT_OFFSET + delta
    )
    in_chunk.filter(chunk_position__gte=_SLOT_OFFSET // 2).update(chunk_position=F("chunk_position") - _SLOT_OFFSET)
    Sentence.objects.filter(job_id=job.pk, position__gt=piece.position).update(position=F("position") + delta)


def _count(job: Job, chunk_index: int, *, pieces: int, words: int = 0) -> None:
    """Keep the chunk's and the job's counts true (the merge step and a retry read them)."""
    if pieces:
        Chunk.objects.filter(job_id=job.pk, index=chunk_index).update(sentence_count=F("sentence_count") + pieces)
    Job.objects.filter(pk=job.pk).update(
        sentence_count=F("sentence_count") + pieces, output_word_count=Greatest(F("output_word_count") + words, 0)
    )
