"""The window's editing machinery: one way out for pending edits, one undo stack per document.

Every editor that holds text it has not yet handed on (a section being typed, a line edit before
Enter, a table cell's open editor) registers a commit function here. ``commit_pending`` runs them
all; the document calls it before every edit it applies, before every save, opening, closing and
export, and before undo and redo. A handler therefore never has to remember it: whatever redraws,
replaces or leaves an editor goes through one of those, and they go through here first.

Undo follows the document in front: a ``QUndoGroup`` holds one stack per open document (each
meeting, the forward plan); only the active one is undone or redone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

PLAN = "plan"
"""The key of the forward plan's undo stack; a meeting's is ``("meeting", board, date)``."""


class Editing(QObject):
    """Pending edits and the undo stacks of the window's documents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self._stacks: dict[Hashable, QUndoStack] = {}
        self._commits: list[Callable[[], None]] = []
        self._busy = 0  # > 0 while pending edits are committed or an edit is applied

    # --- pending edits ------------------------------------------------------------------------

    def add_pending(self, commit: Callable[[], None]) -> None:
        """``commit`` hands on whatever its editor holds uncommitted (nothing if it holds none)."""
        self._commits.append(commit)

    def remove_pending(self, commit: Callable[[], None]) -> None:
        if commit in self._commits:
            self._commits.remove(commit)

    def commit_pending(self) -> None:
        """Commit what every editor holds. Within a commit or while an edit is applied it does
        nothing: what an editor held has been committed before that edit began."""
        if self._busy:
            return
        with self.applying():
            for commit in list(self._commits):
                commit()

    @contextmanager
    def applying(self) -> Iterator[None]:
        """While an edit is applied (and the panes redraw), nothing pending is committed."""
        self._busy += 1
        try:
            yield
        finally:
            self._busy -= 1

    @property
    def busy(self) -> bool:
        return self._busy > 0

    # --- undo per document --------------------------------------------------------------------

    def stack(self, key: Hashable) -> QUndoStack:
        """The undo stack of the document ``key`` (made when first asked for)."""
        stack = self._stacks.get(key)
        if stack is None:
            stack = self._stacks[key] = QUndoStack(self.group)
            self.group.addStack(stack)
        return stack

    def activate(self, key: Hashable) -> None:
        """The document ``key`` is the one in front: undo and redo act on it alone."""
        self.group.setActiveStack(self.stack(key))

    @property
    def active_key(self) -> Hashable | None:
        active = self.group.activeStack()
        return next((k for k, s in self._stacks.items() if s is active), None)

    def push(self, key: Hashable, command: QUndoCommand) -> None:
        """Do ``command`` on the document ``key`` (pending edits committed first); that document
        is then the one undo acts on."""
        self.commit_pending()
        self.activate(key)
        with self.applying():
            self.stack(key).push(command)

    def undo(self) -> None:
        self._in_front(self.group.undo)

    def redo(self) -> None:
        self._in_front(self.group.redo)

    def _in_front(self, step: Callable[[], None]) -> None:
        """Commit what is pending (that typing is then the step undone, as in Word), then undo
        or redo in the document that was in front, even if what was committed was another's."""
        active = self.group.activeStack()
        self.commit_pending()
        if active is not None:
            self.group.setActiveStack(active)
        with self.applying():
            step()


def commit_open_editor(view: QAbstractItemView) -> None:
    """Hand what a table cell's open editor holds to its model, as leaving the cell does.

    The editor stays open: the user may be typing in it (after Tab, the next cell's editor is
    open while the cell left is applied). A redraw that replaces the rows closes it, once its
    text is in the model.
    """
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = QApplication.focusWidget()
    index = view.currentIndex()
    if editor is None or not index.isValid() or not view.isAncestorOf(editor):
        return
    view.itemDelegateForIndex(index).setModelData(_editor_of(editor, view), view.model(), index)


def _editor_of(widget: QWidget, view: QAbstractItemView) -> QWidget:
    """The cell editor that holds ``widget`` (the focus can be in a child of the editor)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not view.viewport():
        widget, parent = parent, parent.parentWidget()
    return widget


def shortcuts(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's standard shortcuts for an action (undo, redo) and ``extra``, each once."""
    keys = list(QKeySequence.keyBindings(standard))
    for key in extra:
        if QKeySequence(key) not in keys:
            keys.append(QKeySequence(key))
    return keys
