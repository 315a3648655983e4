"""The political calendar in the database: committee meetings by date, and by iCalendar UID."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dirdesk.domain.political import CommitteeMeeting
from dirdesk.storage.tables import CommitteeMeetingRow

Upserted = Literal["added", "updated", "unchanged"]


def _meeting(row: CommitteeMeetingRow) -> CommitteeMeeting:
    return CommitteeMeeting(committee=row.committee, name=row.name, date=row.date, start=row.start,
                            location=row.location, uid=row.uid, id=row.id)


def _fill(row: CommitteeMeetingRow, meeting: CommitteeMeeting) -> None:
    row.committee, row.name, row.date = meeting.committee, meeting.name, meeting.date
    row.start, row.location, row.uid = meeting.start, meeting.location, meeting.uid


class CommitteeMeetingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def between(self, first: dt.date | None = None, last: dt.date | None = None) -> list[CommitteeMeeting]:
        """The meetings from ``first`` to ``last`` (both included; ``None``: no limit), by date
        and time, a meeting without a time first on its day."""
        query = select(CommitteeMeetingRow)
        if first is not None:
            query = query.where(CommitteeMeetingRow.date >= first)
        if last is not None:
            query = query.where(CommitteeMeetingRow.date <= last)
        # Sorted here: SQLite and PostgreSQL put a missing time at opposite ends.
        return sorted((_meeting(r) for r in self.session.scalars(query)),
                      key=CommitteeMeeting.sort_key)

    def any(self) -> bool:
        return self.session.scalar(select(CommitteeMeetingRow.id).limit(1)) is not None

    def get(self, meeting_id: int) -> CommitteeMeeting | None:
        row = self.session.get(CommitteeMeetingRow, meeting_id)
        return None if row is None else _meeting(row)

    def by_uid(self, uid: str) -> CommitteeMeeting | None:
        row = self._by_uid(uid)
        return None if row is None else _meeting(row)

    def _by_uid(self, uid: str) -> CommitteeMeetingRow | None:
        return self.session.scalar(select(CommitteeMeetingRow).where(CommitteeMeetingRow.uid == uid))

    def add(self, meeting: CommitteeMeeting) -> int:
        row = CommitteeMeetingRow()
        _fill(row, meeting)
        self.session.add(row)
        self.session.flush()
        return row.id

    def edit(self, meeting: CommitteeMeeting) -> None:
        """Store ``meeting`` over the one with its id (``KeyError`` if there is none)."""
        row = None if meeting.id is None else self.session.get(CommitteeMeetingRow, meeting.id)
        if row is None:
            raise KeyError(meeting.id)
        _fill(row, meeting)
        self.session.flush()

    def delete(self, meeting_id: int) -> bool:
        row = self.session.get(CommitteeMeetingRow, meeting_id)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True

    def delete_uid(self, uid: str) -> bool:
        row = self._by_uid(uid)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True

    def upsert(self, meeting: CommitteeMeeting) -> Upserted:
        """Add ``meeting``, or update the one with its UID; a meeting without a UID is added."""
        row = None if meeting.uid is None else self._by_uid(meeting.uid)
        if row is None:
            self.add(meeting)
            return "added"
        if _meeting(row) == dataclasses.replace(meeting, id=row.id):
            return "unchanged"
        _fill(row, meeting)
        self.session.flush()
        return "updated"

