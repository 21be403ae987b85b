"""API tokens: one service for the account page (rotate) and the API (get, revoke)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.selectors import api_token_get
from accounts.services import api_token_get_or_create, api_token_revoke, api_token_rotate

pytestmark = pytest.mark.django_db


def test_get_or_create_gives_the_same_key_until_rotated(owner):
    first = api_token_get_or_create(user=owner)
    assert api_token_get_or_create(user=owner).key == first.key
    rotated, replaced = api_token_rotate(user=owner)
    assert replaced and rotated.key != first.key
    assert api_token_get(user=owner).key == rotated.key
    assert Token.objects.filter(user=owner).count() == 1


def test_rotating_without_a_token_creates_one(owner):
    token, replaced = api_token_rotate(user=owner)
    assert not replaced
    assert api_token_get(user=owner).key == token.key


def test_revoke_deletes_the_token_and_says_whether_there_was_one(owner, stranger):
    api_token_get_or_create(user=owner)
    kept = api_token_get_or_create(user=stranger)
    assert api_token_revoke(user=owner) is True
    assert api_token_revoke(user=owner) is False
    assert api_token_get(user=owner) is None
    assert api_token_get(user=stranger).key == kept.key


@pytest.mark.usefixtures("fresh_rate_limits")
def test_the_token_made_on_the_account_page_is_the_one_the_api_hands_out(owner_client, owner):
    owner_client.post(reverse("account_token"))
    made_on_the_web = Token.objects.get(user=owner).key
    credentials = {"email": "owner@example.com", "password": "owner-pass-123"}
    response = APIClient().post("/api/v1/auth/token/", credentials, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["token"] == made_on_the_web
