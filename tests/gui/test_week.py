"""The secretariat's week in the window: proposals under a decision, follow-ups, search."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dirdesk.gui.search.pane import DETAIL_HTML_ROLE

pytestmark = pytest.mark.gui

COMING = dt.date(2026, 11, 25)


def type_decision(window: Any, qtbot: Any, row: int, text: str) -> None:
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.select_item(window.document.meeting.items[row].uid)
    live.decision.setFocus()
    live.decision.selectAll()
    qtbot.keyClicks(live.decision, text)


def test_a_postponing_decision_is_proposed_and_lands_in_the_plan(window: Any, qtbot: Any) -> None:
    item = window.document.meeting.items[3]
    type_decision(window, qtbot, 3, "Sagen udsættes til næste møde.")
    bar = window.live_pane.proposals
    qtbot.waitUntil(lambda: bar.isVisible() and bar.carry is not None, timeout=3000)
    assert window.live_pane.decision.hasFocus()  # the proposal never takes the keys
    target = bar.carry.target
    assert target is not None and target > COMING
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    plan = window.ctx.plan.plan(window.ctx.board, COMING)
    points = [p for m in plan.meetings if m.date == target for p in m.points]
    assert [(p.text, p.origin) for p in points if p.text == item.title] == [(item.title, COMING)]
    assert not bar.isVisible()  # carried: nothing left to propose
    # The forward plan pane shows it at once.
    model = window.plan_pane.model
    texts = [model.index(r, 0, model.index(m, 0)).data()
             for m in range(model.rowCount()) for r in range(model.rowCount(model.index(m, 0)))]
    assert any(item.title in (t or "") for t in texts)


def test_a_follow_up_is_proposed_added_listed_and_marked_done(window: Any, qtbot: Any) -> None:
    type_decision(window, qtbot, 2, "Tallene sendes til udvalget. Velfærdsdirektør Lene Mehlsen følger op.")
    bar = window.live_pane.proposals
    qtbot.waitUntil(lambda: bar.isVisible() and bar.follow != [], timeout=3000)
    assert bar.follow[0].owner == "Velfærdsdirektør Lene Mehlsen"
    qtbot.mouseClick(bar.buttons[-1], Qt.MouseButton.LeftButton)
    pane = window.followups_pane
    added = [e for e in pane.shown if e.date == COMING]  # the demo's own are older
    assert [(e.owner, e.task) for e in added] == [
        ("Velfærdsdirektør Lene Mehlsen Thomsen", "Tallene sendes til udvalget")]
    index = pane.model.index(pane.shown.index(added[0]))
    assert index.data() == "Tallene sendes til udvalget"
    detail = index.data(DETAIL_HTML_ROLE).replace("\u00a0", " ")
    assert "Velfærdsdirektør Lene Mehlsen Thomsen · 25. nov. 2026 · " in detail and detail.endswith(" 3")
    assert pane.owner.findText("Velfærdsdirektør Lene Mehlsen Thomsen") >= 0
    pane.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert added[0].id not in [e.id for e in pane.shown]  # done, and only open ones are shown
    pane.show_done.setChecked(True)
    assert added[0].id in [e.id for e in pane.shown]
    assert next(e for e in window.ctx.followups.entries(date=COMING)).done


def test_search_finds_a_decision_and_opens_the_meeting_at_the_item(window: Any, qtbot: Any) -> None:
    # The 2024 REFERAT's decisions are in the demo database.
    pane = window.search_pane
    window.search_all()
    qtbot.keyClicks(pane.field, "kommissorium sundhedsreformen")
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)
    hits = pane.model.hits
    assert [h.date for h in hits] == sorted((h.date for h in hits), reverse=True)
    assert pane.summary.text() in (f"{len(hits)} fundet, nyeste først", f"{len(hits)} found, newest first")
    row = next(r for r, h in enumerate(hits) if h.date == dt.date(2024, 11, 13) and h.kind == "decision")
    first = hits[row]
    assert "kommissorium" in first.text.casefold()
    pane.open_hit(pane.model.index(row))
    assert window.document.meeting.date == dt.date(2024, 11, 13)
    assert window.agenda_pane.editor.item.uid == first.item_uid
    assert window.agenda_pane.items_view.currentIndex().row() + 1 == first.item_number


@pytest.mark.parametrize("typed", ['udvalg-møde', '"budget', 'AND', '*', 'NEAR(', "'; --"])
def test_any_text_in_the_search_box_works(window: Any, qtbot: Any, typed: str) -> None:
    pane = window.search_pane
    pane.field.setText(typed)
    pane.search()
    assert isinstance(pane.model.hits, list)
