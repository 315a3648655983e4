"""The database tables as SQLAlchemy 2 typed mappings (schema changes need a migration)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def managed_by_migrations(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name``: the FTS5 index and its shadow tables are not mapped."""
    return not (type_ == "table" and name is not None and name.startswith("search_fts"))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class BoardRow(Base):
    __tablename__ = "boards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    location: Mapped[str] = mapped_column(String(500), default="")
    weekday: Mapped[int] = mapped_column(Integer, default=2)
    start: Mapped[dt.time] = mapped_column(Time)
    end: Mapped[dt.time] = mapped_column(Time)
    # [{"title", "name"}]: staff who own follow-ups or take part in items (0006)
    staff: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # [[member's name, company / organisation / relation]]: the interest register (0006)
    interests: Mapped[list[list[str]] | None] = mapped_column(JSON)
    # The board's standard decisions; NULL: the default one (0006)
    phrases: Mapped[list[str] | None] = mapped_column(JSON)

    members: Mapped[list[BoardMemberRow]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="BoardMemberRow.position")
    standing_items: Mapped[list[StandingItemRow]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="StandingItemRow.position")


class BoardMemberRow(Base):
    __tablename__ = "board_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))

    board: Mapped[BoardRow] = relationship(back_populates="members")


class StandingItemRow(Base):
    __tablename__ = "standing_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    # [{"heading": …, "text": …} | {"insert": …}] as in the meeting file format
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    board: Mapped[BoardRow] = relationship(back_populates="standing_items")


class MeetingRow(Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("board_id", "date", name="uq_meetings_board_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start: Mapped[dt.time] = mapped_column(Time)
    end: Mapped[dt.time] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    # The forward plan as printed in this meeting's document; NULL when it prints none.
    plan_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # The content version the documents state: 1, and one more for each change after signing.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    finished: Mapped[dt.time | None] = mapped_column(Time)  # when it really ended (0006)

    board: Mapped[BoardRow] = relationship()
    people: Mapped[list[MeetingPersonRow]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan",
        order_by="(MeetingPersonRow.role, MeetingPersonRow.position)")
    items: Mapped[list[ItemRow]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ItemRow.position")
    slots: Mapped[list[SlotRow]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="SlotRow.position")


class MeetingPersonRow(Base):
    __tablename__ = "meeting_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # "member" or "absent"
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))

    meeting: Mapped[MeetingRow] = relationship(back_populates="people")


class ItemRow(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(Text)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    journal_no: Mapped[str | None] = mapped_column(String(100))
    case_no: Mapped[str | None] = mapped_column(String(100))
    decision: Mapped[str | None] = mapped_column(Text)
    # {"guests": [{"name", "role"}], "away": [...], "inhabil": [...], "arrives": [...],
    # "leaves": [...]} as in the meeting file; NULL when nobody but the members (0006)
    participation: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    started: Mapped[dt.time | None] = mapped_column(Time)  # when it was taken up (0006)

    meeting: Mapped[MeetingRow] = relationship(back_populates="items")
    sections: Mapped[list[SectionRow]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="SectionRow.position")
    attachments: Mapped[list[AttachmentRow]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="AttachmentRow.position")


class SectionRow(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    insert_kind: Mapped[str | None] = mapped_column(String(20))  # set for an insert, else NULL

    item: Mapped[ItemRow] = relationship(back_populates="sections")


class AttachmentRow(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_no: Mapped[str | None] = mapped_column(String(100))

    item: Mapped[ItemRow] = relationship(back_populates="attachments")


class SlotRow(Base):
    __tablename__ = "schedule_slots"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[dt.time] = mapped_column(Time)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    item_number: Mapped[int | None] = mapped_column(Integer)
    # Closed when linked to a closed item, and still closed once no longer linked to it.
    closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    public_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())

    meeting: Mapped[MeetingRow] = relationship(back_populates="slots")


class PlannedPointRow(Base):
    """A point of the live forward plan: on a coming meeting, or awaiting a date."""

    __tablename__ = "planned_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    origin_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"))
    # A point carried over from a closed item is drafted as a closed item.
    closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


class ClosedPeriodRow(Base):
    __tablename__ = "closed_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(500))


class MeetingEventRow(Base):
    """The history of a meeting: agenda issued, changed, held, signed — who and when."""

    __tablename__ = "meeting_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(30))
    actor: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str | None] = mapped_column(Text)


class CommitteeMeetingRow(Base):
    """A meeting of a political committee (ØK, KB, the standing committees) in the calendar."""

    __tablename__ = "committee_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee: Mapped[str] = mapped_column(String(200), index=True)  # "ØK", "KB", "BUU", …
    name: Mapped[str] = mapped_column(String(300), default="")  # "Økonomiudvalget"
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start: Mapped[dt.time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String(500), default="")
    # The iCalendar UID it was imported with: importing the same file again updates it.
    uid: Mapped[str | None] = mapped_column(String(500), unique=True)


class FollowUpRow(Base):
    """Who follows up what after a decision; open until marked done."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item_uid: Mapped[str] = mapped_column(String(32), index=True)
    owner: Mapped[str] = mapped_column(String(300))
    task: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    done_by: Mapped[str | None] = mapped_column(String(200))
    due: Mapped[dt.date | None] = mapped_column(Date)  # (0006)


class MeetingVersionRow(Base):
    """A meeting's content as it stood before a change after signing (the meeting file data)."""

    __tablename__ = "meeting_versions"
    __table_args__ = (UniqueConstraint("meeting_id", "version", name="uq_meeting_versions_meeting_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str | None] = mapped_column(Text)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)


class SearchEntryRow(Base):
    """One searchable text of a meeting; SQLite indexes it with FTS5, PostgreSQL with GIN."""

    __tablename__ = "search_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item_uid: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))  # title, section, decision, attachment, follow_up
    text: Mapped[str] = mapped_column(Text)
