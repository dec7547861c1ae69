"""Drafts record who last edited the text, so that person cannot approve it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 23:55:18.672371
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_editor_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_draft_last_editor_id_user_account'), 'user_account', ['last_editor_id'], ['id'])
    op.execute("UPDATE draft SET last_editor_id = author_id WHERE last_editor_id IS NULL")


def downgrade() -> None:
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_draft_last_editor_id_user_account'), type_='foreignkey')
        batch_op.drop_column('last_editor_id')

