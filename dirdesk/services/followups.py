"""After a decision: who follows up what (a list across meetings), and carrying an item over."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
from dataclasses import dataclass

from dirdesk.domain.danish import MONTHS
from dirdesk.domain.decisions import CarryOver, FollowUp, follow_ups, postponement
from dirdesk.domain.model import FollowUpLine, InsertKind, Meeting, Person
from dirdesk.domain.people import canonical_owner
from dirdesk.storage.database import Database
from dirdesk.storage.followup_repository import FollowUpEntry, FollowUpRepository
from dirdesk.storage.repository import BoardRepository, MeetingRepository, PlanRepository

__all__ = ["CarryOverProposal", "CarryOverService", "FollowUpEntry", "FollowUpService"]


def _user() -> str:
    return getpass.getuser()


def as_line(entry: FollowUpEntry) -> FollowUpLine:
    """A follow-up as a document prints it, with the meeting and item it came from."""
    origin = f"{entry.date.day}. {MONTHS[entry.date.month - 1]} {entry.date.year}"
    if entry.item_number is not None:
        origin += f", punkt {entry.item_number}: {entry.item_title}"
    return FollowUpLine(entry.owner, entry.task, entry.due, origin, entry.item_closed, entry.done)


class FollowUpService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, *, board: str | None = None, date: dt.date | None = None,
                uid: str | None = None, open_only: bool = False) -> list[FollowUpEntry]:
        with self.db.session() as s:
            return FollowUpRepository(s).entries(board=board, date=date, uid=uid,
                                                 open_only=open_only)

    def proposals(self, board: str, date: dt.date, uid: str, decision: str | None) -> list[FollowUp]:
        """The follow-ups the decision text names that are not on the list yet (an owner is
        compared as the board knows them: "Lene Mehlsen" is "Lene Mehlsen Thomsen"), each once
        however often the text names it (a bar of the same proposal again and again took a
        frame to lay out in a pause of typing)."""
        named = follow_ups(decision)
        if not named:  # most decisions, and every pause in typing one: no database
            return []
        known = {(e.owner.casefold(), e.task.casefold())
                 for e in self.entries(board=board, date=date, uid=uid)}
        owners = {owner for owner, _task in known}
        people = self._people(board)
        proposed: list[FollowUp] = []
        for f in named:
            key = (canonical_owner(f.owner, people).casefold(), f.task.casefold())
            if key not in known and key[0] not in owners:
                known.add(key)
                proposed.append(f)
        return proposed

    def owner_as_known(self, board: str, owner: str) -> str:
        """``owner`` as the follow-up list stores it: the board's name for that person."""
        return canonical_owner(owner.strip(), self._people(board))

    def _people(self, board: str) -> tuple[Person, ...]:
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
        return () if known is None else (*known.members, *known.staff)

    def add(self, board: str, date: dt.date, uid: str, owner: str, task: str,
            due: dt.date | None = None) -> int:
        """Add a follow-up; its owner is named as the board knows them (``canonical_owner``)."""
        owner = canonical_owner(owner.strip(), self._people(board))
        with self.db.session() as s:
            return FollowUpRepository(s).add(board, date, uid, owner, task.strip(), due)

    def set_due(self, follow_up_id: int, due: dt.date | None) -> None:
        with self.db.session() as s:
            FollowUpRepository(s).set_due(follow_up_id, due)

    def due_by(self, board: str, date: dt.date) -> list[FollowUpEntry]:
        """The open follow-ups of earlier meetings that are due by ``date`` (those without a
        due date are due at the next meeting after theirs)."""
        with self.db.session() as s:
            entries = FollowUpRepository(s).entries(board=board, open_only=True)
        return [e for e in entries if e.date < date and (e.due is None or e.due <= date)]

    def with_due(self, meeting: Meeting) -> Meeting:
        """``meeting`` with the follow-ups due by its date, where an item prints them."""
        if not any(item.has_insert(InsertKind.FOLLOW_UPS) for item in meeting.items):
            return meeting
        return dataclasses.replace(meeting, follow_ups=self.lines_due(meeting))

    def lines_due(self, meeting: Meeting) -> tuple[FollowUpLine, ...]:
        """The meeting's "Opfølgning" insert: the follow-ups due by its date, as printed."""
        return tuple(as_line(e) for e in self.due_by(meeting.board, meeting.date))

    def edit(self, follow_up_id: int, owner: str, task: str) -> None:
        with self.db.session() as s:
            FollowUpRepository(s).edit(follow_up_id, owner.strip(), task.strip())

    def set_done(self, follow_up_id: int, done: bool = True) -> None:
        with self.db.session() as s:
            FollowUpRepository(s).set_done(follow_up_id, done, _user())

    def remove(self, follow_up_id: int) -> None:
        with self.db.session() as s:
            FollowUpRepository(s).remove(follow_up_id)


@dataclass(frozen=True, slots=True)
class CarryOverProposal:
    """Where a postponing decision would put the item back in the forward plan."""

    kind: CarryOver
    target: dt.date | None  # None: among the points awaiting a date
    title: str
    wording: str  # the words of the decision that ask for it


class CarryOverService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def proposal(self, board: str, date: dt.date, uid: str, decision: str | None,
                 title: str | None = None) -> CarryOverProposal | None:
        """What the decision asks for, unless the item is already carried over from this meeting.

        ``title``, the item's title where the caller has the meeting open, spares reading it.
        """
        found = postponement(decision, date)
        if found is None:
            return None
        with self.db.session() as s:
            if title is None:
                meeting = MeetingRepository(s).get(board, date)
                item = None if meeting is None else next(
                    (i for i in meeting.items if i.uid == uid), None)
                if item is None:
                    return None
                title = item.title
            plans = PlanRepository(s)
            if title in plans.carried_from(board, date):
                return None
            target = found.date
            if found.kind is CarryOver.NEXT_MEETING:
                coming = [m for m in plans.plan(board, date).upcoming(date, 1) if not m.cancelled]
                if coming:
                    target = coming[0].date
                else:  # no date planned yet: the board's next weekday
                    known = BoardRepository(s).get(board)
                    weekday = known.weekday if known else date.weekday()
                    target = date + dt.timedelta(days=(weekday - date.weekday() - 1) % 7 + 1)
        return CarryOverProposal(found.kind, target, title, found.wording)

    def carry(self, board: str, date: dt.date, uid: str, target: dt.date | None,
              text: str | None = None) -> int:
        """Put the item in the forward plan on ``target`` (None: awaiting a date), from this meeting."""
        with self.db.session() as s:
            meeting = MeetingRepository(s).get(board, date)
            item = None if meeting is None else next((i for i in meeting.items if i.uid == uid), None)
            if item is None:
                raise KeyError(uid)
            plans = PlanRepository(s)
            if target is not None:
                known = BoardRepository(s).get(board)
                assert known is not None
                plans.ensure_meeting(known, target)
            # Access travels with the item: a closed item comes back as a closed item.
            point = plans.add_point(board, target, text or item.title, origin=date,
                                    closed=item.closed)
            MeetingRepository(s).record(board, date, "carried_over", actor=_user(),
                                        detail=f"{item.title} → {target.isoformat() if target else '-'}")
            return point
