"""The API's throttles: per-user rate limits counted atomically in Django's cache (Redis), so
every gunicorn process on every machine shares one count (novelproc.ratelimits).

Rates come from REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] (settings, from the
environment: THROTTLE_UPLOADS, THROTTLE_USER, THROTTLE_AUTH). The general
``user`` rate applies to every API view by default; the upload and password
rates are added by the views that need them. Exports have their own allowance,
shared with the web (novelproc.ratelimits.ExportsThrottle, EXPORT_RATE).
"""

from __future__ import annotations

from rest_framework.views import APIView

from novelproc.ratelimits import AnonThrottle, ExportsThrottle, UserThrottle


class UploadsThrottle(UserThrottle):
    """Job creation (uploads, dry runs and web drafts): each one reads and checks a whole PDF."""

    scope = "uploads"


class AuthThrottle(AnonThrottle):
    """Password attempts on the token endpoint, counted per client address (TRUSTED_PROXY_COUNT decides which)."""

    scope = "auth"


# Base of the export views (a job's, a study set's): the exports allowance (EXPORT_RATE, shared with web
# exports) on top of the general per-user rate. A comment, not a docstring: the API docs would show it.
class ExportThrottled(APIView):
    throttle_classes = [UserThrottle, ExportsThrottle]
