"""Danish spell checking in the fields a person writes prose in: a red wavy underline under a word
the dictionary does not know, suggestions and "Tilføj til ordbog" on right-click.

The dictionary is Debian's ``hunspell-da`` (on Windows the one the bundle ships beside enchant's
own, see packaging/pyinstaller/dirdesk.spec) through pyenchant; the words a user adds go to
``ordbog.txt`` in the user data folder, one a line. Without enchant's library or without a Danish
dictionary every field works as before, unchecked, and the window says so once (``available``).
``DIRDESK_SPELLING_LANGUAGE`` names the dictionary asked for (default ``da_DK``): a test points it
at one that does not exist to run the window without spelling.
"""

from __future__ import annotations

import logging
import os
import re
import weakref
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from dirdesk import paths

log = logging.getLogger(__name__)

LANGUAGE_ENV = "DIRDESK_SPELLING_LANGUAGE"
DEFAULT_LANGUAGE = "da_DK"
WORD_LIST = "ordbog.txt"
MAX_SUGGESTIONS = 6
# A word: letters, with inner hyphens or apostrophes ("it-system", "ministeriets'"). Digits,
# underscores and the markup's asterisks are not part of one.
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

TextField = QTextEdit | QPlainTextEdit
OWN_ABBREVIATIONS = frozenset({"sagsnr", "journalnr", "dok", "dokumentnr", "bilagsnr"})


class Speller:
    """A dictionary and the user's own word list."""

    def __init__(self, dictionary: object, word_list: Path) -> None:
        self._dictionary = dictionary
        self.word_list = word_list
        self._known = lru_cache(maxsize=20_000)(self._check)

    @classmethod
    def load(cls, language: str, word_list: Path) -> Speller | None:
        """The speller for ``language`` with ``word_list``, or None when there is none here."""
        try:
            import enchant  # type: ignore[import-untyped]  # finds its C library on import
        except (ImportError, OSError) as error:
            log.info("no spelling: enchant is not available (%s)", error)
            return None
        try:
            if not enchant.dict_exists(language):
                log.info("no spelling: no %s dictionary", language)
                return None
            word_list.parent.mkdir(parents=True, exist_ok=True)
            word_list.touch()
            return cls(enchant.DictWithPWL(language, str(word_list)), word_list)
        except (enchant.errors.Error, OSError) as error:
            log.warning("no spelling: %s", error)
            return None

    def _check(self, word: str) -> bool:
        return bool(self._dictionary.check(word))  # type: ignore[attr-defined]

    def known(self, word: str, dot: bool = False) -> bool:
        """Whether ``word`` (followed by a full stop if ``dot``) is spelt right.

        Abbreviations in capitals and single letters are, with a genitive too ("HR's"), and so
        is an abbreviation the dictionary knows with its full stop ("evt.") or that dirdesk
        itself prints ("Sagsnr.", "Journalnr.").
        """
        stem = re.sub(r"['’]s?$", "", word)
        if len(stem) < 2 or stem.isupper():
            return True
        if dot and (stem.casefold() in OWN_ABBREVIATIONS or self._known(stem + ".")):
            return True
        return self._known(word) or (stem != word and self._known(stem))

    def suggest(self, word: str) -> list[str]:
        return list(self._dictionary.suggest(word))[:MAX_SUGGESTIONS]  # type: ignore[attr-defined]

    def add(self, word: str) -> None:
        """``word`` into the user's word list, for good."""
        self._dictionary.add(word)  # type: ignore[attr-defined]
        self._known.cache_clear()


class Spelling(QObject):
    """The window's spell checking: one speller, the fields it underlines in."""

    def __init__(self, speller: Speller | None, key: tuple[str, Path]) -> None:
        super().__init__()
        self.speller = speller
        self.key = key
        self._highlighters: weakref.WeakSet[Underliner] = weakref.WeakSet()

    @property
    def available(self) -> bool:
        return self.speller is not None

    def attach(self, field: TextField) -> None:
        """Underline unknown words in ``field`` and offer suggestions on right-click."""
        if self.speller is None:
            return
        # Both live as long as the field: the document and the field are their parents.
        self._highlighters.add(Underliner(field.document(), self.speller))
        field.viewport().installEventFilter(SuggestionMenu(field, self))

    def add_word(self, word: str) -> None:
        if self.speller is None:
            return
        self.speller.add(word)
        for highlighter in list(self._highlighters):
            highlighter.rehighlight()


_shared: Spelling | None = None


def spelling() -> Spelling:
    """The spell checking of this run (made again if the dictionary asked for or the user data
    folder changed, as between tests)."""
    global _shared
    key = (os.environ.get(LANGUAGE_ENV) or DEFAULT_LANGUAGE, paths.data_dir() / WORD_LIST)
    if _shared is None or _shared.key != key:
        _shared = Spelling(Speller.load(*key), key)
    return _shared


class Underliner(QSyntaxHighlighter):
    """The red wavy line under every word the speller does not know."""

    def __init__(self, document: QTextDocument, speller: Speller) -> None:
        super().__init__(document)
        self.speller = speller
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor("#D00000"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for match in WORD.finditer(text):
            if not self.speller.known(match.group(), text[match.end():match.end() + 1] == "."):
                self.setFormat(match.start(), match.end() - match.start(), self.underline)


def word_at(cursor: QTextCursor) -> QTextCursor | None:
    """A cursor selecting the word at ``cursor``'s position, or None."""
    block = cursor.block()
    at = cursor.positionInBlock()
    for match in WORD.finditer(block.text()):
        if match.start() <= at <= match.end():
            found = QTextCursor(block)
            found.setPosition(block.position() + match.start())
            found.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
            return found
    return None


class SuggestionMenu(QObject):
    """The field's own context menu, with suggestions and "Tilføj til ordbog" first when the
    word under the mouse is unknown."""

    def __init__(self, field: TextField, spelling: Spelling) -> None:
        super().__init__(field)
        self.field = field
        self.spelling = spelling

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.menu_at(event.pos())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

    def menu_at(self, pos: QPoint) -> QMenu:
        """The menu a right-click at ``pos`` (in the field's viewport) opens."""
        menu = self.field.createStandardContextMenu(pos)
        speller = self.spelling.speller
        word = word_at(self.field.cursorForPosition(pos))
        if speller is None or word is None or self.field.isReadOnly():
            return menu
        text = word.selectedText()
        block = word.block().text()
        end = word.selectionEnd() - word.block().position()
        if speller.known(text, block[end:end + 1] == "."):
            return menu
        ours: list[QAction] = []
        suggestions = speller.suggest(text)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _on=False, s=suggestion: self._replace(word, s))
            ours.append(action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            ours.append(none)
        add = QAction(self.tr("Add to dictionary"), menu)
        add.triggered.connect(lambda _on=False: self.spelling.add_word(text))
        ours.append(add)
        separator = QAction(menu)
        separator.setSeparator(True)
        ours.append(separator)
        standard = menu.actions()
        if standard:
            menu.insertActions(standard[0], ours)
        else:
            menu.addActions(ours)
        return menu

    def _replace(self, word: QTextCursor, suggestion: str) -> None:
        word.beginEditBlock()
        fmt = word.charFormat()
        word.insertText(suggestion, fmt)
        word.endEditBlock()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)
