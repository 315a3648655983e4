"""The item editor as a secretary writes in it: formatted text, the usual sections in one click,
numbers checked as typed, the item shown as the document shows it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from dirdesk.domain.item_form import USUAL_HEADINGS

pytestmark = pytest.mark.gui

COMING = dt.date(2026, 11, 25)


@pytest.fixture
def danish(qapp: Any) -> Iterator[None]:
    from dirdesk.app import install_translators

    translators = install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def stored(window: Any) -> Any:
    return window.ctx.meetings.get(COMING, "Direktionen")


def choose_item(qtbot: Any, pane: Any, row: int) -> Any:
    view = pane.items_view
    rect = view.visualRect(pane.items_model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return pane.editor


def test_formatted_typing_in_a_section_is_stored_as_markup(window: Any, qtbot: Any) -> None:
    editor = choose_item(qtbot, window.agenda_pane, 2)
    editor.sections.setCurrentRow(1)
    field = editor.text
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Vigtigt")
    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, ": læs bilaget")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.format_bar.widgetForAction(editor.format_bar.numbers), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "først")
    window.document.commit_pending()
    window.document.flush()
    text = stored(window).items[2].sections[1].text
    assert text.endswith("\n\n**Vigtigt**: læs bilaget\n\n1. først")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # still undoable


def test_a_number_and_a_section_text_pending_together_are_both_stored(window: Any, qtbot: Any) -> None:
    """Handing on the journal number redrew the editor with the stored section text, over the
    text typed, before that text was handed on."""
    editor = choose_item(qtbot, window.agenda_pane, 2)
    editor.sections.setCurrentRow(1)
    editor.journal.setText("00.30.10")  # typed, not yet left
    editor.text.setPlainText("Ny **tekst**")  # pasted
    window.document.commit_pending()
    window.document.flush()
    item = stored(window).items[2]
    assert (item.journal_no, item.sections[1].text) == ("00.30.10", "Ny **tekst**")
    assert editor.text.toPlainText() == "Ny **tekst**"


def test_the_usual_sections_come_in_one_click_and_are_stored(window: Any, qtbot: Any) -> None:
    from dirdesk.domain.item_form import missing_usual

    pane = window.agenda_pane
    row = next(r for r, i in enumerate(stored(window).items) if len(missing_usual(i.sections)) >= 2)
    editor = choose_item(qtbot, pane, row)
    before = [getattr(s, "heading", None) for s in stored(window).items[row].sections]
    assert editor.usual_sections.isEnabled()
    qtbot.mouseClick(editor.usual_sections, Qt.MouseButton.LeftButton)
    window.document.flush()
    headings = [getattr(s, "heading", None) for s in stored(window).items[row].sections]
    for heading in USUAL_HEADINGS:
        if heading == "Sagsgang" and "Sagsansvarlig" in before:
            continue
        assert heading in headings
    assert [h for h in headings if h in USUAL_HEADINGS] == [h for h in USUAL_HEADINGS if h in headings]
    assert not editor.usual_sections.isEnabled()  # nothing left to add


def test_journal_and_case_numbers_show_their_form_and_a_fault_in_danish(window: Any, qtbot: Any,
                                                                         danish: None) -> None:
    from dirdesk.gui.agenda.item_editor import ItemEditor

    editor = ItemEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.show_item(stored(window).items[0])
    # The hint is the form in letters: no digit a reader could take for a real number.
    assert editor.journal.placeholderText() == "KLE NN.NN.NN"
    assert editor.case.placeholderText() == "ÅÅ/NNNN"
    assert not any(c.isdigit() for c in editor.journal.placeholderText() + editor.case.placeholderText())
    editor.journal.clear()
    qtbot.keyClicks(editor.journal, "0030.10")
    qtbot.keyClicks(editor.case, "2024/7615")
    assert editor.number_fault.isVisible()
    message = editor.number_fault.text()
    assert 'Journalnummeret "0030.10" er ikke et KLE-nummer' in message
    assert 'Sagsnummeret "2024/7615" skal skrives ÅÅ/NNNN' in message
    editor.journal.setText("00.30.10.G01")
    editor.case.setText("24/7615")
    assert not editor.number_fault.isVisible()
    names = [editor.format_bar.widgetForAction(a).accessibleName() for a in editor.format_bar.actions()]
    assert names == ["Fed", "Kursiv", "Punktopstilling", "Nummereret liste", "Formindsk indrykning",
                     "Forøg indrykning"]


def test_the_item_is_shown_as_the_document_shows_it(window: Any, qtbot: Any) -> None:
    editor = choose_item(qtbot, window.agenda_pane, 2)
    editor.sections.setCurrentRow(1)
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.keyClick(editor.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.text, "Fremhævet")
    qtbot.mouseClick(editor.preview_toggle, Qt.MouseButton.LeftButton)  # what was typed goes along
    assert editor.preview.isVisible() and not editor.text.isVisible()
    item = stored(window).items[2]
    shown = editor.preview.toPlainText()
    assert shown.startswith(item.title)
    for section in item.sections:
        if getattr(section, "heading", ""):
            assert section.heading in shown
    doc = editor.preview.document()
    found = doc.find("Fremhævet")
    assert not found.isNull() and found.charFormat().fontWeight() == QFont.Weight.Bold
    assert "**" not in shown
    qtbot.mouseClick(editor.preview_toggle, Qt.MouseButton.LeftButton)
    assert editor.text.isVisible()
    QApplication.processEvents()
