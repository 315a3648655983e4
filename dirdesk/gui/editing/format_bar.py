"""The small bar above or beside a ``RichTextEdit``: bold, italic, bullets, numbers, levels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from dirdesk.gui.editing.richtext import RichTextEdit


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

    def _action(self, glyph: str, name: str, tip: str, slot: Callable[[], None],
                checkable: bool) -> QAction:
        action = QAction(glyph, self)
        action.setToolTip(tip)
        action.setCheckable(checkable)

        def act(_checked: bool = False) -> None:
            slot()
            self.editor.setFocus()  # typing goes on where it was

        action.triggered.connect(act)
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
