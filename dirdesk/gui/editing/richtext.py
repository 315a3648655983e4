"""The editor of section texts and decisions: bold, italic, lists and line breaks as they print.

What the documents can print is what the editor offers: paragraphs, **bold**, *italic*, bullet
and numbered lists (``1.`` or ``1)``) nested by level, and line breaks kept inside a paragraph
(Shift+Enter). It is stored as the text markup of ``dirdesk.domain.text``: ``markup()`` is
``render`` of the blocks the editor shows, and ``set_markup`` shows ``parse`` of a text, lists
numbered as the Word export numbers them. Markup shown and not edited is handed back exactly as
it was given (a text typed with the old plain editor is not rewritten by being looked at).

The editor is a drop-in for ``MarkupTextEdit``: ``toPlainText``/``setPlainText`` are its markup,
so every caller that committed a plain field's text commits this one's the same way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolBar, QWidget

from dirdesk.domain.text import Block, ListItem, Paragraph, Run, parse, render
from dirdesk.gui.editing.paste import pasted_text
from dirdesk.gui.editing.spelling import spelling

LINE_SEPARATOR = "\u2028"  # what Qt inserts for Shift+Enter: a line break inside a paragraph
_OBJECT = "\ufffc"  # an image or other object: the documents hold none
_BULLETS = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
            QTextListFormat.Style.ListSquare)
_AUTO_LIST = re.compile(r"([-*•])|(\d{1,3})([.)])")


def fill_document(document: QTextDocument, blocks: list[Block]) -> None:
    """Show ``blocks`` in ``document`` (replacing what it holds), lists numbered as printed.

    A numbered list goes on where the export goes on with it (same level and delimiter, no
    paragraph or shallower entry between, not numbered 1) and starts at its first number.
    """
    document.clear()
    insert_blocks(QTextCursor(document), blocks)
    document.setModified(False)


def insert_blocks(cursor: QTextCursor, blocks: list[Block], *, new_block: bool = False,
                  paragraph: QTextBlockFormat | None = None,
                  text: QTextCharFormat | None = None) -> None:
    """Insert ``blocks`` at ``cursor``: the first into the cursor's block unless ``new_block``;
    ``paragraph`` and ``text`` are the formats the blocks and their words start from."""
    open_lists: dict[int, QTextList] = {}
    for index, block in enumerate(blocks):
        if index or new_block:
            cursor.insertBlock(paragraph or QTextBlockFormat(), text or QTextCharFormat())
        elif paragraph is not None:
            cursor.setBlockFormat(paragraph)
        if isinstance(block, Paragraph):
            open_lists.clear()
        else:
            _join_list(cursor, block, open_lists)
        for run in block.runs:
            cursor.insertText(run.text.replace("\n", LINE_SEPARATOR).replace("\v", LINE_SEPARATOR),
                              char_format(run.bold, run.italic, text))


def _join_list(cursor: QTextCursor, item: ListItem, open_lists: dict[int, QTextList]) -> None:
    for deeper in [level for level in open_lists if level > item.level]:
        del open_lists[deeper]
    current = open_lists.get(item.level)
    if item.marker is None:
        fits = current is not None and not _ordered(current.format())
    else:
        number, delimiter = int(item.marker[:-1]), item.marker[-1]
        fits = (current is not None and _ordered(current.format())
                and current.format().numberSuffix() == delimiter and number != 1)
    if fits and current is not None:
        current.add(cursor.block())
    else:
        open_lists[item.level] = cursor.createList(list_format(item.level, item.marker))


def list_format(level: int, marker: str | None) -> QTextListFormat:
    """The look of a list at ``level`` (0 outermost) whose first entry has ``marker``."""
    fmt = QTextListFormat()
    fmt.setIndent(level + 1)
    if marker is None:
        fmt.setStyle(_BULLETS[min(level, len(_BULLETS) - 1)])
    else:
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
        fmt.setStart(int(marker[:-1]))
        fmt.setNumberSuffix(marker[-1])
    return fmt


def _list_of(block: QTextBlock) -> QTextList | None:
    """The list ``block`` is an entry of. Asked only of a block in a list: PySide6 6.12's
    ``QTextBlock.textList`` (and ``QTextCursor.currentList``) returns None without a reference,
    and a few thousand such calls free None itself and end the program."""
    if not block.isValid() or block.blockFormat().objectIndex() < 0:
        return None
    return block.textList()


def _ordered(fmt: QTextListFormat) -> bool:
    return fmt.style() not in _BULLETS


def char_format(bold: bool, italic: bool, base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def document_blocks(document: QTextDocument) -> list[Block]:
    """The blocks ``document`` shows: a list entry's level from its indent, its number as shown."""
    out: list[Block] = []
    block = document.begin()
    while block.isValid():
        runs: list[Run] = []
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                text = fragment.text().replace(LINE_SEPARATOR, "\n").replace(_OBJECT, "")
                if text:
                    runs.append(Run(text, fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic()))
            fragments += 1
        text_list = _list_of(block)
        if text_list is None:
            out.append(Paragraph(tuple(runs)))
        else:
            shape = text_list.format()
            marker = None
            if _ordered(shape):
                marker = f"{shape.start() + text_list.itemNumber(block)}{shape.numberSuffix() or '.'}"
            out.append(ListItem(tuple(runs), max(shape.indent() - 1, 0), marker))
        block = block.next()
    return out


class RichTextEdit(QTextEdit):
    """Edits an item text as it prints; holds it as markup (see the module)."""

    formatChanged = Signal()  # noqa: N815 (a Qt signal) the bold/italic/list state at the cursor

    _KEYS: dict[str, str] = {
        "Ctrl+B": "toggle_bold", "Ctrl+I": "toggle_italic",
        "Ctrl+Shift+8": "toggle_bullets", "Ctrl+Shift+7": "toggle_numbers",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasting goes through insertFromMimeData
        self._given = ""  # the markup last set, handed back while the text shows it unchanged
        self._given_shown = ""  # render() of what that markup showed as
        self.cursorPositionChanged.connect(self.formatChanged)
        spelling().attach(self)
        self.currentCharFormatChanged.connect(lambda _fmt: self.formatChanged.emit())

    # --- the text as markup -----------------------------------------------------------------

    def set_markup(self, text: str) -> None:
        fill_document(self.document(), parse(text))
        self.document().clearUndoRedoStacks()
        self._given, self._given_shown = text, self._rendered()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def markup(self) -> str:
        shown = self._rendered()
        return self._given if shown == self._given_shown else shown

    def _rendered(self) -> str:
        return render(document_blocks(self.document()))

    # The text a caller of a plain field reads and sets is this field's markup.
    def toPlainText(self) -> str:  # noqa: N802 (Qt's name)
        return self.markup()

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.set_markup(text)

    def clear(self) -> None:
        self.set_markup("")

    # --- formatting -------------------------------------------------------------------------

    def is_bold(self) -> bool:
        return self.currentCharFormat().fontWeight() >= QFont.Weight.DemiBold

    def is_italic(self) -> bool:
        return self.currentCharFormat().fontItalic()

    def list_kind(self) -> str | None:
        """"bullets", "numbers" or None: the list the cursor's paragraph is in."""
        text_list = _list_of(self.textCursor().block())
        if text_list is None:
            return None
        return "numbers" if _ordered(text_list.format()) else "bullets"

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if self.is_bold() else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.is_italic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        if self.isReadOnly():  # a signed meeting's text: the bar's buttons change nothing
            return
        cursor = self.textCursor()
        if not cursor.hasSelection():
            # Inside a word, as in Word, the whole word; at its edge, what is typed next.
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            if cursor.selectionStart() < self.textCursor().position() < cursor.selectionEnd():
                cursor.mergeCharFormat(fmt)
        else:
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)
        self.formatChanged.emit()

    def toggle_bullets(self) -> None:
        self._toggle_list(None)

    def toggle_numbers(self) -> None:
        self._toggle_list("1.")

    def _toggle_list(self, marker: str | None) -> None:
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        current = _list_of(cursor.block())
        wanted = "bullets" if marker is None else "numbers"
        cursor.beginEditBlock()
        if current is not None and self.list_kind() == wanted:
            for block in self._selected_blocks():
                text_list = _list_of(block)
                if text_list is not None:
                    text_list.remove(block)
                    plain = QTextBlockFormat(block.blockFormat())
                    plain.setIndent(0)
                    QTextCursor(block).setBlockFormat(plain)
        else:
            level = current.format().indent() - 1 if current is not None else 0
            cursor.createList(list_format(level, marker))
        cursor.endEditBlock()
        self.formatChanged.emit()

    def change_level(self, step: int) -> None:
        """Move the cursor's list entries ``step`` levels in (1) or out (-1)."""
        cursor = self.textCursor()
        current = _list_of(cursor.block())
        if current is None or self.isReadOnly():
            return
        level = max(current.format().indent() - 1 + step, 0)
        marker = None if not _ordered(current.format()) else f"1{current.format().numberSuffix()}"
        cursor.beginEditBlock()
        previous = _list_of(cursor.block().previous()) if not cursor.hasSelection() else None
        if (previous is not None and previous.format().indent() == level + 1
                and _ordered(previous.format()) == (marker is not None)):
            for block in self._selected_blocks():
                previous.add(block)
        else:
            cursor.createList(list_format(level, marker))
        cursor.endEditBlock()
        self.formatChanged.emit()

    def _selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        first = self.document().findBlock(cursor.selectionStart())
        last = self.document().findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].isValid():
            blocks.append(blocks[-1].next())
        return blocks

    # --- keys -------------------------------------------------------------------------------

    def _key_action(self, event: QKeyEvent) -> str | None:
        pressed = QKeySequence(event.keyCombination())
        for keys, name in self._KEYS.items():
            if pressed == QKeySequence(keys):
                return name
        if pressed == QKeySequence("Ctrl+Y") and self.document().isRedoAvailable():
            return "redo"  # the field's own redo on every platform, as in MarkupTextEdit
        return None

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and not self.isReadOnly() and self._key_action(event)):
            event.accept()  # the field's own keys, not the window's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        name = self._key_action(event)
        if name:
            getattr(self, name)()
            return
        key = event.key()
        in_list = _list_of(self.textCursor().block()) is not None
        if in_list and key == Qt.Key.Key_Tab and not event.modifiers():
            self.change_level(1)
            return
        if in_list and key == Qt.Key.Key_Backtab:
            self.change_level(-1)
            return
        entry = _list_of(self.textCursor().block())
        if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and entry is not None
                and not event.modifiers() and not self.textCursor().block().text()):
            if entry.format().indent() > 1:  # Enter on an empty entry: a level out, or out
                self.change_level(-1)
            else:
                self._toggle_list(None if self.list_kind() == "bullets" else "1.")
            return
        if key == Qt.Key.Key_Space and not in_list and self._auto_list():
            return
        super().keyPressEvent(event)

    def _auto_list(self) -> bool:
        """"- " or "1. " typed at a paragraph's start begins a list, as in Word."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        typed = cursor.block().text()[:cursor.positionInBlock()]
        match = _AUTO_LIST.fullmatch(typed)
        if match is None:
            return False
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        marker = None if match.group(1) else f"{int(match.group(2))}{match.group(3)}"
        cursor.createList(list_format(0, marker))
        cursor.endEditBlock()
        self.formatChanged.emit()
        return True

    # --- the clipboard ----------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        """What Word, Outlook or a browser copied, as the markup would hold it (see paste.py)."""
        text = pasted_text(source)
        if not text:
            return
        blocks = parse(text)
        scratch = QTextDocument()
        fill_document(scratch, blocks)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
            for run in blocks[0].runs:  # words into the paragraph, in the paragraph's own list
                cursor.insertText(run.text.replace("\n", LINE_SEPARATOR).replace("\v", LINE_SEPARATOR),
                                  char_format(run.bold, run.italic))
        else:
            cursor.insertFragment(_whole(scratch))
        cursor.endEditBlock()
        self.ensureCursorVisible()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt's name)
        return source.hasHtml() or source.hasText()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        """Qt's copy (HTML for Word) with the markup as its plain text: pasted into another
        dirdesk field it keeps its bold, italic and lists."""
        data = super().createMimeDataFromSelection()
        data.text()  # Qt's mime data makes its formats when first asked, over what is set before
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(self.textCursor().selection())
        data.setText(render(document_blocks(scratch)))
        return data


def _whole(document: QTextDocument):  # type: ignore[no-untyped-def]
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    return cursor.selection()


class FormatBar(QToolBar):
    """The small bar above a ``RichTextEdit``: bold, italic, bullets, numbers, level in and out.

    Its buttons follow the format at the cursor; the keys are the editor's own (Ctrl+B, Ctrl+I,
    Ctrl+Shift+8, Ctrl+Shift+7, Tab and Shift+Tab in a list).
    """

    def __init__(self, editor: RichTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("formatBar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setIconSize(self.iconSize() * 0.75)
        self.bold = self._action("F", self.tr("Bold"), self.tr("Bold (Ctrl+B)"), editor.toggle_bold, True)
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        self.italic = self._action("K", self.tr("Italic"), self.tr("Italic (Ctrl+I)"),
                                   editor.toggle_italic, True)
        font = self.italic.font()
        font.setItalic(True)
        self.italic.setFont(font)
        self.bullets = self._action("•", self.tr("Bullet list"), self.tr("Bullet list (Ctrl+Shift+8)"),
                                    editor.toggle_bullets, True)
        self.numbers = self._action("1.", self.tr("Numbered list"),
                                    self.tr("Numbered list (Ctrl+Shift+7)"), editor.toggle_numbers, True)
        self.outdent = self._action("⇤", self.tr("Decrease indent"),
                                    self.tr("Decrease indent (Shift+Tab in a list)"),
                                    lambda: editor.change_level(-1), False)
        self.indent = self._action("⇥", self.tr("Increase indent"),
                                   self.tr("Increase indent (Tab in a list)"),
                                   lambda: editor.change_level(1), False)
        editor.formatChanged.connect(self.follow)
        self.follow()

    def _action(self, glyph: str, name: str, tip: str, slot: object, checkable: bool) -> QAction:
        action = QAction(glyph, self)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: (slot(), self.editor.setFocus()))  # type: ignore[operator]
        self.addAction(action)
        button = self.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return action

    def follow(self) -> None:
        """The buttons show the format at the editor's cursor."""
        kind = self.editor.list_kind()
        for action, on in ((self.bold, self.editor.is_bold()), (self.italic, self.editor.is_italic()),
                           (self.bullets, kind == "bullets"), (self.numbers, kind == "numbers")):
            action.setChecked(on)
        writable = not self.editor.isReadOnly()
        for action in (self.bold, self.italic, self.bullets, self.numbers):
            action.setEnabled(writable)
        self.outdent.setEnabled(writable and kind is not None)
        self.indent.setEnabled(writable and kind is not None)
