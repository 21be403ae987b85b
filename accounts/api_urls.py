"""/api/v1/ routes for tokens and credits."""

from __future__ import annotations

from django.urls import path

from accounts import api

urlpatterns = [
    path("auth/token/", api.TokenView.as_view(), name="api-token"),
    path("credits/", api.CreditBalanceView.as_view(), name="api-credits"),
    path("credits/ledger/", api.CreditLedgerView.as_view(), name="api-credit-ledger"),
]
