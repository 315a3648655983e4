"""The timed grid's editing rules, without a window: what typing into a cell does."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from dirdesk.domain import schedule
from dirdesk.domain.grid import (
    CellRefusal,
    GridField,
    add_row,
    edit_cell,
    move_row,
    parse_time,
    remove_row,
)
from dirdesk.domain.model import AgendaItem, Meeting, ScheduleSlot

T = dt.time


def meeting() -> Meeting:
    return Meeting(
        board="Direktionen", date=dt.date(2025, 1, 29), start=T(9), end=T(13), location="",
        items=(AgendaItem("A"), AgendaItem("B"), AgendaItem("C")),
        schedule=(ScheduleSlot(T(9), "A", item=1), ScheduleSlot(T(10), "C", item=3),
                  ScheduleSlot(T(11), "Pause")))


def starts(m: Meeting) -> list[str]:
    return [s.start.strftime("%H.%M") for s in m.schedule]


def test_a_length_moves_every_later_row() -> None:
    after = edit_cell(meeting(), 0, GridField.LENGTH, " 45 ")
    assert isinstance(after, Meeting)
    assert starts(after) == ["09.00", "09.45", "10.45"]


def test_a_start_time_lengthens_the_row_before() -> None:
    after = edit_cell(meeting(), 1, GridField.START, "10.30")
    assert isinstance(after, Meeting)
    assert starts(after) == ["09.00", "10.30", "11.30"]
    assert schedule.lengths(after.schedule, after.end)[0] == 90


def test_moving_the_first_start_moves_the_whole_grid() -> None:
    after = edit_cell(meeting(), 0, GridField.START, "08:30")
    assert isinstance(after, Meeting)
    assert starts(after) == ["08.30", "09.30", "10.30"]
    assert edit_cell(meeting(), 0, GridField.START, "9.00") is None  # its own start: nothing


def test_what_makes_no_sense_is_refused_with_its_reason() -> None:
    m = meeting()
    for text in ("-5", "fem", "1_000", "٣", "+5", ""):
        assert edit_cell(m, 0, GridField.LENGTH, text) is CellRefusal.NOT_MINUTES, text
    for text in ("25.00", "9", "9.5", "٩.٠٠", "kl. 9"):
        assert edit_cell(m, 1, GridField.START, text) is CellRefusal.NOT_A_TIME, text
    assert edit_cell(m, 0, GridField.ITEM, "4") is CellRefusal.NO_SUCH_ITEM


def test_a_link_to_an_item_and_its_removal() -> None:
    linked = edit_cell(meeting(), 2, GridField.ITEM, "2")
    assert isinstance(linked, Meeting) and linked.schedule[2].item == 2
    unlinked = edit_cell(meeting(), 0, GridField.ITEM, "0")
    assert isinstance(unlinked, Meeting) and unlinked.schedule[0].item is None


def test_an_empty_title_keeps_the_old_one_and_an_empty_text_clears() -> None:
    assert edit_cell(meeting(), 0, GridField.TITLE, "   ") is None
    cleared = edit_cell(meeting(), 0, GridField.TEXT, "  ")
    assert isinstance(cleared, Meeting) and cleared.schedule[0].text is None


@given(row=st.integers(-2, 4), field=st.sampled_from(GridField), text=st.text(max_size=12))
def test_any_typing_is_a_meeting_with_the_same_rows_or_a_refusal(row: int, field: GridField,
                                                                 text: str) -> None:
    m = meeting()
    after = edit_cell(m, row, field, text)
    assert after is None or isinstance(after, CellRefusal) or (
        isinstance(after, Meeting) and len(after.schedule) == len(m.schedule)
        and after.items == m.items
        and all(a.start <= b.start or field is GridField.START
                for a, b in zip(after.schedule, after.schedule[1:], strict=False)))


def test_times_are_read_as_a_secretary_writes_them() -> None:
    assert parse_time("9.00") == T(9) and parse_time(" 09:05 ") == T(9, 5)
    assert parse_time("24.00") is None and parse_time("12.60") is None


def test_a_new_row_never_goes_after_the_closing_row() -> None:
    m = meeting()
    m = dataclasses.replace(m, schedule=m.schedule + (ScheduleSlot(T(12), "Mødet afsluttes"),))
    after, at = add_row(m, 3, "Ny række", 15)
    assert at == 3 and after.schedule[3].title == "Ny række"
    assert after.schedule[-1].title == "Mødet afsluttes"
    first, at_first = add_row(m, 0, "Først", 10)
    assert at_first == 1 and starts(first)[:3] == ["09.00", "10.00", "10.10"]


def test_moving_or_removing_a_row_that_is_gone_changes_nothing() -> None:
    m = meeting()
    assert move_row(m, 0, 7) == m and remove_row(m, 5) == m and remove_row(m, -1) == m
    moved = move_row(m, 2, 0)
    assert [s.title for s in moved.schedule] == ["Pause", "A", "C"]
    assert starts(moved)[0] == "09.00"
    assert [s.title for s in remove_row(m, 0).schedule] == ["C", "Pause"]
