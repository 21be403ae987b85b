"""allauth adapters: new accounts get the signup grant, whichever way they arrive;
a sign-in provider this server has no app for answers a page that says so."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialApp
from django.db import transaction
from django.shortcuts import render

from accounts.services import user_welcome


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        with transaction.atomic():
            user = super().save_user(request, user, form, commit=commit)
            if commit:
                user_welcome(user=user)
        return user


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request, sociallogin, form=None):
        with transaction.atomic():
            user = super().save_user(request, sociallogin, form=form)
            user_welcome(user=user)
        return user

    def get_provider(self, request, provider, client_id=None):
        try:
            return super().get_provider(request, provider, client_id=client_id)
        except SocialApp.DoesNotExist:
            if request is None:
                raise
            # allauth's middleware answers with this response (instead of a server error).
            page = render(request, "accounts/provider_unavailable.html", {"provider": provider.title()}, status=404)
            raise ImmediateHttpResponse(page) from None
