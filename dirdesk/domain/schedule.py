"""The timed agenda grid: row lengths, edits that keep the times flowing, and its findings."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dirdesk.domain.model import ScheduleSlot

_DAY = 24 * 60


def minutes(t: dt.time) -> int:
    """Minutes since midnight."""
    return t.hour * 60 + t.minute


def from_minutes(m: int) -> dt.time:
    """The time ``m`` minutes after midnight; raises ``ValueError`` outside one day."""
    if not 0 <= m < _DAY:
        raise ValueError(f"{m} minutes is outside the day")
    return dt.time(m // 60, m % 60)


def lengths(slots: Sequence[ScheduleSlot], end: dt.time) -> list[int]:
    """Each row's length in minutes: the gap to the next row, the last one to the meeting's end.

    The closing row ("Mødet afsluttes") has length 0. A negative length means the next row
    starts earlier (out of order) and is reported by ``findings``.
    """
    result: list[int] = []
    for i, slot in enumerate(slots):
        if i + 1 < len(slots):
            result.append(minutes(slots[i + 1].start) - minutes(slot.start))
        elif slot.is_closing:
            result.append(0)
        else:
            result.append(minutes(end) - minutes(slot.start))
    return result


def relaid(slots: Sequence[ScheduleSlot], row_lengths: Sequence[int]) -> list[ScheduleSlot]:
    """The rows with their starts recomputed from the first row's start and ``row_lengths``."""
    if not slots:
        return []
    at = minutes(slots[0].start)
    out: list[ScheduleSlot] = []
    for slot, length in zip(slots, row_lengths, strict=True):
        out.append(replace(slot, start=from_minutes(at)))
        at += max(length, 0)
    return out


def set_length(slots: Sequence[ScheduleSlot], index: int, length: int, end: dt.time) -> list[ScheduleSlot]:
    """Give row ``index`` a new length in minutes; every later row moves with it."""
    if length < 0:
        raise ValueError("a row cannot last less than 0 minutes")
    row_lengths = _flowing_lengths(slots, end)
    row_lengths[index] = length
    return relaid(slots, row_lengths)


def move(slots: Sequence[ScheduleSlot], source: int, target: int, end: dt.time) -> list[ScheduleSlot]:
    """Move row ``source`` to position ``target``; each row keeps its length, times follow."""
    row_lengths = _flowing_lengths(slots, end)
    rows = list(zip(slots, row_lengths, strict=True))
    # The first row's start is the grid's anchor: it stays where the grid began.
    anchor = slots[0].start if slots else None
    row = rows.pop(source)
    rows.insert(target, row)
    moved = [s for s, _ in rows]
    if anchor is not None:
        moved[0] = replace(moved[0], start=anchor)
    return relaid(moved, [n for _, n in rows])


def insert(slots: Sequence[ScheduleSlot], index: int, slot: ScheduleSlot, length: int,
           end: dt.time) -> list[ScheduleSlot]:
    """Insert ``slot`` lasting ``length`` minutes before row ``index``; later rows move on."""
    row_lengths = _flowing_lengths(slots, end)
    rows = list(slots)
    if index == 0 and rows:
        slot = replace(slot, start=rows[0].start)
    elif rows and index > 0:
        prev_end = minutes(rows[index - 1].start) + max(row_lengths[index - 1], 0)
        slot = replace(slot, start=from_minutes(min(prev_end, _DAY - 1)))
    rows.insert(index, slot)
    row_lengths.insert(index, length)
    return relaid(rows, row_lengths)


def remove(slots: Sequence[ScheduleSlot], index: int, end: dt.time) -> list[ScheduleSlot]:
    """Remove row ``index``; the rows after it move up by its length."""
    row_lengths = _flowing_lengths(slots, end)
    rows = list(slots)
    anchor = rows[0].start
    del rows[index]
    del row_lengths[index]
    if rows:
        rows[0] = replace(rows[0], start=anchor)
    return relaid(rows, row_lengths)


def _flowing_lengths(slots: Sequence[ScheduleSlot], end: dt.time) -> list[int]:
    # The last row before the closing row keeps its gap; a last open row gets the time to the end.
    return [max(n, 0) for n in lengths(slots, end)]


class FindingKind(enum.StrEnum):
    BEFORE_START = "before_start"
    AFTER_END = "after_end"
    OUT_OF_ORDER = "out_of_order"
    OVERLAP = "overlap"
    OVERRUN = "overrun"


@dataclass(frozen=True, slots=True)
class Finding:
    """Something wrong with one row of the grid, for the secretariat to see before sending."""

    slot: int  # 0-based row index
    kind: FindingKind
    message: str  # Danish, as shown to the secretariat


def _hm(t: dt.time) -> str:
    return f"{t.hour}.{t.minute:02d}"


def findings(slots: Sequence[ScheduleSlot], start: dt.time, end: dt.time) -> list[Finding]:
    """Every problem of the grid against the meeting's start and end, in row order."""
    found: list[Finding] = []
    for i, slot in enumerate(slots):
        s = minutes(slot.start)
        if s < minutes(start):
            found.append(Finding(i, FindingKind.BEFORE_START,
                                 f"Starter kl. {_hm(slot.start)}, før mødet begynder kl. {_hm(start)}"))
        if slot.is_closing:
            if s > minutes(end):
                found.append(Finding(i, FindingKind.OVERRUN,
                                     f"Tidsplanen løber til kl. {_hm(slot.start)}, "
                                     f"efter mødets slut kl. {_hm(end)}"))
        elif s >= minutes(end):
            found.append(Finding(i, FindingKind.AFTER_END,
                                 f"Starter kl. {_hm(slot.start)}, men mødet slutter kl. {_hm(end)}"))
        if i > 0:
            prev = minutes(slots[i - 1].start)
            if s < prev:
                found.append(Finding(i, FindingKind.OUT_OF_ORDER,
                                     f"Starter kl. {_hm(slot.start)}, før rækken over den "
                                     f"(kl. {_hm(slots[i - 1].start)})"))
            elif s == prev:
                found.append(Finding(i, FindingKind.OVERLAP,
                                     f"Starter samtidig med rækken over den (kl. {_hm(slot.start)})"))
    return found
