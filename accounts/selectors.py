"""Reads about an account that more than one entry point uses."""

from __future__ import annotations

from django.db.models import Sum
from rest_framework.authtoken.models import Token

from accounts.models import CreditEntry, User


def credits_balance(*, user: User) -> int:
    return CreditEntry.objects.filter(user=user).aggregate(total=Sum("amount"))["total"] or 0


def credits_ledger(*, user: User):
    return CreditEntry.objects.filter(user=user).select_related("job").order_by("-created_at", "-id")


def api_token_get(*, user: User) -> Token | None:
    return Token.objects.filter(user=user).first()
