"""Follow-ups: who follows up what after a decision, across meetings, open until done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dirdesk.storage.search_repository import SearchRepository
from dirdesk.storage.tables import BoardRow, FollowUpRow, ItemRow, MeetingRow


@dataclass(frozen=True, slots=True)
class FollowUpEntry:
    id: int
    board: str
    date: dt.date
    item_uid: str
    item_number: int | None  # None: the item is no longer on the meeting
    item_title: str | None
    owner: str
    task: str
    created_at: dt.datetime
    done_at: dt.datetime | None
    done_by: str | None
    due: dt.date | None = None
    item_closed: bool = False  # from a closed item: its task is closed content

    @property
    def done(self) -> bool:
        return self.done_at is not None


class FollowUpRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _meeting_id(self, board: str, date: dt.date) -> int:
        found = self.session.scalar(select(MeetingRow.id).join(BoardRow).where(
            BoardRow.name == board, MeetingRow.date == date))
        if found is None:
            raise KeyError(date)
        return found

    def entries(self, *, board: str | None = None, date: dt.date | None = None,
                uid: str | None = None, open_only: bool = False) -> list[FollowUpEntry]:
        """Oldest meeting first, then by item and the order they were added."""
        query = (select(FollowUpRow, BoardRow.name, MeetingRow.date, ItemRow.position, ItemRow.title,
                        ItemRow.closed)
                 .join(MeetingRow, MeetingRow.id == FollowUpRow.meeting_id)
                 .join(BoardRow, BoardRow.id == MeetingRow.board_id)
                 .outerjoin(ItemRow, (ItemRow.meeting_id == MeetingRow.id)
                            & (ItemRow.uid == FollowUpRow.item_uid))
                 .order_by(MeetingRow.date, ItemRow.position, FollowUpRow.id))
        if board is not None:
            query = query.where(BoardRow.name == board)
        if date is not None:
            query = query.where(MeetingRow.date == date)
        if uid is not None:
            query = query.where(FollowUpRow.item_uid == uid)
        if open_only:
            query = query.where(FollowUpRow.done_at.is_(None))
        return [FollowUpEntry(row.id, name, day, row.item_uid,
                              None if position is None else position + 1, title, row.owner,
                              row.task, row.created_at, row.done_at, row.done_by, row.due,
                              bool(closed))
                for row, name, day, position, title, closed in self.session.execute(query)]

    def add(self, board: str, date: dt.date, uid: str, owner: str, task: str,
            due: dt.date | None = None) -> int:
        meeting_id = self._meeting_id(board, date)
        row = FollowUpRow(meeting_id=meeting_id, item_uid=uid, owner=owner, task=task,
                          created_at=dt.datetime.now(), due=due)
        self.session.add(row)
        self.session.flush()
        self._reindex(meeting_id, uid)
        return row.id

    def _row(self, follow_up_id: int) -> FollowUpRow:
        row = self.session.get(FollowUpRow, follow_up_id)
        if row is None:
            raise KeyError(follow_up_id)
        return row

    def edit(self, follow_up_id: int, owner: str, task: str) -> None:
        row = self._row(follow_up_id)
        row.owner, row.task = owner, task
        self.session.flush()
        self._reindex(row.meeting_id, row.item_uid)

    def set_due(self, follow_up_id: int, due: dt.date | None) -> None:
        self._row(follow_up_id).due = due

    def set_done(self, follow_up_id: int, done: bool, by: str) -> None:
        row = self._row(follow_up_id)
        row.done_at, row.done_by = (dt.datetime.now(), by) if done else (None, None)

    def remove(self, follow_up_id: int) -> None:
        row = self._row(follow_up_id)
        meeting_id, uid = row.meeting_id, row.item_uid
        self.session.delete(row)
        self.session.flush()
        self._reindex(meeting_id, uid)

    def _reindex(self, meeting_id: int, uid: str) -> None:
        texts = self.session.scalars(select(FollowUpRow.owner + ": " + FollowUpRow.task).where(
            FollowUpRow.meeting_id == meeting_id, FollowUpRow.item_uid == uid)
            .order_by(FollowUpRow.id)).all()
        SearchRepository(self.session).set_text(meeting_id, uid, "follow_up", "\n".join(texts))
