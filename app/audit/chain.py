"""The audit trail's hash chain: seal new rows in order, and verify the whole chain.

Rows are inserted by the use case's own transaction and sealed right after it
commits, in a short transaction of their own that holds a database-wide lock
(BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL). Sealing never waits on
a use case, and two workers cannot fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from app.audit.models import AuditEvent

GENESIS = "0" * 64
_PG_LOCK_KEY = 7_270_001
_table = AuditEvent.__table__


def row_digest(prev_hash: str, row: dict) -> str:
    """SHA-256 over the previous hash and this row's fields in a fixed order."""
    at = row["at"].isoformat(timespec="microseconds") if row["at"] else ""
    fields = [row["seq"], row["id"], at, row["user_id"], row["action"], row["object_type"], row["object_id"], row["outcome"]]
    payload = json.dumps(fields, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _begin_locked(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")


def seal(engine: Engine) -> int:
    """Give every unsealed row its place and hash; returns how many were sealed."""
    with engine.connect() as raw:
        conn = raw.execution_options(isolation_level="AUTOCOMMIT")
        _begin_locked(conn)
        try:
            last = conn.execute(
                select(_table.c.seq, _table.c.row_hash).where(_table.c.seq.is_not(None)).order_by(_table.c.seq.desc()).limit(1)
            ).first()
            seq, prev = (last.seq, last.row_hash) if last else (0, GENESIS)
            pending = conn.execute(select(_table).where(_table.c.seq.is_(None)).order_by(_table.c.id)).all()
            for row in pending:
                seq += 1
                digest = row_digest(prev, {**row._mapping, "seq": seq})
                conn.execute(update(_table).where(_table.c.id == row.id).values(seq=seq, prev_hash=prev, row_hash=digest))
                prev = digest
            conn.exec_driver_sql("COMMIT")
        except BaseException:
            conn.exec_driver_sql("ROLLBACK")
            raise
    return len(pending)


@dataclass(frozen=True)
class Verification:
    rows: int
    unsealed: int
    first_broken_id: int | None
    problem: str = ""

    @property
    def is_intact(self) -> bool:
        return self.first_broken_id is None


def verify(engine: Engine) -> Verification:
    """Walk the chain in order; report the first row whose hash or link does not match."""
    with engine.connect() as conn:
        rows = conn.execute(select(_table).where(_table.c.seq.is_not(None)).order_by(_table.c.seq)).all()
        unsealed = conn.execute(select(_table.c.id).where(_table.c.seq.is_(None))).all()
    prev = GENESIS
    for expected_seq, row in enumerate(rows, start=1):
        if row.seq != expected_seq:
            return Verification(len(rows), len(unsealed), row.id, f"a row is missing before chain position {row.seq}")
        if row.prev_hash != prev:
            return Verification(len(rows), len(unsealed), row.id, "link to the previous row does not match")
        if row_digest(prev, dict(row._mapping)) != row.row_hash:
            return Verification(len(rows), len(unsealed), row.id, "row content does not match its hash")
        prev = row.row_hash
    return Verification(len(rows), len(unsealed), None)
