"""The account page: balance, ledger, API token and active sessions."""

from __future__ import annotations

from allauth.usersessions.models import UserSession
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from accounts.selectors import api_token_get, credits_balance, credits_ledger
from accounts.services import api_token_rotate

LEDGER_PER_PAGE = 25
NEW_TOKEN_KEY = "new_api_token"


@login_required
@require_GET
def account(request: HttpRequest) -> HttpResponse:
    context = {
        "balance": credits_balance(user=request.user),
        "ledger": Paginator(credits_ledger(user=request.user), LEDGER_PER_PAGE).get_page(request.GET.get("page")),
        "token": api_token_get(user=request.user),
        # The key is shown once, on the page right after it was made.
        "new_token": request.session.pop(NEW_TOKEN_KEY, None),
        "sessions": UserSession.objects.purge_and_list(request.user),
        "current_session_key": request.session.session_key,
    }
    return render(request, "accounts/account.html", context)


@login_required
@require_POST
def token_regenerate(request: HttpRequest) -> HttpResponse:
    """Create the API token, or replace it: the old key stops working at once."""
    token, replaced = api_token_rotate(user=request.user)
    request.session[NEW_TOKEN_KEY] = token.key
    note = "New API token created; the old one no longer works." if replaced else "API token created."
    messages.success(request, note)
    return redirect("account")
