from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from accounts.services import credits_grant

pytestmark = pytest.mark.django_db


def test_account_page_shows_balance_and_ledger(owner_client, owner):
    credits_grant(user=owner, amount=7, note="birthday")
    body = owner_client.get(reverse("account")).content.decode()
    assert "5,007" in body
    assert "birthday" in body and "+7" in body


def test_ledger_is_paginated(owner_client, owner):
    for _ in range(30):
        credits_grant(user=owner, amount=1, note="drip")
    body = owner_client.get(reverse("account")).content.decode()
    assert "Page 1 of 2" in body
    assert body.count("drip") == 25


def test_token_is_created_and_shown_once(owner_client, owner):
    r = owner_client.post(reverse("account_token"), follow=True)
    token = Token.objects.get(user=owner)
    assert token.key in r.content.decode()
    again = owner_client.get(reverse("account")).content.decode()
    assert token.key not in again and "Regenerate token" in again


def test_regenerating_replaces_the_old_token(owner_client, owner):
    owner_client.post(reverse("account_token"))
    first = Token.objects.get(user=owner).key
    owner_client.post(reverse("account_token"))
    assert Token.objects.filter(user=owner).count() == 1
    assert Token.objects.get(user=owner).key != first


def test_token_endpoint_needs_post(owner_client, owner):
    assert owner_client.get(reverse("account_token")).status_code == 405
    assert not Token.objects.filter(user=owner).exists()


def test_account_pages_send_anonymous_to_sign_in(client):
    assert client.get(reverse("account")).status_code == 302
    assert client.post(reverse("account_token")).status_code == 302
    assert not Token.objects.exists()


def test_account_page_lists_the_current_session(client, owner):
    # Signing in through allauth records the session (activity tracking is off by default).
    client.post(reverse("account_login"), {"login": "owner@example.com", "password": "owner-pass-123"})
    body = client.get(reverse("account")).content.decode()
    assert "this device" in body
    assert reverse("usersessions_list") in body


def test_account_page_shows_only_my_own_ledger(stranger_client, owner):
    credits_grant(user=owner, amount=7, note="owner-only-note")
    assert "owner-only-note" not in stranger_client.get(reverse("account")).content.decode()


def test_allauth_pages_use_the_site_layout(client):
    body = client.get(reverse("account_login")).content.decode()
    assert 'class="auth card"' in body and "css/app.css" in body


def test_sessions_page_lists_and_revokes_within_the_site_layout(client, owner):
    client.post(reverse("account_login"), {"login": "owner@example.com", "password": "owner-pass-123"})
    body = client.get(reverse("usersessions_list")).content.decode()
    assert 'class="auth card"' in body and "css/app.css" in body
    assert "127.0.0.1" in body
