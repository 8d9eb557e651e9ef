"""Browser tests: Playwright (sync API) driving Debian's Chromium against the live server.

One Chromium is launched for the whole `tests/browser` package; every test gets a fresh
browser context (cookies, language, viewport) and a fresh database holding the five seeds.

Chromium is Debian's (`apt-get install chromium`), never a Playwright download. It is looked up
as $CHROMIUM, then `chromium` on the PATH, then /usr/bin/chromium. When it is missing the tests
are skipped with the reason, except with CI=true, where that is a failure.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import IN_CI

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:
    if IN_CI:
        raise
    pytest.skip("playwright is not installed: pip install -r requirements.txt",
                allow_module_level=True)

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
TIMEOUT_MS = 10_000


def _chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _unavailable(reason: str):
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the browser tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser():
    """One headless Debian Chromium for the browser tests, closed after the last of them."""
    chromium = _chromium_path()
    if chromium is None:
        _unavailable("Chromium not found: apt-get install chromium (or set CHROMIUM=/path)")

    # While Playwright runs, its sync API keeps its asyncio loop marked as running in this
    # thread (between calls too), so Django would refuse every ORM call made here, including
    # the database flush after each test, with SynchronousOnlyOperation. Nothing asynchronous
    # actually runs then: the loop only turns inside Playwright's own blocking calls. The flag
    # is set for exactly as long as Playwright is started; the live server has its own thread.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    expect.set_options(timeout=TIMEOUT_MS)
    try:
        chrome = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS,
                                            headless=True)
        try:
            yield chrome
        finally:
            chrome.close()
    finally:
        playwright.stop()
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def seeds(live_server, browser):
    """The five seed articles, imported into this test's (flushed) database."""
    from articles.importers import import_paths

    import_paths([str(SEEDS)])


def _open_page(browser, live_server, **options):
    # A French reader by default, as the archive's audience; base_url makes goto("/search/") work.
    context = browser.new_context(base_url=live_server.url, locale="fr-FR",
                                  **{"viewport": {"width": 1280, "height": 900}, **options})
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


@pytest.fixture
def page(browser, live_server, seeds):
    """A fresh page (new context: no cookies, French, 1280x900) on the seeded live server."""
    context, page = _open_page(browser, live_server)
    yield page
    context.close()


@pytest.fixture
def new_page(browser, live_server, seeds):
    """Open more pages with other context options, e.g. new_page(viewport={...})."""
    contexts = []

    def make(**options):
        context, page = _open_page(browser, live_server, **options)
        contexts.append(context)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot():
    """screenshot(page, "name"): a full-page PNG at $BROWSER_SCREENSHOTS<name>.png, when set.

    e.g. BROWSER_SCREENSHOTS=/tmp/h_browser_ pytest tests/browser
    """
    prefix = os.environ.get("BROWSER_SCREENSHOTS")

    def take(page, name: str) -> None:
        if prefix:
            page.screenshot(path=f"{prefix}{name}.png", full_page=True)

    return take
