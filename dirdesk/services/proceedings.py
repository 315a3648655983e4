"""The meeting as it runs: participation per item, actual times, lengths learned from past meetings,
and points carried over to an agenda that already exists."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from dirdesk.domain import agenda, schedule, timing
from dirdesk.domain.drafting import BREAKS, POINT_MINUTES
from dirdesk.domain.forward_plan import PlannedPoint
from dirdesk.domain.model import (
    AgendaItem,
    Guest,
    InsertKind,
    Meeting,
    MeetingStatus,
    Participation,
    Section,
    StandingItem,
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

    def past_items(self, board: str, before: dt.date) -> list[timing.PastItem]:
        """The items of the board's last year of meetings before ``before`` as they really
        ran: what a grid learns its lengths from."""
        return timing.past_items(self.timed_history(board, before))

    def timed_history(self, board: str, before: dt.date, count: int = HISTORY) -> list[Meeting]:
        """The board's last ``count`` meetings before ``before`` with actual times, as far as
        their clock goes (no texts): read in three queries."""
        with self.db.session() as s:
            return MeetingRepository(s).timed(board, before, count)

    def standing_items(self, board: str) -> tuple[StandingItem, ...]:
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
        return () if known is None else known.standing_items

    def learned(self, board: str, date: dt.date,
                items: Sequence[AgendaItem]) -> dict[str, timing.Learned]:
        """Proposed lengths of ``items`` from how long similar items really took before
        ``date``, with what those were planned to take."""
        return timing.learned(items, self.past_items(board, date), self.standing_items(board))

    def plan_warnings(self, board: str, after: dt.date) -> dict[dt.date, str]:
        """Each coming date whose planned points will not fit its meeting by past figures."""
        return self.plan_figures(board, after)[0]

    def plan_figures(self, board: str, after: dt.date) -> tuple[dict[dt.date, str],
                                                                dict[int, timing.Learned]]:
        """What past meetings say of the coming plan: each date whose points will not fit its
        meeting, and each planned point's proposed length (by point id)."""
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
            if known is None:
                return {}, {}
            plan = PlanRepository(s).plan(board, after)
        # A quarter of meetings is enough to judge by, and keeps every refresh of the plan quick.
        history = self.timed_history(board, after + dt.timedelta(days=1), count=13)
        if not history:
            return {}, {}
        past = timing.past_items(history)
        available = schedule.minutes(known.end) - schedule.minutes(known.start)
        breaks = sum(length for _title, _when, length in BREAKS)
        warnings: dict[dt.date, str] = {}
        proposals: dict[int, timing.Learned] = {}
        for planned in plan.meetings:
            if planned.cancelled or not planned.points:
                continue
            found = timing.plan_fit([p.text for p in planned.points], history,
                                    known.standing_items, available, POINT_MINUTES, breaks)
            if found is not None:
                warnings[planned.date] = timing.fit_warning(planned.date, *found)
            for point in planned.points:
                learned = timing.learn(AgendaItem(point.text), past, known.standing_items)
                if learned is not None and point.id is not None:
                    proposals[point.id] = learned
        return warnings, proposals

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

    def add_to_agenda(self, board: str, date: dt.date, title: str, *,
                      closed: bool = False) -> Meeting:
        """A point carried over to ``date`` put on its existing agenda: an item before the
        closing item that prints the forward plan, and a grid row as long as similar items
        really took (else the usual length) after the row of the item before it."""
        item = AgendaItem(title, closed, sections=(Section("Sagsgang", "DIR"),))
        found = self.learned(board, date, [item]).get(item.uid)
        length = POINT_MINUTES if found is None else found.minutes

        def change(m: Meeting) -> Meeting:
            if m.status not in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_ISSUED):
                raise ValueError("the meeting is held")
            at = next((n for n, i in enumerate(m.items) if i.has_insert(InsertKind.FORWARD_PLAN)),
                      len(m.items))
            added = agenda.insert_item(m, at, item)
            return agenda.with_item_row(added, at + 1, length) if m.schedule else added
        return self._change(board, date, change)


def _with_item(meeting: Meeting, uid: str, change: Callable[[AgendaItem], AgendaItem]) -> Meeting:
    if not any(i.uid == uid for i in meeting.items):
        raise KeyError(uid)
    return dataclasses.replace(meeting, items=tuple(
        change(i) if i.uid == uid else i for i in meeting.items))

