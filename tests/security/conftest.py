"""Fixtures for the security tests.

Chromium is launched exactly as tests/browser does (its chromium_path fixture and launch
flags are imported, not copied). It runs in a thread of its own: one thread can hold only one
sync Playwright, and tests/browser's session-wide one may already be running in the main
thread of the same pytest run. `browser_thread.run(fn, *args)` calls fn(browser, *args) there.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.browser.conftest import CHROMIUM_ARGS, chromium_path  # noqa: F401  (re-exported fixture)
from tests.security._support import make_users


class BrowserThread:
    """A Chromium owned by one worker thread; every Playwright call runs in that thread."""

    def __init__(self, executable: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="security-chromium")
        self._playwright = self._browser = None
        self._pool.submit(self._start, executable).result()

    def _start(self, executable: str) -> None:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)

    def run(self, fn, *args, **kwargs):
        return self._pool.submit(fn, self._browser, *args, **kwargs).result()

    def close(self) -> None:
        def stop() -> None:
            self._browser.close()
            self._playwright.stop()

        try:
            self._pool.submit(stop).result(timeout=60)
        finally:
            self._pool.shutdown(wait=True)


@pytest.fixture(scope="module")
def browser_thread(chromium_path):  # noqa: F811
    runner = BrowserThread(chromium_path)
    yield runner
    runner.close()


@pytest.fixture
def sec_users(db):
    """sam, sasha (staff), maria, mike (managers), ada (admin): like `users`, but fast to create."""
    return make_users(db)
