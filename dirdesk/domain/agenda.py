"""Edits of a meeting's agenda that keep it consistent: grid rows follow their items' numbers."""

from __future__ import annotations

from dataclasses import replace

from dirdesk.domain.model import AgendaItem, Meeting


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
