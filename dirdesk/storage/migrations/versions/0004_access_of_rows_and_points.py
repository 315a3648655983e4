"""access travels with content: grid rows and planned points carry open/closed

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 05:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch rebuild): a rebuilt parent would cascade deletes.
    op.add_column('schedule_slots', sa.Column('closed', sa.Boolean(), server_default=sa.false(),
                                              nullable=False))
    op.add_column('planned_points', sa.Column('closed', sa.Boolean(), server_default=sa.false(),
                                              nullable=False))
    # Rows linked to a closed item were closed already (they printed its title only).
    op.execute("UPDATE schedule_slots SET closed = "
               "EXISTS (SELECT 1 FROM items WHERE items.meeting_id = schedule_slots.meeting_id "
               "AND items.position = schedule_slots.item_number - 1 AND items.closed)")


def downgrade() -> None:
    with op.batch_alter_table('planned_points', schema=None) as batch_op:
        batch_op.drop_column('closed')
    with op.batch_alter_table('schedule_slots', schema=None) as batch_op:
        batch_op.drop_column('closed')
