"""The timed grid: lengths follow from the times, edits move later rows, faults are found."""

from __future__ import annotations

import datetime as dt

import pytest

from dirdesk.domain import schedule
from dirdesk.domain.model import ScheduleSlot
from dirdesk.domain.schedule import FindingKind

T = dt.time
END = T(13, 0)


def grid(*rows: tuple[str, str]) -> list[ScheduleSlot]:
    return [ScheduleSlot(T(*map(int, t.split("."))), title) for t, title in rows]


REAL = grid(("9.00", "Beslutningsprotokoller og dagsordener"), ("10.30", "Evaluering af Nytårskur"),
            ("10.45", "Udmøntningsplan"), ("11.00", "Pause"), ("11.05", "Prioriterede opgaver"),
            ("11.20", "Aftalestyring"), ("12.00", "Frokost"), ("12.15", "Kommunikation"),
            ("12.45", "Gennemgang af portefølje"), ("13.00", "Mødet afsluttes"))


def times(slots: list[ScheduleSlot]) -> list[str]:
    return [f"{s.start.hour}.{s.start.minute:02d}" for s in slots]


def test_lengths_are_the_gaps_and_the_closing_row_has_none() -> None:
    assert schedule.lengths(REAL, END) == [90, 15, 15, 5, 15, 40, 15, 30, 15, 0]


def test_last_open_row_lasts_until_the_end() -> None:
    assert schedule.lengths(grid(("9.00", "A"), ("12.30", "B")), END) == [210, 30]


def test_a_real_grid_has_no_findings() -> None:
    assert schedule.findings(REAL, T(9, 0), END) == []


def test_longer_row_moves_every_later_row_and_flags_the_overrun() -> None:
    longer = schedule.set_length(REAL, 3, 20, END)  # the pause: 5 → 20 minutes
    assert times(longer) == ["9.00", "10.30", "10.45", "11.00", "11.20", "11.35", "12.15",
                             "12.30", "13.00", "13.15"]
    found = schedule.findings(longer, T(9, 0), END)
    assert [(f.slot, f.kind) for f in found] == [(8, FindingKind.AFTER_END),
                                                 (9, FindingKind.OVERRUN)]
    assert "13.15" in found[1].message and "13.00" in found[1].message


def test_moving_a_row_keeps_lengths_and_recomputes_times() -> None:
    moved = schedule.move(REAL, 4, 1, END)  # "Prioriterede opgaver" (15 min) up to second
    assert [s.title for s in moved][:3] == ["Beslutningsprotokoller og dagsordener",
                                            "Prioriterede opgaver", "Evaluering af Nytårskur"]
    assert times(moved)[:5] == ["9.00", "10.30", "10.45", "11.00", "11.15"]
    assert times(moved)[-1] == "13.00"
    assert schedule.lengths(moved, END) == [90, 15, 15, 15, 5, 40, 15, 30, 15, 0]


def test_insert_and_remove_keep_the_flow() -> None:
    added = schedule.insert(REAL, 3, ScheduleSlot(T(0, 0), "Nyt punkt"), 10, END)
    assert times(added)[3:5] == ["11.00", "11.10"]
    assert times(added)[-1] == "13.10"
    assert schedule.remove(added, 3, END) == REAL


@pytest.mark.parametrize(("rows", "start", "expected"), [
    (grid(("8.30", "A"), ("9.00", "B")), T(9, 0), [(0, FindingKind.BEFORE_START)]),
    (grid(("9.00", "A"), ("10.00", "B"), ("9.30", "C")), T(9, 0), [(2, FindingKind.OUT_OF_ORDER)]),
    (grid(("9.00", "A"), ("9.00", "B")), T(9, 0), [(1, FindingKind.OVERLAP)]),
    (grid(("9.00", "A"), ("13.30", "B")), T(9, 0), [(1, FindingKind.AFTER_END)]),
    (grid(("9.00", "A"), ("13.05", "Mødet afsluttes")), T(9, 0), [(1, FindingKind.OVERRUN)]),
])
def test_each_fault_is_reported_at_its_row(rows: list[ScheduleSlot], start: dt.time,
                                            expected: list[tuple[int, FindingKind]]) -> None:
    assert [(f.slot, f.kind) for f in schedule.findings(rows, start, END)] == expected


def test_negative_length_is_refused() -> None:
    with pytest.raises(ValueError):
        schedule.set_length(REAL, 0, -5, END)
