"""Done when: a live-mode test moves through items at chosen times; the internal REFERAT's
Tidsforbrug table and the next draft's proposed lengths follow those times."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dirdesk.domain import schedule
from tests.gui.test_live_case import at

pytestmark = pytest.mark.gui

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
LATER = dt.date(2026, 12, 9)  # the demo plans "Udmøntningsplan 2027 – Tværgående emner" for it


def run_the_meeting(window: Any, qtbot: Any) -> None:
    """Item 1 from 9.00, then on with Ctrl+Enter at chosen times; the end at 11.50."""
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(0))
    live.decision.setFocus()
    at(live, 9, 0)
    qtbot.keyClick(live.decision, Qt.Key.Key_T, CTRL | SHIFT)
    # Item 4 (Udmøntningsplan, planned 10.45–11.00) runs 10.35–11.20, the pause in it: 40 min.
    for hour, minute in ((9, 50), (10, 5), (10, 35), (11, 20), (11, 35), (11, 50), (12, 10)):
        at(live, hour, minute)
        qtbot.keyClick(live.decision, Qt.Key.Key_Return, CTRL)
    at(live, 12, 40)
    qtbot.keyClick(live.decision, Qt.Key.Key_Return, CTRL)  # past the last item: the end


def test_live_times_give_the_tidsforbrug_and_the_next_drafts_lengths(
        window: Any, qtbot: Any, tmp_path: Path) -> None:
    import docx

    from dirdesk.gui.dialogs.export import ExportDialog

    run_the_meeting(window, qtbot)
    meeting = window.document.meeting
    assert meeting.finished == dt.time(12, 40)
    items = tuple(dataclasses.replace(i, decision="Taget til efterretning.") for i in meeting.items)
    window.document.replace(dataclasses.replace(meeting, items=items))

    dialog = ExportDialog(window.ctx, window.document.meeting, window)
    qtbot.addWidget(dialog)
    dialog.ask_to_open = lambda _path: False
    dialog.minutes.setChecked(True)
    dialog.internal.setChecked(True)
    target = tmp_path / "intern.docx"
    dialog.path.setText(str(target))
    dialog.export()
    document = docx.Document(str(target))
    assert "Tidsforbrug" in [p.text for p in document.paragraphs]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Punkt")
    rows = {r.cells[0].text.split(".")[0]: [c.text for c in r.cells] for r in table.rows[1:]}
    assert rows["1"][1:] == ["9.00", "90 min.", "50 min.", "-40"]
    assert rows["4"][1:] == ["10.35", "15 min.", "40 min.", "+25"]
    assert rows["8"][1:] == ["12.10", "15 min.", "30 min.", "+15"]

    # The next agenda is drafted with what the Udmøntningsplan really took, and says so.
    drafted = window.ctx.meetings.create_from_plan("Direktionen", LATER)
    number, item = next((n, i) for n, i in enumerate(drafted.items, 1)
                        if i.title.startswith("Udmøntningsplan 2027"))
    row = next(r for r, s in enumerate(drafted.schedule) if s.item == number)
    assert schedule.lengths(drafted.schedule, drafted.end)[row] == 40
    proposal = window.ctx.proceedings.learned("Direktionen", LATER, [item])[item.uid]
    assert proposal.text == "foreslået 40 min. (planlagt 15)"
