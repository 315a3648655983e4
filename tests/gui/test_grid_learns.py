"""A grid that learns, in the window: one item added to an existing grid gets a row as long as
similar past items took, and wherever a length is proposed (grid, plan) the planned one is
shown beside it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dirdesk.domain import schedule
from dirdesk.gui.agenda.models import GridColumn
from tests.gui.test_live_case import reopened

pytestmark = pytest.mark.gui

HELD = dt.date(2025, 1, 29)  # the reference meeting the demo holds, with the same standing items
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TITLE = "Aftalestyring: udrulning og opfølgning 2027"


def ran_the_reference(ctx: Any) -> None:
    """Times recorded at the reference meeting: item 4 (Udmøntningsplan, planned 15 minutes)
    took 40 less the pause; item 6 (Aftalestyring, planned 40) took 50 less lunch."""
    held = ctx.meetings.get(HELD, "Direktionen")
    for number, at in ((4, dt.time(10, 40)), (5, dt.time(11, 25)), (6, dt.time(11, 25)),
                       (7, dt.time(12, 30))):
        ctx.proceedings.record_start("Direktionen", HELD, held.items[number - 1].uid, at)
    ctx.signals.meeting_changed.emit("Direktionen", HELD, None)


def proposed(pane: Any, number: int) -> str:
    model = pane.grid.model
    row = next(r for r, s in enumerate(pane.document.meeting.schedule) if s.item == number)
    return model.index(row, GridColumn.PROPOSED).data() or ""


def test_one_item_added_to_the_grid_gets_the_length_similar_items_took(
        window: Any, qtbot: Any, qtmodeltester: Any) -> None:
    ctx = window.ctx
    pane = window.agenda_pane
    window.tabs.setCurrentIndex(0)
    assert pane.grid.view.isColumnHidden(GridColumn.PROPOSED)  # no history yet: nothing to say
    ran_the_reference(ctx)
    qtmodeltester.check(pane.grid.model)
    # The coming meeting's own Aftalestyring (same case number) is proposed what it took.
    assert not pane.grid.view.isColumnHidden(GridColumn.PROPOSED)
    assert proposed(pane, 6) in ("50 min. (planlagt 40)", "50 min. (planned 40)")
    header = pane.grid.model.headerData(GridColumn.PROPOSED, Qt.Orientation.Horizontal)
    assert header in ("Foreslået", "Proposed")

    # A new item after item 6, titled like it, then Ctrl+Shift+G: a row after item 6's, 50 min.
    pane.items_view.setCurrentIndex(pane.items_model.index(5))
    pane.items_view.setFocus()
    qtbot.keyClick(pane.items_view, Qt.Key.Key_Insert)
    qtbot.keyClicks(pane.editor.title, TITLE)
    window.document.commit_pending()
    before = reopened(window)  # the item is on the agenda, not in the grid
    assert not any(s.title == TITLE for s in before.schedule)
    qtbot.keyClick(pane.editor.title, Qt.Key.Key_G, CTRL | SHIFT)
    stored = reopened(window)
    number = next(n for n, i in enumerate(stored.items, 1) if i.title == TITLE)
    assert number == 7
    row = next(r for r, s in enumerate(stored.schedule) if s.item == number)
    assert stored.schedule[row - 1].item == 6 and stored.schedule[row].title == TITLE
    assert schedule.lengths(stored.schedule, stored.end)[row] == 50
    assert proposed(pane, number) in ("50 min. (planlagt 40)", "50 min. (planned 40)")
    # The status bar says where the row went and where its length comes from.
    assert "tog 50 min." in window.statusBar().currentMessage()
    # Every other row keeps its length; the later ones move on by 50 minutes.
    old = schedule.lengths(before.schedule, before.end)
    new = schedule.lengths(stored.schedule, stored.end)
    assert new[:row] + new[row + 1:] == old
    assert stored.schedule[-1].start == dt.time(13, 50)

    # One undo step takes the row away, not the item.
    ctx.editing.undo()
    again = reopened(window)
    assert [i.title for i in again.items] == [i.title for i in stored.items]
    assert again.schedule == before.schedule

    # An item like nothing before gets the usual 20 minutes and no proposal.
    pane.items_view.setFocus()
    qtbot.keyClick(pane.items_view, Qt.Key.Key_Insert)
    qtbot.keyClicks(pane.editor.title, "Helt nyt emne")
    qtbot.keyClick(pane.editor.title, Qt.Key.Key_G, CTRL | SHIFT)
    stored = reopened(window)
    number = next(n for n, i in enumerate(stored.items, 1) if i.title == "Helt nyt emne")
    row = next(r for r, s in enumerate(stored.schedule) if s.item == number)
    assert schedule.lengths(stored.schedule, stored.end)[row] == 20
    assert proposed(pane, number) == ""
    # Asked again, the item is not given a second row.
    qtbot.keyClick(pane.editor.title, Qt.Key.Key_G, CTRL | SHIFT)
    assert sum(s.item == number for s in reopened(window).schedule) == 1


def test_the_plan_shows_beside_a_point_what_past_meetings_propose(window: Any) -> None:
    from dirdesk.gui.plan.model import PlanColumn

    ran_the_reference(window.ctx)
    pane = window.plan_pane
    pane.refresh()
    model = pane.model
    notes = {}
    for r in range(model.rowCount()):
        top = model.index(r, 0)
        for c in range(model.rowCount(top)):
            notes[model.index(c, PlanColumn.MEETING, top).data()] = (
                model.index(c, PlanColumn.NOTE, top).data(),
                model.index(c, PlanColumn.MEETING, top).data(Qt.ItemDataRole.ToolTipRole))
    note, tip = notes["Udmøntningsplan 2027 – Tværgående emner"]
    assert note == "foreslået 40 min. (planlagt 15)"
    assert "Lignende punkter på et tidligere møde var planlagt til 15 min. og tog 40 min." in tip
    assert notes["Ejendomsanalyse på skoleområdet"][0] in ("", None)  # nothing like it before
