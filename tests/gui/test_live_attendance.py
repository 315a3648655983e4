"""The live pane's attendance panel through the real window: ticked by keyboard at the start and
as members come and go, one undo step a tick, and the REFERAT's facts and items follow it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_live_case import COMING, at, reopened

pytestmark = pytest.mark.gui

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def row_of(live: Any, name: str) -> int:
    model = live.attendance.model
    return next(r for r in range(model.rowCount())
                if model.data(model.index(r), Qt.ItemDataRole.UserRole + 1) == name)


def tick(live: Any, qtbot: Any, name: str) -> None:
    """From the decision field: Ctrl+Shift+M to the list, down to the member, Space, Esc back."""
    qtbot.keyClick(live.decision, Qt.Key.Key_M, CTRL | SHIFT)
    view = live.attendance.view
    assert view.hasFocus()
    view.setCurrentIndex(live.attendance.model.index(0))
    for _ in range(row_of(live, name)):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert live.decision.hasFocus()


def shown(live: Any, name: str) -> tuple[bool, str]:
    model = live.attendance.model
    index = model.index(row_of(live, name))
    return (model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked,
            model.data(index, Qt.ItemDataRole.DisplayRole))


def test_attendance_ticked_in_the_meeting_reaches_the_referat(
        window: Any, qtbot: Any, qtmodeltester: Any, tmp_path: Path) -> None:
    import docx

    from dirdesk.gui.dialogs.export import ExportDialog

    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    qtmodeltester.check(live.attendance.model)
    live.list.setCurrentIndex(live.items.index(0))
    live.decision.setFocus()
    at(live, 9, 0)
    meeting = window.document.meeting
    late, early = meeting.members[0], meeting.members[1]
    assert live.attendance.title().startswith(("Til stede ved mødets start", "Present at the start"))

    tick(live, qtbot, late.name)  # not there when the meeting begins
    assert late in reopened(window).absent
    assert shown(live, late.name)[0] is False
    for hour, minute in ((9, 40), (10, 10)):  # on to item 3
        at(live, hour, minute)
        qtbot.keyClick(live.decision, Qt.Key.Key_Return, CTRL)
    assert live.attendance.title().startswith(("Til stede ved punkt 3", "Present at item 3"))
    tick(live, qtbot, late.name)  # comes in at item 3
    at(live, 10, 45)
    qtbot.keyClick(live.decision, Qt.Key.Key_Return, CTRL)  # item 4
    tick(live, qtbot, early.name)  # gone before item 4
    here, text = shown(live, early.name)
    assert not here and ("til og med punkt 3" in text)
    stored = reopened(window)
    assert stored.items[2].participation.arrives == (late.name,)
    assert stored.items[2].participation.leaves == (early.name,)

    # One undo step a tick: the departure goes, the arrival stays.
    window.ctx.editing.undo()
    stored = reopened(window)
    assert stored.items[2].participation.leaves == () and shown(live, early.name)[0]
    assert stored.items[2].participation.arrives == (late.name,)
    window.ctx.editing.redo()
    assert reopened(window).items[2].participation.leaves == (early.name,)

    # The REFERAT, written from the window, follows it.
    items = tuple(dataclasses.replace(i, decision=i.decision or "Taget til efterretning.")
                  for i in window.document.meeting.items)
    window.document.replace(dataclasses.replace(window.document.meeting, items=items))
    dialog = ExportDialog(window.ctx, window.document.meeting, window)
    qtbot.addWidget(dialog)
    dialog.ask_to_open = lambda _path: False
    dialog.minutes.setChecked(True)
    target = tmp_path / "referat.docx"
    dialog.path.setText(str(target))
    dialog.export()
    lines = [p.text for p in docx.Document(str(target)).paragraphs]
    body = "\n".join(lines)
    facts = body[body.index("Medlemmer:"):body.index("Fraværende:")]
    assert f"{late.display} (fra punkt 3)" in facts
    assert f"{early.display} (til og med punkt 3)" in facts
    absent = body[body.index("Fraværende:"):].split("\n")[0]
    assert late.name not in absent
    arrived = lines.index(f"{late.display} deltog fra og med dette punkt.")
    left = lines.index(f"{early.display} forlod mødet efter dette punkt.")
    title = stored.items[2].title
    assert [t for t in lines[:arrived] if t.startswith("3. ")][-1].startswith(f"3. {title}"[:20])
    assert arrived < left and not any(t.startswith("4. ") for t in lines[arrived:left])
    assert stored.date == COMING


def test_the_panel_speaks_danish(window: Any, qapp: Any) -> None:
    from dirdesk.app import install_translators
    from dirdesk.domain.model import Participation
    from dirdesk.domain.participation import set_present

    translators = install_translators(qapp)
    try:
        meeting = window.document.meeting
        inhabil, late = meeting.members[0], meeting.members[1]
        items = list(meeting.items)
        items[3] = dataclasses.replace(items[3], participation=Participation(inhabil=(inhabil.name,)))
        ran = set_present(set_present(dataclasses.replace(meeting, items=tuple(items)),
                                      late.name, 1, False), late.name, 3, True)
        window.document.replace(ran)
        live = window.live_pane
        window.tabs.setCurrentIndex(1)
        live.list.setCurrentIndex(live.items.index(3))
        assert live.attendance.title() == "Til stede ved punkt 4 (Ctrl+Shift+M)"
        assert shown(live, inhabil.name) == (True, f"{inhabil.display} (inhabil i punktet)")
        assert shown(live, late.name) == (True, f"{late.display} (til stede fra punkt 3)")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
