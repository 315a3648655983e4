"""a grid row's text may be marked public (printed for a closed item's row)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 05:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with a default: every stored row stays closed, as before.
    op.add_column('schedule_slots', sa.Column('public_text', sa.Boolean(), server_default=sa.false(),
                                              nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('schedule_slots', schema=None) as batch_op:
        batch_op.drop_column('public_text')
