"""A new meeting in one step: standing items, the points planned for the date, a first grid."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from dirdesk.domain import schedule, timing
from dirdesk.domain.forward_plan import ClosedPeriod, ForwardPlan, PlannedMeeting
from dirdesk.domain.model import (
    CLOSING_TITLE,
    AgendaItem,
    Board,
    Insert,
    InsertKind,
    Meeting,
    MeetingStatus,
    Person,
    ScheduleSlot,
    Section,
)

FIRST_ITEM_MINUTES = 90
POINT_MINUTES = 20
PLAN_ITEM_MINUTES = 15
# As the board's own grids have them (tests/reference): a short pause at 11.00 and lunch at
# 12.00. A break keeps its length: time to spare goes to the items around it.
BREAKS = (("Pause", dt.time(11, 0), 5), ("Frokost", dt.time(12, 0), 30))


def absent_from_note(members: Sequence[Person], note: str | None) -> list[Person]:
    """Members a plan note says will not attend: ``Kim Bruun deltager ikke på mødet``.

    A member is named when the note holds their first and last name, or their first two names.
    """
    if not note or "deltager ikke" not in note.casefold():
        return []
    text = " ".join(re.findall(r"\w+", note.casefold()))
    found = []
    for person in members:
        words = person.name.casefold().split()
        keys = {" ".join(words[:2])} | ({f"{words[0]} {words[-1]}"} if len(words) > 1 else set())
        if any(re.search(rf"\b{re.escape(k)}\b", text) for k in keys):
            found.append(person)
    return found


def draft_meeting(board: Board, date: dt.date, plan: ForwardPlan,
                  history: Sequence[Meeting] = ()) -> Meeting:
    """The meeting the board would hold on ``date`` as the plan stands: ready to edit.

    With ``history`` (past meetings with actual times) each item's row is as long as similar
    items really took (``timing.learned_lengths``)."""
    planned = next((m for m in plan.meetings if m.date == date), PlannedMeeting(date))
    standing = list(board.standing_items)
    # The standing item that prints the forward plan closes the agenda; the others open it.
    closing = [s for s in standing if any(isinstance(x, Insert) and x.kind is InsertKind.FORWARD_PLAN
                                          for x in s.sections)]
    opening = [s for s in standing if s not in closing]
    items = [AgendaItem(s.title, s.closed, sections=s.sections) for s in opening]
    items += [AgendaItem(p.text, p.closed, sections=(Section("Sagsgang", "DIR"),))
              for p in planned.points]
    items += [AgendaItem(s.title, s.closed, sections=s.sections) for s in closing]

    absent = absent_from_note(board.members, planned.note)
    snapshot = plan.snapshot(date, count=3)
    return Meeting(
        board=board.name, date=date, start=board.start, end=board.end, location=board.location,
        members=tuple(p for p in board.members if p not in absent), absent=tuple(absent),
        items=tuple(items), schedule=tuple(first_grid(
            items, board.start, board.end,
            timing.learned_lengths(items, history, board.standing_items) if history else None)),
        forward_plan=snapshot, status=MeetingStatus.PLANNED, note=planned.note,
    )


def first_grid(items: Sequence[AgendaItem], start: dt.time, end: dt.time,
               proposed: Mapping[str, int] | None = None) -> list[ScheduleSlot]:
    """A first timed grid: the first item at the start, the others after it, the usual breaks,
    the last item just before the end, and ``Mødet afsluttes`` at the end.

    ``proposed`` gives an item (by uid) the length similar items really took
    (``dirdesk.domain.timing.learned_lengths``) instead of the usual one.
    """
    proposed = proposed or {}
    rows: list[tuple[ScheduleSlot, int]] = []
    at = schedule.minutes(start)
    pending_breaks = list(BREAKS)
    usual = {title: length for title, _when, length in BREAKS}
    schedulable = [(i, item) for i, item in enumerate(items, 1)
                   if not item.has_insert(InsertKind.SCHEDULE)]
    for position, (number, item) in enumerate(schedulable):
        last = position == len(schedulable) - 1 and len(schedulable) > 1
        length = FIRST_ITEM_MINUTES if position == 0 else (PLAN_ITEM_MINUTES if last else POINT_MINUTES)
        length = proposed.get(item.uid, length)
        target = schedule.minutes(end) - length if last else at
        while pending_breaks and schedule.minutes(pending_breaks[0][1]) <= max(at, target - 1):
            title, when, minutes_ = pending_breaks.pop(0)
            if last:
                # Time to spare before the last item: the break keeps its usual time.
                at = max(at, schedule.minutes(when))
                if rows:
                    rows[-1] = (rows[-1][0], at - schedule.minutes(rows[-1][0].start))
            rows.append((ScheduleSlot(schedule.from_minutes(min(at, 24 * 60 - 1)), title), minutes_))
            at += minutes_
        if last:
            at = max(at, target)
        rows.append((ScheduleSlot(schedule.from_minutes(min(at, 24 * 60 - 1)), item.title, item=number),
                     length))
        at += length
    rows.append((ScheduleSlot(schedule.from_minutes(min(max(at, schedule.minutes(end)), 24 * 60 - 1)),
                              CLOSING_TITLE), 0))
    return _breaks_kept_short([slot for slot, _ in rows], usual, end)


def _breaks_kept_short(slots: list[ScheduleSlot], usual: Mapping[str, int],
                       end: dt.time) -> list[ScheduleSlot]:
    """The grid with no break longer than usual: a break right before another is dropped (its
    time goes to the item before it); a break's surplus goes to the item after it when it
    starts at its usual time, else to the item before it."""
    lengths = schedule.lengths(slots, end)
    rows = list(zip(slots, lengths, strict=True))
    i = 0
    while i < len(rows):
        slot, length = rows[i]
        if slot.item is None and slot.title in usual and i + 1 < len(rows):
            nxt = rows[i + 1][0]
            if nxt.item is None and nxt.title in usual and i > 0 and rows[i - 1][0].item is not None:
                rows[i - 1] = (rows[i - 1][0], rows[i - 1][1] + length)
                del rows[i]
                continue
            surplus = length - usual[slot.title]
            if surplus > 0:
                rows[i] = (slot, usual[slot.title])
                if nxt.item is not None:
                    rows[i + 1] = (nxt, rows[i + 1][1] + surplus)
                elif i > 0:
                    rows[i - 1] = (rows[i - 1][0], rows[i - 1][1] + surplus)
                    # the break itself starts later by as much
                else:
                    rows[i] = (slot, length)
        i += 1
    return schedule.relaid([s for s, _ in rows], [n for _, n in rows])


def meeting_dates(weekday: int, after: dt.date, until: dt.date) -> list[dt.date]:
    """The board's weekly dates after ``after`` up to ``until``."""
    day = after + dt.timedelta(days=(weekday - after.weekday()) % 7 or 7)
    dates = []
    while day <= until:
        dates.append(day)
        day += dt.timedelta(weeks=1)
    return dates


def why_not(day: dt.date, holidays: Mapping[dt.date, str],
            periods: Sequence[ClosedPeriod]) -> str | None:
    """Why the board does not meet on ``day``: a public holiday or a closed period, or ``None``."""
    if day in holidays:
        return holidays[day]
    for period in periods:
        if period.covers(day):
            return period.label
    return None
