"""HTTP helpers shared by the web and API adapters (neither imports the other)."""

from __future__ import annotations

from collections.abc import Iterator

from django.http import StreamingHttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils.http import content_disposition_header


def file_response(filename: str, content_type: str, body: Iterator[bytes]) -> StreamingHttpResponse:
    response = StreamingHttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def job_page(job_id) -> str:
    try:
        return reverse("job_detail", args=[job_id])
    except NoReverseMatch:
        return "/"
