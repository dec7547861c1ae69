"""Database engine, declarative Base with a naming convention, and session factory."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import DateTime, MetaData, String, TypeDecorator, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from app.crypto import new_row_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Timezone-aware now; stored as naive UTC by SQLite, timestamptz by PostgreSQL."""
    return datetime.now(UTC)


def make_engine(url: str) -> Engine:
    """Create the engine. hide_parameters keeps review text out of error messages."""
    kwargs: dict = {"hide_parameters": True, "pool_pre_ping": True}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"check_same_thread": False}
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Overwrite deleted content so purged review text does not linger in the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that seal new audit rows into the hash chain right after each commit."""
    factory = sessionmaker(bind=engine, expire_on_commit=False)

    def _seal_after_commit(session: Session) -> None:
        if session.info.pop("audit_pending", False):
            from app.audit.chain import seal

            seal(engine)

    event.listen(factory, "after_commit", _seal_after_commit)
    return factory


def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Yield a session and always close it (used by the request dependency)."""
    session = factory()
    try:
        yield session
    finally:
        session.close()


class UTCDateTime(TypeDecorator):
    """A timestamp that always comes back timezone-aware UTC (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class EncryptedRow:
    """Mixin for tables with encrypted columns: a random row key, fixed at creation,
    is bound into every ciphertext of the row (see app/crypto.py)."""

    row_key: Mapped[str] = mapped_column(String(32))

    def __init__(self, **kwargs) -> None:
        # The row key must exist before any encrypted attribute is assigned.
        self.row_key = kwargs.pop("row_key", None) or new_row_key()
        super().__init__(**kwargs)
