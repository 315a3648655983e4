"""Edits of a meeting's agenda that keep it consistent: grid rows follow their items' numbers."""

from __future__ import annotations

from dataclasses import replace

from dirdesk.domain import schedule as grid
from dirdesk.domain.model import AgendaItem, Meeting, ScheduleSlot


def _renumbered(meeting: Meeting, items: tuple[AgendaItem, ...]) -> Meeting:
    """``meeting`` with ``items``; grid rows keep pointing at the same items (by identity)."""
    old = {i + 1: item.uid for i, item in enumerate(meeting.items)}
    new = {item.uid: i + 1 for i, item in enumerate(items)}
    schedule = tuple(
        replace(slot, item=new.get(old.get(slot.item, ""))) if slot.item is not None else slot
        for slot in meeting.schedule)
    return replace(meeting, items=items, schedule=schedule)


def move_item(meeting: Meeting, source: int, target: int) -> Meeting:
    """Move item at index ``source`` to index ``target`` (0-based); numbering follows."""
    items = list(meeting.items)
    item = items.pop(source)
    items.insert(max(0, min(target, len(items))), item)
    return _renumbered(meeting, tuple(items))


def insert_item(meeting: Meeting, index: int, item: AgendaItem) -> Meeting:
    items = list(meeting.items)
    items.insert(max(0, min(index, len(items))), item)
    return _renumbered(meeting, tuple(items))


def remove_item(meeting: Meeting, index: int) -> Meeting:
    """Remove an item; grid rows that were for it stay, no longer linked to an item."""
    items = list(meeting.items)
    del items[index]
    return _renumbered(meeting, tuple(items))


def replace_item(meeting: Meeting, index: int, item: AgendaItem) -> Meeting:
    items = list(meeting.items)
    items[index] = item
    return replace(meeting, items=tuple(items))


def has_row(meeting: Meeting, number: int) -> bool:
    """Whether item ``number`` (1-based) has a row in the grid."""
    return any(slot.item == number for slot in meeting.schedule)


def with_item_row(meeting: Meeting, number: int, length: int) -> Meeting:
    """The meeting with a grid row of ``length`` minutes for item ``number`` (1-based), titled
    as the item: after the rows of the items before it (before the first row of an item after
    it, or before the closing row, when none is), later rows moving on. An item that has a row
    already is left as it is."""
    if not 1 <= number <= len(meeting.items) or has_row(meeting, number):
        return meeting
    slots = meeting.schedule
    item = meeting.items[number - 1]
    before = [i for i, s in enumerate(slots) if s.item is not None and s.item < number]
    after = [i for i, s in enumerate(slots) if s.item is not None and s.item > number]
    closing = [i for i, s in enumerate(slots) if s.is_closing]
    if before:  # right after its predecessor's row (a break after that one moves on)
        at = before[-1] + 1
    elif after:
        at = after[0]
    else:
        at = closing[0] if closing else len(slots)
    row = ScheduleSlot(meeting.start, item.title, item=number, closed=item.closed)
    if not slots:
        return replace(meeting, schedule=(row,))
    return replace(meeting, schedule=tuple(grid.insert(slots, at, row, length, meeting.end)))
