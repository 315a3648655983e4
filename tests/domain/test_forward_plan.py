"""The live forward plan and the snapshot a document prints."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.forward_plan import (
    ClosedPeriod,
    ForwardPlan,
    PlannedMeeting,
    PlannedPoint,
    closed_period_between,
)
from dirdesk.domain.model import PlanRow

D = dt.date


def plan() -> ForwardPlan:
    return ForwardPlan(
        meetings=(
            PlannedMeeting(D(2024, 12, 18), (PlannedPoint("Opsamling"),)),
            PlannedMeeting(D(2025, 1, 8)),
            PlannedMeeting(D(2025, 2, 5), note="Kim Bruun deltager ikke på mødet."),
            PlannedMeeting(D(2025, 2, 12), cancelled=True, cancel_reason="Vinterferie"),
            PlannedMeeting(D(2025, 2, 19), (PlannedPoint("KCL"), PlannedPoint("Reformer"))),
            PlannedMeeting(D(2025, 2, 26)),
        ),
        closed_periods=(ClosedPeriod(D(2024, 12, 19), D(2025, 1, 7), "Jule- og nytårslukket"),),
        undated=(PlannedPoint("Regeringens lovprogram"),),
    )


def test_next_three_skip_cancelled_meetings_but_show_them() -> None:
    snap = plan().snapshot(D(2025, 1, 29), count=3)
    assert snap.rows == (
        PlanRow(D(2025, 2, 5), "Kim Bruun deltager ikke på mødet."),
        PlanRow(D(2025, 2, 12), "Vinterferie", cancelled=True),
        PlanRow(D(2025, 2, 19), points=("KCL", "Reformer")),
        PlanRow(D(2025, 2, 26)),
    )
    assert snap.undated == ("Regeringens lovprogram",)


def test_closed_period_stands_between_its_dates() -> None:
    snap = plan().snapshot(D(2024, 12, 11), until=D(2025, 1, 31))
    assert [(r.date, r.note) for r in snap.rows] == [
        (D(2024, 12, 18), None), (None, "Jule- og nytårslukket"), (D(2025, 1, 8), None)]


def test_dateless_row_becomes_the_days_between_its_neighbours() -> None:
    assert closed_period_between(D(2024, 12, 18), D(2025, 1, 8), "Jule") == ClosedPeriod(
        D(2024, 12, 19), D(2025, 1, 7), "Jule")
    assert closed_period_between(None, D(2025, 1, 8), "Jule") is None


def test_a_period_already_under_way_still_shows_before_the_next_date() -> None:
    snap = plan().snapshot(D(2024, 12, 24), count=1)
    assert [(r.date, r.note) for r in snap.rows] == [
        (None, "Jule- og nytårslukket"), (D(2025, 1, 8), None)]


def test_a_meeting_moves_only_to_a_coming_date_the_board_does_not_meet_on() -> None:
    from dirdesk.domain.forward_plan import MoveRefusal, move_refusal

    today, wednesday = dt.date(2026, 12, 2), dt.date(2026, 12, 9)
    assert move_refusal(today - dt.timedelta(days=1), today, set()) is MoveRefusal.PASSED
    assert move_refusal(wednesday, today, {wednesday}) is MoveRefusal.TAKEN
    assert move_refusal(wednesday + dt.timedelta(days=1), today, {wednesday}) is None
    assert move_refusal(today, today, set()) is None  # today is still to come
