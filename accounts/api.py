"""Accounts API: API tokens and the credit balance and ledger."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import CreditEntry
from accounts.selectors import credits_balance, credits_ledger
from accounts.services import api_token_revoke
from accounts.tokens import token_obtain
from novelproc.api.errors import error_responses
from novelproc.api.pagination import LedgerCursorPagination
from novelproc.api.throttles import AuthThrottle


class TokenObtainSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(max_length=512, trim_whitespace=False, style={"input_type": "password"})


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text='Send it as the header "Authorization: Token <token>".')


class BalanceSerializer(serializers.Serializer):
    balance = serializers.IntegerField(help_text="Credits available now (reserved credits are already taken off).")


class CreditEntrySerializer(serializers.ModelSerializer):
    job = serializers.UUIDField(source="job_id", allow_null=True, read_only=True)

    class Meta:
        model = CreditEntry
        fields = ["id", "kind", "amount", "job", "note", "created_at"]
        read_only_fields = fields


class TokenView(APIView):
    """POST: exchange email and password for the account's API token. DELETE: revoke it."""

    def get_authenticators(self):
        # Credentials come in the body; a stale token header must not block getting a new one.
        if getattr(self.request, "method", None) == "POST":
            return []
        return super().get_authenticators()

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "POST" else [IsAuthenticated()]

    def get_throttles(self):
        if self.request.method == "POST":
            return [AuthThrottle()]
        return super().get_throttles()

    @extend_schema(
        operation_id="auth_token_create",
        request=TokenObtainSerializer,
        # 403: allauth refuses a request whose client address cannot be told (no socket address).
        responses={200: TokenSerializer, **error_responses(400, 403, 415, 429)},
        auth=[],
        description=(
            "Exchange email and password for your API token (the same token every time until revoked). Failed "
            "attempts are limited per client address and per account, shared with the web sign-in: past the limit "
            "429 `too_many_login_attempts`, whether or not the account exists, even with the right password."
        ),
    )
    def post(self, request: Request) -> Response:
        credentials = TokenObtainSerializer(data=request.data)
        credentials.is_valid(raise_exception=True)
        data = credentials.validated_data
        token = token_obtain(request=request._request, email=data["email"], password=data["password"])
        return Response({"token": token.key})

    @extend_schema(
        operation_id="auth_token_destroy",
        responses={204: OpenApiResponse(description="Token revoked."), **error_responses(401, 403, 429)},
    )
    def delete(self, request: Request) -> Response:
        api_token_revoke(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CreditBalanceView(APIView):
    @extend_schema(operation_id="credits_balance", responses={200: BalanceSerializer, **error_responses(401, 429)})
    def get(self, request: Request) -> Response:
        return Response({"balance": credits_balance(user=request.user)})


class CreditLedgerView(APIView):
    pagination_class = LedgerCursorPagination

    @extend_schema(
        operation_id="credits_ledger",
        responses={200: CreditEntrySerializer(many=True), **error_responses(401, 404, 429)},
        description="Every grant, reservation, release, charge, refund and adjustment, newest first.",
    )
    def get(self, request: Request) -> Response:
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(credits_ledger(user=request.user), request, view=self)
        return paginator.get_paginated_response(CreditEntrySerializer(page, many=True).data)
