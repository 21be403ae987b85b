from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

from jobs.engine.text.fold import fold


def upload_path(job: Job, filename: str) -> str:
    return f"uploads/{job.owner_id}/{job.id}.pdf"


class Job(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"  # stored and estimated, waiting for the user to confirm
        PENDING = "pending"
        SPLITTING = "splitting"
        PROCESSING = "processing"
        MERGING = "merging"
        COMPLETED = "completed"
        COMPLETED_WITH_ERRORS = "completed_with_errors"
        FAILED = "failed"
        CANCELLED = "cancelled"

    ACTIVE = (Status.PENDING, Status.SPLITTING, Status.PROCESSING, Status.MERGING)
    FINAL = (Status.COMPLETED, Status.COMPLETED_WITH_ERRORS, Status.FAILED, Status.CANCELLED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs")
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.PENDING)
    settings = models.JSONField(default=dict)
    processor = models.CharField(max_length=16, default="local")

    file = models.FileField(upload_to=upload_path, max_length=255, blank=True)
    filename = models.CharField(max_length=255)
    file_size = models.BigIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    file_delete_after = models.DateTimeField(null=True, blank=True)
    file_deleted_at = models.DateTimeField(null=True, blank=True)

    page_count = models.PositiveIntegerField(default=0)
    source_word_count = models.PositiveIntegerField(default=0)
    output_word_count = models.PositiveIntegerField(default=0)
    source_sentence_count = models.PositiveIntegerField(default=0)
    # "Sentences" are the short pieces of the body; headings are counted apart.
    sentence_count = models.PositiveIntegerField(default=0)
    heading_count = models.PositiveIntegerField(default=0)

    progress_percent = models.PositiveSmallIntegerField(default=0)
    current_step = models.CharField(max_length=120, default="Queued")
    total_chunks = models.PositiveIntegerField(default=0)
    completed_chunks = models.PositiveIntegerField(default=0)
    failed_chunks = models.PositiveIntegerField(default=0)

    credits_estimated = models.PositiveIntegerField(default=0)
    credits_reserved = models.PositiveIntegerField(default=0)
    credits_charged = models.PositiveIntegerField(default=0)
    credits_settled = models.BooleanField(default=True)

    quality = models.JSONField(default=dict, blank=True)
    missing_pages = models.CharField(max_length=500, blank=True)
    # Set when the output covers only part of the book (a cancelled job keeps what was finished).
    covered_pages = models.CharField(max_length=500, blank=True)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    processing_started_at = models.DateTimeField(null=True, blank=True)
    merge_started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    deadline_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    # Held by the worker splitting or merging the job, renewed while it works.
    lease_expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "-created_at"]),
            models.Index(fields=["owner", "status"]),
            models.Index(fields=["owner", "sha256"]),
            models.Index(fields=["status", "deadline_at"]),
            models.Index(fields=["file_delete_after"]),
        ]

    def __str__(self) -> str:
        return f"{self.filename} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def is_final(self) -> bool:
        return self.status in self.FINAL

    @property
    def piece_count(self) -> int:
        """Every numbered row of the result: sentences and headings."""
        return self.sentence_count + self.heading_count

    @property
    def step_text(self) -> str:
        if self.status == self.Status.PROCESSING and self.total_chunks:
            done = self.completed_chunks + self.failed_chunks
            return f"Processing chunk {min(done + 1, self.total_chunks)} of {self.total_chunks}"
        return self.current_step

    @property
    def elapsed(self) -> timedelta | None:
        if not self.started_at:
            return None
        return (self.finished_at or timezone.now()) - self.started_at

    @property
    def eta(self) -> timedelta | None:
        """Time left, from the pace of the chunks finished so far."""
        done = self.completed_chunks + self.failed_chunks
        if self.status != self.Status.PROCESSING or not done or not self.processing_started_at:
            return None
        spent = timezone.now() - self.processing_started_at
        return spent / done * (self.total_chunks - done)


class Chunk(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="chunks")
    index = models.PositiveIntegerField()
    page_start = models.PositiveIntegerField()
    page_end = models.PositiveIntegerField()
    sources = models.JSONField(default=list)  # the chunk's source sentences, in order
    context = models.TextField(blank=True)  # the previous sentence, read-only
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)
    sentence_count = models.PositiveIntegerField(default=0)
    usage_credits = models.PositiveIntegerField(default=0)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    quality = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["job", "index"]
        constraints = [models.UniqueConstraint(fields=["job", "index"], name="chunk_unique_index")]
        indexes = [models.Index(fields=["job", "status"])]

    def __str__(self) -> str:
        return f"chunk {self.index} (pages {self.page_start}-{self.page_end})"

    @property
    def pages_label(self) -> str:
        if self.page_start == self.page_end:
            return str(self.page_start)
        return f"{self.page_start}-{self.page_end}"


class SentenceQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        # bulk_create skips save(): the search columns are filled here too.
        objs = list(objs)  # any iterable, as Django takes it: a generator is read once
        for obj in objs:
            obj.fill_search()
        return super().bulk_create(objs, *args, **kwargs)


class Sentence(models.Model):
    class Kind(models.TextChoices):
        SENTENCE = "sentence", "Sentence"
        HEADING = "heading", "Heading"

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="sentences")
    chunk_index = models.PositiveIntegerField()
    chunk_position = models.PositiveIntegerField()
    position = models.PositiveIntegerField(null=True, blank=True)  # 1..N over the book, set at merge
    text = models.TextField()
    edited_text = models.TextField(blank=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    chapter = models.CharField(max_length=255, blank=True)
    page = models.PositiveIntegerField()
    source_index = models.PositiveIntegerField()  # index of the source sentence within its chunk
    source_text = models.TextField()
    word_count = models.PositiveSmallIntegerField()
    flags = models.JSONField(default=list, blank=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.SENTENCE)
    # From the pipeline's parse: a subject with its finite verb; null when not judged.
    stands_alone = models.BooleanField(null=True, blank=True)
    # The text as shown and the original, folded (jobs.engine.text.fold): search ignores accents and case.
    search_text = models.TextField(blank=True, editable=False)
    search_source = models.TextField(blank=True, editable=False)
    # Once a piece of this original is merged or split, the first piece keeps what was
    # generated for the whole original, so undo can bring it back (jobs.sentence_edits).
    generated = models.JSONField(null=True, blank=True, editable=False)
    # From the same parse: [[surface, lemma, POS], ...] for the words of ``text`` (not of an edit); null when
    # the sentence was never parsed. Study sets read these instead of parsing the book again.
    lemmas = models.JSONField(null=True, blank=True)

    objects = SentenceQuerySet.as_manager()

    class Meta:
        ordering = ["job", "chunk_index", "chunk_position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "chunk_index", "chunk_position"], name="sentence_unique_slot"),
        ]
        indexes = [
            models.Index(fields=["job", "position"]),
            models.Index(fields=["job", "page"]),
        ]

    def __str__(self) -> str:
        return self.display_text

    def save(self, *args, **kwargs) -> None:
        self.fill_search()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text", "search_source"}
        super().save(*args, **kwargs)

    @property
    def display_text(self) -> str:
        return self.edited_text or self.text

    @property
    def is_edited(self) -> bool:
        return bool(self.edited_text)

    @property
    def is_reshaped(self) -> bool:
        """True on the first piece of an original whose pieces were merged or split."""
        return self.generated is not None

    def fill_search(self) -> None:
        self.search_text = fold(self.display_text)
        self.search_source = fold(self.source_text)
