"""Danish spelling in the prose fields, with Debian's hunspell-da, and the window without it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat

from dirdesk import paths
from dirdesk.gui.editing.richtext import RichTextEdit
from dirdesk.gui.editing.spelling import LANGUAGE_ENV, SuggestionMenu, spelling

pytestmark = pytest.mark.gui


@pytest.fixture
def danish(qapp: Any) -> Iterator[None]:
    from dirdesk.app import install_translators

    translators = install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def dictionary(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # a word list of this test's own
    if not spelling().available:
        pytest.skip("no Danish dictionary here: packaging/dev/system-packages.sh installs hunspell-da")


@pytest.fixture
def no_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "xx_XX")  # a language enchant has no dictionary for


def underlined(field: RichTextEdit) -> list[str]:
    """The words shown with the red wavy line."""
    words = []
    block = field.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return words


def suggestion_menu(field: RichTextEdit) -> SuggestionMenu:
    return next(c for c in field.children() if isinstance(c, SuggestionMenu))


def menu_on(field: RichTextEdit, word: str) -> list[Any]:
    """The actions of the context menu a right-click on ``word`` opens."""
    cursor = field.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    return suggestion_menu(field).menu_at(field.cursorRect(cursor).center()).actions()


def click(field: RichTextEdit, word: str, choice: str) -> None:
    next(a for a in menu_on(field, word) if a.text() == choice).trigger()


def test_a_misspelt_word_is_underlined_with_suggestions_and_can_be_added(
        dictionary: None, danish: None, qtbot: Any) -> None:
    field = RichTextEdit()
    qtbot.addWidget(field)
    field.show()
    field.setPlainText("Direktionen godkendte **referrat** af mødet.")
    qtbot.waitUntil(lambda: underlined(field) != [])
    assert underlined(field) == ["referrat"]
    texts = [a.text() for a in menu_on(field, "referrat")]
    assert texts[0] == "referat"  # the best suggestion first
    assert "Tilføj til ordbog" in texts
    click(field, "referrat", "referat")  # chosen: the word is replaced and keeps its bold
    assert field.toPlainText() == "Direktionen godkendte **referat** af mødet."
    assert underlined(field) == []
    # A word of the secretariat's own, added once, is known from then on, in every field.
    field.setPlainText("Mødet i Direktionssekretariatet og Kroustrupgruppen.")
    assert underlined(field) == ["Kroustrupgruppen"]
    other = RichTextEdit()
    qtbot.addWidget(other)
    other.setPlainText("Kroustrupgruppen mødes.")
    click(field, "Kroustrupgruppen", "Tilføj til ordbog")
    assert underlined(field) == [] and underlined(other) == []
    words = (paths.data_dir() / "ordbog.txt").read_text(encoding="utf-8").split()
    assert words == ["Kroustrupgruppen"]


def test_markup_and_abbreviations_are_not_taken_for_words(dictionary: None, qtbot: Any) -> None:
    field = RichTextEdit()
    qtbot.addWidget(field)
    field.setPlainText("Sagsnr. 24/7615, KLE 00.30.10.G01 og HR's **it-system** – 2 * 3")
    assert underlined(field) == []


def test_the_window_works_without_a_dictionary_and_says_so(no_dictionary: None, danish: None,
                                                         window: Any, qtbot: Any) -> None:
    assert not spelling().available
    assert window.statusBar().currentMessage().startswith("Stavekontrol er slået fra")
    pane = window.agenda_pane
    view = pane.items_view
    view.setCurrentIndex(pane.items_model.index(2))
    field = pane.editor.text
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, " Et referrat.")
    assert field.toPlainText().endswith(" Et referrat.")
    assert underlined(field) == []
    assert not [c for c in field.children() if isinstance(c, SuggestionMenu)]  # Qt's own menu
