"""The reader: a job's sentences by page, grouped under their originals, with chapters, jumps and search."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from jobs import selectors
from jobs.models import Job, Sentence
from jobs.web.common import export_links

PER_PAGE = 50


@dataclass
class Group:
    """Consecutive pieces of one original, shown under it once."""

    pieces: list[Sentence] = field(default_factory=list)

    @property
    def first(self) -> Sentence:
        return self.pieces[0]

    @property
    def is_heading(self) -> bool:
        return self.first.kind == Sentence.Kind.HEADING


def group_pieces(rows) -> list[Group]:
    """Group a page's pieces by original; mark each piece whose next piece shares it (it may merge)."""
    groups: list[Group] = []
    previous: Sentence | None = None
    for piece in rows:
        same = (
            previous is not None
            and (previous.chunk_index, previous.source_index) == (piece.chunk_index, piece.source_index)
            and previous.position + 1 == piece.position
        )
        if same:
            previous.mergeable = previous.kind == Sentence.Kind.SENTENCE
            groups[-1].pieces.append(piece)
        else:
            groups.append(Group([piece]))
        piece.mergeable = False
        previous = piece
    return groups


class _CountedPaginator(Paginator):
    """A paginator told its count, when the count per chapter already gave it (no second scan)."""

    def __init__(self, object_list, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self._known = count

    @cached_property
    def count(self) -> int:
        return self._known


@dataclass(frozen=True)
class ReaderState:
    """What the reader shows: a search, its scope, a chapter filter and the page number."""

    q: str = ""
    scope: str = selectors.SCOPE_ALL
    chapter: str | None = None
    page: str | None = None

    @classmethod
    def from_query(cls, data) -> ReaderState:
        scope = data.get("scope", selectors.SCOPE_ALL)
        chapter = data.get("chapter")
        return cls(
            q=data.get("q", "").replace("\x00", "").strip()[:200],
            scope=scope if scope in selectors.SCOPES else selectors.SCOPE_ALL,
            chapter=chapter[:255] if chapter is not None else None,
            page=data.get("page"),
        )


def reader_context(job: Job, state: ReaderState) -> dict:
    """Everything the results block shows for one state of the reader."""
    rows = selectors.sentence_list(job=job, search=state.q, scope=state.scope, chapter=state.chapter)
    matches: list[selectors.Chapter] = []
    if state.q:
        matches = selectors.job_chapters(job=job, search=state.q, scope=state.scope)
        counted = [c for c in matches if state.chapter is None or c.key == state.chapter]
        paginator = _CountedPaginator(rows, PER_PAGE, sum(c.sentences for c in counted))
    else:
        paginator = Paginator(rows, PER_PAGE)
    page = paginator.get_page(state.page)
    pieces = list(page.object_list)
    return {
        "job": job,
        "page": page,
        "groups": group_pieces(pieces),
        "q": state.q,
        "q_source": "" if state.scope == selectors.SCOPE_SENTENCES else state.q,  # originals marked only when searched
        "scope": state.scope,
        "sentences_only": state.scope == selectors.SCOPE_SENTENCES,
        "chapter": state.chapter,
        "matches": matches,
        "exports": export_links(job.id),
        "fragments_on_page": any(s.stands_alone is False and not s.is_edited for s in pieces),
        "limit": (job.settings or {}).get("max_words"),
    }


@login_required
@require_GET
def reader(request: HttpRequest, job_id) -> HttpResponse:
    job = selectors.job_get(owner=request.user, job_id=job_id)
    jump = _jump(request, job)
    if jump is not None:
        return jump
    context = reader_context(job, ReaderState.from_query(request.GET))
    # A search typed into the box swaps only the results.
    if request.headers.get("HX-Request"):
        return render(request, "jobs/_sentence_results.html", context)
    context["chapters"] = selectors.job_chapters(job=job)
    return render(request, "jobs/sentences.html", context)


def _jump(request: HttpRequest, job: Job) -> HttpResponse | None:
    """?at=N (a chapter of the contents) or ?p=N (a page of the book): the reader page holding it."""
    position: int | None = None
    try:
        if "at" in request.GET:
            position = max(1, int(request.GET["at"]))
        elif request.GET.get("p"):
            page = max(1, int(request.GET["p"]))
            position = selectors.sentence_position_at_page(job=job, page=page)
            if position is None:
                position = selectors.sentence_list(job=job).count()  # past the end: the last page
    except ValueError:
        return None
    if position is None:
        return None
    target = selectors.sentence_list(job=job).filter(position__gte=position).values_list("id", "position").first()
    url = reverse("job_sentences", args=[job.id])
    if target is None:
        return redirect(url)
    sentence_id, found = target
    return redirect(f"{url}?page={(found - 1) // PER_PAGE + 1}#sentence-{sentence_id}")
