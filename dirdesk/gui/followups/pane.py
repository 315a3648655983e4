"""The follow-up list across meetings, by owner: edit, mark done, open the meeting."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.messages import UserError
from dirdesk.export.proceedings import export_follow_up_list
from dirdesk.gui.context import AppContext
from dirdesk.gui.formats import compact_date
from dirdesk.gui.search.pane import (
    DETAIL_HTML_ROLE,
    DOT,
    HEADING_ROLE,
    EntryDelegate,
    EntryListView,
    configure_entry_view,
)
from dirdesk.gui.wording import shown
from dirdesk.services.followups import FollowUpEntry, as_line

Index = QModelIndex | QPersistentModelIndex


class FollowUpsModel(QAbstractListModel):
    """The follow-ups shown, one row each; ticking one asks for it to be marked done."""

    done_requested = Signal(int, bool)  # follow-up id, done

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[FollowUpEntry] = []

    def set_entries(self, entries: list[FollowUpEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)

    def where(self, entry: FollowUpEntry) -> str:
        """Who, at which meeting and item: the entry's second line."""
        parts = [entry.owner, compact_date(entry.date)]
        if entry.item_number is not None:
            parts.append(self.tr("item {n}").format(n=entry.item_number).replace(" ", "\u00a0"))
        if entry.due is not None:
            parts.append(self.tr("due {date}").format(date=compact_date(entry.due)))
        return DOT.join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, HEADING_ROLE):
            return entry.task
        if role == Qt.ItemDataRole.EditRole:
            return entry.task
        if role == DETAIL_HTML_ROLE:
            return escape(self.where(entry))
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.task, entry.owner, compact_date(entry.date)]
            if entry.item_number is not None:
                lines[-1] += f", {entry.item_number}. {entry.item_title}"
            if entry.done_at is not None:
                lines.append(self.tr("Done {when} by {who}").format(
                    when=compact_date(entry.done_at), who=entry.done_by or "?"))
            lines.append(self.tr("Double-click to open the meeting at the item"))
            return "\n".join(lines)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        entry = self.entries[index.row()]
        if done != entry.done:
            self.done_requested.emit(entry.id, done)
        return True


class FollowUpDelegate(EntryDelegate):
    """A follow-up: a check box for done, what to do, and in grey who, when and which item."""

    HEADING_WEIGHT = "normal"  # the task is the content, not a title over it

    def _check_rect(self, option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else QApplication.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, option.widget)
        rect: QRect = option.rect
        return QRect(rect.left() + self.PAD_X, rect.top() + self.PAD_Y + 1, size, size)

    def indent(self, option: QStyleOptionViewItem) -> int:
        return self._check_rect(option).width() + self.PAD_X

    def settled(self, index: Index) -> bool:
        return bool(index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        box = QStyleOptionButton()
        box.rect = self._check_rect(option)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        box.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, option.widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,  # noqa: N802
                    option: QStyleOptionViewItem, index: Index) -> bool:
        # The check box is drawn here, not by the style's item layout, so its clicks are ours.
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            hit = self._check_rect(option).adjusted(-3, -3, 3, 3)
            if event.button() != Qt.MouseButton.LeftButton or not hit.contains(event.position().toPoint()):
                return False
            if kind != QEvent.Type.MouseButtonRelease:
                return True  # the press and a double-click on the box neither select nor open
        elif kind == QEvent.Type.KeyPress:
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):  # type: ignore[attr-defined]
                return False
        else:
            return False
        done = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if done else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


class FollowUpDialog(QDialog):
    """Change who follows up and what."""

    def __init__(self, entry: FollowUpEntry, owners: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Edit follow-up"))
        self.owner = QLineEdit(entry.owner, self)
        completer = QCompleter(owners, self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.task = QLineEdit(entry.task, self)
        self.task.setMinimumWidth(420)
        self.due = QLineEdit(f"{entry.due:%d.%m.%Y}" if entry.due else "", self)
        self.due.setPlaceholderText(self.tr("dd.mm.yyyy (optional)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Who:"), self.owner)
        form.addRow(self.tr("W&hat:"), self.task)
        form.addRow(self.tr("&Due:"), self.due)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.owner.textChanged.connect(self._check)
        self.due.textChanged.connect(self._check)
        self.task.setFocus()

    def due_date(self) -> dt.date | None | bool:
        """The due date typed; ``None`` for none, ``False`` for a text that is no date."""
        text = self.due.text().strip()
        if not text:
            return None
        try:
            return dt.datetime.strptime(text, "%d.%m.%Y").date()
        except ValueError:
            return False

    def _check(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.owner.text().strip()) and self.due_date() is not False)


class FollowUpsPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[FollowUpEntry] = []
        self.owner = QComboBox(self)
        self.owner.setObjectName("followUpOwner")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.setMinimumContentsLength(8)
        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.model = FollowUpsModel(self)
        self.view = EntryListView(self)
        self.view.setObjectName("followUps")
        self.view.setModel(self.model)
        self.delegate = FollowUpDelegate(self.view)
        configure_entry_view(self.view, self.delegate)
        self.view.setEditTriggers(EntryListView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.open_action = QAction(self.tr("Open the meeting at the item"), self.view)
        self.edit_action = QAction(self.tr("Edit …"), self.view)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.remove_action = QAction(self.tr("Remove"), self.view)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.open_action, self.edit_action, self.remove_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        self.edit_button = QPushButton(self.tr("Edit …"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.word_button = QPushButton(self.tr("&Word …"), self)
        self.word_button.setToolTip(self.tr("The follow-ups shown, as a Word document"))
        top = QHBoxLayout()
        top.addWidget(self.owner, 1)
        top.addWidget(self.show_done)
        bottom = QHBoxLayout()
        bottom.addWidget(self.word_button)
        bottom.addStretch()
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.owner.currentIndexChanged.connect(lambda _i: self._fill())
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.model.done_requested.connect(self._set_done)
        self.view.activated.connect(lambda index: self._open(index.row()))
        self.view.selectionModel().currentChanged.connect(lambda _now, _before: self._enable())
        self.open_action.triggered.connect(lambda: self._open(self.view.currentIndex().row()))
        self.edit_action.triggered.connect(self.edit_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_action.triggered.connect(self.remove_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.word_button.clicked.connect(self._choose_word_file)
        ctx.signals.followups_changed.connect(lambda initiator: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.entries = self.ctx.followups.entries(board=self.ctx.board,
                                                  open_only=not self.show_done.isChecked())
        chosen = self.owner.currentData()
        with QSignalBlocker(self.owner):
            self.owner.clear()
            self.owner.addItem(self.tr("Everyone"), None)
            for owner in sorted({e.owner for e in self.entries}, key=str.casefold):
                self.owner.addItem(owner, owner)
            at = self.owner.findData(chosen)
            self.owner.setCurrentIndex(max(at, 0))
        self._fill()

    @property
    def shown(self) -> list[FollowUpEntry]:
        owner = self.owner.currentData()
        chosen = [e for e in self.entries if owner is None or e.owner == owner]
        return sorted(chosen, key=lambda e: (e.owner.casefold(), e.date, e.item_number or 0))

    def _fill(self) -> None:
        current = self._current()
        shown = self.shown
        self.model.set_entries(shown)
        self.view.placeholder = (self.tr("No follow-ups") if self.show_done.isChecked()
                                 else self.tr("No open follow-ups"))
        ids = [e.id for e in shown]
        if current is not None and current.id in ids:
            self.view.setCurrentIndex(self.model.index(ids.index(current.id)))
        self._enable()

    def _current(self) -> FollowUpEntry | None:
        row = self.view.currentIndex().row()
        return self.model.entries[row] if 0 <= row < len(self.model.entries) else None

    def _enable(self) -> None:
        chosen = self._current() is not None
        for widget in (self.open_action, self.edit_action, self.remove_action,
                       self.edit_button, self.remove_button):
            widget.setEnabled(chosen)

    def _set_done(self, follow_up_id: int, done: bool) -> None:
        self.ctx.followups.set_done(follow_up_id, done)
        self.ctx.signals.followups_changed.emit(self)  # refreshes this pane too

    def edit_current(self) -> None:
        """Open the editor for the chosen follow-up; it saves when the user does."""
        entry = self._current()
        if entry is None:
            return
        board = self.ctx.plan.board(self.ctx.board)
        known = [] if board is None else [p.display for p in (*board.members, *board.staff)]
        owners = sorted({e.owner for e in self.entries} | set(known), key=str.casefold)
        dialog = FollowUpDialog(entry, owners, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        def save() -> None:
            due = dialog.due_date()  # the dialog accepts only an empty field or a real date
            self.edit(entry.id, dialog.owner.text(), dialog.task.text(),
                      due if isinstance(due, dt.date) else None)

        dialog.accepted.connect(save)
        dialog.open()

    def edit(self, follow_up_id: int, owner: str, task: str, due: dt.date | None = None) -> None:
        if not owner.strip():
            self.ctx.signals.status_message.emit(self.tr("A follow-up needs someone to do it"))
            return
        self.ctx.followups.edit(follow_up_id, owner, task)
        self.ctx.followups.set_due(follow_up_id, due)
        self.ctx.signals.followups_changed.emit(self)

    def _choose_word_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Follow-ups as Word"), f"{self.ctx.board} opfølgning.docx",
            self.tr("Word document (*.docx)"))
        if chosen:
            self.export_to(Path(chosen if chosen.endswith(".docx") else chosen + ".docx"))

    def export_to(self, target: Path) -> None:
        """The follow-ups shown (published: none from a closed item) as a Word document."""
        try:
            export_follow_up_list(self.ctx.board, [as_line(e) for e in self.shown], target,
                                  today=self.ctx.today)
        except UserError as exc:
            self.ctx.signals.status_message.emit(shown(exc))
            return
        self.ctx.signals.status_message.emit(self.tr("Wrote {path}").format(path=target))

    def remove_current(self) -> None:
        entry = self._current()
        if entry is not None:
            self.ctx.followups.remove(entry.id)
            self.ctx.signals.followups_changed.emit(self)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.entries):
            entry = self.model.entries[row]
            self.ctx.signals.show_item.emit(entry.board, entry.date, entry.item_uid)
