"""The API's one error shape: ``{"error": {"code", "message", "fields"}}``.

Every failure an API view can meet — our ``ProcessingError`` hierarchy,
DRF's own exceptions (validation, authentication, permission, throttling,
parsing), Django's ``Http404``/``PermissionDenied`` and oversized request
bodies — is rendered here with its status and, for 429, a Retry-After header.
URLs that match no view under ``/api/`` get the same shape from
:func:`api_not_found`, so a client never has to parse an HTML page.
"""

from __future__ import annotations

import math
import sys
from typing import Any

import redis
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views import defaults
from drf_spectacular.utils import OpenApiResponse
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import set_rollback

from novelproc.errors import ProcessingError

API_PREFIX = "/api/"
# Redis unreachable (throttles, sessions, the broker) or still loading its data after a restart.
SERVICE_DOWN = (redis.ConnectionError, redis.TimeoutError)
UNAVAILABLE_RETRY_AFTER_S = 10
UNAVAILABLE_MESSAGE = "The service is briefly unavailable; try again shortly."

ERROR_DESCRIPTIONS: dict[int, str] = {
    400: (
        "Invalid input (`invalid_input`, `invalid_settings`, `file_required`, `parse_error`, `invalid_credentials`, "
        "`empty_sentence`, `sentence_too_long`); `fields` names each bad field."
    ),
    401: "No or invalid credentials (`not_authenticated`, `authentication_failed`).",
    402: "The job costs more credits than the balance holds (`insufficient_credits`).",
    403: "Not allowed (`permission_denied`), e.g. a session-authenticated write without its CSRF token.",
    404: "No such object for this user (`not_found`); other users' objects are not found either.",
    409: "The action does not fit the object's state (`job_not_active`, `nothing_to_retry`, `file_expired`).",
    413: (
        "The upload is over the size limit (`file_too_large`, `request_too_large`, `text_too_large`) or over your "
        "storage quota for kept uploads (`storage_quota_exceeded`)."
    ),
    415: "The body's content type is not accepted (`unsupported_media_type`).",
    422: (
        "The PDF cannot be processed (`not_a_pdf`, `pdf_empty`, `pdf_broken`, `pdf_encrypted`, "
        "`pdf_no_text`, `too_many_pages`), or it asks for what this server has not set up "
        "(`gemini_not_configured`, `sheets_not_configured`)."
    ),
    429: "Slow down (`throttled`, `too_many_active_jobs`); the Retry-After header gives seconds to wait.",
    503: "A service the API needs is briefly down (`service_unavailable`); retry after Retry-After seconds.",
}


class ErrorBodySerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Stable snake_case code; part of the API contract.")
    message = serializers.CharField(help_text="Human-readable explanation.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Per-field messages; empty when the error is not about a field.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorBodySerializer()


def error_responses(*statuses: int) -> dict[int, OpenApiResponse]:
    """Schema entries for the error statuses an endpoint can answer."""
    return {status: OpenApiResponse(ErrorSerializer, description=ERROR_DESCRIPTIONS[status]) for status in statuses}


def error_body(code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def flatten_detail(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested validation detail as ``{"field" or "parent.child": [messages]}``."""
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            flat.update(flatten_detail(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(detail, list):
        if any(isinstance(item, dict | list) for item in detail):
            flat = {}
            for index, item in enumerate(detail):
                flat.update(flatten_detail(item, f"{prefix}.{index}" if prefix else str(index)))
            return flat
        return {prefix or "non_field_errors": [str(item) for item in detail]}
    return {prefix or "non_field_errors": [str(detail)]}


def _first_message(fields: dict[str, list[str]], fallback: str) -> str:
    for name, messages in fields.items():
        if messages:
            return messages[0] if name == "non_field_errors" else f"{name}: {messages[0]}"
    return fallback


def _api_exception(exc: exceptions.APIException) -> tuple[int, dict[str, Any], dict[str, str]]:
    headers: dict[str, str] = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if isinstance(exc, exceptions.ValidationError):
        fields = flatten_detail(exc.detail)
        return 400, error_body("invalid_input", _first_message(fields, "Invalid input."), fields), headers
    if isinstance(exc, exceptions.Throttled):
        wait = max(1, math.ceil(exc.wait or 1))
        headers["Retry-After"] = str(wait)
        message = f"Too many requests; try again in {wait} seconds."
        return 429, error_body("throttled", message), headers
    code = exc.default_code if isinstance(exc.default_code, str) else "error"
    message = str(exc.detail) if not isinstance(exc.detail, dict | list) else str(exc.default_detail)
    return exc.status_code, error_body(code, message), headers


def _classify(exc: Exception) -> tuple[int, dict[str, Any], dict[str, str]] | None:
    if isinstance(exc, ProcessingError):
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else {}
        if exc.status == 429 and not headers:
            headers["Retry-After"] = "60"
        return exc.status, error_body(exc.code, exc.message, exc.fields), headers
    if isinstance(exc, Http404):
        return 404, error_body("not_found", "Not found."), {}
    if isinstance(exc, DjangoPermissionDenied):
        return 403, error_body("permission_denied", "You do not have permission to do this."), {}
    if isinstance(exc, RequestDataTooBig):
        return 413, error_body("request_too_large", "The request body is too large."), {}
    if isinstance(exc, SuspiciousOperation):
        return 400, error_body("bad_request", "The request could not be understood."), {}
    if isinstance(exc, exceptions.APIException):
        return _api_exception(exc)
    if isinstance(exc, SERVICE_DOWN):
        headers = {"Retry-After": str(UNAVAILABLE_RETRY_AFTER_S)}
        return 503, error_body("service_unavailable", UNAVAILABLE_MESSAGE), headers
    return None


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """REST_FRAMEWORK["EXCEPTION_HANDLER"]: render every known error in the one shape.

    Returns None for anything else, so a real bug still surfaces as a 500.
    """
    classified = _classify(exc)
    if classified is None:
        return None
    status, body, headers = classified
    set_rollback()
    return Response(body, status=status, headers=headers)


def api_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler404: JSON for paths under /api/, Django's page elsewhere."""
    if request.path.startswith(API_PREFIX):
        return JsonResponse(error_body("not_found", "Not found."), status=404)
    return defaults.page_not_found(request, exception)


def api_server_error(request: HttpRequest) -> HttpResponse:
    """handler500: JSON for paths under /api/, Django's page elsewhere.

    Django calls it while handling the exception, so a Redis outage met
    anywhere (a middleware reading the session, a throttle, a view) is told
    apart here and answered 503: the error shape for the API, a plain "try
    again shortly" page for the web.
    """
    if isinstance(sys.exc_info()[1], SERVICE_DOWN):
        return service_unavailable(request)
    if request.path.startswith(API_PREFIX):
        return JsonResponse(error_body("server_error", "Something went wrong on our side."), status=500)
    return defaults.server_error(request)


def service_unavailable(request: HttpRequest) -> HttpResponse:
    if request.path.startswith(API_PREFIX):
        response: HttpResponse = JsonResponse(error_body("service_unavailable", UNAVAILABLE_MESSAGE), status=503)
    else:
        response = HttpResponse(render_to_string("unavailable.html"), status=503)
    response["Retry-After"] = str(UNAVAILABLE_RETRY_AFTER_S)
    return response
