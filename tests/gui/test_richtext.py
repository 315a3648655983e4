"""The rich-text editor of sections and decisions: shows the markup as it prints, stores it back."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFont, QKeySequence, QTextListFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dirdesk.domain.text import ListItem, Paragraph, normalise, render
from dirdesk.gui.editing.richtext import FormatBar, RichTextEdit, document_blocks
from tests.domain.markup_blocks import blocks
from tests.domain.test_paste import WORD_HTML

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot: Any) -> RichTextEdit:
    field = RichTextEdit()
    field.bar = FormatBar(field)  # type: ignore[attr-defined]
    qtbot.addWidget(field)
    qtbot.addWidget(field.bar)  # type: ignore[attr-defined]
    field.show()
    field.setFocus()
    return field


def shown(field: RichTextEdit) -> str:
    """The markup of what the field shows (not the text it was given while that is unchanged)."""
    return render(document_blocks(field.document()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blocks())
def test_normalised_markup_shown_and_read_back_is_the_same_markup(editor: RichTextEdit, bs: list) -> None:
    text = render(bs)
    assert normalise(text) == text  # normalised markup
    editor.setPlainText(text)
    assert shown(editor) == text
    assert editor.toPlainText() == text


def test_a_text_looked_at_is_handed_back_as_it_was_given(editor: RichTextEdit, qtbot: Any) -> None:
    old = "Linje et  \nlinje to\n\n\n* punkt\n3. tal"  # typed in the plain editor of old
    editor.setPlainText(old)
    assert editor.toPlainText() == old  # not rewritten by being shown
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "s")
    assert editor.toPlainText() == "Linje et\nlinje to\n\n- punkt\n3. tals"


def test_bold_italic_and_lists_are_shown_as_they_print(editor: RichTextEdit) -> None:
    editor.setPlainText("Det **fede** og *skrå*\n\n3. tre\n4. fire\n  - under\n5. fem")
    doc = editor.document()
    first = doc.begin()
    formats = {f.fragment().text(): f.fragment().charFormat() for f in _fragments(first)}
    assert formats["fede"].fontWeight() == QFont.Weight.Bold and not formats["fede"].fontItalic()
    assert formats["skrå"].fontItalic() and formats["skrå"].fontWeight() == QFont.Weight.Normal
    numbers = []
    block = first.next()
    while block.isValid():
        text_list = block.textList()  # every block here is in a list
        bullet = text_list.format().style() == QTextListFormat.Style.ListCircle
        numbers.append("◦" if bullet else text_list.itemText(block))
        block = block.next()
    # the numbers Word prints: the list goes on after the nested bullet
    assert numbers == ["3.", "4.", "◦", "5."]


def _fragments(block: Any) -> list:
    out, it = [], block.begin()
    while not it.atEnd():
        out.append(it)
        it = it.__class__(it)
        it += 1
    return out


def test_typing_with_the_keys_and_the_list_buttons_gives_the_markup(editor: RichTextEdit, qtbot: Any) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(editor, "Direktionen ")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, "godkendte")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, " med ")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, "disse")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, " bemærkninger:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.bar.bullets.trigger()  # type: ignore[attr-defined]
    assert editor.bar.bullets.isChecked()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Økonomi følger op")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "senest fredag")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # an empty entry: one level out
    qtbot.keyClicks(editor, "HR orienteres")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # an empty entry at the outermost level: list ends
    editor.bar.numbers.trigger()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Første")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Anden")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Sagen genoptages")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "på næste møde.")
    assert editor.toPlainText() == (
        "Direktionen **godkendte** med *disse* bemærkninger:\n\n"
        "- Økonomi følger op\n  - senest fredag\n- HR orienteres\n"
        "1. Første\n2. Anden\n\nSagen genoptages\npå næste møde.")


def test_dash_or_number_typed_at_a_paragraph_start_begins_a_list(editor: RichTextEdit, qtbot: Any) -> None:
    qtbot.keyClicks(editor, "- a")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "b")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "4) c")
    assert editor.toPlainText() == "- a\n- b\n4) c"
    editor.setPlainText("")
    qtbot.keyClicks(editor, "2 * 3 er seks")  # not a list, asterisks as typed
    assert editor.toPlainText() == "2 * 3 er seks"


def test_ctrl_b_on_a_selection_and_inside_a_word(editor: RichTextEdit, qtbot: Any) -> None:
    editor.setPlainText("et ord her")
    cursor = editor.textCursor()
    cursor.setPosition(4)  # inside "ord"
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "et **ord** her"
    assert editor.bar.bold.isChecked()  # type: ignore[attr-defined]
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "*et* ***ord*** *her*"


def test_pasted_word_html_is_shown_formatted_and_copied_as_markup(editor: RichTextEdit, qtbot: Any) -> None:
    from tests.gui.test_paste import WORD_MARKUP

    data = QMimeData()
    data.setHtml(WORD_HTML)
    data.setText("Direktionen godkendte …")
    QApplication.clipboard().setMimeData(data)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == WORD_MARKUP
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().mimeData().text() == WORD_MARKUP
    other = RichTextEdit()
    qtbot.addWidget(other)
    other.paste()
    assert other.toPlainText() == WORD_MARKUP


def test_the_format_bar_has_danish_accessible_names(editor: RichTextEdit) -> None:
    bar = editor.bar  # type: ignore[attr-defined]
    names = [bar.widgetForAction(a).accessibleName() for a in bar.actions()]
    assert all(names) and len(names) == 6


# --- what is stored is what is shown, whatever is typed --------------------------------------


def seen(blocks: list) -> list[tuple]:
    """What a reader sees of blocks: each visible character with its formatting, each block's
    kind, level and number (empty paragraphs do not show)."""
    out: list[tuple] = []
    for block in blocks:
        chars = [(c, r.bold, r.italic) for r in block.runs for c in r.text if not c.isspace()]
        if isinstance(block, Paragraph):
            if chars:
                out.append(("p", tuple(chars)))
        else:
            assert isinstance(block, ListItem)
            out.append(("li", block.level, block.marker, tuple(chars)))
    return out


def _words_formatted_alike(block: Any) -> bool:
    chars = [(c, r.bold, r.italic) for r in block.runs for c in r.text]
    return all(a[1:] == b[1:] for a, b in zip(chars, chars[1:], strict=False) if not (a[0].isspace() or b[0].isspace()))


class Typist(RuleBasedStateMachine):
    """Random typing, formatting and list keys; after each step the markup the field hands on,
    shown again in a new field, looks as the field does."""

    def __init__(self) -> None:
        super().__init__()
        self.field = RichTextEdit()
        self.field.show()
        self.field.setFocus()
        self.check = RichTextEdit()

    @rule(text=st.text(alphabet="abæø 1.-)", min_size=1, max_size=5))
    def type_text(self, text: str) -> None:
        QTest.keyClicks(self.field, text)

    @rule(key=st.sampled_from(["Ctrl+B", "Ctrl+I", "Ctrl+Shift+8", "Ctrl+Shift+7", "Return",
                               "Shift+Return", "Tab", "Shift+Tab", "Backspace", "Left", "Home", "End"]))
    def press(self, key: str) -> None:
        sequence = QKeySequence(key)
        combo = sequence[0]
        QTest.keyClick(self.field, combo.key(), combo.keyboardModifiers())

    @rule(start=st.integers(0, 200), length=st.integers(0, 20))
    def select(self, start: int, length: int) -> None:
        cursor = self.field.textCursor()
        end = self.field.document().characterCount() - 1
        cursor.setPosition(min(start, end))
        cursor.setPosition(min(start + length, end), cursor.MoveMode.KeepAnchor)
        self.field.setTextCursor(cursor)

    @invariant()
    def stored_as_shown(self) -> None:
        markup = self.field.toPlainText()
        assert normalise(markup) == markup
        self.check.setPlainText(markup)
        stored, shown = seen(document_blocks(self.check.document())), seen(document_blocks(self.field.document()))
        assert [b[:-1] for b in stored] == [b[:-1] for b in shown]  # the blocks as shown
        for s_block, f_block in zip(stored, shown, strict=True):
            for (c1, bold1, italic1), (c2, bold2, italic2) in zip(s_block[-1], f_block[-1], strict=True):
                assert c1 == c2  # every character
                # a format the markup cannot write inside a word is dropped, never added
                assert bold1 <= bold2 and italic1 <= italic2
        if all(_words_formatted_alike(b) for b in document_blocks(self.field.document())):
            assert stored == shown

    def teardown(self) -> None:
        self.field.deleteLater()
        self.check.deleteLater()


Typist.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)


def test_what_is_stored_is_what_the_field_shows(qapp: Any) -> None:
    Typist.TestCase("runTest").runTest()


def test_a_read_only_text_is_not_changed_by_the_format_keys_or_buttons(editor: RichTextEdit, qtbot: Any) -> None:
    editor.setPlainText("Underskrevet tekst")
    editor.setReadOnly(True)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    editor.bar.italic.trigger()  # type: ignore[attr-defined]
    editor.bar.bullets.trigger()  # type: ignore[attr-defined]
    editor.toggle_bold()
    assert editor.toPlainText() == "Underskrevet tekst"
    assert shown(editor) == "Underskrevet tekst"
