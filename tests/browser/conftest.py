"""A live SafeReply server in a thread and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.live import serve

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not CHROMIUM.exists():
        message = "BROWSER TESTS SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium)"
        if os.environ.get("SAFEREPLY_REQUIRE_BROWSER"):
            pytest.fail(message.replace("SKIPPED", "CANNOT RUN"))
        pytest.skip(message)
    return str(CHROMIUM)


@pytest.fixture
def live_server(settings, detector, db):
    """Serve the app on a free localhost port for one test."""
    from app.drafting import service as drafting_service
    from app.main import create_app

    drafting_service.seed_templates(session=db)
    app = create_app(settings, detector=detector)
    with serve(app) as url:
        yield url
    app.state.engine.dispose()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()
