"""Password guessing: limited per account and per client address, on the API and the web, whatever
X-Forwarded-For a client writes (no proxy is trusted unless TRUSTED_PROXY_COUNT says so)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.api.conftest import assert_error

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Hundreds of attempts: the production hasher would make this file take minutes.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


TOKEN_URL = "/api/v1/auth/token/"
# allauth's default failed-attempt limits, set in settings: 10 a minute per address, 5 in 5 minutes per account.
PER_ADDRESS = 10
PER_ACCOUNT = 5


def _guess(client: APIClient, email: str, password: str, n: int):
    return client.post(
        TOKEN_URL, {"email": email, "password": password}, format="json", HTTP_X_FORWARDED_FOR=f"203.0.113.{n % 250}"
    )


def test_brute_force_on_one_account_with_rotating_forwarded_for_is_stopped(owner):
    client = APIClient()
    answers = [_guess(client, owner.email, f"wrong-{n}", n) for n in range(100)]
    statuses = [r.status_code for r in answers]
    assert statuses[:PER_ACCOUNT] == [400] * PER_ACCOUNT
    assert statuses[PER_ACCOUNT:] == [429] * (100 - PER_ACCOUNT)
    assert_error(answers[PER_ACCOUNT], 429, "too_many_login_attempts")
    # Past THROTTLE_AUTH (30 a minute) the address is throttled as a whole as well.
    assert_error(answers[-1], 429, "throttled")
    assert all(int(r["Retry-After"]) >= 1 for r in answers[PER_ACCOUNT:])

    # The account's own limit holds: the right password, even from a fresh socket address, is refused.
    right = client.post(
        TOKEN_URL, {"email": owner.email, "password": "owner-pass-123"}, format="json", REMOTE_ADDR="192.0.2.200"
    )
    assert_error(right, 429, "too_many_login_attempts")
    assert not Token.objects.filter(user=owner).exists()


def test_guesses_over_many_accounts_from_one_address_are_stopped_at_the_address_limit(db):
    client = APIClient()
    statuses = [_guess(client, f"someone{n}@example.com", "wrong", n).status_code for n in range(100)]
    assert statuses[:PER_ADDRESS] == [400] * PER_ADDRESS
    assert statuses[PER_ADDRESS:] == [429] * (100 - PER_ADDRESS)


def test_a_locked_account_answers_as_a_locked_unknown_email_does(owner):
    client = APIClient()
    for n in range(PER_ACCOUNT):
        _guess(client, owner.email, "wrong", n)
        _guess(client, "nobody@example.com", "wrong", n)
    known = _guess(client, owner.email, "wrong", 1)
    unknown = _guess(client, "nobody@example.com", "wrong", 1)
    assert known.status_code == unknown.status_code == 429
    assert known.json() == unknown.json()
    assert "try again later" in known.json()["error"]["message"]


def test_a_right_password_does_not_count_against_the_account(owner):
    client = APIClient()
    for n in range(PER_ACCOUNT + 3):
        assert _guess(client, owner.email, "owner-pass-123", n).status_code == 200


def test_api_guesses_lock_the_web_sign_in_of_that_account(client, owner):
    api = APIClient()
    for n in range(PER_ACCOUNT):
        assert _guess(api, owner.email, "wrong", n).status_code == 400
    response = client.post(reverse("account_login"), {"login": owner.email, "password": "owner-pass-123"})
    assert response.status_code == 200  # the form again, not a redirect into the app
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_web_sign_in_ignores_a_forwarded_for_the_client_wrote(client, db):
    statuses = []
    for n in range(PER_ADDRESS + 2):
        response = client.post(
            reverse("account_login"),
            {"login": f"someone{n}@example.com", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
        statuses.append("Too many failed login attempts" in response.content.decode())
    assert statuses == [False] * PER_ADDRESS + [True, True]


def test_with_one_trusted_proxy_the_address_it_saw_is_the_client(settings, db):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    client = APIClient()

    def guess(n: int, seen_by_proxy: str):
        # The client writes the first addresses; the trusted proxy appends the one it saw.
        forwarded = f"10.0.0.{n}, {seen_by_proxy}"
        return client.post(
            TOKEN_URL,
            {"email": f"x{n}@example.com", "password": "wrong"},
            format="json",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    statuses = [guess(n, "192.0.2.7").status_code for n in range(PER_ADDRESS + 1)]
    assert statuses == [400] * PER_ADDRESS + [429]
    assert guess(99, "192.0.2.8").status_code == 400  # another client behind the same proxy
