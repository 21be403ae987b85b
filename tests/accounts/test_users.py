"""Accounts made outside the sign-up (the command line) and credits topped up to a price."""

from __future__ import annotations

import pytest

from accounts.models import CreditEntry, User
from accounts.selectors import credits_balance
from accounts.services import credits_top_up, user_get_or_create

pytestmark = pytest.mark.django_db


def test_it_finds_the_account_whatever_the_case_of_the_email(owner):
    user, created = user_get_or_create(email=" OWNER@Example.com ")
    assert (user.pk, created) == (owner.pk, False)


def test_a_new_account_has_no_usable_password_and_no_grant():
    user, created = user_get_or_create(email="CLI@Novelproc.local")
    assert created and user.email == "cli@novelproc.local"
    assert not user.has_usable_password()
    assert credits_balance(user=user) == 0
    assert user_get_or_create(email="cli@novelproc.local") == (user, False)
    assert User.objects.count() == 1


def test_top_up_grants_only_what_is_missing(owner):
    assert credits_top_up(user=owner, to=4000, note="cli") is None  # 5000 already
    entry = credits_top_up(user=owner, to=5250, note="command-line run")
    assert (entry.kind, entry.amount, entry.note) == ("grant", 250, "command-line run")
    assert credits_balance(user=owner) == 5250
    assert CreditEntry.objects.filter(user=owner).count() == 2
