"""Reads shared by the web views, the API and the admin.

Every read is scoped to its owner: another user's job is simply not found.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet, Sum
from django.shortcuts import get_object_or_404

from accounts.models import User
from jobs.models import Job, Sentence

# Fields the status views need; the job row carries everything, so one query.
STATUS_FIELDS = (
    "id",
    "owner_id",
    "status",
    "filename",
    "progress_percent",
    "current_step",
    "total_chunks",
    "completed_chunks",
    "failed_chunks",
    "page_count",
    "sentence_count",
    "started_at",
    "processing_started_at",
    "finished_at",
    "error_code",
    "error_message",
    "missing_pages",
    "credits_estimated",
    "credits_reserved",
    "credits_charged",
    "quality",
    "created_at",
    "settings",
    "processor",
)


def job_list(*, owner: User, search: str = "", status: str = "") -> QuerySet[Job]:
    qs = Job.objects.filter(owner=owner).exclude(status=Job.Status.DRAFT).order_by("-created_at")
    if search:
        qs = qs.filter(filename__icontains=search)
    if status:
        qs = qs.filter(status=status)
    return qs


def job_get(*, owner: User, job_id) -> Job:
    """The owner's job or 404; never reveals whether another user's job exists."""
    return get_object_or_404(Job, pk=job_id, owner=owner)


def job_status(*, owner: User, job_id) -> Job:
    return get_object_or_404(Job.objects.only(*STATUS_FIELDS), pk=job_id, owner=owner)


def sentence_list(*, job: Job, search: str = "", page: int | None = None) -> QuerySet[Sentence]:
    qs = Sentence.objects.filter(job=job, position__isnull=False).order_by("position")
    if search:
        qs = qs.filter(Q(text__icontains=search) | Q(edited_text__icontains=search) | Q(source_text__icontains=search))
    if page is not None:
        qs = qs.filter(page=page)
    return qs


def sentence_get(*, owner: User, sentence_id: int) -> Sentence:
    return get_object_or_404(Sentence.objects.select_related("job"), pk=sentence_id, job__owner=owner)


def job_find_previous(*, owner: User, sha256: str, settings: dict) -> Job | None:
    """An earlier completed job of this user for the same file and settings."""
    return (
        Job.objects.filter(owner=owner, sha256=sha256, settings=settings, status=Job.Status.COMPLETED)
        .order_by("-created_at")
        .first()
    )


def upload_storage_used(*, owner: User) -> int:
    """Bytes of the user's PDFs still stored: drafts, running jobs, finished ones within retention."""
    stored = Job.objects.filter(owner=owner).exclude(file="")
    return stored.aggregate(total=Sum("file_size"))["total"] or 0
