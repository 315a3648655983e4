"""The open meeting at once, before the database is open: the last one shown, kept as a snapshot.

Opening the database (SQLAlchemy, the tables, the migrations check) takes most of a start. The
window keeps the meeting it shows as a ``dirdesk-meeting/1`` file in the user's cache folder,
one per database; the next start shows that meeting read-only the moment the window is on the
screen (its items, the first item's text, the timed grid), and the working panes replace it as
soon as the database is open. The snapshot is what was stored when it was last shown: another
workstation's later change appears with the working panes. This module imports nothing that
reaches the database, so it costs the start only the reading of one small file.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dirdesk import paths
from dirdesk.domain import schedule
from dirdesk.domain.model import Meeting, MeetingStatus, Section
from dirdesk.gui.formats import hm, long_date

log = logging.getLogger(__name__)


def snapshot_path(db_url: str | None) -> Path:
    """The snapshot file of the database ``db_url`` (as given on the command line)."""
    key = db_url or os.environ.get("DIRDESK_DATABASE_URL") or "default"
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return paths.cache_dir() / "open-meeting" / f"{name}.json"


def kept_locally(db_url: str | None) -> bool:
    """Whether a snapshot may be kept: only of a database that is a file on this computer
    already. A meeting on a shared server (closed items included) is not copied to the
    workstation's disk for the sake of a faster start."""
    key = db_url or os.environ.get("DIRDESK_DATABASE_URL") or "sqlite:"
    return key.startswith("sqlite:")


def keep_snapshot(db_url: str | None, meeting: Meeting | None) -> None:
    """Keep ``meeting`` as the one to show at the next start on ``db_url`` (never fails)."""
    from dirdesk.domain.interchange import write_meeting

    if meeting is None:
        return
    try:
        target = snapshot_path(db_url)
        if not kept_locally(db_url):
            target.unlink(missing_ok=True)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        # Whole or not at all (renamed into place), but not waited for on the disk: a cache
        # file lost to a power cut is only a start without the preview.
        part = target.with_name(f"{target.name}.{os.getpid()}.part")
        part.write_bytes(write_meeting(meeting))
        os.replace(part, target)
    except Exception:  # noqa: BLE001  # a snapshot is a convenience: the start works without one
        log.warning("the open meeting was not kept for the next start", exc_info=True)


def load_snapshot(db_url: str | None) -> Meeting | None:
    """The meeting kept for ``db_url``, or None (none kept, or not readable)."""
    path = snapshot_path(db_url)
    if not kept_locally(db_url) or not path.is_file():
        return None
    from dirdesk.domain.interchange import read_meeting

    try:
        return read_meeting(path.read_bytes())
    except Exception:  # noqa: BLE001  # an old or damaged snapshot: the start goes on without it
        log.warning("the kept meeting %s could not be read", path, exc_info=True)
        return None


def _status(meeting: Meeting) -> str:
    words = {
        MeetingStatus.PLANNED: "Planned", MeetingStatus.AGENDA_ISSUED: "Agenda issued",
        MeetingStatus.HELD: "Held", MeetingStatus.MINUTES_SIGNED: "Minutes signed",
        MeetingStatus.CANCELLED: "Cancelled"}
    return QCoreApplication.translate("MeetingState", words[meeting.status])


class MeetingPreview(QTabWidget):
    """The meeting as the agenda and the live minutes will show it, read-only, while the
    database is being opened."""

    def __init__(self, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingPreview")
        self.meeting = meeting
        agenda = QWidget(self)
        heading = QLabel(f"{long_date(meeting.date)} · {_status(meeting)} · "
                         + self.tr("opening the database …"), agenda)
        heading.setObjectName("previewHeading")
        items = QListWidget(agenda)
        items.addItems([f"{n}. {item.title}" for n, item in enumerate(meeting.items, 1)])
        items.setCurrentRow(0)
        text = QPlainTextEdit(agenda)
        text.setReadOnly(True)
        first = meeting.items[0] if meeting.items else None
        text.setPlainText("" if first is None else "\n\n".join(
            f"{s.heading}\n{s.text}" for s in first.sections if isinstance(s, Section)))
        top = QSplitter(agenda)
        top.addWidget(items)
        top.addWidget(text)
        top.setSizes([300, 900])
        self.grid = QTableWidget(len(meeting.schedule), 4, agenda)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setHorizontalHeaderLabels([
            QCoreApplication.translate("AgendaModels", "Time"),
            QCoreApplication.translate("AgendaModels", "Min."),
            QCoreApplication.translate("AgendaModels", "Item"),
            QCoreApplication.translate("AgendaModels", "Text")])
        lengths = schedule.lengths(meeting.schedule, meeting.end)
        for row, (slot, length) in enumerate(zip(meeting.schedule, lengths, strict=True)):
            for column, value in enumerate((hm(slot.start), "" if slot.is_closing else str(length),
                                            slot.title, slot.text or "")):
                self.grid.setItem(row, column, QTableWidgetItem(value))
        self.grid.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(agenda)
        layout.addWidget(heading)
        layout.addWidget(top, 1)
        layout.addWidget(self.grid, 1)
        self.addTab(agenda, QCoreApplication.translate("MainWindow", "&Agenda"))
        self.addTab(QWidget(self), QCoreApplication.translate("MainWindow", "&Minutes (live)"))
        self.setEnabled(False)  # shown as it is: nothing can be changed until the database is open


class OpeningPlaceholder(QLabel):
    """What the window shows in its first frame, while the database is being opened: one greyed
    line in the middle, replaced by the welcome or the panes once the database answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPlaceholder")
        self.setText(self.tr("Opening the database …"))
        # Centred by a style sheet: naming Qt.AlignmentFlag would make all of the Qt
        # namespace's Python enums first (~15 ms of a ~130 ms start).
        self.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setEnabled(False)  # greyed: nothing to do here yet
