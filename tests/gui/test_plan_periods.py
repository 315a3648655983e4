"""The plan's rows: two closed periods of the same name stay two periods."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.forward_plan import ClosedPeriod, ForwardPlan, PlannedMeeting
from dirdesk.gui.plan_model import RowKind, plan_rows

D = dt.date


def test_two_closed_periods_with_the_same_name_stay_two() -> None:
    summer = ClosedPeriod(D(2025, 7, 7), D(2025, 8, 1), "Sommerferie")
    next_summer = ClosedPeriod(D(2026, 7, 6), D(2026, 7, 31), "Sommerferie")
    plan = ForwardPlan(
        meetings=(PlannedMeeting(D(2025, 6, 25)), PlannedMeeting(D(2025, 8, 6)),
                  PlannedMeeting(D(2026, 7, 1)), PlannedMeeting(D(2026, 8, 5))),
        closed_periods=(summer, next_summer))
    rows = plan_rows(plan, D(2025, 6, 1), None, D(2026, 12, 31))
    periods = [r.period for r in rows if r.kind is RowKind.PERIOD]
    assert periods == [summer, next_summer]
