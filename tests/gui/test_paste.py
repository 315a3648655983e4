"""Pasting from Word into the window's text fields stores the text markup, not Word's glyphs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from dirdesk.domain.text import ListItem, Paragraph, normalise, parse
from tests.domain.test_paste import WORD_HTML

pytestmark = pytest.mark.gui

WORD_MARKUP = (
    "Direktionen **godkendte** indstillingen med *disse* bemærkninger:\n\n"
    "- Økonomi følger op\n  - senest den **20. november**\n- HR orienteres\n"
    "1. Første\n2. Anden\n\n**Sagen** genoptages\npå næste møde.")


def _clipboard(html: str | None = None, text: str | None = None) -> None:
    data = QMimeData()
    if html is not None:
        data.setHtml(html)
    if text is not None:
        data.setText(text)
    QApplication.clipboard().setMimeData(data)


def _paste(qtbot: Any, field: QPlainTextEdit) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _open_decision(window: Any, row: int = 0) -> Any:
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(row))
    live.decision.clear()
    return live.decision


def test_word_html_pasted_into_a_decision_is_stored_as_markup(window: Any, qtbot: Any) -> None:
    field = _open_decision(window)
    _clipboard(html=WORD_HTML, text="Direktionen godkendte …")
    _paste(qtbot, field)
    assert field.toPlainText() == WORD_MARKUP
    window.document.flush()
    meeting = window.ctx.meetings.get(window.document.meeting.date, "Direktionen")
    blocks = parse(meeting.items[0].decision)
    assert [type(b) for b in blocks] == [Paragraph] + [ListItem] * 5 + [Paragraph]


def test_words_plain_text_list_pasted_into_a_section(window: Any, qtbot: Any) -> None:
    field = window.agenda_pane.editor.text
    window.agenda_pane.items_view.setCurrentIndex(window.agenda_pane.items_model.index(1))
    field.selectAll()
    _clipboard(text="Indstilling:\r\n•\tØkonomi følger op\r\no\tsenest i november\r\n1.\tFørste\r\n")
    _paste(qtbot, field)
    assert field.toPlainText().endswith(
        "Indstilling:\n\n- Økonomi følger op\n  - senest i november\n1. Første")


def test_plain_text_and_text_copied_in_dirdesk_are_pasted_as_they_are(window: Any, qtbot: Any) -> None:
    field = _open_decision(window)
    _clipboard(text="Godkendt.\n2 * 3 er seks")
    _paste(qtbot, field)
    assert field.toPlainText() == "Godkendt.\n2 * 3 er seks"
    # Copied from a dirdesk field: Qt offers HTML of its own too; the markup is kept as typed.
    field.setPlainText("**Fed** og\n- en liste")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().mimeData().hasHtml()
    other = _open_decision(window, 1)
    _paste(qtbot, other)
    # the same text as it prints, in the markup the editor writes (a blank line before the list)
    assert other.toPlainText() == normalise("**Fed** og\n- en liste") == "**Fed** og\n\n- en liste"
