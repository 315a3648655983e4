"""The live forward plan: coming meetings with their planned points, closed periods, undated points."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from dirdesk.domain.model import ForwardPlanSnapshot, PlanRow


@dataclass(frozen=True, slots=True)
class PlannedPoint:
    """A point planned for a coming meeting, or awaiting a date (``date`` is ``None``)."""

    text: str
    date: dt.date | None = None
    origin: dt.date | None = None  # the meeting it was carried over from, if any
    id: int | None = None
    closed: bool = False  # carried over from a closed item: it is drafted as a closed item


@dataclass(frozen=True, slots=True)
class ClosedPeriod:
    """A period without meetings: ``Jule- og nytårslukket``, school holidays."""

    start: dt.date
    end: dt.date
    label: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class PlannedMeeting:
    """A coming meeting as the forward plan sees it."""

    date: dt.date
    points: tuple[PlannedPoint, ...] = ()
    note: str | None = None
    cancelled: bool = False
    cancel_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ForwardPlan:
    """The plan as it is now: coming meetings in date order, closed periods, undated points."""

    meetings: tuple[PlannedMeeting, ...] = ()
    closed_periods: tuple[ClosedPeriod, ...] = ()
    undated: tuple[PlannedPoint, ...] = ()

    def upcoming(self, after: dt.date, count: int | None = None,
                 until: dt.date | None = None) -> list[PlannedMeeting]:
        """Meetings after ``after``: the next ``count`` not cancelled ones, or all up to ``until``."""
        chosen: list[PlannedMeeting] = []
        held = 0
        for m in sorted(self.meetings, key=lambda m: m.date):
            if m.date <= after or (until is not None and m.date > until):
                continue
            chosen.append(m)
            if not m.cancelled:
                held += 1
            if count is not None and held >= count:
                break
        return chosen

    def snapshot(self, after: dt.date, count: int | None = None,
                 until: dt.date | None = None) -> ForwardPlanSnapshot:
        """The plan as a document prints it: dated rows with closed periods between them."""
        meetings = self.upcoming(after, count, until)
        rows: list[PlanRow] = []
        periods = sorted(self.closed_periods, key=lambda p: p.start)
        last = after
        shown: set[ClosedPeriod] = set()
        for m in meetings:
            rows.extend(_periods_between(periods, last, m.date, shown))
            rows.append(PlanRow(
                date=m.date,
                note=(m.cancel_reason if m.cancelled else m.note) or None,
                cancelled=m.cancelled,
                points=tuple(p.text for p in m.points),
            ))
            last = m.date
        return ForwardPlanSnapshot(rows=tuple(rows), undated=tuple(p.text for p in self.undated))


def _periods_between(periods: Sequence[ClosedPeriod], after: dt.date, before: dt.date,
                     shown: set[ClosedPeriod]) -> Iterable[PlanRow]:
    # A period already under way (it began before ``after``) still stands before the next date.
    for p in periods:
        if p not in shown and p.end > after and p.start < before:
            shown.add(p)
            yield PlanRow(date=None, note=p.label)


def closed_period_between(before: dt.date | None, after: dt.date | None,
                          label: str) -> ClosedPeriod | None:
    """The period a dateless plan row stands for: the days between its neighbouring rows."""
    if before is None or after is None or after - before <= dt.timedelta(days=1):
        return None
    return ClosedPeriod(before + dt.timedelta(days=1), after - dt.timedelta(days=1), label)


class MoveRefusal(enum.Enum):
    """Why a meeting cannot be moved to a date."""

    PASSED = "passed"  # the date lies before today
    TAKEN = "taken"  # the board already meets that day


def move_refusal(day: dt.date, today: dt.date, meeting_days: Container[dt.date]) -> MoveRefusal | None:
    """Whether a meeting may move to ``day``: a coming date the board does not already meet on."""
    if day < today:
        return MoveRefusal.PASSED
    if day in meeting_days:
        return MoveRefusal.TAKEN
    return None
