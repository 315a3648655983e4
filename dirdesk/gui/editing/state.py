"""The open meeting's state in every pane: its status, and read-only until the user chooses.

A signed REFERAT and a meeting held before today are shown as they are: every field read-only,
tinted, a bar above saying why, and one explicit way to change them — "Ny version …" (asks the
reason first, keeps the signed version, then unlocks) or "Redigér mødet". ``OpenMeeting``
refuses an edit while the meeting is read-only, so a keystroke that reaches a field anyway
changes nothing; the widgets here make that visible.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from dirdesk.domain.model import Meeting, MeetingStatus
from dirdesk.gui.editing.document import OpenMeeting

# Warm paper tints: read-only reads as "a document", not as "switched off" (grey).
_LOCKED_BAR = QColor("#f6e7b4")
_LOCKED_FIELD = QColor("#f7f4ea")


def status_text(meeting: Meeting) -> str:
    """``Underskrevet · version 2``: the status as the panes show it."""
    words = {
        MeetingStatus.PLANNED: QCoreApplication.translate("MeetingState", "Planned"),
        MeetingStatus.AGENDA_ISSUED: QCoreApplication.translate("MeetingState", "Agenda issued"),
        MeetingStatus.HELD: QCoreApplication.translate("MeetingState", "Held"),
        MeetingStatus.MINUTES_SIGNED: QCoreApplication.translate("MeetingState", "Minutes signed"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("MeetingState", "Cancelled"),
    }[meeting.status]
    if meeting.version > 1:
        words += " · " + QCoreApplication.translate("MeetingState", "version {n}").format(n=meeting.version)
    return words


class MeetingStateBar(QFrame):
    """Above a pane: the meeting's status, and while it is read-only, why and how to change it."""

    def __init__(self, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingState")
        self.document = document
        self.status = QLabel(self)
        self.status.setObjectName("meetingStatus")
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockMeeting")
        self.unlock_button.clicked.connect(self.unlock)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.why, 1)
        layout.addWidget(self.unlock_button)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._plain = QPalette(self.palette())
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _initiator: object = None) -> None:
        meeting = self.document.meeting
        self.setVisible(meeting is not None)
        if meeting is None:
            return
        self.status.setText(
            QCoreApplication.translate("MeetingState", "Status: {status}").format(status=status_text(meeting))
        )
        locked = self.document.read_only
        self.why.setVisible(locked)
        self.unlock_button.setVisible(locked)
        palette = QPalette(self._plain)
        if locked:
            palette.setColor(QPalette.ColorRole.Window, _LOCKED_BAR)
            if meeting.status is MeetingStatus.MINUTES_SIGNED:
                self.why.setText(
                    QCoreApplication.translate(
                        "MeetingState",
                        "Read-only: the minutes are signed. A change makes a new "
                        "version, which must be signed again.",
                    )
                )
                self.unlock_button.setText(QCoreApplication.translate("MeetingState", "&New version …"))
            else:
                self.why.setText(
                    QCoreApplication.translate(
                        "MeetingState",
                        "Read-only: the meeting has been held. It is shown as it "
                        "was; change it only on purpose.",
                    )
                )
                self.unlock_button.setText(QCoreApplication.translate("MeetingState", "&Edit the meeting"))
        self.setPalette(palette)

    def unlock(self) -> None:
        """The explicit choice: a signed meeting asks the reason first; then it can be edited."""
        self.document.choose_to_edit()


class ReadOnlyFields:
    """Makes the editing widgets under ``root`` read-only (and tinted) while the meeting is.

    ``buttons``: whether the pane's buttons edit the meeting (the agenda's do; the live
    minutes' move between items and stay usable).
    """

    def __init__(
        self, document: OpenMeeting, root: QWidget, *, buttons: bool, spare: tuple[QWidget, ...] = ()
    ) -> None:
        self.document, self.root, self.buttons, self.spare = document, root, buttons, spare
        self.locked = False
        self._restore: list[tuple[QWidget, object]] = []
        document.changed.connect(self.refresh)
        self.refresh()

    def _widgets(self) -> list[QWidget]:
        spared = [w for s in self.spare for w in (s, *s.findChildren(QWidget))]
        return [w for w in self.root.findChildren(QWidget) if w not in spared]

    def refresh(self, _initiator: object = None) -> None:
        locked = self.document.read_only
        if locked == self.locked:
            return
        self.locked = locked
        if locked:
            self._lock()
        else:
            self._unlock()

    def _lock(self) -> None:
        self._restore = []
        for widget in self._widgets():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
                if widget.isReadOnly():
                    continue
                self._restore.append((widget, QPalette(widget.palette())))
                widget.setReadOnly(True)
                palette = QPalette(widget.palette())
                palette.setColor(QPalette.ColorRole.Base, _LOCKED_FIELD)
                widget.setPalette(palette)
            elif isinstance(widget, QAbstractItemView):
                self._restore.append(
                    (widget, (widget.editTriggers(), widget.dragEnabled(), widget.acceptDrops()))
                )
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                widget.setDragEnabled(False)
                widget.setAcceptDrops(False)
            elif self.buttons and isinstance(widget, QAbstractButton) and widget.isEnabled():
                self._restore.append((widget, True))
                widget.setEnabled(False)

    def _unlock(self) -> None:
        from shiboken6 import isValid

        for widget, before in self._restore:
            if not isValid(widget):  # a cell's editor open when the meeting was locked, gone since
                continue
            if isinstance(widget, QAbstractItemView) and isinstance(before, tuple):
                triggers, drag, drops = before
                widget.setEditTriggers(triggers)
                widget.setDragEnabled(drag)
                widget.setAcceptDrops(drops)
            elif isinstance(before, QPalette):
                assert isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox)
                widget.setReadOnly(False)
                widget.setPalette(before)
            elif isinstance(widget, QAbstractButton):
                widget.setEnabled(True)
        self._restore = []


def show_meeting_state(
    document: OpenMeeting, agenda: QWidget, live: QWidget, spare_in_live: tuple[QWidget, ...] = ()
) -> list[object]:
    """A state bar on top of the agenda and the live minutes, and their fields read-only while
    the meeting is. Returns what must live as long as the panes."""
    kept: list[object] = []
    bars = []
    for pane in (agenda, live):
        layout = pane.layout()
        bar = MeetingStateBar(document, pane)
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, bar)
        bars.append(bar)
    kept.extend(bars)
    kept.append(ReadOnlyFields(document, agenda, buttons=True, spare=(bars[0],)))
    kept.append(ReadOnlyFields(document, live, buttons=False, spare=(bars[1], *spare_in_live)))
    return kept


def unlock_action(document: OpenMeeting, parent: QWidget) -> QAction:
    """The bar's button as a menu entry: "Ny version …" or "Redigér mødet", on only while the
    open meeting is read-only."""
    action = QAction(parent)
    action.setObjectName("unlockMeetingAction")

    def refresh(_initiator: object = None) -> None:
        meeting = document.meeting
        signed = meeting is not None and meeting.status is MeetingStatus.MINUTES_SIGNED
        action.setText(
            QCoreApplication.translate("MeetingState", "&New version …")
            if signed
            else QCoreApplication.translate("MeetingState", "&Edit the meeting")
        )
        action.setEnabled(document.read_only)

    action.triggered.connect(lambda: document.choose_to_edit())
    document.changed.connect(refresh)
    refresh()
    return action
