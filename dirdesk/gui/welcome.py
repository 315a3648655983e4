"""The first start on an empty database: set up the board, import a meeting file, or the demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.interchange import MeetingFileError, read_meeting
from dirdesk.domain.model import Board
from dirdesk.gui.dialogs.board_settings import BoardSettingsDialog
from dirdesk.gui.wording import window_language
from dirdesk.services.board import BoardService
from dirdesk.services.demo import BOARD as REFERENCE_BOARD
from dirdesk.services.demo import fill_demo
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService


def new_board(with_standing_items: bool) -> Board:
    """The settings a new board starts from: the reference board's place, day and hours (to be
    changed), no members, and its standing items when asked for."""
    return Board(name=REFERENCE_BOARD.name, location=REFERENCE_BOARD.location,
                 weekday=REFERENCE_BOARD.weekday, start=REFERENCE_BOARD.start,
                 end=REFERENCE_BOARD.end, members=(),
                 standing_items=REFERENCE_BOARD.standing_items if with_standing_items else ())


class WelcomePane(QWidget):
    """What the window shows while the database has no board: three ways to begin.

    ``board_ready`` carries the board's name once one of them has made it; the window is then
    built on that board. ``warn`` shows a fault (a message box; tests replace it).
    """

    board_ready = Signal(str)

    def __init__(self, meetings: MeetingService, plan: PlanService, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePane")
        self.meetings = meetings
        self.plan = plan
        self.today = today
        self.warn: Callable[[str], None] = self._warn
        self.dialog: BoardSettingsDialog | None = None

        title = QLabel(self.tr("Welcome to dirdesk"), self)
        title.setObjectName("welcomeTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        intro = QLabel(self.tr(
            "The database is empty. Begin by setting up the board whose meetings dirdesk keeps: "
            "its name, where and when it meets, and its members. The coming meetings are then "
            "planned half a year ahead."), self)
        intro.setWordWrap(True)

        self.setup_button = QPushButton(self.tr("&Set up the board …"), self)
        self.setup_button.setObjectName("setUpBoard")
        self.setup_button.clicked.connect(self.set_up_board)
        self.standing_box = QCheckBox(self.tr("Start from the standing items of the board's "
                                              "agendas:"), self)
        self.standing_box.setChecked(True)
        standing_note = QLabel("; ".join(item.title for item in REFERENCE_BOARD.standing_items),
                               self)
        standing_note.setWordWrap(True)
        standing_note.setContentsMargins(24, 0, 0, 0)
        self.import_button = QPushButton(self.tr("&Import a meeting file …"), self)
        self.import_button.setObjectName("importMeetingFile")
        self.import_button.clicked.connect(self.choose_file)
        import_note = QLabel(self.tr("A meeting file (.json, dirdesk-meeting/1) brings its board, "
                                     "members and forward plan with it."), self)
        import_note.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Fill with &example meetings (demo)"), self)
        self.demo_button.setObjectName("fillDemo")
        self.demo_button.clicked.connect(self.fill_demo)
        demo_note = QLabel(self.tr("Three meetings of the reference documents, a coming meeting "
                                   "and a forward plan: to look around. Not for real use."), self)
        demo_note.setWordWrap(True)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addWidget(self.setup_button)
        column.addWidget(self.standing_box)
        column.addWidget(standing_note)
        column.addSpacing(16)
        column.addWidget(self.import_button)
        column.addWidget(import_note)
        column.addSpacing(16)
        column.addWidget(self.demo_button)
        column.addWidget(demo_note)
        column.addStretch(1)
        box = QWidget(self)
        box.setFixedWidth(600)
        box.setLayout(column)
        outer = QVBoxLayout(self)
        outer.addSpacing(60)
        # Centred: the page reads as one short column in a wide window.
        outer.addWidget(box, 1, Qt.AlignmentFlag.AlignHCenter)
        outer.setContentsMargins(40, 20, 40, 20)
        self.setup_button.setFocus()

    # --- the three ways ---------------------------------------------------------------------

    def set_up_board(self) -> BoardSettingsDialog:
        """The board settings dialog on a new board, its name editable; OK makes the board."""
        service = BoardService(self.plan.db)
        dialog = BoardSettingsDialog(new_board(self.standing_box.isChecked()), service.save, self)
        dialog.setWindowTitle(self.tr("Set up the board"))
        dialog.name_edit.setReadOnly(False)
        dialog.name_edit.selectAll()
        dialog.accepted.connect(lambda: self._made(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _made(self, dialog: BoardSettingsDialog) -> None:
        if dialog.saved is not None:
            self.board_ready.emit(dialog.saved.name)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a meeting file"), str(Path.home()),
            self.tr("Meeting files (*.json);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import the meeting in ``path``; its board is the window's. A fault is said, once."""
        try:
            meeting = read_meeting(path.read_bytes())
        except OSError as exc:
            self.warn(self.tr("{path}: cannot be read: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return
        except MeetingFileError as exc:
            self.warn(f"{path}: {exc.problem.text(window_language())}")
            return
        self.meetings.import_meeting(meeting)
        self.board_ready.emit(meeting.board)

    def fill_demo(self) -> None:
        fill_demo(self.plan.db, self.today)
        self.board_ready.emit(REFERENCE_BOARD.name)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Import a meeting file"), text)

