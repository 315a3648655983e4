"""Dialogs of the board's dates: closed periods (by weeks or dates) and moving a meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import danish
from dirdesk.domain.closed_periods import weeks_period, weeks_words, whole_weeks
from dirdesk.domain.forward_plan import ClosedPeriod
from dirdesk.domain.messages import UserError
from dirdesk.gui.context import AppContext
from dirdesk.gui.dialogs.plan import in_sentence
from dirdesk.gui.wording import shown

ERROR_STYLE = "color: #b00020;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def period_words(period: ClosedPeriod) -> str:
    """``Vinterferie uge 7 (15. feb. – 21. feb. 2027)``."""
    span = f"{danish.short_date(period.start)} – {danish.short_date(period.end)} {period.end.year}"
    return f"{period.label} ({span})"


class ClosedPeriodEditor(QDialog):
    """One closed period: a school holiday by week numbers, or a closure by dates."""

    def __init__(self, period: ClosedPeriod | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClosedPeriodEditor")
        self.setWindowTitle(self.tr("Closed period"))
        self.label_edit = QLineEdit(period.label if period else "", self)
        self.label_edit.setPlaceholderText(self.tr("e.g. Vinterferie uge 7"))
        self.by_weeks = QRadioButton(self.tr("School holiday by week numbers"), self)
        self.by_dates = QRadioButton(self.tr("By dates (e.g. Jule- og nytårslukket)"), self)
        weeks = whole_weeks(period) if period else (today.year, today.isocalendar()[1], 0)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.first_week, self.last_week = QSpinBox(self), QSpinBox(self)
        for box in (self.first_week, self.last_week):
            box.setRange(1, 53)
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        start = period.start if period else today
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(period.end if period else today))
        if period is None or weeks is not None and period is not None:
            year, first, last = weeks if weeks else (today.year, 7, 7)
            self.year.setValue(year)
            self.first_week.setValue(first or 7)
            self.last_week.setValue(last or first or 7)
        else:
            self.year.setValue(start.year)
            self.first_week.setValue(start.isocalendar()[1])
            self.last_week.setValue(start.isocalendar()[1])
        self.by_weeks.setChecked(period is None or whole_weeks(period) is not None)
        self.by_dates.setChecked(not self.by_weeks.isChecked())
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        week_row = QHBoxLayout()
        week_row.addWidget(QLabel(self.tr("Year"), self))
        week_row.addWidget(self.year)
        week_row.addWidget(QLabel(self.tr("weeks"), self))
        week_row.addWidget(self.first_week)
        week_row.addWidget(QLabel("–", self))
        week_row.addWidget(self.last_week)
        date_row = QHBoxLayout()
        date_row.addWidget(self.start_edit)
        date_row.addWidget(QLabel("–", self))
        date_row.addWidget(self.end_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.label_edit)
        form.addRow(self.by_weeks)
        form.addRow(week_row)
        form.addRow(self.by_dates)
        form.addRow(date_row)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.by_weeks.toggled.connect(lambda _on: self._enable())
        self._enable()

    def _enable(self) -> None:
        weeks = self.by_weeks.isChecked()
        for widget in (self.year, self.first_week, self.last_week):
            widget.setEnabled(weeks)
        for date_edit in (self.start_edit, self.end_edit):
            date_edit.setEnabled(not weeks)

    def period(self) -> ClosedPeriod:
        label = " ".join(self.label_edit.text().split())
        if self.by_weeks.isChecked():
            return weeks_period(self.year.value(), self.first_week.value(),
                                self.last_week.value(), label)
        return ClosedPeriod(_date(self.start_edit.date()), _date(self.end_edit.date()), label)

    def accept(self) -> None:
        try:
            period = self.period()
        except ValueError:
            self.error.setText(self.tr("Week {week} does not exist in {year}.").format(
                week=self.last_week.value(), year=self.year.value()))
            return
        if not period.label:
            self.error.setText(self.tr("Give the period a name, e.g. Vinterferie uge 7."))
            return
        if period.end < period.start:
            self.error.setText(self.tr("The period ends before it starts."))
            return
        super().accept()


class ClosedPeriodsDialog(QDialog):
    """The board's closed periods: add, edit, remove; each change is saved at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClosedPeriodsDialog")
        self.setWindowTitle(self.tr("Closed periods and holidays"))
        self.ctx = ctx
        self.calendar = ctx.calendar
        self.periods: list[ClosedPeriod] = []
        intro = QLabel(self.tr(
            "No meeting is planned on a public holiday or in a closed period; planned meetings "
            "in a new period are cancelled with its name as the reason."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("closedPeriods")
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self.ask_add)
        self.edit_button.clicked.connect(self.ask_edit)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.ask_edit())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(560, 380)
        self.reload()

    def reload(self) -> None:
        current = self.list.currentRow()
        self.periods = self.calendar.closed_periods(self.ctx.board)
        self.list.clear()
        for period in self.periods:
            weeks = weeks_words(period)
            text = period_words(period)
            self.list.addItem(f"{text} · {weeks}" if weeks and weeks not in period.label else text)
        self.list.setCurrentRow(min(max(current, 0), len(self.periods) - 1))
        self._enable()

    def _enable(self) -> None:
        chosen = 0 <= self.list.currentRow() < len(self.periods)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _changed(self, dates: list[dt.date], words: str) -> None:
        self.reload()
        self.ctx.signals.plan_changed.emit(self)
        self.ctx.signals.status_message.emit(words)

    def _editor(self, period: ClosedPeriod | None,
                done: Callable[[ClosedPeriod], None]) -> ClosedPeriodEditor:
        editor = ClosedPeriodEditor(period, self.ctx.today, self)
        editor.accepted.connect(lambda: self._apply(lambda: done(editor.period())))
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def _apply(self, change: Callable[[], None]) -> None:
        try:
            change()
        except UserError as exc:
            self.ctx.signals.status_message.emit(shown(exc))

    def ask_add(self) -> ClosedPeriodEditor:
        return self._editor(None, self.add_period)

    def ask_edit(self) -> ClosedPeriodEditor | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.periods):
            return None
        old = self.periods[row]
        return self._editor(old, lambda new: self.replace_period(old, new))

    def add_period(self, period: ClosedPeriod) -> None:
        cancelled = self.calendar.add_closed_period(self.ctx.board, period)
        self._changed(cancelled, self.tr("{label} added; %n planned meeting(s) cancelled.", "",
                                         len(cancelled)).format(label=period.label))

    def replace_period(self, old: ClosedPeriod, new: ClosedPeriod) -> None:
        self.calendar.replace_closed_period(self.ctx.board, old, new)
        self._changed([], self.tr("{label} changed.").format(label=new.label))

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.periods):
            period = self.periods[row]
            held = self.calendar.remove_closed_period(self.ctx.board, period)
            self._changed(held, self.tr("{label} removed; %n meeting(s) held again.", "", len(held))
                          .format(label=period.label))


class MoveMeetingDialog(QDialog):
    """Asks for the meeting's new date; ``check`` says why a date cannot be taken, if so."""

    def __init__(self, date: dt.date, check: Callable[[dt.date], str | None],
                 warn_of: Callable[[dt.date], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MoveMeetingDialog")
        self.setWindowTitle(self.tr("Move meeting"))
        self.old = date
        self._check, self._warn_of = check, warn_of
        question = QLabel(self.tr("Hold the meeting of {date} on another date:\nits agenda and "
                                  "planned points go with it.").format(
            date=in_sentence(danish.long_date(date))), self)
        self.date_edit = QDateEdit(_qdate(date + dt.timedelta(days=1)), self)
        self.date_edit.setObjectName("newDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd dd-MM-yyyy")
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move the meeting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.date_edit.dateChanged.connect(lambda _d: self._show_warning())
        self._show_warning()

    def new_date(self) -> dt.date:
        return _date(self.date_edit.date())

    def _show_warning(self) -> None:
        why = self._warn_of(self.new_date())
        self.error.setText(self.tr("Note: {date} is {reason}.").format(
            date=danish.short_date(self.new_date()), reason=why) if why else "")

    def accept(self) -> None:
        if self.new_date() == self.old:
            self.reject()
            return
        refused = self._check(self.new_date())
        if refused:
            self.error.setText(refused)
            return
        super().accept()
