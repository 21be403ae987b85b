"""Per-user rate limits, counted in Django's cache (Redis), so every gunicorn
process on every machine shares one count.

Rates come from REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] (settings, from the
environment: THROTTLE_UPLOADS, THROTTLE_EXPORTS, THROTTLE_USER, THROTTLE_AUTH).
The general ``user`` rate applies to every API view by default, and so does
DRF's ScopedRateThrottle: a view with ``throttle_scope = "exports"`` is limited
per user at THROTTLE_EXPORTS. The upload and password rates are added by the
views that need them.
"""

from __future__ import annotations

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class UploadsThrottle(UserRateThrottle):
    """Job creation (uploads and dry runs): each one reads and checks a whole PDF."""

    scope = "uploads"


class AuthThrottle(AnonRateThrottle):
    """Password attempts on the token endpoint, counted per client address."""

    scope = "auth"
