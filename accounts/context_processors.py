"""The signed-in user's credit balance for the navigation, read only when a page shows it."""

from __future__ import annotations

from django.http import HttpRequest

from accounts.selectors import credits_balance


def balance(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    # A callable: the template calls it when it renders the value, so partials pay nothing.
    return {"nav_balance": lambda: credits_balance(user=user)}
