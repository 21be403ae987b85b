"""Every change to an account goes through here: the credit ledger, API tokens, accounts made by commands."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from rest_framework.authtoken.models import Token

from accounts.models import CreditEntry, User
from accounts.selectors import credits_balance
from novelproc.errors import InsufficientCredits, InvalidInput

log = logging.getLogger(__name__)
Kind = CreditEntry.Kind


def _lock_user(user_id: int) -> User:
    # The row lock serialises concurrent reservations for one user, so the
    # balance read below cannot be stale when we append.
    return User.objects.select_for_update().get(pk=user_id)


def credits_grant(*, user: User, amount: int, note: str = "", created_by: User | None = None) -> CreditEntry:
    if amount <= 0:
        raise InvalidInput("A grant must be a positive number of credits.", code="invalid_amount")
    entry = CreditEntry.objects.create(user=user, kind=Kind.GRANT, amount=amount, note=note, created_by=created_by)
    log.info("credits grant user=%s amount=%s", user.pk, amount)
    return entry


def credits_top_up(*, user: User, to: int, note: str) -> CreditEntry | None:
    """Grant what the balance lacks to reach ``to`` credits (nothing when it already does)."""
    with transaction.atomic():
        _lock_user(user.pk)
        missing = to - credits_balance(user=user)
        return credits_grant(user=user, amount=missing, note=note) if missing > 0 else None


def credits_adjust(*, user: User, amount: int, note: str, created_by: User | None = None) -> CreditEntry:
    if amount == 0:
        raise InvalidInput("An adjustment cannot be zero.", code="invalid_amount")
    with transaction.atomic():
        _lock_user(user.pk)
        if amount < 0 and credits_balance(user=user) + amount < 0:
            raise InsufficientCredits("That adjustment would make the balance negative.")
        entry = CreditEntry.objects.create(user=user, kind=Kind.ADJUST, amount=amount, note=note, created_by=created_by)
    log.info("credits adjust user=%s amount=%s", user.pk, amount)
    return entry


def credits_reserve(*, user: User, amount: int, job=None, note: str = "") -> CreditEntry | None:
    """Hold ``amount`` credits for a job; raise if the balance cannot cover it.

    Must run inside the caller's transaction when the job is created in the
    same one (``transaction.atomic`` nests).
    """
    if amount < 0:
        raise InvalidInput("A reservation cannot be negative.", code="invalid_amount")
    with transaction.atomic():
        _lock_user(user.pk)
        balance = credits_balance(user=user)
        if balance < amount:
            raise InsufficientCredits(
                f"This needs {amount} credits and your balance is {balance}.",
                fields={"credits": [f"needed {amount}, available {balance}"]},
            )
        if amount == 0:
            return None
        return CreditEntry.objects.create(user=user, kind=Kind.RESERVE, amount=-amount, job=job, note=note)


def credits_settle(*, user: User, reserved: int, used: int, job=None) -> int:
    """Release the reservation and charge the actual usage, capped at it.

    Returns the amount charged.
    """
    charged = max(0, min(used, reserved))
    with transaction.atomic():
        _lock_user(user.pk)
        if reserved:
            CreditEntry.objects.create(
                user=user, kind=Kind.RELEASE, amount=reserved, job=job, note="reservation released"
            )
        if charged:
            CreditEntry.objects.create(user=user, kind=Kind.CHARGE, amount=-charged, job=job, note="usage")
    log.info(
        "credits settle user=%s job=%s reserved=%s charged=%s", user.pk, getattr(job, "pk", None), reserved, charged
    )
    return charged


def credits_refund(*, user: User, amount: int, job=None, note: str = "", created_by: User | None = None) -> CreditEntry:
    if amount <= 0:
        raise InvalidInput("A refund must be a positive number of credits.", code="invalid_amount")
    entry = CreditEntry.objects.create(
        user=user, kind=Kind.REFUND, amount=amount, job=job, note=note, created_by=created_by
    )
    log.info("credits refund user=%s job=%s amount=%s", user.pk, getattr(job, "pk", None), amount)
    return entry


def user_get_or_create(*, email: str) -> tuple[User, bool]:
    """The account with this email (matched without regard to case), made when missing.

    A new account has no usable password: it signs in only after a password reset or
    with Google, and gets no signup grant (that comes with a sign-up). Returns (user, created).
    """
    address = User.objects.normalize_email(email.strip()).lower()
    user = User.objects.filter(email__iexact=address).first()
    if user is not None:
        return user, False
    user = User.objects.create_user(address)
    log.info("user created user=%s", user.pk)
    return user, True


def user_welcome(*, user: User) -> None:
    """Give a new account its signup grant (a setting; zero disables it)."""
    if settings.SIGNUP_GRANT_CREDITS:
        credits_grant(user=user, amount=settings.SIGNUP_GRANT_CREDITS, note="signup grant")


def credits_monthly_grant(*, today=None) -> int:
    """Grant MONTHLY_GRANT_CREDITS once per calendar month to every active user.

    Safe to run twice: a user who already has this month's grant is skipped.
    """
    from django.utils import timezone

    amount = settings.MONTHLY_GRANT_CREDITS
    if not amount:
        return 0
    month = (today or timezone.now().date()).strftime("%Y-%m")
    note = f"monthly grant {month}"
    already = CreditEntry.objects.filter(kind=Kind.GRANT, note=note).values("user_id")
    users = User.objects.filter(is_active=True).exclude(pk__in=already).values_list("pk", flat=True)
    entries = CreditEntry.objects.bulk_create(
        (CreditEntry(user_id=pk, kind=Kind.GRANT, amount=amount, note=note) for pk in users.iterator()),
        batch_size=1000,
    )
    log.info("credits monthly grant month=%s users=%s amount=%s", month, len(entries), amount)
    return len(entries)


def api_token_get_or_create(*, user: User) -> Token:
    """The user's API token, made on first use: the same key every time until it is rotated or revoked."""
    token, created = Token.objects.get_or_create(user=user)
    if created:
        log.info("api token created user=%s", user.pk)
    return token


def api_token_rotate(*, user: User) -> tuple[Token, bool]:
    """A new API token for ``user``; the old key, if any, stops working at once. Returns (token, replaced)."""
    with transaction.atomic():
        replaced = Token.objects.filter(user=user).delete()[0] > 0
        token = Token.objects.create(user=user)
    log.info("api token rotated user=%s replaced=%s", user.pk, replaced)
    return token, replaced


def api_token_revoke(*, user: User) -> bool:
    """Delete the user's API token; True when there was one."""
    revoked = Token.objects.filter(user=user).delete()[0] > 0
    log.info("api token revoked user=%s revoked=%s", user.pk, revoked)
    return revoked
