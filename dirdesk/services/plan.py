"""Forward-plan use cases: the coming meetings' points, notes, cancellations, undated points."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.forward_plan import ForwardPlan, PlannedPoint
from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.model import Board
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository, PlanRepository, StaleNote


class NoteChanged(UserError):
    """Someone else saved the meeting's note after this edit started from it."""

    def __init__(self, date: dt.date, theirs: str | None) -> None:
        super().__init__(Message("the note of the meeting on {date} was changed by someone else",
                                 date=date))
        self.date, self.theirs = date, theirs


class PlanService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def boards(self) -> list[str]:
        with self.db.session() as s:
            return BoardRepository(s).names()

    def board(self, name: str) -> Board | None:
        with self.db.session() as s:
            return BoardRepository(s).get(name)

    def plan(self, board: str, after: dt.date) -> ForwardPlan:
        with self.db.session() as s:
            return PlanRepository(s).plan(board, after)

    def add_point(self, board: str, date: dt.date | None, text: str) -> int:
        with self.db.session() as s:
            return PlanRepository(s).add_point(board, date, text)

    def point(self, point_id: int) -> PlannedPoint:
        with self.db.session() as s:
            return PlanRepository(s).point(point_id)

    def edit_point(self, point_id: int, text: str) -> None:
        with self.db.session() as s:
            PlanRepository(s).edit_point(point_id, text)

    def move_point(self, point_id: int, date: dt.date | None, position: int | None = None) -> None:
        with self.db.session() as s:
            PlanRepository(s).move_point(point_id, date, position)

    def remove_point(self, point_id: int) -> None:
        with self.db.session() as s:
            PlanRepository(s).remove_point(point_id)

    def restore_point(self, board: str, point: PlannedPoint, position: int | None) -> int:
        """Undo of a removal: ``point`` back at ``position``; returns its id (the old one if free)."""
        with self.db.session() as s:
            return PlanRepository(s).restore_point(board, point, position)

    def set_note(self, board: str, date: dt.date, note: str | None,
                 *, base: str | None | object = ...) -> int:
        """The meeting's note, as a change of the meeting: its revision moves on, so a window
        holding the meeting is refused its next save instead of saving over the note. With
        ``base`` a note someone else saved meanwhile is not overwritten (``NoteChanged``).
        Returns the meeting's revision."""
        with self.db.session() as s:
            try:
                return PlanRepository(s).set_note(board, date, note, base=base)
            except StaleNote as stale:
                raise NoteChanged(date, stale.stored) from None

    def cancel(self, board: str, date: dt.date, reason: str) -> int:
        """Cancel a planned meeting (a change of the meeting, as ``set_note``); its revision."""
        with self.db.session() as s:
            return PlanRepository(s).set_meeting_state(board, date, cancelled=True, reason=reason)

    def uncancel(self, board: str, date: dt.date) -> int:
        with self.db.session() as s:
            return PlanRepository(s).uncancel(board, date)

    def ensure_meeting(self, board: str, date: dt.date) -> None:
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
            if known is None:
                raise KeyError(board)
            PlanRepository(s).ensure_meeting(known, date)
