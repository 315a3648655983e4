"""The forward plan as the pane shows it: a row per coming meeting, closed period, holiday
without a meeting, and the group of points awaiting a date (plain Python, no Qt)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass

from dirdesk.domain import danish
from dirdesk.domain.forward_plan import ClosedPeriod, ForwardPlan, PlannedMeeting, PlannedPoint


class RowKind(enum.StrEnum):
    MEETING = "meeting"
    PERIOD = "period"
    UNDATED = "undated"  # the group "Punkter som afventer dato"
    HOLIDAY = "holiday"  # a weekly date without a meeting: a public holiday, a closed period
    POINT = "point"


def meeting_label(day: dt.date, today: dt.date) -> str:
    """``Onsdag 25. nov.``; the year is added when it is not this year's (``Onsdag 6. jan. 2027``)."""
    text = f"{danish.WEEKDAYS[day.weekday()].capitalize()} {danish.short_date(day)}"
    return text if day.year == today.year else f"{text} {day.year}"


def period_label(period: ClosedPeriod) -> str:
    """``Jule- og nytårslukket (21. dec. – 3. jan.)``."""
    return f"{period.label} ({danish.short_date(period.start)} – {danish.short_date(period.end)})"


@dataclass(frozen=True, slots=True)
class PlanRow:
    """A top-level row: a meeting, a closed period, or the group of undated points."""

    kind: RowKind
    meeting: PlannedMeeting | None = None
    period: ClosedPeriod | None = None
    points: tuple[PlannedPoint, ...] = ()
    off: str | None = None  # the holiday or closed period the date falls on
    day: dt.date | None = None  # a holiday row's date

    @property
    def date(self) -> dt.date | None:
        return self.meeting.date if self.meeting else self.day

    @property
    def takes_points(self) -> bool:
        """Points may be planned here: the undated group, or a meeting that is not cancelled."""
        if self.kind is RowKind.UNDATED:
            return True
        return self.meeting is not None and not self.meeting.cancelled


def plan_rows(plan: ForwardPlan, after: dt.date, count: int | None,
              until: dt.date | None, marks: Mapping[dt.date, str] | None = None) -> list[PlanRow]:
    """The rows the pane shows, in the order a document prints them, then the undated group.

    ``marks`` (date → holiday or closed period) flags the meetings on such dates, and adds a
    row for each such weekly date in the shown range that has no meeting.
    """
    marks = marks or {}
    meetings = {m.date: m for m in plan.upcoming(after, count, until)}
    # The snapshot prints periods in date order by name only: two periods of the same name
    # ("Sommerferie" one year and the next) are matched in that order, and stay two.
    periods = sorted(plan.closed_periods, key=lambda p: (p.start, p.end))
    rows: list[PlanRow] = []
    for printed in plan.snapshot(after, count, until).rows:
        if printed.date is None:
            period = next((p for p in periods if p.label == (printed.note or "")), None)
            if period is not None:
                periods.remove(period)
                rows.append(PlanRow(RowKind.PERIOD, period=period))
        else:
            meeting = meetings[printed.date]
            rows.append(PlanRow(RowKind.MEETING, meeting=meeting, points=meeting.points,
                                off=marks.get(meeting.date)))
    last = until if until is not None else max(meetings, default=after)
    for day, why in sorted(marks.items()):
        if after < day <= last and day not in meetings:
            at = next((i for i, r in enumerate(rows)
                       if r.kind is RowKind.MEETING and r.date is not None and r.date > day),
                      len(rows))
            rows.insert(at, PlanRow(RowKind.HOLIDAY, off=why, day=day))
    rows.append(PlanRow(RowKind.UNDATED, points=plan.undated))
    return rows
