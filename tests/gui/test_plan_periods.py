"""The plan's rows: two closed periods of the same name stay two periods."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.forward_plan import ClosedPeriod, ForwardPlan, PlannedMeeting
from dirdesk.gui.plan.rows import RowKind, plan_rows

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


def test_the_plan_marks_a_point_not_on_its_agenda_and_a_date_that_will_not_fit(
        window: object, qtbot: object) -> None:
    from typing import Any

    from PySide6.QtCore import Qt

    from dirdesk.gui.plan.model import PlanColumn

    w: Any = window
    ctx = w.ctx
    coming = ctx.plan.plan("Direktionen", ctx.today).upcoming(ctx.today, 3)
    with_agenda = next(m.date for m in coming if ctx.meetings.summaries("Direktionen", on=m.date)
                       and ctx.meetings.summaries("Direktionen", on=m.date)[0].item_count)
    ctx.plan.add_point("Direktionen", with_agenda, "Nyt punkt efter dagsordenen")
    w.plan_pane.refresh()
    model = w.plan_pane.model
    found = []
    for r in range(model.rowCount()):
        top = model.index(r, 0)
        for c in range(model.rowCount(top)):
            text = model.index(c, PlanColumn.MEETING, top).data()
            note = model.index(c, PlanColumn.NOTE, top).data()
            found.append((text, note))
    marked = [note for text, note in found if text == "Nyt punkt efter dagsordenen"]
    assert marked in (["ikke på dagsordenen"], ["not on the agenda"])
    # Points already on their agenda are not marked.
    assert all(note in ("", None) for text, note in found if text != "Nyt punkt efter dagsordenen")
    model.set_proceedings(set(), {with_agenda: "Punkterne kræver ca. 300 min."})
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 3) == with_agenda
               or with_agenda.strftime("%-d") in str(model.index(r, 0).data()))
    assert "⚠" in str(model.index(row, PlanColumn.NOTE).data())
