"""Jobs API views: thin adapters over jobs.services and jobs.selectors.

Another user's job or sentence answers 404 (the selectors scope every read
to its owner). Every error is rendered by ``novelproc.api.errors.exception_handler``.
"""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, PolymorphicProxySerializer, extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from jobs import selectors, services
from jobs.api.serializers import (
    DuplicateSerializer,
    EstimateSerializer,
    JobCreateSerializer,
    JobListFilterSerializer,
    JobSerializer,
    SentenceEditSerializer,
    SentenceFilterSerializer,
    SentenceGroupSerializer,
    SentenceSerializer,
    SentenceSplitSerializer,
)
from jobs.api.submit import read_upload_request, submit_upload
from jobs.uploads import limit_upload_size
from novelproc.api.errors import error_responses
from novelproc.api.pagination import JobCursorPagination, SentenceCursorPagination
from novelproc.api.throttles import UploadsThrottle

JOB_ID = OpenApiParameter("job_id", type=OpenApiTypes.UUID, location=OpenApiParameter.PATH, description="The job's id.")
SENTENCE_ID = OpenApiParameter("sentence_id", type=OpenApiTypes.INT, location=OpenApiParameter.PATH)


def _valid_query(serializer_class, request: Request) -> dict:
    serializer = serializer_class(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def paginated(view: APIView, request: Request, queryset, serializer_class) -> Response:
    """One page of ``queryset`` in the view's cursor pagination (the schema reads ``view.pagination_class``)."""
    paginator = view.pagination_class()
    page = paginator.paginate_queryset(queryset, request, view=view)
    data = serializer_class(page, many=True, context={"request": request}).data
    return paginator.get_paginated_response(data)


class JobListCreateView(APIView):
    parser_classes = [MultiPartParser, FormParser]
    pagination_class = JobCursorPagination

    def initial(self, request: Request, *args, **kwargs) -> None:
        # Before anything can read the body (CSRF checks read request.POST):
        # the size limit must apply while the upload streams in.
        if request.method == "POST":
            limit_upload_size(request._request)
        super().initial(request, *args, **kwargs)

    def get_throttles(self):
        throttles = super().get_throttles()
        if self.request.method == "POST":
            throttles.append(UploadsThrottle())
        return throttles

    @extend_schema(
        operation_id="jobs_list",
        parameters=[JobListFilterSerializer],
        responses={200: JobSerializer(many=True), **error_responses(400, 401, 404, 429)},
        description="Your jobs, newest first. An invalid `cursor` answers 404.",
    )
    def get(self, request: Request) -> Response:
        filters = _valid_query(JobListFilterSerializer, request)
        jobs = selectors.job_list(owner=request.user, **filters)
        return paginated(self, request, jobs, JobSerializer)

    @extend_schema(
        operation_id="jobs_create",
        request={"multipart/form-data": JobCreateSerializer},
        responses={
            202: OpenApiResponse(JobSerializer, description="Job created and queued; poll urls.detail."),
            200: OpenApiResponse(
                PolymorphicProxySerializer(
                    component_name="JobCreateAnswer",
                    serializers=[EstimateSerializer, DuplicateSerializer],
                    resource_type_field_name=None,
                ),
                description="dry_run=true: the estimate. Otherwise the earlier identical job (duplicate_of), free.",
            ),
            **error_responses(400, 401, 402, 403, 413, 415, 422, 429),
        },
        description=(
            "Upload a PDF (multipart field `file`) with optional settings. `dry_run=true` only checks and prices it. "
            "The same file with the same settings as an earlier completed job answers that job (no charge) "
            "unless `reprocess=true`. Every call, dry runs included, counts against your uploads rate "
            "(THROTTLE_UPLOADS, 10/hour by default); past MAX_ACTIVE_JOBS_PER_USER running jobs (3 by default) "
            "a new one answers 429 `too_many_active_jobs`."
        ),
    )
    def post(self, request: Request) -> Response:
        outcome = submit_upload(owner=request.user, request=read_upload_request(request.data, request.FILES))
        context = {"request": request}
        if outcome.estimate is not None:
            return Response(EstimateSerializer(outcome.estimate).data)
        if outcome.duplicate_of is not None:
            job = outcome.duplicate_of
            return Response({"duplicate_of": job.pk, "job": JobSerializer(job, context=context).data})
        return Response(JobSerializer(outcome.job, context=context).data, status=status.HTTP_202_ACCEPTED)


class JobDetailView(APIView):
    @extend_schema(
        operation_id="jobs_retrieve",
        parameters=[JOB_ID],
        responses={200: JobSerializer, **error_responses(401, 404, 429)},
        description="Status and progress; one database query.",
    )
    def get(self, request: Request, job_id) -> Response:
        job = selectors.job_status(owner=request.user, job_id=job_id)
        return Response(JobSerializer(job, context={"request": request}).data)

    @extend_schema(
        operation_id="jobs_destroy",
        parameters=[JOB_ID],
        responses={204: None, **error_responses(401, 403, 404, 429)},
        description="Delete the job, its file and its sentences (a running job is cancelled first).",
    )
    def delete(self, request: Request, job_id) -> Response:
        services.job_delete(job=selectors.job_get(owner=request.user, job_id=job_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class JobCancelView(APIView):
    @extend_schema(
        operation_id="jobs_cancel",
        request=None,
        parameters=[JOB_ID],
        responses={200: JobSerializer, **error_responses(401, 403, 404, 409, 429)},
        description="Stop a running job now; credits for unprocessed work are released. 409 when it has ended.",
    )
    def post(self, request: Request, job_id) -> Response:
        job = services.job_cancel(job=selectors.job_get(owner=request.user, job_id=job_id))
        return Response(JobSerializer(job, context={"request": request}).data)


class JobRetryView(APIView):
    @extend_schema(
        operation_id="jobs_retry",
        request=None,
        parameters=[JOB_ID],
        responses={202: JobSerializer, **error_responses(401, 402, 403, 404, 409, 429)},
        description="Run the failed chunks again from the stored file. 409 `nothing_to_retry` otherwise.",
    )
    def post(self, request: Request, job_id) -> Response:
        job = services.job_retry_failed(job=selectors.job_get(owner=request.user, job_id=job_id))
        return Response(JobSerializer(job, context={"request": request}).data, status=status.HTTP_202_ACCEPTED)


class SentenceListView(APIView):
    pagination_class = SentenceCursorPagination

    @extend_schema(
        operation_id="sentences_list",
        parameters=[JOB_ID, SentenceFilterSerializer],
        responses={200: SentenceSerializer(many=True), **error_responses(400, 401, 404, 429)},
    )
    def get(self, request: Request, job_id) -> Response:
        filters = _valid_query(SentenceFilterSerializer, request)
        job = selectors.job_get(owner=request.user, job_id=job_id)
        return paginated(self, request, selectors.sentence_list(job=job, **filters), SentenceSerializer)


def _job_sentence(request: Request, job_id, sentence_id: int):
    sentence = selectors.sentence_get(owner=request.user, sentence_id=sentence_id)
    if sentence.job_id != job_id:
        raise Http404
    return sentence


class SentenceDetailView(APIView):
    def _sentence(self, request: Request, job_id, sentence_id: int):
        return _job_sentence(request, job_id, sentence_id)

    @extend_schema(
        operation_id="sentences_retrieve",
        parameters=[JOB_ID, SENTENCE_ID],
        responses={200: SentenceSerializer, **error_responses(401, 404, 429)},
    )
    def get(self, request: Request, job_id, sentence_id: int) -> Response:
        return Response(SentenceSerializer(self._sentence(request, job_id, sentence_id)).data)

    @extend_schema(
        operation_id="sentences_edit",
        parameters=[JOB_ID, SENTENCE_ID],
        request=SentenceEditSerializer,
        responses={200: SentenceSerializer, **error_responses(400, 401, 403, 404, 415, 429)},
        description="Edit a sentence's text; the original stays in `original_text`.",
    )
    def patch(self, request: Request, job_id, sentence_id: int) -> Response:
        sentence = self._sentence(request, job_id, sentence_id)
        edit = SentenceEditSerializer(data=request.data)
        edit.is_valid(raise_exception=True)
        sentence = services.sentence_edit(sentence=sentence, text=edit.validated_data["text"])
        return Response(SentenceSerializer(sentence).data)


_RESHAPE_ERRORS = error_responses(400, 401, 403, 404, 409, 429)


class SentenceUndoView(APIView):
    @extend_schema(
        operation_id="sentences_undo",
        request=None,
        parameters=[JOB_ID, SENTENCE_ID],
        responses={200: SentenceGroupSerializer, **_RESHAPE_ERRORS},
        description=(
            "Back to the generated text. Once pieces of this original were merged or split, every piece of "
            "the original comes back as generated. 409 `nothing_to_undo` when nothing was changed."
        ),
    )
    def post(self, request: Request, job_id, sentence_id: int) -> Response:
        result = services.sentence_undo(sentence=_job_sentence(request, job_id, sentence_id))
        return Response(SentenceGroupSerializer({"sentences": result.pieces}).data)


class SentenceMergeView(APIView):
    @extend_schema(
        operation_id="sentences_merge_next",
        request=None,
        parameters=[JOB_ID, SENTENCE_ID],
        responses={200: SentenceGroupSerializer, **_RESHAPE_ERRORS},
        description=(
            "Join this piece with the next one. Both must come from the same original (409 "
            "`merge_needs_same_original`) and together stay within the job's `max_words` (409 `merge_over_limit`). "
            "The pieces after it move up one position."
        ),
    )
    def post(self, request: Request, job_id, sentence_id: int) -> Response:
        result = services.sentence_merge_next(sentence=_job_sentence(request, job_id, sentence_id))
        return Response(SentenceGroupSerializer({"sentences": result.pieces}).data)


class SentenceSplitView(APIView):
    @extend_schema(
        operation_id="sentences_split",
        request=SentenceSplitSerializer,
        parameters=[JOB_ID, SENTENCE_ID],
        responses={200: SentenceGroupSerializer, **_RESHAPE_ERRORS},
        description=(
            "Cut this piece in two before word `at`. Each half keeps at least the job's `min_words` (409 "
            "`split_under_minimum`); the new piece keeps the original and the page. The pieces after it move "
            "down one position."
        ),
    )
    def post(self, request: Request, job_id, sentence_id: int) -> Response:
        sentence = _job_sentence(request, job_id, sentence_id)
        split = SentenceSplitSerializer(data=request.data)
        split.is_valid(raise_exception=True)
        result = services.sentence_split(sentence=sentence, at=split.validated_data["at"])
        return Response(SentenceGroupSerializer({"sentences": result.pieces}).data)
