"""API adapters for exports (token or session auth, the exports allowance shared with the web)."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from jobs.exports.base import get_exporter
from jobs.exports.responses import file_response, job_page
from jobs.exports.services import export_job, parse_ids, parse_switch
from jobs.exports.sheets import authorize_url, export_job_to_sheets
from jobs.selectors import job_get
from novelproc.api.errors import error_responses
from novelproc.api.negotiation import FileOrJsonErrors
from novelproc.api.throttles import ExportThrottled
from novelproc.errors import ProcessingError

FORMATS = ["csv", "tsv", "txt", "apkg"]
JOB_ID = OpenApiParameter("job_id", OpenApiTypes.UUID, OpenApiParameter.PATH)
FMT = OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH, enum=FORMATS)
EXPORT_QUERY = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Only sentences matching this search (as the sentence list)."),
    OpenApiParameter("ids", OpenApiTypes.STR, description="Only these sentence ids, comma-separated."),
    OpenApiParameter("bom", OpenApiTypes.STR, enum=["0", "1"], description="1: start CSV/TSV with a UTF-8 BOM."),
    OpenApiParameter(
        "skip_headings",
        OpenApiTypes.STR,
        enum=["0", "1"],
        description="1: leave out headings (rows of kind `heading`). An Anki deck never holds headings.",
    ),
    OpenApiParameter(
        "skip_fragments",
        OpenApiTypes.STR,
        enum=["0", "1"],
        description="1: leave out fragments (`stands_alone` false); sentences not judged or edited since stay.",
    ),
]


def _content_types() -> dict[str, str]:
    return {fmt: get_exporter(fmt).content_type.split(";")[0] for fmt in FORMATS}


class JobExportApi(ExportThrottled):
    content_negotiation_class = FileOrJsonErrors

    @extend_schema(
        operation_id="jobs_export",
        parameters=[JOB_ID, FMT, *EXPORT_QUERY],
        responses={
            **{(200, ctype): OpenApiResponse(OpenApiTypes.BINARY) for ctype in sorted(set(_content_types().values()))},
            **error_responses(400, 401, 404, 409, 429),
        },
        description=(
            "Stream the job's sentences (edits applied, in order) as an attachment: csv, tsv (with Anki's import "
            "headers), txt (one per line) or apkg (Anki deck). CSV and TSV columns: id, sentence, original, chapter, "
            "page, words, kind (`sentence` or `heading`), stands_alone (`true`, `false`, or empty when not judged or "
            "edited since). "
            "409 `job_not_finished` while there is nothing yet."
        ),
    )
    def get(self, request: Request, job_id, fmt: str):
        job = job_get(owner=request.user, job_id=job_id)
        q = request.query_params
        filename, content_type, body = export_job(
            job=job,
            fmt=fmt,
            search=q.get("q", "").strip(),
            ids=parse_ids(q.get("ids")),
            bom=q.get("bom") == "1",
            skip_headings=parse_switch(q.get("skip_headings"), name="skip_headings"),
            skip_fragments=parse_switch(q.get("skip_fragments"), name="skip_fragments"),
        )
        return file_response(filename, content_type, body)


class SheetsInput(serializers.Serializer):
    mode = serializers.ChoiceField(choices=["new", "append"], default="new")
    spreadsheet_id = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=500, help_text="For append: the id or URL."
    )
    sheet = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)
    q = serializers.CharField(required=False, allow_blank=True, default="", max_length=200)
    ids = serializers.CharField(required=False, allow_blank=True, default="")
    skip_headings = serializers.BooleanField(default=False, help_text="Leave out headings.")
    skip_fragments = serializers.BooleanField(
        default=False, help_text="Leave out fragments (stands_alone false); sentences not judged stay."
    )


class SheetsOutput(serializers.Serializer):
    spreadsheet_id = serializers.CharField()
    url = serializers.URLField()
    sheet = serializers.CharField()
    rows = serializers.IntegerField()


class JobExportSheetsApi(ExportThrottled):
    @extend_schema(
        operation_id="jobs_export_sheets",
        parameters=[JOB_ID],
        request=SheetsInput,
        responses={200: SheetsOutput, **error_responses(400, 401, 403, 404, 409, 422, 429)},
        description=(
            "Export to a new spreadsheet or append after the last row of a sheet of your Google account, with the "
            "columns of the CSV export (stands_alone a boolean, empty when not judged). "
            "403 `google_authorization_required` carries `fields.authorize_url`: open it in a browser to grant "
            "the Sheets scope, then call again."
        ),
    )
    def post(self, request: Request, job_id):
        job = job_get(owner=request.user, job_id=job_id)
        data = SheetsInput(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        try:
            result = export_job_to_sheets(
                job=job,
                user=request.user,
                mode=v["mode"],
                spreadsheet_id=v["spreadsheet_id"],
                sheet=v["sheet"],
                search=v["q"].strip(),
                ids=parse_ids(v["ids"]),
                skip_headings=v["skip_headings"],
                skip_fragments=v["skip_fragments"],
            )
        except ProcessingError as exc:
            if exc.code == "google_authorization_required":
                exc.fields = {"authorize_url": [authorize_url(next_url=job_page(job.pk))]}
            raise
        return Response(SheetsOutput(result).data)
