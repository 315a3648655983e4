"""Reordering and removing items keeps the grid pointing at the right items."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.agenda import insert_item, move_item, remove_item
from dirdesk.domain.model import AgendaItem, Meeting, ScheduleSlot

T = dt.time


def meeting() -> Meeting:
    return Meeting(
        board="Direktionen", date=dt.date(2025, 1, 29), start=T(9), end=T(13), location="",
        items=(AgendaItem("A"), AgendaItem("B"), AgendaItem("C")),
        schedule=(ScheduleSlot(T(9), "A", item=1), ScheduleSlot(T(10), "C", item=3),
                  ScheduleSlot(T(11), "Pause")))


def linked(m: Meeting) -> list[tuple[str, str | None]]:
    return [(s.title, m.items[s.item - 1].title if s.item else None) for s in m.schedule]


def test_moving_an_item_renumbers_the_grid_links() -> None:
    moved = move_item(meeting(), 2, 0)
    assert [i.title for i in moved.items] == ["C", "A", "B"]
    assert [s.item for s in moved.schedule] == [2, 1, None]
    assert linked(moved) == [("A", "A"), ("C", "C"), ("Pause", None)]


def test_removing_an_item_unlinks_its_rows_only() -> None:
    removed = remove_item(meeting(), 0)
    assert linked(removed) == [("A", None), ("C", "C"), ("Pause", None)]


def test_inserting_shifts_later_links() -> None:
    added = insert_item(meeting(), 1, AgendaItem("Ny"))
    assert linked(added) == [("A", "A"), ("C", "C"), ("Pause", None)]
    assert [s.item for s in added.schedule] == [1, 4, None]
