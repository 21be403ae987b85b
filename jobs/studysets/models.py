"""Study sets: a learner's word lists, the sets of a book's sentences chosen for them, and known words.

The tables kept the names they had when these models lived in jobs (``db_table``).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from jobs.models import Job, Sentence


class WordList(models.Model):
    """A learner's own word list (uploaded or pasted); the default top-N list is not stored."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="word_lists")
    name = models.CharField(max_length=120)
    words = models.JSONField(default=list)  # as entered, folded and de-duplicated, in order
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "jobs_wordlist"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.name} ({len(self.words)} words)"


class StudySet(models.Model):
    """Sentences of one completed job chosen for a word list, computed in the background."""

    class Mode(models.TextChoices):
        COVER = "cover", "Cover the list"
        DRILL = "drill", "Only known words"
        BOOK = "book", "Book vocabulary"
        ONE_NEW = "one_new", "One new word"

    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        COMPLETED = "completed"
        FAILED = "failed"

    ACTIVE = (Status.PENDING, Status.RUNNING)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="study_sets")
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="study_sets")
    word_list = models.ForeignKey(WordList, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    list_name = models.CharField(max_length=160)  # a snapshot: the list may be deleted later
    # The lemmas the set was computed for (the list folded to lemmas, known ones left out; book and one_new:
    # the lemmas its sentences bring), in order; items' words index into them.
    words = models.JSONField(default=list)
    mode = models.CharField(max_length=8, choices=Mode.choices, default=Mode.COVER)
    max_words = models.PositiveSmallIntegerField()
    target_percent = models.PositiveSmallIntegerField(default=90)  # book: share of the book's word tokens
    chapters = models.PositiveSmallIntegerField(default=0)  # book: only the first chapters (0: all)
    form_count = models.PositiveIntegerField(default=0)  # word forms in the list as entered
    known_count = models.PositiveIntegerField(default=0)  # list lemmas left out: the learner knows them
    # book: [[sentences, percent of the book's word tokens understood], ...] and the sentences each mark needs
    curve = models.JSONField(default=list, blank=True)
    marks = models.JSONField(default=dict, blank=True)
    reached_percent = models.FloatField(default=0.0)

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    progress_percent = models.PositiveSmallIntegerField(default=0)
    current_step = models.CharField(max_length=120, default="Queued")
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)

    word_count = models.PositiveIntegerField(default=0)  # distinct list lemmas
    covered_count = models.PositiveIntegerField(default=0)
    sentence_count = models.PositiveIntegerField(default=0)
    missing_words = models.JSONField(default=list, blank=True)  # in no sentence of the book
    over_limit_words = models.JSONField(default=list, blank=True)  # only in sentences over max_words
    timings = models.JSONField(default=dict, blank=True)

    credits_reserved = models.PositiveIntegerField(default=0)
    credits_charged = models.PositiveIntegerField(default=0)
    credits_settled = models.BooleanField(default=True)

    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "jobs_studyset"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "-created_at"]),
            models.Index(fields=["owner", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.list_name} / {self.job_id} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def coverage(self) -> float:
        return self.covered_count / self.word_count if self.word_count else 0.0


class StudySetItem(models.Model):
    """One chosen sentence; ``words`` are the list words it is credited with (cover) or holds (drill)."""

    study_set = models.ForeignKey(StudySet, on_delete=models.CASCADE, related_name="items")
    sentence = models.ForeignKey(Sentence, on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveIntegerField()
    words = models.JSONField(default=list)
    matches = models.JSONField(default=list)  # every list word in the sentence (for swaps)
    targets = models.JSONField(default=list)  # the sentence's own words for ``words`` (highlighted in decks)

    class Meta:
        db_table = "jobs_studysetitem"
        ordering = ["study_set", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["study_set", "sentence"], name="studyset_item_unique_sentence"),
        ]

    def __str__(self) -> str:
        return f"{self.rank}: {self.sentence_id}"


class StudySetIndex(models.Model):
    """Which list words each in-limit sentence holds: ``{sentence_id: [word_count, word index, ...]}``.

    Kept apart from the set so pages that show the set never load it; swaps read it.
    """

    study_set = models.OneToOneField(StudySet, on_delete=models.CASCADE, primary_key=True, related_name="index")
    sentences = models.JSONField(default=dict)

    class Meta:
        db_table = "jobs_studysetindex"

    def __str__(self) -> str:
        return f"index of {self.study_set_id}"


class KnownWord(models.Model):
    """A word the learner already knows (imported or typed); study sets skip it once folded to its lemma."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="known_words")
    word = models.CharField(max_length=100)  # folded like list words
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "jobs_knownword"
        ordering = ["word"]
        constraints = [models.UniqueConstraint(fields=["owner", "word"], name="known_word_unique")]

    def __str__(self) -> str:
        return self.word
