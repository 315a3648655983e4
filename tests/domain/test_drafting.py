"""A new meeting from the board's standing items and the forward plan."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain import schedule
from dirdesk.domain.drafting import absent_from_note, draft_meeting, meeting_dates, why_not
from dirdesk.domain.forward_plan import ClosedPeriod, ForwardPlan, PlannedMeeting, PlannedPoint
from dirdesk.domain.model import AgendaItem
from dirdesk.services.demo import BOARD

D = dt.date


def plan() -> ForwardPlan:
    return ForwardPlan(meetings=(
        PlannedMeeting(D(2025, 2, 5), (PlannedPoint("Ny model for sygefravær 1-3-10"),
                                       PlannedPoint("Drøftelse af centralt budget")),
                       note="Borgmester og Fællesforvaltningsdirektør Kim Bruun Nielsen deltager ikke på mødet."),
        PlannedMeeting(D(2025, 2, 12), cancelled=True, cancel_reason="Vinterferie"),
        PlannedMeeting(D(2025, 2, 19), (PlannedPoint("Forberedelse af program KCL"),)),
    ), undated=(PlannedPoint("Regeringens lovprogram"),))


def test_new_meeting_from_standing_items_and_planned_points() -> None:
    m = draft_meeting(BOARD, D(2025, 2, 5), plan())
    titles = [i.title for i in m.items]
    assert titles == [
        "Beslutningsprotokoller og dagsordener (borgmester deltager)",
        "Sager til behandling og tidsplan",
        "Ny model for sygefravær 1-3-10", "Drøftelse af centralt budget",
        "Gennemgang af portefølje og tre næstkommende møder"]
    assert m.items[0].sections == BOARD.standing_items[0].sections
    assert [p.name for p in m.absent] == ["Kim Bruun Nielsen"]
    assert "Kim Bruun Nielsen" not in [p.name for p in m.members]
    assert [r.date for r in m.forward_plan.rows] == [D(2025, 2, 12), D(2025, 2, 19)]  # type: ignore[union-attr]


def test_first_grid_is_valid_and_ends_at_the_end() -> None:
    m = draft_meeting(BOARD, D(2025, 2, 5), plan())
    grid = [(schedule.minutes(s.start), s.title, s.item) for s in m.schedule]
    assert grid[0] == (9 * 60, m.items[0].title, 1)
    assert grid[-1] == (13 * 60, "Mødet afsluttes", None)
    # Lunch at 12.00 for its usual 30 minutes; a pause with no item between it and lunch
    # would only stretch (it was 50 minutes): it is left out and its time goes to the item.
    lengths = dict(zip([g[1] for g in grid], schedule.lengths(m.schedule, m.end), strict=True))
    assert (12 * 60, "Frokost", None) in grid and lengths["Frokost"] == 30
    assert "Pause" not in lengths
    assert grid[-2][2] == 5  # the forward plan item just before the end
    assert schedule.findings(m.schedule, m.start, m.end) == []
    # the grid item itself is not a row of the grid
    assert 2 not in [g[2] for g in grid]


def test_who_a_note_says_is_away() -> None:
    members = BOARD.members
    assert [p.name for p in absent_from_note(members, "Kim Bruun deltager ikke på mødet")] == ["Kim Bruun Nielsen"]
    assert absent_from_note(members, "(OBS på Strategisk dialog)") == []


def test_weekly_dates_and_why_the_board_does_not_meet() -> None:
    dates = meeting_dates(2, D(2024, 12, 11), D(2025, 1, 15))
    assert dates[0] == D(2024, 12, 18) and dates[-1] == D(2025, 1, 15) and len(dates) == 5
    jul = ClosedPeriod(D(2024, 12, 19), D(2025, 1, 7), "Jule- og nytårslukket")
    assert why_not(D(2025, 1, 1), {D(2025, 1, 1): "Nytårsdag"}, [jul]) == "Nytårsdag"
    assert why_not(D(2024, 12, 25), {}, [jul]) == "Jule- og nytårslukket"
    assert why_not(D(2025, 1, 8), {}, [jul]) is None


def test_breaks_never_grow_past_their_usual_length() -> None:
    from dirdesk.domain.drafting import BREAKS, first_grid
    usual = {title: length for title, _when, length in BREAKS}
    for count in range(1, 12):
        items = [AgendaItem(f"Punkt {n}") for n in range(count)]
        grid = first_grid(items, dt.time(9, 0), dt.time(13, 0))
        for slot, length in zip(grid, schedule.lengths(grid, dt.time(13, 0)), strict=True):
            if slot.title in usual:
                assert length == usual[slot.title], (count, slot.title, length)
        assert schedule.findings(grid, dt.time(9, 0), dt.time(23, 0)) == []


def test_a_grid_drafted_with_learned_lengths_gives_them() -> None:
    from dirdesk.domain.drafting import first_grid
    items = [AgendaItem("Økonomi"), AgendaItem("Budget"), AgendaItem("Sygefravær"), AgendaItem("Plan")]
    grid = first_grid(items, dt.time(9, 0), dt.time(13, 0), {items[1].uid: 35})
    lengths = schedule.lengths(grid, dt.time(13, 0))
    row = next(i for i, s in enumerate(grid) if s.item == 2)
    assert lengths[row] == 35
