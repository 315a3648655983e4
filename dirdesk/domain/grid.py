"""The timed grid's editing rules: what typing into one of its cells does to the meeting.

The window shows the grid as a table; what a typed value means (a length that relays the rows
after it, a start time that lengthens the row before, a link to an item) is decided here, so the
same rules hold wherever the grid is edited and are tested without a window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re

from dirdesk.domain import schedule
from dirdesk.domain.model import Meeting, ScheduleSlot

_TIME = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*$", re.ASCII)


class GridField(enum.Enum):
    """A cell of a grid row."""

    START = "start"
    LENGTH = "length"
    TITLE = "title"
    TEXT = "text"
    ITEM = "item"
    PUBLIC = "public"  # a closed row's text printed in the published documents


class CellRefusal(enum.Enum):
    """Why a typed value was refused; the window says it in the user's words."""

    NOT_MINUTES = "not_minutes"  # a length that is not a whole number of minutes, 0 or more
    NOT_A_TIME = "not_a_time"  # a start that is not a time of day
    NO_SUCH_ITEM = "no_such_item"  # a link to an item number the agenda does not have


def parse_time(text: str) -> dt.time | None:
    """``9.00``, ``09:00`` → a time; anything else (``25:99``, other scripts' digits) → ``None``."""
    m = _TIME.match(text)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def edit_cell(meeting: Meeting, row: int, field: GridField, value: object) -> Meeting | CellRefusal | None:
    """The meeting with ``value`` typed into row ``row``'s ``field``; a refusal if it makes no
    sense; ``None`` if nothing changes (no such row, an empty title, the first row's own start)."""
    if not 0 <= row < len(meeting.schedule):
        return None
    slots = list(meeting.schedule)
    if field is GridField.LENGTH:
        text = str(value).strip()
        if not (text.isascii() and text.isdigit()):
            return CellRefusal.NOT_MINUTES
        slots = schedule.set_length(slots, row, int(text), meeting.end)
    elif field is GridField.START:
        at = parse_time(str(value))
        if at is None:
            return CellRefusal.NOT_A_TIME
        if row == 0:
            if at == slots[0].start:
                return None
            lengths = schedule.lengths(slots, meeting.end)
            slots = schedule.relaid([dataclasses.replace(slots[0], start=at)] + slots[1:], lengths)
        else:
            gap = schedule.minutes(at) - schedule.minutes(slots[row - 1].start)
            if gap < 0:
                slots[row] = dataclasses.replace(slots[row], start=at)
            else:
                slots = schedule.set_length(slots, row - 1, gap, meeting.end)
    elif field is GridField.TITLE:
        title = str(value).strip()
        if not title:
            return None
        slots[row] = dataclasses.replace(slots[row], title=title)
    elif field is GridField.TEXT:
        slots[row] = dataclasses.replace(slots[row], text=str(value).strip() or None)
    elif field is GridField.PUBLIC:
        slots[row] = dataclasses.replace(slots[row], public_text=bool(value))
    else:
        text = str(value).strip()
        number = int(text) if text.isascii() and text.isdigit() else 0
        if number > len(meeting.items):
            return CellRefusal.NO_SUCH_ITEM
        slots[row] = dataclasses.replace(slots[row], item=number or None)
    return dataclasses.replace(meeting, schedule=tuple(slots))


def same_but_grid(a: Meeting, b: Meeting) -> bool:
    """Whether ``b`` differs from ``a`` at most in its grid, status and revision."""
    return (a.board, a.date, a.items, a.members, a.absent, a.start, a.end, a.location) == (
        b.board, b.date, b.items, b.members, b.absent, b.start, b.end, b.location)


def add_row(meeting: Meeting, after: int, title: str, length: int) -> tuple[Meeting, int]:
    """A new row of ``length`` minutes after row ``after`` (at the end if there is none), never
    after the meeting's closing row; the meeting and where the row went."""
    at = after + 1 if 0 <= after < len(meeting.schedule) else len(meeting.schedule)
    closing = [i for i, s in enumerate(meeting.schedule) if s.is_closing]
    if closing and at > closing[0]:
        at = closing[0]
    slot = ScheduleSlot(meeting.start, title)
    return dataclasses.replace(meeting, schedule=tuple(
        schedule.insert(meeting.schedule, at, slot, length, meeting.end))), at


def move_row(meeting: Meeting, source: int, target: int) -> Meeting:
    """Row ``source`` moved to ``target``, the times relaid; rows that are gone: unchanged."""
    if not 0 <= min(source, target) <= max(source, target) < len(meeting.schedule):
        return meeting
    return dataclasses.replace(meeting, schedule=tuple(
        schedule.move(meeting.schedule, source, target, meeting.end)))


def remove_row(meeting: Meeting, row: int) -> Meeting:
    """Row ``row`` removed, the rows after it moved up; a row that is gone: unchanged."""
    if not 0 <= row < len(meeting.schedule):
        return meeting
    return dataclasses.replace(meeting, schedule=tuple(schedule.remove(meeting.schedule, row, meeting.end)))
