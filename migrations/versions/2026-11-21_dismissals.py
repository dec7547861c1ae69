"""Dismissals: a manager marks one review or reply finding as a false positive, with a reason.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 22:54:12.547062
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('dismissal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('rule', sa.String(length=40), nullable=True),
    sa.Column('span_sha256', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_dismissal_finding_id_finding'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_dismissal_review_id_review'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_dismissal_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dismissal'))
    )
    with op.batch_alter_table('dismissal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dismissal_review_id'), ['review_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dismissal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dismissal_review_id'))

    op.drop_table('dismissal')
