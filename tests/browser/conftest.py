"""Playwright in Debian chromium against pytest-django's live server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import OUTPUT_DIR

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = OUTPUT_DIR / "screenshots"
PASSWORD = "a-long-Passphrase-42"


@pytest.fixture(scope="package", autouse=True)
def _orm_beside_playwright():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # tests make between page actions are still plain synchronous code. Only
    # for this package: `check --deploy` elsewhere must not see the variable.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="package")
def browser():
    # Package scope: Playwright's event loop must be gone before tests in other
    # packages run ORM code in this thread.
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, transactional_db):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1200, "height": 900})
    context.set_default_timeout(20_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def shot(request):
    """Save a full-page screenshot named after the test (and a step)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    base = re.sub(r"[^\w.-]+", "_", request.node.name)

    def take(page, step: str = "", full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{base}{'-' + step if step else ''}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


def sign_up(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/accounts/signup/")
    page.get_by_label("Email").first.fill(email)
    page.locator("input[name=password1]").fill(password)
    page.locator("input[name=password2]").fill(password)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(lambda url: "/accounts/signup" not in url)


def sign_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(lambda url: "/accounts/login" not in url)
