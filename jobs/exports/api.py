"""API adapters for exports (token or session auth, throttle scope "exports")."""

from __future__ import annotations

from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle, UserRateThrottle
from rest_framework.views import APIView

from jobs.exports.responses import file_response, job_page
from jobs.exports.service import export_job, parse_ids
from jobs.exports.sheets import authorize_url, export_job_to_sheets
from jobs.selectors import job_get
from novelproc.errors import ProcessingError


class ExportThrottled(APIView):
    # The exports budget on top of the general per-user one.
    throttle_classes = [UserRateThrottle, ScopedRateThrottle]
    throttle_scope = "exports"


class JobExportApi(ExportThrottled):
    """Stream the job's sentences as csv, tsv, txt or apkg (query: q, ids, bom=1)."""

    def get(self, request: Request, job_id, fmt: str):
        job = job_get(owner=request.user, job_id=job_id)
        q = request.query_params
        filename, content_type, body = export_job(
            job=job, fmt=fmt, search=q.get("q", "").strip(), ids=parse_ids(q.get("ids")), bom=q.get("bom") == "1"
        )
        return file_response(filename, content_type, body)


class SheetsInput(serializers.Serializer):
    mode = serializers.ChoiceField(choices=["new", "append"], default="new")
    spreadsheet_id = serializers.CharField(required=False, allow_blank=True, default="")
    sheet = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)
    q = serializers.CharField(required=False, allow_blank=True, default="")
    ids = serializers.CharField(required=False, allow_blank=True, default="")


class SheetsOutput(serializers.Serializer):
    spreadsheet_id = serializers.CharField()
    url = serializers.URLField()
    sheet = serializers.CharField()
    rows = serializers.IntegerField()


class JobExportSheetsApi(ExportThrottled):
    """Export to a new spreadsheet or append after the last row of a sheet.

    403 ``google_authorization_required`` carries ``fields.authorize_url``: open it in a browser to grant the
    Sheets scope, then call again.
    """

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
            )
        except ProcessingError as exc:
            if exc.code == "google_authorization_required":
                exc.fields = {"authorize_url": [authorize_url(next_url=job_page(job.pk))]}
            raise
        return Response(SheetsOutput(result).data)
