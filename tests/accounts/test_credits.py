from __future__ import annotations

import threading

import pytest
from django.db import connection

from accounts.models import CreditEntry, User
from accounts.selectors import credits_balance
from accounts.services import credits_adjust, credits_grant, credits_refund, credits_reserve, credits_settle
from novelproc.errors import InsufficientCredits, InvalidInput


def test_it_sums_the_ledger_into_the_balance(owner):
    assert credits_balance(user=owner) == 5000
    credits_reserve(user=owner, amount=300)
    assert credits_balance(user=owner) == 4700
    credits_settle(user=owner, reserved=300, used=120)
    assert credits_balance(user=owner) == 4880
    kinds = list(CreditEntry.objects.filter(user=owner).order_by("id").values_list("kind", "amount"))
    assert kinds == [("grant", 5000), ("reserve", -300), ("release", 300), ("charge", -120)]


def test_settle_never_charges_above_the_reservation(owner):
    credits_reserve(user=owner, amount=100)
    charged = credits_settle(user=owner, reserved=100, used=250)
    assert charged == 100
    assert credits_balance(user=owner) == 4900


def test_reserve_beyond_the_balance_is_refused_with_its_code(owner):
    with pytest.raises(InsufficientCredits) as err:
        credits_reserve(user=owner, amount=5001)
    assert err.value.code == "insufficient_credits"
    assert err.value.status == 402
    assert credits_balance(user=owner) == 5000
    assert not CreditEntry.objects.filter(kind="reserve").exists()


def test_adjust_cannot_make_the_balance_negative(owner, staff):
    with pytest.raises(InsufficientCredits):
        credits_adjust(user=owner, amount=-6000, note="oops", created_by=staff)
    credits_adjust(user=owner, amount=-1000, note="correction", created_by=staff)
    assert credits_balance(user=owner) == 4000


def test_grant_and_refund_reject_non_positive_amounts(owner):
    with pytest.raises(InvalidInput):
        credits_grant(user=owner, amount=0)
    with pytest.raises(InvalidInput):
        credits_refund(user=owner, amount=-5)
    credits_refund(user=owner, amount=7, note="goodwill")
    assert credits_balance(user=owner) == 5007


@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_never_overspend():
    assert connection.vendor == "postgresql", "this test needs row locks: run it on PostgreSQL"
    user = User.objects.create_user("race@example.com", "pw-race-123")
    credits_grant(user=user, amount=1000)
    results: list[str] = []
    barrier = threading.Barrier(20)

    def reserve() -> None:
        barrier.wait()
        try:
            credits_reserve(user=user, amount=150)
            results.append("ok")
        except InsufficientCredits:
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=reserve) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert results.count("ok") == 6  # 6 x 150 = 900 <= 1000 < 7 x 150
    assert results.count("refused") == 14
    assert credits_balance(user=user) == 100
    assert CreditEntry.objects.filter(user=user, kind="reserve").count() == 6


def test_monthly_grant_reaches_each_active_user_once_a_month(owner, stranger, settings):
    import datetime

    from accounts.services import credits_monthly_grant

    settings.MONTHLY_GRANT_CREDITS = 300
    User.objects.create_user("gone@example.com", "gone-pass-123", is_active=False)
    november = datetime.date(2026, 11, 1)
    assert credits_monthly_grant(today=november) == 2
    assert credits_monthly_grant(today=november) == 0  # a second run the same month changes nothing
    assert credits_balance(user=owner) == 5300 and credits_balance(user=stranger) == 5300
    assert credits_monthly_grant(today=datetime.date(2026, 12, 1)) == 2
    assert credits_balance(user=owner) == 5600
    assert not CreditEntry.objects.filter(user__email="gone@example.com").exists()
