"""Export to Word: which document, which version (said plainly), where; offer to open it.

"Also as PDF" converts the document with LibreOffice where it is installed; where it is not,
the option is disabled and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QStandardPaths, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.minutes_plan import PlanRefresh, refresh_plan, with_plan
from dirdesk.domain.model import Meeting
from dirdesk.domain.publication_check import Finding
from dirdesk.export import (
    PAGE_NUMBERS_LATER,
    DocumentKind,
    Rendered,
    export_meeting,
    find_libreoffice,
    prepublication_check,
    render,
)
from dirdesk.export.check import NAMES_FILE, read_names
from dirdesk.export.pdf import Finder
from dirdesk.export.proceedings import for_member
from dirdesk.gui.context import AppContext
from dirdesk.gui.wording import shown

T = TypeVar("T")


class _Work(QThread):
    """A thread that runs one function (the export: python-docx and LibreOffice, no Qt)."""

    def __init__(self, work: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        self._work()


def _open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting: Meeting, parent: QWidget | None = None, *,
                 find_soffice: Finder = find_libreoffice) -> None:
        super().__init__(parent)
        self.ctx, self.meeting = ctx, meeting
        self.open_file: Callable[[Path], None] = _open_file
        self.ask_to_open: Callable[[Path], bool] = self._ask_to_open
        # Asked when the check before publishing finds something: write the document anyway?
        self.confirm_findings: Callable[[list[Finding]], bool] = self._confirm_findings
        self.written: Path | None = None
        self.written_pdf: Path | None = None
        self.notice: Message | None = None  # why the page numbers are not in the file
        self.setWindowTitle(self.tr("Export to Word"))

        self.agenda = QRadioButton(self.tr("&Agenda (DAGSORDEN)"), self)
        self.minutes = QRadioButton(self.tr("&Minutes (REFERAT)"), self)
        kinds = QButtonGroup(self)
        kinds.addButton(self.agenda)
        kinds.addButton(self.minutes)
        decided = any(item.decision for item in meeting.items)
        (self.minutes if decided else self.agenda).setChecked(True)
        self.internal = QCheckBox(self.tr("&Internal version with closed items (members only)"), self)
        self.soffice = find_soffice()
        self.pdf = QCheckBox(self.tr("Also as &PDF"), self)
        self.pdf_reason = QLabel(self)
        self.pdf_reason.setObjectName("exportPdfReason")
        self.pdf_reason.setWordWrap(True)
        self.archive = QCheckBox(self.tr("PDF as &archive copy (PDF/A-2b)"), self)
        self.archive.setToolTip(self.tr("For journalising: fonts embedded, PDF/A-2b as well as PDF/UA"))
        self.pdf.toggled.connect(self.archive.setEnabled)
        self.archive.setEnabled(False)
        if self.soffice is None:
            reason = self.tr("LibreOffice is not installed – PDF needs LibreOffice")
            self.pdf.setEnabled(False)
            self.pdf.setToolTip(reason)
            # Without LibreOffice the table of contents' page numbers are left to Word.
            self.pdf_reason.setText(reason + ".\n" + shown(PAGE_NUMBERS_LATER))
            self.pdf_reason.setStyleSheet("color: #595959;")
        else:
            self.pdf.setToolTip(self.tr("A PDF with the same name beside the Word document, "
                                        "converted by LibreOffice"))
            self.pdf_reason.hide()
        # A REFERAT prints the forward plan as it stands after the meeting; what that changes
        # against the agenda's plan is shown, and the old one can be kept.
        self.plan_refresh: PlanRefresh | None = refresh_plan(
            meeting, ctx.plan.plan(meeting.board, meeting.date)) if meeting.items else None
        self.refresh = QCheckBox(self.tr("REFERAT with the forward plan as it stands &now"), self)
        self.refresh.setChecked(True)
        self.plan_changes = QLabel(self)
        self.plan_changes.setObjectName("exportPlanChanges")
        self.plan_changes.setWordWrap(True)
        self.plan_changes.setStyleSheet("color: #595959;")
        if self.plan_refresh is not None and self.plan_refresh.changed:
            self.plan_changes.setText("\n".join(self.plan_refresh.changes()))
        self.version = QLabel(self)
        self.version.setObjectName("exportVersion")
        self.version.setWordWrap(True)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("&Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.agenda)
        kind_box.addWidget(self.minutes)
        form.addRow(self.tr("Document:"), kind_box)
        form.addRow("", self.internal)
        # An internal copy for one member leaves out the closed items they are inhabil in.
        self.for_member = QComboBox(self)
        self.for_member.setObjectName("exportForMember")
        self.for_member.addItem(self.tr("All members"), None)
        for person in meeting.members:
            self.for_member.addItem(person.display, person.name)
        member_label = QLabel(self.tr("Internal copy &for:"), self)
        member_label.setBuddy(self.for_member)
        form.addRow(member_label, self.for_member)
        self.internal.toggled.connect(self.for_member.setEnabled)
        self.for_member.setEnabled(False)
        form.addRow("", self.refresh)
        form.addRow("", self.plan_changes)
        form.addRow("", self.pdf)
        form.addRow("", self.archive)
        form.addRow("", self.pdf_reason)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # a row of a layout gets no buddy: "&" showed, Alt+F did nothing
        form.addRow(file_label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.check_button = self.buttons.addButton(self.tr("Chec&k before publishing"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(self._show_check)
        # While the document is written (seconds, with LibreOffice): said, and moving.
        self.progress = QLabel(self.tr("Exporting …"), self)
        self.progress.setObjectName("exportProgress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # busy: how long LibreOffice takes is not known
        self.progress_bar.setTextVisible(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_bar, 1)
        self.progress.hide()
        self.progress_bar.hide()
        self._exporting = False
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.version)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)
        self.resize(640, 280)

        # The folder of the last export, while it is there; else the user's Documents.
        last = ctx.settings.export_folder
        self._default_folder = last if last is not None and last.is_dir() else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home())
        if self.pdf.isEnabled():
            self.pdf.setChecked(ctx.settings.export_pdf)
        for button in (self.agenda, self.minutes):
            button.toggled.connect(self._update)
        self.internal.toggled.connect(self._update)
        browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._update()

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind.REFERAT if self.minutes.isChecked() else DocumentKind.DAGSORDEN

    def _default_name(self) -> str:
        suffix = " intern" if self.internal.isChecked() else ""
        return f"{self.meeting.board} {self.meeting.date.isoformat()} {self.kind.value}{suffix}.docx"

    def _update(self) -> None:
        changed = self.plan_refresh is not None and self.plan_refresh.changed
        self.refresh.setVisible(changed and self.kind is DocumentKind.REFERAT)
        self.plan_changes.setVisible(changed and self.kind is DocumentKind.REFERAT)
        if self.internal.isChecked():
            self.version.setText(self.tr(
                "INTERNAL VERSION: includes the closed items and attachments. "
                "Not to be published."))
            self.version.setStyleSheet("color: #a4161a; font-weight: bold;")
        else:
            self.version.setText(self.tr(
                "Published version: closed items and closed attachments are left out."))
            self.version.setStyleSheet("font-weight: bold;")
        current = Path(self.path.text()) if self.path.text() else None
        if current is None or current.name.startswith(f"{self.meeting.board} "):
            folder = current.parent if current else self._default_folder
            self.path.setText(str(folder / self._default_name()))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Word"), self.path.text(), self.tr("Word document (*.docx)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(".docx") else chosen + ".docx")

    def export(self) -> None:
        target = Path(self.path.text().strip())
        if not self.path.text().strip():
            QMessageBox.warning(self, self.tr("Export to Word"), self.tr("Choose a file."))
            return
        if target.suffix.lower() != ".docx":  # as "Choose…" does: else Word does not know the file
            target = target.with_name(target.name + ".docx")
            self.path.setText(str(target))
        as_pdf = self.pdf.isEnabled() and self.pdf.isChecked()
        meeting = self._meeting()
        rendered = None
        if not self.internal.isChecked():
            # Rendered once: the check reads the very document that is then written.
            rendered = render(meeting, self.kind)
            findings = self.findings(rendered)
            if findings and not self.confirm_findings(findings):
                return
        internal, archive, soffice = self.internal.isChecked(), self.archive.isChecked(), self.soffice
        kind = self.kind
        try:
            exported = self._in_background(lambda: export_meeting(
                meeting, kind, target, internal=internal, pdf=as_pdf, archive=as_pdf and archive,
                find_soffice=lambda: soffice, rendered=rendered))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("The document was not written"), shown(exc))
            return
        self.ctx.settings.export_folder = target.parent
        if self.pdf.isEnabled():
            self.ctx.settings.export_pdf = self.pdf.isChecked()
        pdf = exported.pdf
        self.written = target
        self.written_pdf = pdf
        self.notice = exported.notice
        if exported.notice is not None:
            self.ctx.signals.status_message.emit(shown(exported.notice))
        elif pdf is None:
            self.ctx.signals.status_message.emit(self.tr("Wrote {path}").format(path=target))
        else:
            self.ctx.signals.status_message.emit(
                self.tr("Wrote {path} and {pdf}").format(path=target, pdf=pdf.name))
        self.accept()  # closed first: the question is the window's, which then has the keyboard
        if self.ask_to_open(target):
            self.open_file(target)

    def _in_background(self, work: Callable[[], T]) -> T:
        """Run ``work`` on a thread of its own while the dialog says "Exporting …" and keeps
        drawing itself; its result (or its exception) once it is done."""
        outcome: list[T] = []
        failure: list[BaseException] = []
        loop = QEventLoop(self)

        def run() -> None:
            try:
                outcome.append(work())
            except BaseException as exc:  # noqa: BLE001 (handed to the window's thread)
                failure.append(exc)

        thread = _Work(run, self)
        thread.finished.connect(loop.quit)
        self._exporting = True
        self.buttons.setEnabled(False)
        self.progress.show()
        self.progress_bar.show()
        try:
            thread.start()
            loop.exec()  # the window is drawn and answers; the buttons wait
            thread.wait()
        finally:
            self._exporting = False
            self.progress.hide()
            self.progress_bar.hide()
            self.buttons.setEnabled(True)
        if failure:
            raise failure[0]
        return outcome[0]

    def reject(self) -> None:
        if not self._exporting:  # Escape while the document is written: it is finished first
            super().reject()

    def _meeting(self) -> Meeting:
        """The meeting as the document will print it (a REFERAT: the plan as it stands now)."""
        meeting = self.ctx.followups.with_due(self.meeting)  # the "Opfølgning" insert
        if (self.kind is DocumentKind.REFERAT and self.plan_refresh is not None
                and self.refresh.isChecked()):
            meeting = with_plan(meeting, self.plan_refresh)
        member = self.for_member.currentData()
        if self.internal.isChecked() and member:
            meeting = for_member(meeting, member)
        return meeting

    def findings(self, rendered: Rendered | None = None) -> list[Finding]:
        """Tjek før offentliggørelse of the published document (names from the user's list);
        ``rendered``: that document, already rendered for the export."""
        from dirdesk.paths import config_dir

        return prepublication_check(self._meeting() if rendered is None else rendered.meeting,
                                    self.kind, names=read_names(config_dir() / NAMES_FILE),
                                    rendered=rendered)

    def _show_check(self) -> None:
        findings = self.findings()
        text = ("\n".join(f.line() for f in findings) if findings
                else self.tr("Nothing found: no CPR numbers, e-mail addresses, phone numbers, "
                             "listed names or closed text, and the document is accessible."))
        QMessageBox.information(self, self.tr("Check before publishing"), text)

    def _confirm_findings(self, findings: list[Finding]) -> bool:
        lines = "\n".join(f.line() for f in findings)
        if any(f.blocks for f in findings):
            answer = QMessageBox.warning(
                self, self.tr("Check before publishing"),
                self.tr("The published document holds a CPR number:\n\n{lines}\n\n"
                        "Publish it anyway?").format(lines=lines),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
        else:
            answer = QMessageBox.question(
                self, self.tr("Check before publishing"),
                self.tr("The check before publishing found:\n\n{lines}\n\nWrite the document anyway?")
                .format(lines=lines))
        return answer == QMessageBox.StandardButton.Yes

    def _ask_to_open(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self.parentWidget() or self, self.tr("Export to Word"),
            self.tr("The document is written:\n{path}\n\nOpen it now?").format(path=target))
        return answer == QMessageBox.StandardButton.Yes
