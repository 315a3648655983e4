"""The smaller faults of issue 15, each as a user meets it in the real window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

pytestmark = pytest.mark.gui

FIRST, SECOND, THIRD = dt.date(2026, 11, 25), dt.date(2026, 12, 2), dt.date(2026, 12, 9)


def _meeting_row(window: Any, date: dt.date) -> QModelIndex:
    index: QModelIndex = window.plan_pane.model.meeting_index(date)
    assert index.isValid()
    return index


def test_the_plans_highlighted_row_follows_the_open_meeting(window: Any, qtbot: Any) -> None:
    plan = window.plan_pane
    plan.view.setCurrentIndex(_meeting_row(window, FIRST))
    assert window.document.meeting.date == FIRST
    window.ctx.meetings.create_from_plan(window.ctx.board, SECOND)
    window.ctx.signals.plan_changed.emit(None)
    # Opened from elsewhere (search, a follow-up, the start): the plan shows where the user is.
    window.open_meeting(SECOND)
    assert window.document.meeting.date == SECOND
    current = plan.current_row()
    assert current is not None and current.date == SECOND
    assert plan.view.selectionModel().isRowSelected(_meeting_row(window, SECOND).row(),
                                                     QModelIndex())


def test_open_meeting_is_offered_on_a_planned_date_that_enter_would_open(window: Any) -> None:
    plan = window.plan_pane
    plan.view.setCurrentIndex(_meeting_row(window, THIRD))  # planned, no agenda yet
    assert THIRD not in plan._with_content
    plan.row_actions.update()
    assert plan.row_actions.open_action.isEnabled()
    asked: list[str] = []
    plan.confirm = lambda question: asked.append(question) or True
    plan.row_actions.open_action.trigger()  # what Enter does
    assert asked and window.document.meeting.date == THIRD


def test_marking_a_member_absent_keeps_their_place(window: Any, qtbot: Any) -> None:
    members = window.agenda_pane.members
    names = [members.item(r, 1).text() for r in range(members.rowCount())]
    assert len(names) >= 3
    members.item(0, 2).setCheckState(Qt.CheckState.Checked)  # the first one is away
    window.document.commit_pending()
    after = [members.item(r, 1).text() for r in range(members.rowCount())]
    assert after == names
    assert members.item(0, 2).checkState() == Qt.CheckState.Checked
    assert window.document.meeting.absent[0].name == names[0]


def _export_dialog(window: Any, qtbot: Any, soffice: bool = False) -> Any:
    from dirdesk.export import find_libreoffice
    from dirdesk.gui.dialogs.export import ExportDialog

    window.document.flush()
    dialog = ExportDialog(window.ctx, window.document.meeting, window,
                          find_soffice=find_libreoffice if soffice else (lambda: None))
    qtbot.addWidget(dialog)
    dialog.ask_to_open = lambda _path: False
    return dialog


def test_the_export_dialog_remembers_its_folder(window: Any, qtbot: Any, tmp_path: Path) -> None:
    first = _export_dialog(window, qtbot)
    assert Path(first.path.text()).parent != tmp_path
    first.path.setText(str(tmp_path / "referat.docx"))
    first.export()
    assert first.written == tmp_path / "referat.docx"
    again = _export_dialog(window, qtbot)
    assert Path(again.path.text()).parent == tmp_path  # not the home folder's Documents
    assert Path(again.path.text()).name.startswith("Direktionen ")


def test_the_export_dialog_remembers_also_as_pdf(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from dirdesk.export import find_libreoffice

    if find_libreoffice() is None:
        pytest.skip("LibreOffice is not installed")
    first = _export_dialog(window, qtbot, soffice=True)
    assert not first.pdf.isChecked()
    first.pdf.setChecked(True)
    first.path.setText(str(tmp_path / "dagsorden.docx"))
    first.export()
    assert first.written_pdf is not None and first.written_pdf.exists()
    again = _export_dialog(window, qtbot, soffice=True)
    assert again.pdf.isChecked()
    again.pdf.setChecked(False)
    again.path.setText(str(tmp_path / "igen.docx"))
    again.export()
    assert not _export_dialog(window, qtbot, soffice=True).pdf.isChecked()


def test_the_export_says_it_is_exporting_and_the_window_lives(window: Any, qtbot: Any,
                                                             tmp_path: Path) -> None:
    dialog = _export_dialog(window, qtbot)
    dialog.show()
    dialog.path.setText(str(tmp_path / "dagsorden.docx"))
    during: list[tuple[bool, bool, str, bool]] = []
    # Runs at the first turn of the event loop: during the export if the window is alive.
    QTimer.singleShot(0, lambda: during.append((
        dialog.written is None, dialog.progress.isVisible(), dialog.progress.text(),
        dialog.buttons.isEnabled())))
    dialog.export()
    assert dialog.written == tmp_path / "dagsorden.docx"
    assert len(during) == 1
    assert during[0][:2] == (True, True) and not during[0][3]
    assert during[0][2] in ("Eksporterer …", "Exporting …")
    assert not dialog.progress.isVisible()


def test_after_the_open_it_now_box_the_main_window_has_the_keyboard(window: Any, qtbot: Any,
                                                                   tmp_path: Path) -> None:
    from dirdesk.gui.dialogs import export

    window.activateWindow()
    window.live_pane.decision.setFocus()
    answered: list[str] = []

    def answer_no() -> None:
        if not answered:  # next look first: a click below may open a box and wait in it
            QTimer.singleShot(50, answer_no)
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and "x.docx" in box.text():  # "Vil du åbne det nu?"
            answered.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        elif isinstance(box, QMessageBox):  # the check before publishing: write it anyway
            box.button(QMessageBox.StandardButton.Yes).click()
        elif isinstance(box, export.ExportDialog):
            box.path.setText(str(tmp_path / "x.docx"))
            box.buttons.button(box.buttons.StandardButton.Save).click()

    QTimer.singleShot(50, answer_no)
    window.export_meeting()
    assert answered, "the box asking to open the document was not shown"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    focus = QApplication.focusWidget()
    assert focus is not None and window.isAncestorOf(focus)


def test_a_grid_row_is_linked_by_choosing_the_item(window: Any, qtbot: Any) -> None:
    from dirdesk.gui.agenda.models import GridColumn

    window.tabs.setCurrentIndex(0)
    grid = window.agenda_pane.grid
    grid.view.setFocus()
    grid.add_row("Ny række", 15)
    row = grid.view.currentIndex().row()
    index = grid.model.index(row, GridColumn.ITEM)
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    combo = grid.view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(combo, QComboBox), type(combo)
    items = window.document.meeting.items
    assert combo.count() == len(items) + 1
    assert combo.itemText(3) == f"3. {items[2].title}"
    combo.setCurrentIndex(3)
    combo.activated.emit(3)
    qtbot.waitUntil(lambda: window.document.meeting.schedule[row].item == 3, timeout=3000)


def test_a_new_item_is_offered_to_the_grid(window: Any, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(0)
    pane = window.agenda_pane
    pane.add_item()
    meeting = window.document.meeting
    number = next(i for i, item in enumerate(meeting.items, 1) if item.uid == pane._current_uid)
    assert all(slot.item != number for slot in meeting.schedule)
    offer = pane.grid.offer_button
    assert offer.isVisible() and str(number) in pane.grid.offer_label.text()
    offer.click()
    meeting = window.document.meeting
    row = [s for s in meeting.schedule if s.item == number]
    assert len(row) == 1 and row[0].title == meeting.items[number - 1].title
    assert not offer.isVisible()
    window.undo_action.trigger()
    assert all(s.item != number for s in window.document.meeting.schedule)
