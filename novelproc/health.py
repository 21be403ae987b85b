"""Liveness and readiness probes for load balancers and support staff."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from jobs.monitor import queue_depths, redis_ping, worker_heartbeats


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def _database_ok() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means "not ready"; the reason is reported
        return f"database unreachable: {exc.__class__.__name__}"
    return None


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    problems: dict[str, str] = {}
    if error := _database_ok():
        problems["database"] = error
    if error := redis_ping():
        problems["redis"] = error
    body: dict = {"status": "ok" if not problems else "unavailable", "problems": problems}
    if "redis" not in problems:
        workers = worker_heartbeats()
        body["workers"] = len(workers)
        body["queues"] = queue_depths()
        if not workers:
            body["warnings"] = ["no worker process is alive"]
    return JsonResponse(body, status=200 if not problems else 503)
