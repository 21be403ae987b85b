"""Sign in with Google through allauth's real Google provider and a fake Google on loopback."""

from __future__ import annotations

import copy

import pytest
from allauth.socialaccount.models import SocialAccount
from allauth.socialaccount.providers.google import views as google_views
from playwright.sync_api import expect

from accounts.models import CreditEntry, User
from tests.browser.fake_google import FakeGoogle

pytestmark = pytest.mark.browser


@pytest.fixture
def fake_google(settings, monkeypatch):
    fake = FakeGoogle(client_id="test-client.apps.googleusercontent.com", client_secret="test-secret").start()
    provider = copy.deepcopy(settings.SOCIALACCOUNT_PROVIDERS)
    provider["google"].update(
        APPS=[{"client_id": fake.client_id, "secret": fake.client_secret, "key": ""}],
        AUTHORIZE_URL=f"{fake.base_url}/o/oauth2/v2/auth",
        ACCESS_TOKEN_URL=f"{fake.base_url}/token",
        IDENTITY_URL=f"{fake.base_url}/oauth2/v2/userinfo",
        CERTS_URL=f"{fake.base_url}/oauth2/v1/certs",
    )
    settings.SOCIALACCOUNT_PROVIDERS = provider
    # allauth copies these settings into module and class attributes when its
    # Google views module is imported; the fake's port is only known now.
    google = provider["google"]
    monkeypatch.setattr(google_views.GoogleOAuth2Adapter, "authorize_url", google["AUTHORIZE_URL"])
    monkeypatch.setattr(google_views.GoogleOAuth2Adapter, "access_token_url", google["ACCESS_TOKEN_URL"])
    monkeypatch.setattr(google_views.GoogleOAuth2Adapter, "identity_url", google["IDENTITY_URL"])
    monkeypatch.setattr(google_views, "CERTS_URL", google["CERTS_URL"])
    yield fake
    fake.stop()


def test_sign_in_with_google_creates_the_account(page, shot, fake_google):
    page.goto("/accounts/login/")
    page.get_by_role("link", name="Google").click()
    # SOCIALACCOUNT_LOGIN_ON_GET is off: allauth asks to continue with a POST.
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(lambda url: "/accounts/" not in url)
    expect(page.get_by_role("link", name="Account")).to_be_visible()

    user = User.objects.get(email="marie.curie@example.com")
    account = SocialAccount.objects.get(user=user, provider="google")
    assert account.uid == fake_google.user.sub
    assert CreditEntry.objects.filter(user=user, kind="grant", note="signup grant").exists()
    # The real flow ran: authorize, token exchange (PKCE checked), userinfo for the picture.
    assert fake_google.calls[:3] == ["GET /o/oauth2/v2/auth", "POST /token", "GET /oauth2/v2/userinfo"]
    page.goto("/account/")
    expect(page.locator("body")).to_contain_text("marie.curie@example.com")
    shot(page)
