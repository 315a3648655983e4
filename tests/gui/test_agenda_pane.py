"""The agenda pane as the secretariat uses it: grid, items, item editor, undo and redo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from dirdesk.gui.agenda.models import GridColumn, Roles

pytestmark = pytest.mark.gui

COMING = dt.date(2026, 11, 25)


def stored(window: Any) -> Any:
    """The meeting as a fresh read of the database shows it (what reopening would show), once
    the saves under way (off the window's thread) are done."""
    window.document.wait_for_saves()
    return window.ctx.meetings.get(COMING, "Direktionen")


def edit_cell(qtbot: Any, view: Any, row: int, column: int, text: str) -> None:
    """Type into a cell the way a user does: F2, select all, type, Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the editor's data from the event loop, after the key press returns.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=2000)
    qtbot.wait(20)


def grid_times(window: Any) -> list[str]:
    model = window.agenda_pane.grid.model
    return [model.index(r, GridColumn.START).data() for r in range(model.rowCount())]


def test_opens_the_coming_meeting(window: Any) -> None:
    pane = window.agenda_pane
    assert pane.date_label.text() == "Onsdag den 25. november 2026"
    assert pane.items_model.rowCount() > 3
    assert grid_times(window)[0] == "9.00"


def test_longer_row_moves_later_times_and_flags_the_overrun(window: Any, qtbot: Any) -> None:
    pane = window.agenda_pane
    before = grid_times(window)
    pause = next(r for r in range(pane.grid.model.rowCount())
                 if pane.grid.model.index(r, GridColumn.TITLE).data() == "Pause")
    edit_cell(qtbot, pane.grid.view, pause, GridColumn.LENGTH, "20")
    after = grid_times(window)
    assert after[:pause + 1] == before[:pause + 1]
    shifted = [dt.datetime.strptime(t, "%H.%M") - dt.datetime.strptime(b, "%H.%M")
               for t, b in zip(after[pause + 1:], before[pause + 1:], strict=True)]
    assert all(d == dt.timedelta(minutes=15) for d in shifted)
    last = pane.grid.model.rowCount() - 1
    assert after[-1] == "13.15"
    assert "overrun" in pane.grid.model.index(last, 0).data(Roles.FINDINGS)
    assert pane.grid.model.index(last, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "13.15" in pane.grid.findings.text()
    assert [s.start.strftime("%H:%M") for s in stored(window).schedule][-1] == "13:15"

    window.undo_action.trigger()
    assert grid_times(window) == before
    assert pane.grid.findings.text() == ""
    window.redo_action.trigger()
    assert grid_times(window) == after


def test_an_invalid_time_is_refused_with_a_message(window: Any, qtbot: Any) -> None:
    pane = window.agenda_pane
    before = grid_times(window)
    edit_cell(qtbot, pane.grid.view, 2, GridColumn.START, "25:99")
    assert grid_times(window) == before
    assert "25:99" in pane.grid.findings.text()


def test_moving_a_grid_row_by_drag_keeps_its_length(window: Any) -> None:
    pane = window.agenda_pane
    model = pane.grid.model
    lengths = [model.index(r, 0).data(Roles.LENGTH) for r in range(model.rowCount())]
    titles = [model.index(r, GridColumn.TITLE).data() for r in range(model.rowCount())]
    data = model.mimeData([model.index(3, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    new_titles = [model.index(r, GridColumn.TITLE).data() for r in range(model.rowCount())]
    assert new_titles[1] == titles[3]
    assert model.index(1, 0).data(Roles.LENGTH) == lengths[3]
    assert grid_times(window)[0] == "9.00"


def test_editing_an_item_shows_and_stores_it(window: Any, qtbot: Any) -> None:
    pane = window.agenda_pane
    pane.items_view.setCurrentIndex(pane.items_model.index(2))
    title: QLineEdit = pane.editor.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Evaluering af Nytårskur 2026")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    pane.editor.journal.setText("00.01.00.000")
    pane.editor.journal.editingFinished.emit()
    pane.editor.closed.setChecked(True)
    assert pane.items_model.index(2).data().startswith("3. Evaluering af Nytårskur 2026")
    item = stored(window).items[2]
    assert (item.title, item.journal_no, item.closed) == (
        "Evaluering af Nytårskur 2026", "00.01.00.000", True)


def test_section_text_is_kept_and_undone_as_one_step(window: Any, qtbot: Any) -> None:
    pane = window.agenda_pane
    pane.items_view.setCurrentIndex(pane.items_model.index(0))
    editor = pane.editor
    editor.sections.setCurrentRow(0)
    before = stored(window).items[0].sections[0]
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " og Ledelsessekretariatet")
    editor.commit_pending()
    assert stored(window).items[0].sections[0].text.endswith("og Ledelsessekretariatet")
    window.undo_action.trigger()
    assert stored(window).items[0].sections[0] == before


def test_reordering_items_renumbers_and_keeps_grid_links(window: Any) -> None:
    pane = window.agenda_pane
    first = stored(window)
    linked_before = {s.title: first.items[s.item - 1].uid for s in first.schedule if s.item}
    model = pane.items_model
    model.dropMimeData(model.mimeData([model.index(4)]), Qt.DropAction.MoveAction, 0, 0,
                       QModelIndex())
    after = stored(window)
    assert after.items[0].uid == first.items[4].uid
    assert model.index(0).data().startswith("1. " + first.items[4].title)
    assert {s.title: after.items[s.item - 1].uid for s in after.schedule if s.item} == linked_before
    window.undo_action.trigger()
    assert [i.uid for i in stored(window).items] == [i.uid for i in first.items]


def test_keyboard_reorder_and_add_item(window: Any, qtbot: Any) -> None:
    pane = window.agenda_pane
    count = pane.items_model.rowCount()
    second = pane.items_model.index(1).data()
    pane.items_view.setFocus()
    pane.items_view.setCurrentIndex(pane.items_model.index(1))
    qtbot.keyClick(pane.items_view, Qt.Key.Key_Up,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert pane.items_model.index(0).data() == "1." + second.split(".", 1)[1]
    pane.items_view.setFocus()
    qtbot.keyClick(pane.items_view, Qt.Key.Key_Insert)
    assert pane.items_model.rowCount() == count + 1
    assert len(stored(window).items) == count + 1


def test_models_pass_the_model_tester(window: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(window.agenda_pane.items_model)
    qtmodeltester.check(window.agenda_pane.grid.model)
