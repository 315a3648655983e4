"""The meeting's versions: each opens read-only, and two can be compared ("Hvad er ændret")."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.model import Meeting
from dirdesk.domain.versions import Change, LineKind, around_changes, compare, meeting_lines, summary
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing.state import status_text
from dirdesk.gui.formats import date_in_sentence, long_date, moment


@dataclass(frozen=True)
class Version:
    """A version of the meeting: a kept one (signed, then changed) or the one in use now."""

    number: int
    meeting: Meeting
    label: str


def versions_of(ctx: AppContext, current: Meeting) -> list[Version]:
    """Every kept version, oldest first, then the meeting as it is now."""
    found: list[Version] = []
    for number, at, who, why in ctx.meetings.versions(current.board, current.date):
        kept = ctx.meetings.kept_version(current.board, current.date, number)
        if kept is None:
            continue
        reason = f" – {why}" if why else ""
        found.append(
            Version(
                number,
                kept,
                QCoreApplication.translate(
                    "Versions", "Version {n}: signed, kept {at} by {who}{reason}"
                ).format(n=number, at=_when(at), who=who, reason=reason),
            )
        )
    found.append(
        Version(
            current.version,
            current,
            QCoreApplication.translate("Versions", "Version {n}: now ({status})").format(
                n=current.version, status=status_text(current)
            ),
        )
    )
    return found


def _when(at: dt.datetime) -> str:
    return moment(at)


def _line_html(text: str, kind: LineKind, mark: str = "", style: str = "") -> str:
    """One line as HTML: a heading bold, text indented; ``mark`` ("−", "+") in front."""
    escaped = (f"{mark} " if mark else "") + html.escape(text)
    if kind is LineKind.HEADING:
        return f"<p style='margin:6px 0 2px 0;{style}'><b>{escaped}</b></p>"
    return f"<p style='margin:0 0 0 12px;{style}'>{escaped}</p>"


_REMOVED = "background:#fbe3e1; color:#8a1c13; text-decoration:line-through"
_ADDED = "background:#dff3e0; color:#14532d"


class VersionViewer(QDialog):
    """One version of the meeting, read-only: what it said when it was kept."""

    def __init__(self, version: Version, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VersionViewer")
        self.setWindowTitle(
            QCoreApplication.translate("Versions", "{date} – version {n} (read-only)").format(
                date=long_date(version.meeting.date), n=version.number
            )
        )
        self.resize(760, 640)
        label = QLabel(version.label, self)
        label.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setObjectName("versionText")
        self.text.setHtml(
            "".join(_line_html(line.text, line.kind) for line in meeting_lines(version.meeting))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class VersionCompare(QDialog):
    """Two versions side by side in one text: removed words struck through in red, added in
    green, and above them the changes in a sentence each."""

    def __init__(
        self, versions: list[Version], older: int, newer: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VersionCompare")
        self.versions = versions
        self.setWindowTitle(
            QCoreApplication.translate("Versions", "What has changed – {date}").format(
                date=date_in_sentence(versions[0].meeting.date)
            )
        )
        self.resize(860, 680)
        self.older_box, self.newer_box = QComboBox(self), QComboBox(self)
        for box in (self.older_box, self.newer_box):
            box.addItems(
                [QCoreApplication.translate("Versions", "Version {n}").format(n=v.number) for v in versions]
            )
        self.older_box.setCurrentIndex(older)
        self.newer_box.setCurrentIndex(newer)
        self.summary = QLabel(self)
        self.summary.setObjectName("changeSummary")
        self.summary.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setObjectName("comparedText")
        choose = QHBoxLayout()
        choose.addWidget(QLabel(QCoreApplication.translate("Versions", "From"), self))
        choose.addWidget(self.older_box)
        choose.addWidget(QLabel(QCoreApplication.translate("Versions", "to"), self))
        choose.addWidget(self.newer_box)
        choose.addStretch(1)
        self.whole_box = QCheckBox(QCoreApplication.translate("Versions", "Show the &whole meeting"), self)
        self.whole_box.toggled.connect(lambda _on: self.show_changes())
        choose.addWidget(self.whole_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.older_box.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.newer_box.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.show_changes()

    def show_changes(self) -> None:
        older = self.versions[self.older_box.currentIndex()].meeting
        newer = self.versions[self.newer_box.currentIndex()].meeting
        said = summary(older, newer)
        self.summary.setText(
            QCoreApplication.translate("Versions", "No differences.")
            if not said
            else "\n".join(f"• {line}" for line in said)
        )
        parts = []
        lines = compare(older, newer)
        for compared in lines if self.whole_box.isChecked() else around_changes(lines):
            line = compared.line
            if compared.change is Change.REMOVED:
                text = _line_html(line.text, line.kind, "−", _REMOVED)
            elif compared.change is Change.ADDED:
                text = _line_html(line.text, line.kind, "+", _ADDED)
            else:
                text = _line_html(line.text, line.kind)
            parts.append(text)
        self.text.setHtml("".join(parts))


class VersionsBox(QWidget):
    """In the history dialog: the versions, "Åbn" to read one, "Hvad er ændret" to compare."""

    def __init__(self, ctx: AppContext, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = versions_of(ctx, meeting)
        self.list = QListWidget(self)
        self.list.setObjectName("versionList")
        self.list.addItems([v.label for v in self.versions])
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(24 * min(len(self.versions), 4) + 8)
        self.open_button = QPushButton(QCoreApplication.translate("Versions", "&Open version"), self)
        self.open_button.setObjectName("openVersion")
        self.compare_button = QPushButton(QCoreApplication.translate("Versions", "&What has changed …"), self)
        self.compare_button.setObjectName("compareVersions")
        self.compare_button.setEnabled(len(self.versions) > 1)
        self.open_button.clicked.connect(lambda: self.open_version().open())
        self.compare_button.clicked.connect(lambda: self.compare().open())
        self.list.itemDoubleClicked.connect(lambda _item: self.open_version().open())
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)

    def open_version(self) -> VersionViewer:
        """The chosen version (the first if none is) in a read-only viewer, not yet shown."""
        viewer = VersionViewer(self.versions[max(self.list.currentRow(), 0)], self)
        viewer.finished.connect(viewer.deleteLater)
        return viewer

    def compare(self) -> VersionCompare:
        """The chosen version against the one after it (the last against the one before)."""
        row = max(self.list.currentRow(), 0)
        older = min(row, len(self.versions) - 2)
        dialog = VersionCompare(
            self.versions, max(older, 0), max(older, 0) + 1 if len(self.versions) > 1 else 0, self
        )
        dialog.finished.connect(dialog.deleteLater)
        return dialog
