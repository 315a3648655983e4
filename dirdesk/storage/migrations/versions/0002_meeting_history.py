"""meeting history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 04:35:36.684792
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_events_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_events'))
    )
    with op.batch_alter_table('meeting_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_events_meeting_id'), ['meeting_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('meeting_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_events_meeting_id'))

    op.drop_table('meeting_events')
