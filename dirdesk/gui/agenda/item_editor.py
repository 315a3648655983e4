"""The item editor: title, access, journal and case numbers, sections, attachments."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.item_form import (
    USUAL_HEADINGS,
    NumberFault,
    case_fault,
    journal_fault,
    missing_usual,
    with_usual_sections,
)
from dirdesk.domain.model import AgendaItem, Attachment, Insert, InsertKind, Section, SectionLike
from dirdesk.gui.agenda.item_preview import ItemPreview
from dirdesk.gui.editing.model import commit_open_editor
from dirdesk.gui.editing.richtext import FormatBar, RichTextEdit

ItemChange = Callable[[AgendaItem], AgendaItem]

TEXT_COMMIT_MS = 1200


class ItemEditor(QWidget):
    """Edits one item; every change is reported as ``edited(uid, change, label, merge_key)``.

    A change is a function of the item, not a new copy of it: it is applied to the item as it
    is once everything pending has been committed (text typed a moment before "Add attachment"
    is part of the item the attachment is added to). ``commit_all`` is the window's one way out
    for pending edits; the editor goes through it before it shows another copy of an item.
    """

    edited = Signal(str, object, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: AgendaItem | None = None
        self.commit_all: Callable[[], None] = self.commit_pending
        self._section_row = -1
        self._held: list[tuple[str, ItemChange, str, str | None]] | None = None

        self.title = QLineEdit(self)
        self.title.setObjectName("itemTitle")
        self.closed = QCheckBox(self.tr("Closed item (left out of the published version)"), self)
        self.closed.setObjectName("itemClosed")
        # The format as a hint in letters, never an example that reads like a real number.
        self.journal = QLineEdit(self)
        self.journal.setObjectName("itemJournal")
        self.journal.setPlaceholderText(self.tr("KLE NN.NN.NN"))
        self.journal.setToolTip(self.tr(
            "The KLE journal number: NN.NN.NN, with its facet if it has one (e.g. G01)"))
        self.case = QLineEdit(self)
        self.case.setObjectName("itemCase")
        self.case.setPlaceholderText(self.tr("YY/NNNN"))
        self.case.setToolTip(self.tr("The case number: the year's two digits / the serial number"))
        self.number_fault = QLabel(self)
        self.number_fault.setObjectName("numberFault")
        self.number_fault.setWordWrap(True)
        self.number_fault.setStyleSheet("color: #B00020;")
        self.number_fault.hide()
        facts = QFormLayout()
        facts.addRow(self.tr("&Title:"), self.title)
        facts.addRow("", self.closed)
        numbers = QHBoxLayout()
        numbers.addWidget(self.journal)
        numbers.addWidget(QLabel(self.tr("Case no.:")))
        numbers.addWidget(self.case)
        facts.addRow(self.tr("&Journal no.:"), numbers)
        facts.addRow("", self.number_fault)
        for label in (facts.labelForField(self.title), facts.labelForField(numbers)):
            if isinstance(label, QLabel):
                label.setBuddy(self.title if label.text().endswith("Title:") else self.journal)

        # Sections: a list of headings, and the heading and text of the chosen one.
        self.sections = QListWidget(self)
        self.sections.setObjectName("sectionList")
        self.sections.setMaximumWidth(280)
        self.sections.setWordWrap(True)
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.model().rowsMoved.connect(self._sections_reordered)
        self.heading = QLineEdit(self)
        self.heading.setObjectName("sectionHeading")
        self.text = RichTextEdit(self)
        self.text.setObjectName("sectionText")
        font = QFont(self.text.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.text.setFont(font)
        self.text.setMinimumHeight(90)
        self.sections.setMinimumHeight(60)
        self.text.setPlaceholderText(self.tr(
            "Text. Enter starts a new paragraph, Shift+Enter a new line; Ctrl+B bold, Ctrl+I "
            "italic; '- ' or '1. ' at the start begins a list."))
        tools = QHBoxLayout()
        self.format_bar = FormatBar(self.text, self)
        self.format_bar.setMinimumWidth(self.format_bar.sizeHint().width())  # never folded away
        self.usual_sections = QPushButton(self.tr("Usual sections"), self)
        self.usual_sections.setObjectName("usualSections")
        self.usual_sections.setToolTip(self.tr("Add the usual sections the item lacks: {headings}")
                                       .format(headings=", ".join(USUAL_HEADINGS)))
        self.preview_toggle = QPushButton(self.tr("Show as in the document"), self)
        self.preview_toggle.setObjectName("previewToggle")
        self.preview_toggle.setCheckable(True)
        self.add_section = QPushButton(self.tr("Add section"), self)
        self.remove_section = QPushButton(self.tr("Remove section"), self)
        tools.addWidget(self.usual_sections)
        tools.addWidget(self.add_section)
        tools.addWidget(self.remove_section)
        tools.addStretch()
        tools.addWidget(self.preview_toggle)
        section_editor = QVBoxLayout()
        heading_row = QHBoxLayout()
        heading_label = QLabel(self.tr("&Heading:"), self)
        heading_label.setBuddy(self.heading)
        heading_row.addWidget(heading_label)
        self.heading.setMinimumWidth(150)  # a heading stays readable beside the format bar
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.format_bar)
        section_editor.addLayout(heading_row)
        section_editor.addWidget(self.text, 1)
        editing = QWidget(self)
        editing_layout = QHBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addWidget(self.sections)
        editing_layout.addLayout(section_editor, 1)
        self.preview = ItemPreview(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(editing)
        self.pages.addWidget(self.preview)
        sections_box = QGroupBox(self.tr("Sections"), self)
        sections_layout = QVBoxLayout(sections_box)
        sections_layout.addLayout(tools)
        sections_layout.addWidget(self.pages, 1)

        self.attachments = QTableWidget(0, 3, self)
        self.attachments.setObjectName("attachmentTable")
        self.attachments.setHorizontalHeaderLabels(
            [self.tr("Attachment"), self.tr("Closed"), self.tr("Document no.")])
        self.attachments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachments.verticalHeader().setVisible(True)
        self.attachments.setMaximumHeight(110)
        self.attachments.setMinimumHeight(60)
        self.attachments.verticalHeader().setDefaultSectionSize(22)
        self.add_attachment = QPushButton(self.tr("Add attachment"), self)
        self.remove_attachment = QPushButton(self.tr("Remove attachment"), self)
        attach_box = QGroupBox(self.tr("Attachments"), self)
        attach_layout = QVBoxLayout(attach_box)
        attach_layout.addWidget(self.attachments)
        attach_buttons = QHBoxLayout()
        attach_buttons.addStretch()
        attach_buttons.addWidget(self.add_attachment)
        attach_buttons.addWidget(self.remove_attachment)
        attach_layout.addLayout(attach_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(facts)
        layout.addWidget(sections_box, 1)
        layout.addWidget(attach_box)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_COMMIT_MS)
        # What the fields hold is handed on through the window's one way out (``commit_all``),
        # which calls ``commit_pending`` here among every other editor's.
        self._text_timer.timeout.connect(lambda: self.commit_all())
        for field in (self.title, self.journal, self.case, self.heading):
            field.editingFinished.connect(lambda: self.commit_all())
        self.closed.toggled.connect(lambda _on: self.commit_all())
        self.text.installEventFilter(self)  # leaving the text hands it on, as a line edit does
        self.sections.currentRowChanged.connect(self._show_section)
        self.text.textChanged.connect(self._text_timer.start)
        self.add_section.clicked.connect(self._add_section)
        self.usual_sections.clicked.connect(self._add_usual_sections)
        self.preview_toggle.toggled.connect(self._show_preview)
        self.journal.textChanged.connect(self._show_number_faults)
        self.case.textChanged.connect(self._show_number_faults)
        self.remove_section.clicked.connect(self._remove_section)
        self.attachments.itemChanged.connect(lambda _cell: self._commit_attachments())
        self.add_attachment.clicked.connect(self._add_attachment)
        self.remove_attachment.clicked.connect(self._remove_attachment)
        self.setEnabled(False)

    # --- showing ------------------------------------------------------------------------------

    def show_item(self, item: AgendaItem | None) -> None:
        """Show ``item`` (or nothing); what is typed but not yet committed is committed first.

        Fields that already show the item's text are left alone (the cursor stays where the
        user is typing), and a table keeps its rows, so a cell being edited stays open.
        """
        self.commit_all()
        self.item = item
        self.setEnabled(item is not None)
        blockers = [QSignalBlocker(w) for w in (self.title, self.journal, self.case, self.closed,
                                                self.sections, self.heading, self.text,
                                                self.attachments)]
        try:
            if item is None:
                for w in (self.title, self.journal, self.case, self.heading):
                    w.clear()
                self.text.clear()
                self.sections.clear()
                self.attachments.setRowCount(0)
                self.preview.show_item(None)
                return
            _set_text(self.title, item.title)
            self.closed.setChecked(item.closed)
            _set_text(self.journal, item.journal_no or "")
            _set_text(self.case, item.case_no or "")
            row = self.sections.currentRow()
            labels = [self._section_label(section) for section in item.sections]
            if [self.sections.item(r).text() for r in range(self.sections.count())] != labels:
                self.sections.clear()
                for section, label in zip(item.sections, labels, strict=True):
                    entry = QListWidgetItem(label)
                    if isinstance(section, Insert):
                        font = entry.font()
                        font.setItalic(True)
                        entry.setFont(font)
                    self.sections.addItem(entry)
            self.sections.setCurrentRow(min(max(row, 0), len(item.sections) - 1))
            self._fill_section(self.sections.currentRow())
            self.attachments.setRowCount(len(item.attachments))
            for r, a in enumerate(item.attachments):
                set_cell(self.attachments, r, 0, a.title or "")
                check = self.attachments.item(r, 1)
                if check is None:
                    check = QTableWidgetItem()
                    check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                   | Qt.ItemFlag.ItemIsSelectable)
                    self.attachments.setItem(r, 1, check)
                check.setCheckState(Qt.CheckState.Checked if a.closed else Qt.CheckState.Unchecked)
                set_cell(self.attachments, r, 2, a.doc_no or "")
            self.usual_sections.setEnabled(bool(missing_usual(item.sections)))
            if self.preview_toggle.isChecked():
                self.preview.show_item(item)
        finally:
            del blockers
        self._show_number_faults()

    def _section_label(self, section: SectionLike) -> str:
        if isinstance(section, Insert):
            return {
                InsertKind.SCHEDULE: self.tr("[Timed grid]"),
                InsertKind.FORWARD_PLAN: self.tr("[Forward plan]"),
                InsertKind.UNDATED: self.tr("[Points awaiting a date]"),
                InsertKind.FOLLOW_UPS: self.tr("[Follow-ups due]"),
            }[section.kind]
        return section.heading or self.tr("(text without heading)")

    def _fill_section(self, row: int) -> None:
        self._section_row = row
        section = self.item.sections[row] if self.item and 0 <= row < len(self.item.sections) else None
        editable = isinstance(section, Section)
        self.heading.setEnabled(editable)
        self.text.setEnabled(editable)
        self.remove_section.setEnabled(section is not None)
        with QSignalBlocker(self.heading), QSignalBlocker(self.text):
            _set_text(self.heading, section.heading if isinstance(section, Section) else "")
            text = section.text if isinstance(section, Section) else ""
            if self.text.toPlainText() != text:
                self.text.setPlainText(text)

    def _show_section(self, row: int) -> None:
        self.commit_all()
        self._fill_section(row)

    # --- committing ---------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Hand on what the fields hold and the item does not: the text being typed, a title
        before Enter, an attachment cell being edited."""
        self._text_timer.stop()
        commit_open_editor(self.attachments)
        # Every field is read before any change is handed on: handing one on redraws the editor
        # with the item as it then is, which put the stored section text back over the text
        # typed (a journal number and a section text pending together lost the text).
        self._held = []
        try:
            self._commit_facts()
            self._commit_section()
        finally:
            held, self._held = self._held, None
        for args in held:
            self.edited.emit(*args)

    def _emit(self, change: ItemChange, label: str, merge_key: str | None = None) -> None:
        if self.item is not None and change(self.item) != self.item:
            if self._held is not None:
                self._held.append((self.item.uid, change, label, merge_key))
            else:
                self.edited.emit(self.item.uid, change, label, merge_key)

    def _commit_facts(self) -> None:
        if self.item is None:
            return
        title = self.title.text().strip()
        if not title:
            with QSignalBlocker(self.title):
                self.title.setText(self.item.title)
            title = self.item.title
        closed = self.closed.isChecked()
        journal, case = self.journal.text().strip() or None, self.case.text().strip() or None
        self._emit(lambda item: dataclasses.replace(
            item, title=title, closed=closed, journal_no=journal, case_no=case),
            self.tr("Edit item"))

    def _commit_section(self) -> None:
        row = self._section_row
        if self.item is None or not 0 <= row < len(self.item.sections):
            return
        if not isinstance(self.item.sections[row], Section):
            return
        section = Section(self.heading.text().strip(), self.text.toPlainText())

        def change(item: AgendaItem) -> AgendaItem:
            if not 0 <= row < len(item.sections) or not isinstance(item.sections[row], Section):
                return item
            return dataclasses.replace(item, sections=(
                item.sections[:row] + (section,) + item.sections[row + 1:]))

        self._emit(change, self.tr("Edit section"), f"section:{self.item.uid}:{row}")

    def _add_section(self) -> None:
        if self.item is None:
            return
        row = self.sections.currentRow()
        at = row + 1 if row >= 0 else len(self.item.sections)
        section = Section(self.tr("New section"), "")
        self._emit(lambda item: dataclasses.replace(
            item, sections=item.sections[:at] + (section,) + item.sections[at:]),
            self.tr("Add section"))
        self.sections.setCurrentRow(at)
        self.heading.setFocus()
        self.heading.selectAll()

    def _remove_section(self) -> None:
        row = self.sections.currentRow()
        if self.item is None or not 0 <= row < len(self.item.sections):
            return
        self._emit(lambda item: dataclasses.replace(
            item, sections=item.sections[:row] + item.sections[row + 1:]),
            self.tr("Remove section"))

    def _sections_reordered(self, *_args: object) -> None:
        if self.item is None:
            return
        labels = [self.sections.item(i).text() for i in range(self.sections.count())]

        def change(item: AgendaItem) -> AgendaItem:
            remaining = list(item.sections)
            ordered: list[SectionLike] = []
            for label in labels:
                for s in remaining:
                    if self._section_label(s) == label:
                        ordered.append(s)
                        remaining.remove(s)
                        break
            ordered.extend(remaining)
            return dataclasses.replace(item, sections=tuple(ordered))

        self._emit(change, self.tr("Reorder sections"))

    def _attachment_rows(self) -> tuple[Attachment, ...]:
        rows = []
        for r in range(self.attachments.rowCount()):
            title, check, doc = (self.attachments.item(r, c) for c in range(3))
            rows.append(Attachment(
                title=(title.text().strip() if title else "") or None,
                closed=bool(check and check.checkState() == Qt.CheckState.Checked),
                doc_no=(doc.text().strip() if doc else "") or None))
        return tuple(rows)

    def _commit_attachments(self) -> None:
        if self.item is None or self.attachments.signalsBlocked():
            return
        if self.attachments.rowCount() != len(self.item.attachments):
            return  # rows being added or removed: that edit is under way
        rows = self._attachment_rows()
        self._emit(lambda item: dataclasses.replace(item, attachments=rows),
                   self.tr("Edit attachments"))

    def _add_attachment(self) -> None:
        if self.item is None:
            return
        new = Attachment(title=self.tr("New attachment"))
        self._emit(lambda item: dataclasses.replace(item, attachments=item.attachments + (new,)),
                   self.tr("Add attachment"))
        row = self.attachments.rowCount() - 1
        self.attachments.setCurrentCell(row, 0)
        cell = self.attachments.item(row, 0)
        if cell is not None:
            self.attachments.editItem(cell)

    def _remove_attachment(self) -> None:
        row = self.attachments.currentRow()
        if self.item is None or not 0 <= row < len(self.item.attachments):
            return
        self._emit(lambda item: dataclasses.replace(
            item, attachments=item.attachments[:row] + item.attachments[row + 1:]),
            self.tr("Remove attachment"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.commit_all()
        return super().eventFilter(watched, event)

    # --- usual sections, numbers, the document's view ------------------------------------------

    def _add_usual_sections(self) -> None:
        if self.item is None:
            return
        self._emit(lambda item: dataclasses.replace(item, sections=with_usual_sections(item.sections)),
                   self.tr("Add usual sections"))
        if self.item is not None and self.item.sections:
            self.sections.setCurrentRow(0)
            self.text.setFocus()

    def _show_number_faults(self) -> None:
        """Say in words what is wrong with the journal or case number as it is typed."""
        faults = []
        if journal_fault(self.journal.text()) is NumberFault.JOURNAL:
            faults.append(self.tr(
                "The journal number \"{number}\" is not a KLE number: write it as NN.NN.NN, "
                "followed by its facet if it has one (e.g. G01).").format(number=self.journal.text().strip()))
        if case_fault(self.case.text()) is NumberFault.CASE:
            faults.append(self.tr(
                "The case number \"{number}\" must be written YY/NNNN: the year's two digits, a "
                "slash and the serial number.").format(number=self.case.text().strip()))
        self.number_fault.setText("\n".join(faults))
        self.number_fault.setVisible(bool(faults))
        for field, fault in ((self.journal, journal_fault(self.journal.text())),
                             (self.case, case_fault(self.case.text()))):
            field.setStyleSheet("border: 1px solid #B00020;" if fault else "")

    def _show_preview(self, on: bool) -> None:
        """The item as the document shows it, with what is being typed in it committed first."""
        if on:
            self.commit_all()
            self.preview.show_item(self.item)
        self.pages.setCurrentIndex(1 if on else 0)
        for widget in (self.usual_sections, self.add_section, self.remove_section):
            widget.setVisible(not on)


def _set_text(field: QLineEdit, text: str) -> None:
    """Show ``text``, leaving a field that shows it already as it is (cursor, undo)."""
    if field.text() != text:
        field.setText(text)


def set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Show ``text`` in a cell, changing the cell in place (an editor open on it stays)."""
    cell = table.item(row, column)
    if cell is None:
        table.setItem(row, column, QTableWidgetItem(text))
    elif cell.text() != text:
        cell.setText(text)
