from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


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
    sentence_count = models.PositiveIntegerField(default=0)

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
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    processing_started_at = models.DateTimeField(null=True, blank=True)
    merge_started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    deadline_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

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


class Sentence(models.Model):
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

    @property
    def display_text(self) -> str:
        return self.edited_text or self.text

    @property
    def is_edited(self) -> bool:
        return bool(self.edited_text)
