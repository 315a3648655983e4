"""The forward plan as a Qt tree: coming meetings with their points, closed periods, undated points."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dirdesk.domain import danish
from dirdesk.domain.forward_plan import PlannedPoint
from dirdesk.domain.timing import Learned
from dirdesk.gui.plan.rows import PlanRow, RowKind, meeting_label, period_label

Index = QModelIndex | QPersistentModelIndex
POINT_MIME = "application/x-dirdesk-plan-points"

MUTED = QBrush(QColor("#6b6b6b"))
NOTE = QBrush(QColor("#7a4b00"))
PERIOD_BAND = QBrush(QColor("#eef1f5"))
GROUP_BAND = QBrush(QColor("#f4f1e8"))
OPEN_BAND = QBrush(QColor("#e3effb"))
NOT_ON_AGENDA = QBrush(QColor("#8a4b00"))  # a planned point its meeting's agenda lacks
HOLIDAY = QBrush(QColor("#b00020"))  # a date on a public holiday or in a closed period


class PlanColumn(enum.IntEnum):
    MEETING = 0  # the date; a point's text, a period's label (spanning the row)
    NOTE = 1  # the meeting's note, or why it is cancelled


class PlanRole(enum.IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # a RowKind value
    DATE = Qt.ItemDataRole.UserRole + 2  # the meeting's date (a point's meeting); None when undated
    POINT_ID = Qt.ItemDataRole.UserRole + 3
    CANCELLED = Qt.ItemDataRole.UserRole + 4
    HAS_CONTENT = Qt.ItemDataRole.UserRole + 5  # the meeting has an agenda that can be opened
    OFF = Qt.ItemDataRole.UserRole + 6  # the holiday or closed period the date falls on, or None


# Roles under the names the tests and other panes use.
KindRole, DateRole, PointIdRole = PlanRole.KIND, PlanRole.DATE, PlanRole.POINT_ID


def _font(*, bold: bool = False, italic: bool = False, strike: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    font.setStrikeOut(strike)
    return font


class PlanModel(QAbstractItemModel):
    """Meetings, closed periods and the undated group at the top; the points under them.

    The model never changes the plan itself: edits and drops are handed to the callbacks,
    which push undo commands; the pane then loads the new plan with ``set_rows``.
    A child index carries its parent's row + 1 as internal id; a top-level index carries 0.
    """

    def __init__(self, edit_text: Callable[[int, str], None],
                 edit_note: Callable[[dt.date, str], None],
                 move: Callable[[int, dt.date | None, int], None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self.missing: set[int] = set()  # planned points not on their agenda yet
        self.warnings: dict[dt.date, str] = {}  # dates whose points will not fit
        self.proposals: dict[int, Learned] = {}  # a point's length by past meetings (by id)
        self._today = dt.date.today()
        self._with_content: set[dt.date] = set()
        self._open: dt.date | None = None
        self._edit_text, self._edit_note, self._move = edit_text, edit_note, move

    # --- loading ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[PlanRow], today: dt.date, with_content: set[dt.date],
                 open_date: dt.date | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._with_content = set(with_content)
        self._open = open_date
        self.endResetModel()

    def set_proceedings(self, missing: set[int], warnings: dict[dt.date, str],
                        proposals: Mapping[int, Learned] | None = None) -> None:
        """Planned points not yet on their meeting's agenda, dates whose points will not fit
        by past meetings' times, and the length past meetings propose for a point (beside
        what similar points were planned): marked, nothing else changes."""
        self.missing, self.warnings = set(missing), dict(warnings)
        self.proposals = dict(proposals or {})
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(PlanColumn) - 1))

    def set_meeting_marks(self, with_content: set[dt.date], open_date: dt.date | None) -> None:
        """Which meetings can open and which is open: only the meeting rows' looks change."""
        self._with_content = set(with_content)
        self._open = open_date
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(PlanColumn) - 1))

    def rows(self) -> list[PlanRow]:
        return list(self._rows)

    # --- finding rows -------------------------------------------------------------------------

    def row_of(self, index: Index) -> PlanRow | None:
        """The top-level row of ``index`` (for a point: its meeting or the undated group)."""
        if not index.isValid():
            return None
        top = index.internalId() - 1 if index.internalId() else index.row()
        return self._rows[top] if 0 <= top < len(self._rows) else None

    def point_at(self, index: Index) -> PlannedPoint | None:
        if not index.isValid() or not index.internalId():
            return None
        row = self.row_of(index)
        return row.points[index.row()] if row and index.row() < len(row.points) else None

    def meeting_index(self, date: dt.date | None) -> QModelIndex:
        """The row of the meeting on ``date``; ``None``: the undated group."""
        for r, row in enumerate(self._rows):
            if (date is None and row.kind is RowKind.UNDATED) or \
                    (date is not None and row.kind is RowKind.MEETING and row.date == date):
                return self.index(r, 0)
        return QModelIndex()

    def point_index(self, point_id: int) -> QModelIndex:
        for r, row in enumerate(self._rows):
            for p, point in enumerate(row.points):
                if point.id == point_id:
                    return self.index(p, 0, self.index(r, 0))
        return QModelIndex()

    # --- structure ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._rows[parent.row()].points)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(PlanColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [QCoreApplication.translate("PlanModel", "Meeting"),
                QCoreApplication.translate("PlanModel", "Note")][section]

    # --- data ---------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        point = self.point_at(index)
        if index.internalId():
            return None if point is None else self._point_data(row, point, index.column(), role)
        if row.kind is RowKind.MEETING:
            return self._meeting_data(row, index.column(), role)
        if row.kind is RowKind.PERIOD:
            return self._period_data(row, index.column(), role)
        if row.kind is RowKind.HOLIDAY:
            return self._holiday_data(row, index.column(), role)
        return self._group_data(row, index.column(), role)

    def _holiday_data(self, row: PlanRow, column: int, role: int) -> Any:
        assert row.day is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return meeting_label(row.day, self._today) if column == PlanColumn.MEETING else row.off
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PlanModel", "{date}: no meeting – {reason}").format(
                date=danish.long_date(row.day), reason=row.off)
        if role == Qt.ItemDataRole.FontRole:
            return _font(italic=True)
        if role == Qt.ItemDataRole.ForegroundRole:
            return HOLIDAY
        return self._common(row, role)

    def _meeting_data(self, row: PlanRow, column: int, role: int) -> Any:
        meeting = row.meeting
        assert meeting is not None
        can_open = meeting.date in self._with_content
        if row.off and not meeting.cancelled:
            flagged = self._flagged_data(row, column, role)
            if flagged is not None:
                return flagged
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PlanColumn.MEETING:
                return meeting_label(meeting.date, self._today) \
                    if role == Qt.ItemDataRole.DisplayRole else ""
            if meeting.cancelled:
                return meeting.cancel_reason or QCoreApplication.translate("PlanModel", "Cancelled")
            warning = self.warnings.get(meeting.date)
            if warning and role == Qt.ItemDataRole.DisplayRole:
                return " · ".join(part for part in (meeting.note, "⚠ " + warning) if part)
            return meeting.note or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if meeting.cancelled:
                return QCoreApplication.translate("PlanModel", "Cancelled: {reason}").format(
                    reason=meeting.cancel_reason or "–") + (f" ({row.off})" if row.off else "")
            if can_open:
                return QCoreApplication.translate(
                    "PlanModel", "{date}: double-click or Enter opens the meeting").format(
                    date=danish.long_date(meeting.date))
            return QCoreApplication.translate("PlanModel", "{date}: no agenda yet").format(
                date=danish.long_date(meeting.date))
        if role == Qt.ItemDataRole.FontRole:
            if meeting.cancelled:
                return _font(italic=True, strike=column == PlanColumn.MEETING)
            if column == PlanColumn.NOTE:
                return _font(italic=True)
            # A date with points or an agenda stands out from the empty weeks of the half-year.
            return _font(bold=bool(meeting.points) or can_open)
        if role == Qt.ItemDataRole.ForegroundRole:
            if meeting.cancelled:
                return HOLIDAY if row.off and column == PlanColumn.MEETING else MUTED
            if column == PlanColumn.NOTE:
                return NOTE
        if role == Qt.ItemDataRole.BackgroundRole and meeting.date == self._open:
            return OPEN_BAND
        return self._common(row, role)

    def _flagged_data(self, row: PlanRow, column: int, role: int) -> Any:
        """A meeting on a public holiday or in a closed period: the reason in red, italic."""
        assert row.meeting is not None
        if role == Qt.ItemDataRole.DisplayRole and column == PlanColumn.NOTE:
            return row.meeting.note or row.off
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PlanModel", "{date} is {reason}: move or cancel the meeting?").format(
                date=danish.long_date(row.meeting.date), reason=row.off)
        if role == Qt.ItemDataRole.FontRole:
            return _font(italic=True, bold=column == PlanColumn.MEETING)
        if role == Qt.ItemDataRole.ForegroundRole:
            return HOLIDAY
        return None

    def _period_data(self, row: PlanRow, column: int, role: int) -> Any:
        period = row.period
        assert period is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return period_label(period) if column == PlanColumn.MEETING else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PlanModel", "Closed period: no meetings from {start} to {end}").format(
                start=danish.short_date(period.start), end=danish.short_date(period.end))
        if role == Qt.ItemDataRole.FontRole:
            return _font(italic=True)
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED
        if role == Qt.ItemDataRole.BackgroundRole:
            return PERIOD_BAND
        return self._common(row, role)

    def _group_data(self, row: PlanRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column != PlanColumn.MEETING:
                return ""
            return QCoreApplication.translate("PlanModel", "Points awaiting a date")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PlanModel", "Points not yet given a meeting: drag them to a date, or Alt+Up")
        if role == Qt.ItemDataRole.FontRole:
            return _font(bold=True)
        if role == Qt.ItemDataRole.BackgroundRole:
            return GROUP_BAND
        return self._common(row, role)

    def _point_data(self, row: PlanRow, point: PlannedPoint, column: int, role: int) -> Any:
        proposal = None if point.id is None else self.proposals.get(point.id)
        if role == Qt.ItemDataRole.DisplayRole and column == PlanColumn.NOTE:
            notes = [QCoreApplication.translate("PlanModel", "not on the agenda")
                     if point.id in self.missing else "", proposal.text if proposal else ""]
            return " · ".join(n for n in notes if n)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return point.text if column == PlanColumn.MEETING else ""
        missing = point.id in self.missing
        if role == Qt.ItemDataRole.ToolTipRole:
            text = point.text
            if proposal is not None:
                text += "\n" + proposal.explanation
            if point.origin is not None:
                text = QCoreApplication.translate(
                    "PlanModel", "{text}\n(carried over from the meeting on {date})").format(
                    text=point.text, date=danish.short_date(point.origin))
            if missing:
                text += "\n" + QCoreApplication.translate(
                    "PlanModel", "Not on the meeting's agenda yet")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return NOT_ON_AGENDA
        if role == Qt.ItemDataRole.ForegroundRole and row.meeting and row.meeting.cancelled:
            return MUTED
        if role == PlanRole.POINT_ID:
            return point.id
        if role == PlanRole.KIND:
            return RowKind.POINT.value
        if role == PlanRole.DATE:
            return row.date
        if role == PlanRole.CANCELLED:
            return bool(row.meeting and row.meeting.cancelled)
        if role == PlanRole.HAS_CONTENT:
            return False
        return None

    def _common(self, row: PlanRow, role: int) -> Any:
        if role == PlanRole.KIND:
            return row.kind.value
        if role == PlanRole.DATE:
            return row.date
        if role == PlanRole.CANCELLED:
            return bool(row.meeting and row.meeting.cancelled)
        if role == PlanRole.HAS_CONTENT:
            return row.date in self._with_content
        if role == PlanRole.OFF:
            return row.off
        return None

    # --- editing ------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_of(index)
        assert row is not None
        if index.internalId():
            return flags | Qt.ItemFlag.ItemIsDragEnabled | (
                Qt.ItemFlag.ItemIsEditable if index.column() == PlanColumn.MEETING else
                Qt.ItemFlag.NoItemFlags)
        if row.takes_points:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if row.kind is RowKind.MEETING and index.column() == PlanColumn.NOTE and row.takes_points:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        text = " ".join(str(value).split())
        point = self.point_at(index)
        # The edit reloads the model: it waits until the view has closed its editor.
        if point is not None:
            if not text or point.id is None:
                return False  # an empty text would leave a blank line in the document
            if text != point.text:
                point_id = point.id
                QTimer.singleShot(0, self, lambda: self._edit_text(point_id, text))
            return True
        row = self.row_of(index)
        assert row is not None and row.meeting is not None
        if text != (row.meeting.note or ""):
            date = row.meeting.date
            QTimer.singleShot(0, self, lambda: self._edit_note(date, text))
        return True

    # --- dragging points ----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [POINT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids: list[int] = []
        for index in indexes:
            point = self.point_at(index)
            if point is not None and point.id is not None and point.id not in ids:
                ids.append(point.id)
        data = QMimeData()
        data.setData(POINT_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def _target(self, data: QMimeData, row: int, parent: Index) -> tuple[int, PlanRow, int] | None:
        """The dragged point, the row it is dropped into and its place there, or ``None``."""
        if not data.hasFormat(POINT_MIME):
            return None
        raw = bytes(data.data(POINT_MIME).data()).decode()
        if not raw:
            return None
        point_id = int(raw.split(",")[0])
        if not parent.isValid():
            return None  # between two meetings: which one is meant is not clear
        if parent.internalId():  # dropped onto a point: in front of it
            row, parent = parent.row(), parent.parent()
        target = self.row_of(parent)
        if target is None or not target.takes_points:
            return None
        position = len(target.points) if row < 0 else min(row, len(target.points))
        before = next((i for i, p in enumerate(target.points) if p.id == point_id), None)
        if before is not None and before < position:
            position -= 1  # the point leaves its place before it takes the new one
        return point_id, target, position

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        found = self._target(data, row, parent) if action == Qt.DropAction.MoveAction else None
        if found is None:
            return False
        point_id, target, position = found
        self._move(point_id, target.date, position)
        return False  # moved through the undo stack: nothing for the view to remove
