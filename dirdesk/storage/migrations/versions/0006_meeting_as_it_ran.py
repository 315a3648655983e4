"""the meeting as it ran: participation and actual start per item, the meeting's end,
follow-ups' due dates, the board's staff, interest register and standard decisions

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 05:50:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, all nullable (no batch rebuild: a rebuilt parent would cascade deletes).
    op.add_column('items', sa.Column('participation', sa.JSON(), nullable=True))
    op.add_column('items', sa.Column('started', sa.Time(), nullable=True))
    op.add_column('meetings', sa.Column('finished', sa.Time(), nullable=True))
    op.add_column('follow_ups', sa.Column('due', sa.Date(), nullable=True))
    op.add_column('boards', sa.Column('staff', sa.JSON(), nullable=True))
    op.add_column('boards', sa.Column('interests', sa.JSON(), nullable=True))
    op.add_column('boards', sa.Column('phrases', sa.JSON(), nullable=True))


def downgrade() -> None:
    for table, columns in (('boards', ('phrases', 'interests', 'staff')), ('follow_ups', ('due',)),
                           ('meetings', ('finished',)), ('items', ('started', 'participation'))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
