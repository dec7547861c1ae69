"""Encrypt PHI columns at rest: row keys, wider columns, retention timestamps.

Existing review text, reviewer names, links, draft bodies, manager comments and
dismissal reasons are encrypted in place with the current key from settings
(SAFEREPLY_ENCRYPTION_KEYS / SAFEREPLY_ENCRYPTION_KEY_FILE); downgrade decrypts them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 23:05:00
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENCRYPTED = {
    "review": ("text", "reviewer_name", "url"),
    "draft": ("body", "manager_comment"),
    "dismissal": ("reason",),
}


def _keyring():
    from app import crypto
    from app.config import get_settings

    try:
        return crypto.keyring()
    except crypto.EncryptionError:
        return get_settings().load_keyring()


def _transform(encrypting: bool) -> None:
    from app import crypto

    conn = op.get_bind()
    ring = None
    for table, columns in ENCRYPTED.items():
        rows = conn.execute(sa.text(f"SELECT id, row_key, {', '.join(columns)} FROM {table}")).mappings().all()
        for row in rows:
            ring = ring or _keyring()
            values = {}
            for column in columns:
                value = row[column]
                if value is None:
                    values[column] = None
                    continue
                aad = crypto.associated_data(table, column, row["row_key"])
                values[column] = ring.encrypt(value, aad) if encrypting else ring.decrypt(value, aad)
            assignments = ", ".join(f"{c} = :{c}" for c in columns)
            conn.execute(sa.text(f"UPDATE {table} SET {assignments} WHERE id = :id"), {**values, "id": row["id"]})


def upgrade() -> None:
    conn = op.get_bind()
    has_rows = any(conn.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() for table in ENCRYPTED)
    if has_rows:
        _keyring()  # fail before any schema change if existing rows cannot be encrypted
    for table in ENCRYPTED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("row_key", sa.String(32), nullable=True))
        for (row_id,) in conn.execute(sa.text(f"SELECT id FROM {table}")).all():
            conn.execute(sa.text(f"UPDATE {table} SET row_key = :k WHERE id = :id"), {"k": secrets.token_hex(16), "id": row_id})
        with op.batch_alter_table(table) as batch:
            batch.alter_column("row_key", existing_type=sa.String(32), nullable=False)
    with op.batch_alter_table("review") as batch:
        batch.alter_column("reviewer_name", existing_type=sa.String(200), type_=sa.Text(), nullable=True)
        batch.alter_column("text", existing_type=sa.Text(), nullable=True)
        batch.alter_column("url", existing_type=sa.String(2000), type_=sa.Text(), existing_nullable=True)
        batch.add_column(sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
    _transform(encrypting=True)


def downgrade() -> None:
    _transform(encrypting=False)
    # Purged reviews have no text or name left; the older schema needs a value.
    op.execute("UPDATE review SET text = '' WHERE text IS NULL")
    op.execute("UPDATE review SET reviewer_name = '' WHERE reviewer_name IS NULL")
    with op.batch_alter_table("review") as batch:
        batch.drop_column("closed_at")
        batch.drop_column("purged_at")
        batch.alter_column("url", existing_type=sa.Text(), type_=sa.String(2000), existing_nullable=True)
        batch.alter_column("text", existing_type=sa.Text(), nullable=False)
        batch.alter_column("reviewer_name", existing_type=sa.Text(), type_=sa.String(200), nullable=False)
    for table in ENCRYPTED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_key")
