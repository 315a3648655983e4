"""The board's calendar: weekly dates ahead, Danish public holidays, closed periods."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from dirdesk import paths
from dirdesk.domain.drafting import meeting_dates, why_not
from dirdesk.domain.forward_plan import ClosedPeriod
from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.model import MeetingStatus
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository, MeetingRepository, PlanRepository

log = logging.getLogger(__name__)


@lru_cache(maxsize=32)
def danish_holidays(year: int) -> dict[dt.date, str]:
    """Denmark's public holidays of ``year`` with their Danish names (Store bededag to 2023).

    The ``holidays`` package reckons them; importing it loads every country it knows (about
    0.2 s, most of a start-up), so a year's result is kept in the user cache folder, in a
    file named after the package's version: a new version reckons again.
    """
    cached = _holiday_cache(year)
    if cached is not None:
        try:
            return {dt.date.fromisoformat(d): name for d, name in
                    json.loads(cached.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError, AttributeError):
            pass  # not made yet, or unreadable: reckon it
    import holidays

    found = dict(holidays.country_holidays("DK", years=year, language="da").items())
    if cached is None:
        return found
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({d.isoformat(): n for d, n in sorted(found.items())},
                                        ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, cached)
    except OSError as exc:
        log.info("holidays of %s not cached: %s", year, exc)
    return found


def _holiday_cache(year: int) -> Path | None:
    """The cache file of ``year``, or None where the package's version cannot be told."""
    try:
        version = metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a bundle without the package's metadata
        return None
    return paths.cache_dir() / "holidays" / f"dk-{year}-holidays-{version}.json"


def holidays_between(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    found: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update({d: n for d, n in danish_holidays(year).items() if start <= d <= end})
    return found


def calendar(weekday: int, after: dt.date, until: dt.date,
             periods: list[ClosedPeriod]) -> list[tuple[dt.date, str | None]]:
    """Each weekly date after ``after`` up to ``until``, with why there is no meeting, if so."""
    free = holidays_between(after, until)
    return [(day, why_not(day, free, periods)) for day in meeting_dates(weekday, after, until)]


class MeetingDateTaken(UserError):
    """A meeting cannot move onto a date that has one already."""

    def __init__(self, board: str, date: dt.date) -> None:
        super().__init__(Message("{board} already has a meeting on {date}; choose another date",
                                 board=board, date=date))
        self.date = date


class MeetingNotMovable(UserError):
    def __init__(self, date: dt.date, why: Message) -> None:
        super().__init__(why)
        self.date = date


@dataclass(frozen=True, slots=True)
class PointPlace:
    """Where a point stood, so that an undo can put it back."""

    point_id: int
    date: dt.date | None
    position: int


class CalendarService:
    """The board's dates ahead: weekly meetings generated, holidays marked, periods, moves."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the weekly dates -------------------------------------------------------------------

    def extend(self, board: str, today: dt.date, until: dt.date) -> list[dt.date]:
        """Plan the board's weekly meetings up to ``until``; returns the dates made.

        Only dates after the latest meeting the board already has are made: a week the
        secretariat moved a meeting away from, or removed, is not filled in again. Dates on a
        public holiday or in a closed period are not proposed.
        """
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
            if known is None:
                raise KeyError(board)
            plan = PlanRepository(s)
            dates = plan.meeting_dates(board, last=1)  # the latest: not every date since
            horizon = max([today, *dates])
            made = [day for day, why in calendar(known.weekday, horizon, until,
                                                 plan.closed_periods(board)) if why is None]
            for day in made:
                plan.ensure_meeting(known, day)
        return made

    def marks(self, board: str, after: dt.date, until: dt.date) -> dict[dt.date, str]:
        """Why the board does not meet, for each weekly date and each meeting date in
        (``after``, ``until``] that falls on a public holiday or in a closed period."""
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
            if known is None:
                raise KeyError(board)
            plan = PlanRepository(s)
            periods = plan.closed_periods(board)
            dates = plan.meeting_dates(board, after=after, until=until)
        free = holidays_between(after, until)
        found = {day: why for day, why in calendar(known.weekday, after, until, periods) if why}
        for day in dates:
            why = why_not(day, free, periods)
            if why:
                found[day] = why
        return dict(sorted(found.items()))

    # --- closed periods ---------------------------------------------------------------------

    def closed_periods(self, board: str) -> list[ClosedPeriod]:
        with self.db.session() as s:
            return PlanRepository(s).closed_periods(board)

    def add_closed_period(self, board: str, period: ClosedPeriod) -> list[dt.date]:
        """Add ``period``; planned meetings without an agenda in it are cancelled with its
        label as the reason (their points stay with them). Returns the dates cancelled."""
        _check_period(period)
        with self.db.session() as s:
            plan = PlanRepository(s)
            plan.add_closed_period(board, period)
            return self._close(MeetingRepository(s), plan, board, period)

    def remove_closed_period(self, board: str, period: ClosedPeriod) -> list[dt.date]:
        """Remove ``period``: the meetings it cancelled are held again. Returns those dates."""
        with self.db.session() as s:
            plan = PlanRepository(s)
            plan.remove_closed_period(board, period)
            return self._reopen(MeetingRepository(s), plan, board, period)

    def replace_closed_period(self, board: str, old: ClosedPeriod, new: ClosedPeriod) -> None:
        _check_period(new)
        with self.db.session() as s:
            plan = PlanRepository(s)
            plan.remove_closed_period(board, old)
            self._reopen(MeetingRepository(s), plan, board, old)
            plan.add_closed_period(board, new)
            self._close(MeetingRepository(s), plan, board, new)

    @staticmethod
    def _close(meetings: MeetingRepository, plan: PlanRepository, board: str,
               period: ClosedPeriod) -> list[dt.date]:
        closed = []
        for summary in meetings.summaries(board):
            if (period.covers(summary.date) and summary.status is MeetingStatus.PLANNED
                    and not summary.item_count):
                plan.set_meeting_state(board, summary.date, cancelled=True, reason=period.label)
                closed.append(summary.date)
        return closed

    @staticmethod
    def _reopen(meetings: MeetingRepository, plan: PlanRepository, board: str,
                period: ClosedPeriod) -> list[dt.date]:
        free = holidays_between(period.start, period.end)
        others = plan.closed_periods(board)
        opened = []
        for summary in meetings.summaries(board):
            if (period.covers(summary.date) and summary.status is MeetingStatus.CANCELLED
                    and summary.cancel_reason == period.label
                    and why_not(summary.date, free, others) is None):
                plan.uncancel(board, summary.date)
                opened.append(summary.date)
        # Weeks of the period that were never planned (it was known before they were made)
        # are planned now, up to the latest meeting: beyond that ``extend`` plans them.
        known = BoardRepository(meetings.session).get(board)
        dates = plan.meeting_dates(board)
        if known is not None and dates:
            after = max(period.start - dt.timedelta(days=1), dt.date.today())
            for day, why in calendar(known.weekday, after, min(period.end, dates[-1]), others):
                if why is None and day not in dates:
                    plan.ensure_meeting(known, day)
                    opened.append(day)
        return sorted(opened)

    # --- moving and cancelling meetings -----------------------------------------------------

    def move_meeting(self, board: str, old: dt.date, new: dt.date) -> None:
        """Hold the meeting of ``old`` on ``new`` instead: agenda and planned points go along."""
        if old == new:
            return
        with self.db.session() as s:
            meetings = MeetingRepository(s)
            if meetings.get(board, new) is not None:
                raise MeetingDateTaken(board, new)
            stored = meetings.get(board, old)
            if stored is None:
                raise KeyError(old)
            if stored.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_SIGNED):
                raise MeetingNotMovable(old, Message("the meeting on {date} is held; it cannot move",
                                                     date=old))
            PlanRepository(s).move_meeting(board, old, new)
            meetings.record(board, new, "moved", actor=_user(), detail=old.isoformat())

    def cancel_meeting(self, board: str, date: dt.date, reason: str,
                       destinations: Sequence[tuple[int, dt.date | None]] = ()) -> list[PointPlace]:
        """Cancel the meeting on ``date`` and move its points where the secretariat chose
        (a coming meeting, or ``None``: awaiting a date), all or nothing.

        Returns where the moved points stood, for ``undo_cancel``.
        """
        with self.db.session() as s:
            plan = PlanRepository(s)
            before = plan.plan(board, date - dt.timedelta(days=1))
            here = next((m for m in before.meetings if m.date == date), None)
            if here is None:
                raise KeyError(date)
            positions = {p.id: i for i, p in enumerate(here.points)}
            places = []
            for point_id, target in destinations:
                if point_id not in positions:
                    raise KeyError(point_id)
                if target == date:
                    continue
                places.append(PointPlace(point_id, date, positions[point_id]))
                plan.move_point(point_id, target, None)
            plan.set_meeting_state(board, date, cancelled=True, reason=reason)
        return places

    def undo_cancel(self, board: str, date: dt.date, places: Sequence[PointPlace]) -> None:
        """The meeting on ``date`` is held after all, its points back where they stood."""
        with self.db.session() as s:
            plan = PlanRepository(s)
            plan.uncancel(board, date)
            for place in sorted(places, key=lambda p: p.position):
                plan.move_point(place.point_id, place.date, place.position)


def _check_period(period: ClosedPeriod) -> None:
    if not period.label.strip():
        raise UserError(Message("a closed period needs a name"))
    if period.end < period.start:
        raise UserError(Message("a closed period ends before it starts"))


def _user() -> str:
    return getpass.getuser() if hasattr(getpass, "getuser") else ""


def in_sentence(text: str) -> str:
    """``onsdag den 2. december 2026``: a line-opening date inside a sentence."""
    return text[:1].lower() + text[1:]
