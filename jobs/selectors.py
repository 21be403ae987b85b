"""Reads shared by the web views, the API and the admin.

Every read is scoped to its owner: another user's job is simply not found.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Max, Min, Q, QuerySet, Sum
from django.shortcuts import get_object_or_404

from accounts.models import User
from accounts.selectors import credits_balance
from jobs.engine.text.fold import fold
from jobs.models import Job, Sentence

# What a search looks in: the short sentences and their originals, or the short sentences only.
SCOPE_ALL = "all"
SCOPE_SENTENCES = "sentences"
SCOPES = (SCOPE_ALL, SCOPE_SENTENCES)
OPENING = "Opening pages"  # the pieces before the book's first heading

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
    "heading_count",
    "started_at",
    "processing_started_at",
    "finished_at",
    "error_code",
    "error_message",
    "missing_pages",
    "covered_pages",
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


def search_filter(search: str, scope: str = SCOPE_ALL) -> Q:
    """Accents, case, apostrophes and spacing ignored (jobs.engine.text.fold); the words in this order."""
    needle = fold(search)
    if not needle:
        return Q()
    found = Q(search_text__contains=needle)
    if scope != SCOPE_SENTENCES:
        found |= Q(search_source__contains=needle)
    return found


def sentence_list(
    *, job: Job, search: str = "", scope: str = SCOPE_ALL, chapter: str | None = None, page: int | None = None
) -> QuerySet[Sentence]:
    qs = Sentence.objects.filter(job=job, position__isnull=False).order_by("position")
    if search:
        qs = qs.filter(search_filter(search, scope))
    if chapter is not None:
        qs = qs.filter(chapter=chapter)
    if page is not None:
        qs = qs.filter(page=page)
    return qs


@dataclass(frozen=True)
class Chapter:
    """One entry of a book's table of contents, or of a search's count per chapter."""

    key: str  # the chapter label the pieces carry ("" before the first heading)
    title: str
    position: int  # its first piece, where a jump lands
    first_page: int
    last_page: int
    sentences: int  # short sentences, headings apart

    @property
    def pages_label(self) -> str:
        return str(self.first_page) if self.first_page == self.last_page else f"{self.first_page}–{self.last_page}"


def job_chapters(*, job: Job, search: str = "", scope: str = SCOPE_ALL) -> list[Chapter]:
    """Chapters in reading order with their pages and sentence counts, in one grouped query.

    A heading-only run (a "CHAPITRE I" line before its title, labelled apart)
    is folded into the chapter after it, whose jump then lands on that line.
    With ``search``, only matching pieces count and chapters without a match go.
    """
    qs = Sentence.objects.filter(job=job, position__isnull=False)
    if search:
        qs = qs.filter(search_filter(search, scope))
    rows = (
        qs.order_by()
        .values("chapter")
        .annotate(
            first=Min("position"),
            first_page=Min("page"),
            last_page=Max("page"),
            sentences=Count("pk", filter=Q(kind=Sentence.Kind.SENTENCE)),
            pieces=Count("pk"),
        )
        .order_by("first")
    )
    chapters: list[Chapter] = []
    carried: dict | None = None
    for row in rows:
        if carried is not None:
            row = {**row, "first": carried["first"], "first_page": carried["first_page"]}
            carried = None
        if not row["sentences"] and not search:
            carried = row
            continue
        title = row["chapter"] or OPENING
        chapters.append(
            Chapter(
                row["chapter"],
                title,
                row["first"],
                row["first_page"],
                row["last_page"],
                row["sentences"] if not search else row["pieces"],
            )
        )
    if carried is not None:
        chapters.append(
            Chapter(
                carried["chapter"],
                carried["chapter"] or OPENING,
                carried["first"],
                carried["first_page"],
                carried["last_page"],
                0,
            )
        )
    return chapters


def sentence_position_at_page(*, job: Job, page: int) -> int | None:
    """The first piece on this page of the PDF, or the next page that has one."""
    return (
        Sentence.objects.filter(job=job, position__isnull=False, page__gte=page)
        .order_by("page", "position")
        .values_list("position", flat=True)
        .first()
    )


def sentence_has_next_in_original(*, sentence: Sentence) -> bool:
    """Whether the next piece comes from the same original (only then can the two be merged)."""
    return Sentence.objects.filter(
        job_id=sentence.job_id,
        position=sentence.position + 1,
        chunk_index=sentence.chunk_index,
        source_index=sentence.source_index,
    ).exists()


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


@dataclass(frozen=True)
class UploadQuote:
    """What an upload costs and what its owner can do about it: the API's dry run and the web's confirm page."""

    filename: str
    size: int
    sha256: str
    pages: int
    words_estimated: int | None  # None for a draft: its estimate kept the price, not the words
    credits: int  # the expected charge
    reserve: int  # held while the job runs; the charge never exceeds it
    settings: dict
    balance: int
    previous: Job | None  # the earlier completed job for the same file and settings, free to open

    @property
    def affordable(self) -> bool:
        return self.balance >= self.reserve


def upload_quote(
    *,
    owner: User,
    filename: str,
    size: int,
    sha256: str,
    pages: int,
    credits: int,
    reserve: int,
    settings: dict,
    words_estimated: int | None = None,
) -> UploadQuote:
    return UploadQuote(
        filename=filename,
        size=size,
        sha256=sha256,
        pages=pages,
        words_estimated=words_estimated,
        credits=credits,
        reserve=reserve,
        settings=settings,
        balance=credits_balance(user=owner),
        previous=job_find_previous(owner=owner, sha256=sha256, settings=settings),
    )


def draft_quote(*, owner: User, job: Job) -> UploadQuote:
    """The quote of a draft waiting for confirmation (the web's upload stores the file first)."""
    return upload_quote(
        owner=owner,
        filename=job.filename,
        size=job.file_size,
        sha256=job.sha256,
        pages=job.page_count,
        credits=job.credits_estimated,
        reserve=job.credits_reserved,
        settings=job.settings,
    )
