"""The grid's "Offentlig tekst" box: a closed row's text marked public from the window, stored,
printed in the published DAGSORDEN and nothing else of the closed content; undone by untick and undo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from dirdesk.gui.agenda.models import GridColumn
from tests.export.office import docx_text
from tests.reliability.markers import Markers, in_docx

pytestmark = pytest.mark.gui

COMING = dt.date(2026, 11, 25)
PUBLIC = "Specialkonsulent Hanne Holm deltager under behandlingen."
MARK = Markers()
# Closed content of the coming meeting: none of it may reach the published DAGSORDEN.
JOURNAL, CASE_TEXT, OTHER_ROW_TEXT = MARK(), MARK(), MARK()


@pytest.fixture
def gui_db_url(tmp_path: Path) -> str:
    """The demo database with item 3 of the coming meeting closed (closed case text and journal
    number) and two grid rows: one linked to it with ``PUBLIC`` as text, one closed row of its own
    whose text is closed content."""
    from dirdesk.domain.model import Section
    from dirdesk.services.demo import fill_demo
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    url = f"sqlite:///{tmp_path / 'gui.sqlite3'}"
    with Database(url) as db:
        fill_demo(db, today=dt.date(2026, 11, 23))
        service = MeetingService(db)
        meeting = service.get(COMING, "Direktionen")
        items = list(meeting.items)
        items[2] = dataclasses.replace(items[2], closed=True, journal_no=JOURNAL,
                                       sections=(Section("Sagsfremstilling", CASE_TEXT),))
        slots = list(meeting.schedule)
        slots[1] = dataclasses.replace(slots[1], item=3, text=PUBLIC)
        slots[2] = dataclasses.replace(slots[2], item=None, closed=True, text=OTHER_ROW_TEXT)
        service.save(dataclasses.replace(meeting, items=tuple(items), schedule=tuple(slots)),
                     base=meeting)
    return url  # (item 2, "Sager til behandling og tidsplan", is where the grid is printed)


def stored(window: Any) -> Any:
    return window.ctx.meetings.get(COMING, "Direktionen")


def published(window: Any, tmp_path: Path) -> bytes:
    from dirdesk.export import DocumentKind, export_meeting

    target = tmp_path / "dagsorden.docx"
    export_meeting(stored(window), DocumentKind.DAGSORDEN, target, find_soffice=lambda: None)
    return target.read_bytes()


def click_box(qtbot: Any, view: Any, row: int) -> None:
    """A mouse click on the check box of the row's "Offentlig tekst" cell."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

    index = view.model().index(row, GridColumn.PUBLIC)
    view.scrollTo(index)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = QApplication.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    centre = box.center() if box.isValid() else QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def settle(qtbot: Any, window: Any, public: bool) -> None:
    """The grid edit is applied from the event loop: wait for the stored meeting to show it."""
    qtbot.waitUntil(lambda: stored(window).schedule[1].public_text is public, timeout=3000)


def test_only_a_closed_row_has_the_box(window: Any, qapp: Any) -> None:
    from dirdesk.app import install_translators

    model = window.agenda_pane.grid.model
    translators = install_translators(qapp)
    try:
        header = model.headerData(GridColumn.PUBLIC, Qt.Orientation.Horizontal)
        tip = model.headerData(GridColumn.PUBLIC, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        cell_tip = model.index(1, GridColumn.PUBLIC).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert header == "Offentlig tekst"
    assert tip == cell_tip == ("Teksten trykkes i den offentlige udgave, også når punktet er lukket "
                               "(fx hvem der deltager under behandlingen)")
    for row in range(model.rowCount()):
        index = model.index(row, GridColumn.PUBLIC)
        checkable = bool(model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable)
        assert checkable is (row in (1, 2)), row
        assert (index.data(Qt.ItemDataRole.CheckStateRole) is not None) is checkable
        assert bool(model.flags(index) & Qt.ItemFlag.ItemIsEnabled) is checkable
    # Setting the box of an open row is refused: nothing to mark there.
    assert not model.setData(model.index(0, GridColumn.PUBLIC), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)


def test_ticking_the_box_publishes_that_text_and_nothing_else_closed(
        window: Any, qtbot: Any, tmp_path: Path) -> None:
    pane = window.agenda_pane
    view = pane.grid.view
    before = published(window, tmp_path)
    assert PUBLIC not in docx_text(before)
    assert in_docx(before) == set()

    click_box(qtbot, view, 1)
    settle(qtbot, window, True)
    index = pane.grid.model.index(1, GridColumn.PUBLIC)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert stored(window).schedule[2].public_text is False
    after = published(window, tmp_path)
    assert PUBLIC in docx_text(after)
    assert in_docx(after) == set()  # not the case text, journal number nor the other closed row

    window.undo_action.trigger()
    settle(qtbot, window, False)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert PUBLIC not in docx_text(published(window, tmp_path))
    window.redo_action.trigger()
    settle(qtbot, window, True)

    click_box(qtbot, view, 1)  # untick
    settle(qtbot, window, False)
    assert PUBLIC not in docx_text(published(window, tmp_path))


def test_space_toggles_the_box_from_the_keyboard(window: Any, qtbot: Any) -> None:
    pane = window.agenda_pane
    view = pane.grid.view
    view.setCurrentIndex(pane.grid.model.index(1, GridColumn.PUBLIC))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    settle(qtbot, window, True)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    settle(qtbot, window, False)
    window.undo_action.trigger()
    settle(qtbot, window, True)


def test_grid_model_passes_the_model_tester(window: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(window.agenda_pane.grid.model)


def test_the_text_column_keeps_its_width_in_a_small_window(window: Any, qtbot: Any) -> None:
    """1366×768 with the search dock open: the new column must not crush the text column."""
    window.resize(1366, 768)
    window.search_all()
    qtbot.wait(50)
    view = window.agenda_pane.grid.view
    header = view.horizontalHeader()
    widths = {c: header.sectionSize(c) for c in GridColumn}
    assert sum(widths.values()) <= view.viewport().width(), widths  # no sideways scrolling
    assert widths[GridColumn.TEXT] >= widths[GridColumn.TITLE] >= 120, widths
    assert widths[GridColumn.PUBLIC] >= header.sectionSizeHint(GridColumn.PUBLIC), widths
    # A wider window gives the title and item columns their share of the room again.
    window.search_dock.hide()
    window.resize(1900, 1000)
    qtbot.wait(50)
    assert header.sectionSize(GridColumn.TITLE) > widths[GridColumn.TITLE]
    assert header.sectionSize(GridColumn.ITEM) > widths[GridColumn.ITEM]
