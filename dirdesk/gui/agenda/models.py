"""Qt models of the open meeting: the numbered items and the timed grid with its findings."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dirdesk.domain import schedule
from dirdesk.domain.model import AgendaItem, Meeting, ScheduleSlot
from dirdesk.domain.schedule import Finding
from dirdesk.domain.timing import Learned
from dirdesk.gui.formats import hm

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-dirdesk-row"

FINDING_BRUSH = QBrush(QColor("#fde2e1"))
CLOSED_BRUSH = QBrush(QColor("#7a5c00"))


class Roles(enum.IntEnum):
    UID = Qt.ItemDataRole.UserRole + 1
    CLOSED = Qt.ItemDataRole.UserRole + 2
    FINDINGS = Qt.ItemDataRole.UserRole + 3
    LENGTH = Qt.ItemDataRole.UserRole + 4
    START = Qt.ItemDataRole.UserRole + 5


def _row_mime(rows: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(ROW_MIME, QByteArray(",".join(str(r) for r in rows).encode()))
    return data


def _mime_row(data: QMimeData) -> int | None:
    if not data.hasFormat(ROW_MIME):
        return None
    text = bytes(data.data(ROW_MIME).data()).decode()
    return int(text.split(",")[0]) if text else None


class RowMoves:
    """Drag a row to move it: the drop asks ``_move(source, target)`` (an undo command) to do it.

    The drop returns ``False``: the move happens through the undo stack, which refreshes the
    model; the view has nothing to remove itself.
    """

    _move: Callable[[int, int], None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        raise NotImplementedError

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        return _row_mime(sorted({i.row() for i in indexes if i.isValid()}))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        source = _mime_row(data)
        if source is None or action != Qt.DropAction.MoveAction:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if target > source:
            target -= 1
        if target != source:
            self._move(source, target)
        return False


class ItemsModel(RowMoves, QAbstractListModel):
    """The agenda's items, numbered; dragging a row asks ``move`` to reorder them."""

    def __init__(self, move: Callable[[int, int], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[AgendaItem, ...] = ()
        self._move = move

    def set_items(self, items: tuple[AgendaItem, ...]) -> None:
        """Show ``items``; with as many rows as before the rows are updated in place, so the
        view keeps its current row and selection (the pane moves them to follow an item)."""
        if len(items) == len(self._items) and items:
            self._items = items
            self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            closed = QCoreApplication.translate("AgendaModels", "(closed)")
            mark = f" {closed}" if item.closed else ""
            return f"{index.row() + 1}. {item.title}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.closed:
                return QCoreApplication.translate("AgendaModels", "Closed item")
            return QCoreApplication.translate("AgendaModels", "Open item")
        if role == Qt.ItemDataRole.ForegroundRole and item.closed:
            return CLOSED_BRUSH
        if role == Roles.UID:
            return item.uid
        if role == Roles.CLOSED:
            return item.closed
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsDragEnabled



class GridColumn(enum.IntEnum):
    START = 0
    LENGTH = 1
    # Beside the length: what similar items took at past meetings, and what they were planned
    # to take ("40 min. (planlagt 15)"); read only, hidden while no row has a proposal.
    PROPOSED = 2
    TITLE = 3
    TEXT = 4
    ITEM = 5
    PUBLIC = 6  # a closed row's text printed in the published documents (``public_text``)


_START, _LENGTH, _PROPOSED, _TITLE, _TEXT, _ITEM, _PUBLIC = (int(c) for c in GridColumn)
_DISPLAY, _EDIT, _TOOLTIP, _BACKGROUND, _FONT, _ALIGNMENT, _CHECK, _FOREGROUND = (
    int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ForegroundRole))
PROPOSED_BRUSH = QBrush(QColor("#555555"))


def proposal_text(found: Learned) -> str:
    """The grid's proposal beside a length, under the header "Foreslået": "40 min. (planlagt 15)"."""
    text = QCoreApplication.translate("AgendaModels", "{n} min.").format(n=found.minutes)
    if found.planned is not None:
        text += " " + QCoreApplication.translate("AgendaModels", "(planned {n})").format(
            n=found.planned)
    return text
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class GridModel(RowMoves, QAbstractTableModel):
    """The timed grid: start, length in minutes, title, text, the item; findings at their row.

    Edits do not change the model: they are handed to ``edit(row, column, value)``, which
    pushes an undo command; the model is then refreshed from the new meeting.
    """

    def __init__(self, edit: Callable[[int, GridColumn, Any], bool],
                 move: Callable[[int, int], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._meeting: Meeting | None = None
        self._slots: tuple[ScheduleSlot, ...] = ()
        self._lengths: list[int] = []
        self._findings: dict[int, list[Finding]] = {}
        self._proposals: Mapping[str, Learned] = {}
        self._edit, self._move = edit, move

    def set_meeting(self, meeting: Meeting | None,
                    proposals: Mapping[str, Learned] | None = None) -> None:
        """Show ``meeting``'s grid, with the lengths past meetings propose for its items (by
        uid). With as many rows as before, the cells are updated in place: a cell editor the
        view has open stays open (Tab moves on to the next cell and edits it while the one left
        is being applied)."""
        rows = len(meeting.schedule) if meeting else 0
        in_place = rows == len(self._slots) and rows > 0
        if not in_place:
            self.beginResetModel()
        before = self._looks() if in_place else []
        self._meeting = meeting
        self._proposals = proposals or {}
        self._slots = meeting.schedule if meeting else ()
        self._lengths = schedule.lengths(self._slots, meeting.end) if meeting else []
        self._findings = {}
        if meeting is not None:
            for f in schedule.findings(self._slots, meeting.start, meeting.end):
                self._findings.setdefault(f.slot, []).append(f)
        if in_place:
            # Only the rows that look different are drawn and measured again (the rows' heights
            # follow their contents): a row moved redraws the rows between, not the grid.
            changed = [r for r, (old, new) in enumerate(zip(before, self._looks(), strict=True))
                       if old != new]
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0),
                                      self.index(changed[-1], len(GridColumn) - 1))
        else:
            self.endResetModel()

    def _looks(self) -> list[tuple[object, ...]]:
        """What each row shows: its slot, length, findings, closed mark and item's title."""
        return [(slot, self._lengths[r], tuple(f.message for f in self._findings.get(r, ())),
                 self.is_closed(r), self._item_label(slot.item))
                for r, slot in enumerate(self._slots)]

    def findings(self) -> list[Finding]:
        return [f for row in sorted(self._findings) for f in self._findings[row]]

    def proposal(self, row: int) -> Learned | None:
        """What past meetings propose for the item of grid row ``row`` (None: no such item,
        no similar past item, or not the item's first row)."""
        if self._meeting is None or not 0 <= row < len(self._slots):
            return None
        number = self._slots[row].item
        items = self._meeting.items
        if number is None or not 1 <= number <= len(items):
            return None
        if any(s.item == number for s in self._slots[:row]):
            return None
        return self._proposals.get(items[number - 1].uid)

    def has_proposals(self) -> bool:
        return any(self.proposal(row) is not None for row in range(len(self._slots)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(GridColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == _PUBLIC and role == _TOOLTIP:
            return _public_tooltip()
        if orientation == Qt.Orientation.Horizontal and section == _PROPOSED and role == _TOOLTIP:
            return QCoreApplication.translate(
                "AgendaModels", "How long similar items took at past meetings, and (in brackets) "
                                "how long they had been planned")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [
            QCoreApplication.translate("AgendaModels", "Time"),
            QCoreApplication.translate("AgendaModels", "Min."),
            QCoreApplication.translate("AgendaModels", "Proposed"),
            QCoreApplication.translate("AgendaModels", "Item"),
            QCoreApplication.translate("AgendaModels", "Text"),
            QCoreApplication.translate("AgendaModels", "Agenda item"),
            QCoreApplication.translate("AgendaModels", "Public text"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked ~1,300 times for each repaint of a 30-row grid: plain ints, no enums made here.
        if not index.isValid() or not 0 <= index.row() < len(self._slots):
            return None
        row, col, role = index.row(), index.column(), int(role)
        slot = self._slots[row]
        if role in (_DISPLAY, _EDIT):
            if col == _START:
                return hm(slot.start)
            if col == _LENGTH:
                return self._lengths[row] if role == _EDIT else (
                    "" if slot.is_closing else str(self._lengths[row]))
            if col == _TITLE:
                return slot.title
            if col == _TEXT:
                return slot.text or ""
            if col == _ITEM:
                if role == _EDIT:
                    return slot.item or 0
                return self._item_label(slot.item)
            if col == _PROPOSED and role == _DISPLAY:
                proposed = self.proposal(row)
                return "" if proposed is None else proposal_text(proposed)
            return None
        if col == _PROPOSED and role == _TOOLTIP:
            proposed = self.proposal(row)
            return None if proposed is None else proposed.explanation
        if col == _PUBLIC:
            if role == _CHECK and self.is_closed(row):
                return Qt.CheckState.Checked if slot.public_text else Qt.CheckState.Unchecked
            if role == _TOOLTIP and self.is_closed(row):
                return _public_tooltip()
        found = self._findings.get(row, [])
        if role == _TOOLTIP and found:
            return "\n".join(f.message for f in found)
        if role == _TOOLTIP and col == _ITEM:  # the column shows one line, cut with "…"
            return self._item_label(slot.item) or None
        if role == _BACKGROUND and found:
            return FINDING_BRUSH
        if role == _FONT and (slot.is_closing or slot.item is None) and col == _TITLE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == _ALIGNMENT and col in (_START, _LENGTH):
            return _RIGHT
        if role == _FOREGROUND and col == _PROPOSED:
            return PROPOSED_BRUSH
        if role == Roles.FINDINGS:
            return [f.kind.value for f in found]
        if role == Roles.LENGTH:
            return self._lengths[row]
        if role == Roles.START:
            return slot.start
        return None

    def is_closed(self, row: int) -> bool:
        """Whether the row is closed: its own mark, or linked to a closed item."""
        slot = self._slots[row]
        if slot.closed:
            return True
        items = self._meeting.items if self._meeting is not None else ()
        return slot.item is not None and 1 <= slot.item <= len(items) and items[slot.item - 1].closed

    def item_choices(self) -> list[tuple[int, str]]:
        """The items a row can be linked to: number and "number. title"."""
        items = self._meeting.items if self._meeting is not None else ()
        return [(n, self._item_label(n)) for n in range(1, len(items) + 1)]

    def _item_label(self, number: int | None) -> str:
        if number is None or self._meeting is None or number > len(self._meeting.items):
            return ""
        return f"{number}. {self._meeting.items[number - 1].title}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable
        if index.column() == GridColumn.LENGTH and self._slots[index.row()].is_closing:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        if index.column() == _PROPOSED:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        if index.column() == _PUBLIC:
            # A box to tick (mouse or Space), only on a closed row: an open row prints its text.
            flags &= ~Qt.ItemFlag.ItemIsEditable
            if self.is_closed(index.row()):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        if index.column() == _PUBLIC:
            if role != _CHECK or not self.is_closed(index.row()):
                return False
            checked = value in (Qt.CheckState.Checked, int(Qt.CheckState.Checked.value), True)
            return self._edit(index.row(), GridColumn.PUBLIC, checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        return self._edit(index.row(), GridColumn(index.column()), value)


def _public_tooltip() -> str:
    return QCoreApplication.translate(
        "AgendaModels", "The text is printed in the public edition even when the item is closed "
                        "(e.g. who takes part while it is discussed)")

