"""Every change to word lists and study sets, whoever asks: web, API or the actor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from accounts import services as credits
from accounts.models import User
from jobs import dispatch
from jobs.engine.types import count_words
from jobs.models import Job, Sentence
from jobs.studysets import compute, cover, wordlists
from jobs.studysets.models import KnownWord, StudySet, StudySetIndex, StudySetItem, WordList
from novelproc.errors import Conflict, FileTooLarge, InvalidInput, NotFound, Throttled

log = logging.getLogger(__name__)
S = StudySet.Status
READY_JOB = (Job.Status.COMPLETED, Job.Status.COMPLETED_WITH_ERRORS)
HEADING = "heading"
BOOK_COLUMNS = ("pk", "text", "edited_text", "word_count", "position", "flags", "stands_alone", "lemmas", "chapter")


# --- word lists ---------------------------------------------------------------


def word_list_create(
    *, owner: User, name: str, text: str = "", words: list[str] | None = None, upload: UploadedFile | None = None
) -> WordList:
    """A list from pasted text, a list of words, or an uploaded CSV / text file (first column, one per line)."""
    if upload is not None:
        if upload.size and upload.size > settings.STUDYSET_LIST_MAX_BYTES:
            raise FileTooLarge(f"A word list file may be at most {settings.STUDYSET_LIST_MAX_BYTES:,} bytes.")
        parsed = wordlists.parse_upload(filename=upload.name or "", data=upload.read())
        field = "file"
    elif words is not None:
        _check_text_size(sum(len(word.encode()) + 1 for word in words), field="words")
        parsed, field = wordlists.clean_words(words), "words"
    else:
        _check_text_size(len(text.encode()), field="text")
        parsed, field = wordlists.parse_pasted(text), "text"
    wordlists.check_words(parsed, max_words=settings.STUDYSET_LIST_MAX_WORDS, field=field)
    name = (name or "").strip()[:120] or (upload.name if upload is not None else "") or "My word list"
    word_list = WordList.objects.create(owner=owner, name=name[:120], words=parsed)
    log.info("word list created list=%s user=%s words=%s", word_list.pk, owner.pk, len(parsed))
    return word_list


def _check_text_size(size: int, *, field: str) -> None:
    limit = settings.STUDYSET_LIST_MAX_BYTES
    if size > limit:
        raise FileTooLarge(
            f"A word list may be at most {limit:,} bytes; this one has {size:,}.",
            code="text_too_large",
            fields={field: [f"At most {limit:,} bytes."]},
        )


def word_list_delete(*, word_list: WordList) -> None:
    # Sets computed from it keep their own snapshot of the words.
    word_list.delete()


# --- study sets -----------------------------------------------------------------


def study_set_create(
    *,
    owner: User,
    job: Job,
    mode: str = StudySet.Mode.COVER,
    word_list: WordList | None = None,
    target_percent: int = 90,
    chapters: int = 0,
) -> StudySet:
    """Reserve the price, store the set and queue its computation (after commit).

    ``target_percent`` and ``chapters`` are for book vocabulary sets: the share of the book's word tokens
    to reach, over its first ``chapters`` chapters (0: the whole book).
    """
    if job.owner_id != owner.pk or (word_list is not None and word_list.owner_id != owner.pk):
        raise NotFound("Not found.")
    if mode not in StudySet.Mode.values:
        choices = ", ".join(StudySet.Mode.values)
        raise InvalidInput(f"Unknown mode {mode!r}.", code="invalid_mode", fields={"mode": [f"Choose {choices}."]})
    if not 10 <= target_percent <= 99:
        raise InvalidInput(
            "The share of the book to understand is a percentage from 10 to 99.",
            code="invalid_target",
            fields={"target_percent": ["From 10 to 99."]},
        )
    if not 0 <= chapters <= 10_000:
        raise InvalidInput("Chapters must be 0 (the whole book) or more.", code="invalid_chapters")
    if job.status not in READY_JOB or not Sentence.objects.filter(job=job, position__isnull=False).exists():
        raise Conflict("Study sets are built from a finished job with sentences.", code="job_not_finished")
    if mode == StudySet.Mode.BOOK:
        # The book's own words: no list (a list chosen alongside is not read).
        words, list_name, word_list = [], f"{target_percent}% of the book", None
    elif word_list is None:
        words, list_name = (
            list(wordlists.top_words(settings.STUDYSET_TOP_N)),
            wordlists.default_list_name(settings.STUDYSET_TOP_N),
        )
    else:
        words, list_name = list(word_list.words), word_list.name
    price = settings.STUDYSET_PRICE_CREDITS
    with transaction.atomic():
        credits.credits_reserve(user=owner, amount=price, job=job, note="reserved for a study set")
        _check_active_cap(owner)  # after the reservation: the user's row is locked, no race
        study_set = StudySet.objects.create(
            owner=owner,
            job=job,
            word_list=word_list,
            list_name=list_name,
            words=words,
            form_count=len(words),
            mode=mode,
            target_percent=target_percent,
            chapters=chapters,
            max_words=int(job.settings.get("max_words") or 8),
            credits_reserved=price,
            credits_settled=False,
        )
        dispatch.enqueue_study_set(study_set.pk, on_commit=True)
    log.info(
        "study set created set=%s job=%s user=%s mode=%s words=%s", study_set.pk, job.pk, owner.pk, mode, len(words)
    )
    return study_set


def _enqueue(set_id) -> None:
    dispatch.enqueue_study_set(set_id)


def _check_active_cap(owner: User) -> None:
    active = StudySet.objects.filter(owner=owner, status__in=StudySet.ACTIVE).count()
    if active >= settings.STUDYSET_MAX_ACTIVE_PER_USER:
        raise Throttled(
            f"You already have {active} study sets being computed; wait for one to finish.",
            code="too_many_active_study_sets",
            retry_after=30,
        )


def _move(set_id, old: tuple[str, ...], new: str, **fields) -> bool:
    now = timezone.now()
    return bool(StudySet.objects.filter(pk=set_id, status__in=old).update(status=new, updated_at=now, **fields))


def _progress(set_id) -> Callable[[int, str], None]:
    last = {"percent": -1}

    def report(percent: int, step: str) -> None:
        if percent != last["percent"]:
            last["percent"] = percent
            StudySet.objects.filter(pk=set_id, status=S.RUNNING).update(progress_percent=percent, current_step=step)

    return report


def book_sentences(job_id) -> list[compute.BookSentence]:
    """The job's sentences as the learner reads them (edits applied), headings left out.

    Stored lemmas describe the pipeline's text; an edited sentence is the learner's own, so it is parsed
    again when a set reads it (its stand-alone verdict was on the text before the edit too).
    """
    rows = (
        Sentence.objects.filter(job_id=job_id, position__isnull=False)
        .exclude(kind=Sentence.Kind.HEADING)
        .values_list(*BOOK_COLUMNS)
    )
    out = []
    for pk, text, edited, words, position, flags, alone, terms, chapter in rows.iterator(chunk_size=5000):
        if HEADING in (flags or ()):
            continue  # flagged a heading but never given the kind
        if edited:
            words, alone, terms = count_words(edited), None, None
        out.append(compute.BookSentence(pk, edited or text, words, position, alone, terms, chapter, bool(edited)))
    return out


def study_set_run(*, set_id) -> bool:
    """Compute a queued set (the actor calls this). False when it was not pending (redelivery, deleted)."""
    if not _move(set_id, (S.PENDING,), S.RUNNING, started_at=timezone.now(), current_step="Reading the book"):
        return False
    study_set = StudySet.objects.get(pk=set_id)
    report = _progress(set_id)
    report(5, "Reading the book")
    sentences = book_sentences(study_set.job_id)
    list_forms = [] if study_set.mode == StudySet.Mode.BOOK else study_set.words
    result = compute.compute(
        sentences,
        list_forms,
        mode=study_set.mode,
        max_words=study_set.max_words,
        known=known_words_of(study_set.owner_id),
        drill_limit=settings.STUDYSET_DRILL_MAX_SENTENCES,
        target_percent=study_set.target_percent,
        chapters=study_set.chapters,
        progress=report,
    )
    report(95, "Saving the set")
    edited = {s.sid for s in sentences if s.edited}
    lemmas_store(parsed={sid: terms for sid, terms in result.parsed.items() if sid not in edited})
    _store(study_set, result)
    return True


def known_words_of(owner_id) -> list[str]:
    return list(KnownWord.objects.filter(owner_id=owner_id).values_list("word", flat=True))


def lemmas_store(*, parsed: dict[int, list[list[str]]]) -> None:
    """Keep lemmas parsed by a set for sentences the pipeline stored none for (an older job): parsed once."""
    if not parsed:
        return
    rows = [Sentence(pk=sid, lemmas=terms) for sid, terms in parsed.items()]
    Sentence.objects.bulk_update(rows, ["lemmas"], batch_size=2000)


def _store(study_set: StudySet, result: compute.SetResult) -> None:
    words = result.words
    now = timezone.now()
    with transaction.atomic():
        StudySetItem.objects.bulk_create(
            StudySetItem(
                study_set=study_set,
                sentence_id=pick.sid,
                rank=rank,
                words=[words[w] for w in pick.words],
                matches=[words[w] for w in pick.matches],
                targets=pick.targets,
            )
            for rank, pick in enumerate(result.picks, start=1)
        )
        StudySetIndex.objects.create(study_set=study_set, sentences=result.index)
        moved = _move(
            study_set.pk,
            (S.RUNNING,),
            S.COMPLETED,
            progress_percent=100,
            current_step="Done",
            finished_at=now,
            words=words,
            word_count=len(words),
            known_count=result.known,
            curve=result.curve,
            marks=result.marks,
            reached_percent=result.reached,
            covered_count=result.covered,
            sentence_count=len(result.picks),
            missing_words=[words[w] for w in result.missing],
            over_limit_words=[words[w] for w in result.over_limit],
            timings=result.timings,
        )
        if not moved:
            raise Conflict("The study set changed state while it was computed.", code="study_set_not_running")
        _settle(study_set.pk, charge=True)
    log.info(
        "study set done set=%s user=%s sentences=%s covered=%s/%s timings=%s",
        study_set.pk,
        study_set.owner_id,
        len(result.picks),
        result.covered,
        len(words),
        result.timings,
    )


def study_set_fail(*, set_id, code: str, message: str) -> bool:
    """Record a failure and give the reservation back; a no-op once the set is final."""
    with transaction.atomic():
        if not _move(
            set_id,
            StudySet.ACTIVE,
            S.FAILED,
            error_code=code,
            error_message=message[:2000],
            current_step="Failed",
            finished_at=timezone.now(),
        ):
            return False
        _settle(set_id, charge=False)
    log.warning("study set failed set=%s code=%s message=%s", set_id, code, message)
    return True


def _settle(set_id, *, charge: bool) -> int:
    """Release the reservation and charge the price (or nothing); the flag makes it happen once."""
    study_set = StudySet.objects.select_for_update().select_related("owner", "job").get(pk=set_id)
    if study_set.credits_settled:
        return 0
    reserved = study_set.credits_reserved
    charged = credits.credits_settle(
        user=study_set.owner, reserved=reserved, used=reserved if charge else 0, job=study_set.job
    )
    StudySet.objects.filter(pk=set_id).update(credits_settled=True, credits_reserved=0, credits_charged=charged)
    return charged


def study_set_swap(*, study_set: StudySet, item: StudySetItem, sentence_id: int) -> StudySetItem:
    """Put another sentence in ``item``'s place; it must hold every word only ``item`` brings."""
    from jobs.studysets.selectors import swap_state

    if study_set.status != S.COMPLETED or study_set.mode != StudySet.Mode.COVER:
        raise Conflict("Only a finished cover set can swap sentences.", code="study_set_not_swappable")
    with transaction.atomic():
        StudySet.objects.select_for_update().filter(pk=study_set.pk).first()
        items, chosen, pool = swap_state(study_set)
        item = next((i for i in items if i.pk == item.pk), None)
        if item is None:
            raise NotFound("Not found.")
        allowed = cover.alternatives(item.sentence_id, chosen, pool, limit=len(pool))
        if sentence_id not in allowed:
            raise InvalidInput(
                "That sentence does not hold every word this one alone brings.",
                code="swap_loses_coverage",
                fields={"sentence": ["Choose one of the offered alternatives."]},
            )
        words = study_set.words
        item.sentence_id = sentence_id
        item.matches = [words[w] for w in sorted(pool[sentence_id][1])]
        chosen = {i.sentence_id: (pool[i.sentence_id][1]) for i in items}
        credited = cover.credit((i.sentence_id, chosen[i.sentence_id]) for i in items)
        for i in items:
            i.words = [words[w] for w in credited[i.sentence_id]]
        StudySetItem.objects.bulk_update(items, ["sentence", "words", "matches"])
    log.info("study set swap set=%s item=%s sentence=%s", study_set.pk, item.pk, sentence_id)
    return item


def study_set_delete(*, study_set: StudySet) -> None:
    if study_set.is_active:
        raise Conflict("This study set is still being computed.", code="study_set_running")
    study_set.delete()


# The actor's time limit is 20 minutes; a set still running well past it lost its worker.
RUNNING_GIVE_UP = timedelta(minutes=25)
PENDING_RESEND = timedelta(minutes=10)


def study_sets_sweep() -> tuple[int, int]:
    """The study sets' sweep (its actor runs it every SWEEP_INTERVAL_S): no set stays queued or running forever.

    A set whose worker died is failed with its reservation released (the user
    can start it again); a queued set whose message was lost is sent again.
    Returns (failed, resent).
    """
    now = timezone.now()
    stale = StudySet.objects.filter(status=S.RUNNING, started_at__lt=now - RUNNING_GIVE_UP).values_list("pk", flat=True)
    failed = sum(
        study_set_fail(set_id=pk, code="interrupted", message="The computation was interrupted; please start it again.")
        for pk in list(stale)
    )
    lost = list(
        StudySet.objects.filter(status=S.PENDING, updated_at__lt=now - PENDING_RESEND).values_list("pk", flat=True)
    )
    StudySet.objects.filter(pk__in=lost).update(updated_at=now)
    for pk in lost:
        _enqueue(pk)
    return failed, len(lost)
