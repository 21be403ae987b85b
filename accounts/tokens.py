"""API tokens for an email and password, under the same failed-attempt limits as the web sign-in."""

from __future__ import annotations

import logging

from allauth.account.adapter import get_adapter
from django import forms
from django.conf import settings
from django.http import HttpRequest
from rest_framework.authtoken.models import Token

from accounts.services import api_token_get_or_create
from novelproc.errors import InvalidInput, Throttled

log = logging.getLogger(__name__)

_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
LOCKED_MESSAGE = "Too many failed sign-in attempts; try again later."


def token_obtain(*, request: HttpRequest, email: str, password: str) -> Token:
    """The account's API token, created on first use.

    allauth's adapter counts each attempt against ACCOUNT_RATE_LIMITS["login_failed"]
    (per client address and per email, the counts the web sign-in uses) and gives a
    successful attempt its count back. A locked email answers the same whether or
    not an account has it.
    """
    try:
        user = get_adapter(request).authenticate(request, email=email.strip().lower(), password=password)
    except forms.ValidationError:
        log.info("token refused: too many failed attempts")
        raise Throttled(LOCKED_MESSAGE, code="too_many_login_attempts", retry_after=lock_seconds()) from None
    if user is None:
        raise InvalidInput("Unable to log in with this email and password.", code="invalid_credentials")
    return api_token_get_or_create(user=user)


def lock_seconds() -> int:
    """The longest window of the failed-attempt limits: a wait that always clears them."""
    windows = [1]
    for rate in settings.ACCOUNT_RATE_LIMITS.get("login_failed", "").split(","):
        parts = rate.strip().split("/")
        if len(parts) >= 2 and parts[1]:
            unit, amount = parts[1][-1], parts[1][:-1]
            windows.append(int(float(amount or 1) * _SECONDS.get(unit, 1)))
    return max(windows)
