"""political calendar, follow-ups, versions after signing, search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# SQLite: an external-content FTS5 table over search_entries, kept in step by triggers.
# unicode61 with remove_diacritics 0 keeps æ, ø and å apart from a, o.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(text, content='search_entries', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
]
POSTGRES_GIN = ("CREATE INDEX ix_search_entries_tsv ON search_entries "
                "USING gin (to_tsvector('simple', text))")


def upgrade() -> None:
    # Plain ADD COLUMN: a batch rebuild of meetings would cascade deletes into its children.
    op.add_column('meetings', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.create_table('committee_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start', sa.Time(), nullable=True),
    sa.Column('location', sa.String(length=500), nullable=False),
    sa.Column('uid', sa.String(length=500), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_meetings')),
    sa.UniqueConstraint('uid', name=op.f('uq_committee_meetings_uid'))
    )
    op.create_index(op.f('ix_committee_meetings_committee'), 'committee_meetings', ['committee'])
    op.create_index(op.f('ix_committee_meetings_date'), 'committee_meetings', ['date'])
    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_uid', sa.String(length=32), nullable=False),
    sa.Column('owner', sa.String(length=300), nullable=False),
    sa.Column('task', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_follow_ups_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    op.create_index(op.f('ix_follow_ups_meeting_id'), 'follow_ups', ['meeting_id'])
    op.create_index(op.f('ix_follow_ups_item_uid'), 'follow_ups', ['item_uid'])
    op.create_table('meeting_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_versions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_versions')),
    sa.UniqueConstraint('meeting_id', 'version', name='uq_meeting_versions_meeting_version')
    )
    op.create_index(op.f('ix_meeting_versions_meeting_id'), 'meeting_versions', ['meeting_id'])
    op.create_table('search_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_uid', sa.String(length=32), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_search_entries_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entries'))
    )
    op.create_index(op.f('ix_search_entries_meeting_id'), 'search_entries', ['meeting_id'])
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute(POSTGRES_GIN)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_entries_au", "search_entries_ad", "search_entries_ai"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE search_fts")
    op.drop_table('search_entries')
    op.drop_table('meeting_versions')
    op.drop_table('follow_ups')
    op.drop_table('committee_meetings')
    with op.batch_alter_table('meetings') as batch_op:
        batch_op.drop_column('version')
