"""Reads of word lists and study sets, scoped to their owner: another user's set or list is not found."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from accounts.models import User
from jobs.models import Job, Sentence
from jobs.studysets import cover
from jobs.studysets.models import StudySet, StudySetItem, WordList


def word_list_list(*, owner: User) -> QuerySet[WordList]:
    return WordList.objects.filter(owner=owner).order_by("-created_at")


def word_list_get(*, owner: User, list_id) -> WordList:
    return get_object_or_404(WordList, pk=list_id, owner=owner)


def study_set_list(*, owner: User, job: Job | None = None) -> QuerySet[StudySet]:
    qs = StudySet.objects.filter(owner=owner).select_related("job").order_by("-created_at")
    if job is not None:
        qs = qs.filter(job=job)
    return qs


def study_set_get(*, owner: User, set_id) -> StudySet:
    return get_object_or_404(StudySet.objects.select_related("job"), pk=set_id, owner=owner)


def study_set_items(*, study_set: StudySet) -> QuerySet[StudySetItem]:
    return StudySetItem.objects.filter(study_set=study_set).select_related("sentence").order_by("rank")


def study_set_item_get(*, study_set: StudySet, item_id: int) -> StudySetItem:
    return get_object_or_404(StudySetItem.objects.select_related("sentence"), pk=item_id, study_set=study_set)


def study_set_sentence_ids(*, study_set: StudySet) -> list[int]:
    return list(StudySetItem.objects.filter(study_set=study_set).order_by("rank").values_list("sentence_id", flat=True))


def study_set_targets(*, study_set: StudySet) -> dict[int, list[str]]:
    """Sentence id -> the words it brings, as written in it."""
    rows = StudySetItem.objects.filter(study_set=study_set).values_list("sentence_id", "targets")
    return {sid: targets or [] for sid, targets in rows}


def swap_state(study_set: StudySet):
    """(items in rank order, chosen sentence -> list words, pool sentence -> (word count, list words))."""
    raw = study_set.index.sentences if hasattr(study_set, "index") else {}
    pool = {int(sid): (row[0], frozenset(row[1:])) for sid, row in raw.items()}
    items = list(StudySetItem.objects.filter(study_set=study_set).order_by("rank"))
    chosen = {i.sentence_id: pool.get(i.sentence_id, (0, frozenset()))[1] for i in items}
    return items, chosen, pool


def swap_alternatives(*, study_set: StudySet, item: StudySetItem, limit: int) -> tuple[list[str], list[Sentence]]:
    """(the words a replacement must hold, the sentences that may replace ``item``, shortest first)."""
    if study_set.mode != StudySet.Mode.COVER or study_set.status != StudySet.Status.COMPLETED:
        return [], []
    _, chosen, pool = swap_state(study_set)
    if item.sentence_id not in chosen:
        return [], []
    needed = cover.unique_words(item.sentence_id, chosen)
    ids = cover.alternatives(item.sentence_id, chosen, pool, limit=limit)
    by_id = Sentence.objects.in_bulk(ids)
    words = study_set.words
    sentences = []
    for sid in ids:
        sentence = by_id[sid]
        sentence.list_words = [words[w] for w in sorted(pool[sid][1])]
        sentences.append(sentence)
    return [words[w] for w in sorted(needed)], sentences
