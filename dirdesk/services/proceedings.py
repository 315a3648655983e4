"""The meeting as it runs: participation per item, actual times, lengths learned from past meetings,
and points carried over to an agenda that already exists."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from dirdesk.domain import schedule, timing
from dirdesk.domain.drafting import BREAKS, POINT_MINUTES
from dirdesk.domain.forward_plan import PlannedPoint
from dirdesk.domain.model import (
    AgendaItem,
    Guest,
    InsertKind,
    Meeting,
    MeetingStatus,
    Participation,
    ScheduleSlot,
    Section,
)
from dirdesk.domain.participation import Interest, known_guests, proposed_inhabilitet
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository, MeetingRepository, PlanRepository

# How many past meetings the grid learns from: a year of weekly meetings.
HISTORY = 52


class ProceedingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading ----------------------------------------------------------------------------

    def history(self, board: str, before: dt.date, count: int = HISTORY) -> list[Meeting]:
        """The board's last ``count`` meetings before ``before`` that have items."""
        with self.db.session() as s:
            repo = MeetingRepository(s)
            found = [repo.get(board, d) for d in repo.dates_with_items(board, before=before,
                                                                        last=count)]
        return [m for m in found if m is not None]

    def known_guests(self, board: str, before: dt.date) -> list[Guest]:
        """Guests of earlier meetings, to be offered again instead of typed again."""
        return known_guests(self.history(board, before))

    def interest_proposals(self, board: str, item: AgendaItem) -> list[Interest]:
        """The interest register's lines the item names (for the secretariat to confirm)."""
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
        register = [] if known is None else [Interest(m, t) for m, t in known.interests]
        return proposed_inhabilitet(item, register)

    def learned_lengths(self, board: str, date: dt.date,
                        items: Sequence[AgendaItem]) -> dict[str, int]:
        """Proposed lengths of ``items`` from how long similar items really took before ``date``."""
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
        standing = () if known is None else known.standing_items
        return timing.learned_lengths(items, self.history(board, date), standing)

    def plan_warnings(self, board: str, after: dt.date) -> dict[dt.date, str]:
        """Each coming date whose planned points will not fit its meeting by past figures."""
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
            if known is None:
                return {}
            plan = PlanRepository(s).plan(board, after)
        # A quarter of meetings is enough to judge by, and keeps every refresh of the plan quick.
        history = [m for m in self.history(board, after + dt.timedelta(days=1), count=13)
                   if any(i.started for i in m.items)]
        if not history:
            return {}
        available = schedule.minutes(known.end) - schedule.minutes(known.start)
        breaks = sum(length for _title, _when, length in BREAKS)
        out: dict[dt.date, str] = {}
        for planned in plan.meetings:
            if planned.cancelled or not planned.points:
                continue
            found = timing.plan_fit([p.text for p in planned.points], history,
                                    known.standing_items, available, POINT_MINUTES, breaks)
            if found is not None:
                out[planned.date] = timing.fit_warning(planned.date, *found)
        return out

    def has_agenda(self, board: str, date: dt.date) -> bool:
        with self.db.session() as s:
            return MeetingRepository(s).has_content(board, date)

    def not_on_agenda(self, board: str, after: dt.date) -> list[PlannedPoint]:
        """Planned points of coming meetings whose agenda exists but does not hold them."""
        with self.db.session() as s:
            plan = PlanRepository(s).plan(board, after)
            repo = MeetingRepository(s)
            missing = []
            for planned in plan.meetings:
                if not planned.points or not repo.has_content(board, planned.date):
                    continue
                meeting = repo.get(board, planned.date)
                assert meeting is not None
                titles = {i.title.strip().casefold() for i in meeting.items}
                missing += [p for p in planned.points if p.text.strip().casefold() not in titles]
        return missing

    # --- changing ---------------------------------------------------------------------------

    def _change(self, board: str, date: dt.date, change: Callable[[Meeting], Meeting]) -> Meeting:
        with self.db.session() as s:
            repo = MeetingRepository(s)
            meeting = repo.get(board, date)
            if meeting is None:
                raise KeyError(date)
            changed = change(meeting)
            revision = repo.save(changed, expected_revision=meeting.revision, stored=meeting)
        return dataclasses.replace(changed, revision=revision)

    def set_participation(self, board: str, date: dt.date, uid: str,
                          participation: Participation) -> Meeting:
        return self._change(board, date, lambda m: _with_item(
            m, uid, lambda i: dataclasses.replace(i, participation=participation)))

    def record_start(self, board: str, date: dt.date, uid: str, at: dt.time) -> Meeting:
        """The item was taken up at ``at`` (live mode); the first time counts."""
        return self._change(board, date, lambda m: _with_item(
            m, uid, lambda i: i if i.started is not None else dataclasses.replace(i, started=at)))

    def record_finish(self, board: str, date: dt.date, at: dt.time) -> Meeting:
        return self._change(board, date, lambda m: dataclasses.replace(m, finished=at))

    def add_to_agenda(self, board: str, date: dt.date, title: str, *, closed: bool = False,
                      length: int = POINT_MINUTES) -> Meeting:
        """A point carried over to ``date`` put on its existing agenda: an item before the
        closing item that prints the forward plan, and a grid row of ``length`` minutes
        before the grid's closing row."""
        def change(m: Meeting) -> Meeting:
            if m.status not in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_ISSUED):
                raise ValueError("the meeting is held")
            at = next((n for n, i in enumerate(m.items) if i.has_insert(InsertKind.FORWARD_PLAN)),
                      len(m.items))
            item = AgendaItem(title, closed, sections=(Section("Sagsgang", "DIR"),))
            items = (*m.items[:at], item, *m.items[at:])
            # Rows of items after the new one are renumbered.
            slots = [dataclasses.replace(s, item=s.item + 1) if s.item is not None and s.item > at
                     else s for s in m.schedule]
            row = ScheduleSlot(m.start, title, item=at + 1, closed=closed)
            closing = next((n for n, s in enumerate(slots) if s.is_closing), len(slots))
            before_last = max(0, closing - 1) if closing and at < len(m.items) else closing
            slots = schedule.insert(slots, before_last, row, length, m.end) if slots else [row]
            return dataclasses.replace(m, items=items, schedule=tuple(slots))
        return self._change(board, date, change)


def _with_item(meeting: Meeting, uid: str, change: Callable[[AgendaItem], AgendaItem]) -> Meeting:
    if not any(i.uid == uid for i in meeting.items):
        raise KeyError(uid)
    return dataclasses.replace(meeting, items=tuple(
        change(i) if i.uid == uid else i for i in meeting.items))

