"""Beside the live decision: the case's Indstilling (the rest folded), the board's standard
decisions on Alt+1…, who takes part in the item, and when it really started."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import schedule, timing
from dirdesk.domain.model import DEFAULT_PHRASES, Meeting, Section
from dirdesk.domain.participation import absence_lines, guest_line
from dirdesk.domain.text import plain
from dirdesk.gui.context import AppContext
from dirdesk.gui.dialogs.participation import edit_participation
from dirdesk.gui.editing.document import OpenMeeting
from dirdesk.gui.editing.richtext import RichTextEdit
from dirdesk.gui.flow import FlowLayout, lines_high, wrapping_row
from dirdesk.gui.formats import hm

RECOMMENDATION = "indstilling"
EARLY = 15  # minutes before the start from which moving to an item records its start


def case_text(sections: tuple[object, ...], whole: bool) -> str:
    """The item's Indstilling (or, with ``whole``, every section), as plain text."""
    parts = []
    for s in sections:
        if not isinstance(s, Section):
            continue
        if whole or s.heading.strip().casefold() == RECOMMENDATION:
            parts.append((f"{s.heading}\n" if whole and s.heading else "") + plain(s.text))
    return "\n\n".join(parts)


class LiveCase(QWidget):
    """The current item's case and the one-key decisions, for ``decision`` to take."""

    def __init__(self, ctx: AppContext, document: OpenMeeting, decision: RichTextEdit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document, self.decision = ctx, document, decision
        self.now: Callable[[], dt.datetime] = dt.datetime.now
        self.number: int | None = None
        self.whole = False
        self.case = _CaseView(self)
        self.case.setObjectName("liveCase")
        # At most seven lines: on a laptop the decision below keeps its eight.
        self.case.setMaximumHeight(lines_high(self.case, 7))
        # Asks for two lines and takes what the column has left once the decision has its
        # eight: asking for its usual six squeezed the column on a low screen (1366x768 at
        # 125 %) until the buttons below lay over the decision.
        self.case.setMinimumHeight(lines_high(self.case, 2))
        policy = self.case.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Expanding)
        self.case.setSizePolicy(policy)
        self.case.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.fold = QPushButton(self.tr("Whole case (Ctrl+Shift+I)"), self)
        self.fold.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fold.clicked.connect(self.toggle_whole)
        self.people = QLabel(self)
        self.people.setObjectName("liveParticipation")
        self.people.setWordWrap(True)
        self.times = QLabel(self)
        self.times.setObjectName("liveTimes")
        self.participants = QPushButton(self.tr("Participants … (Ctrl+Shift+D)"), self)
        self.participants.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.participants.clicked.connect(self.edit_participation)
        self.starts = QPushButton(self.tr("Item starts now (Ctrl+Shift+T)"), self)
        self.starts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.starts.clicked.connect(self.record_start_now)
        self.phrase_buttons: list[QPushButton] = []
        top = QHBoxLayout()
        self.case_label = QLabel(self.tr("Indstilling"), self)
        top.addWidget(self.case_label)
        top.addStretch()
        top.addWidget(self.fold)
        # The times, their buttons and the standard decisions share one row that wraps: on a
        # low, narrow screen no line is left half empty.
        facts = wrapping_row(self.times, self.starts, self.participants)
        self.phrase_row: FlowLayout = facts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.case)
        layout.addWidget(self.people)
        layout.addLayout(facts)
        for keys, slot in (("Ctrl+Shift+I", self.toggle_whole),
                           ("Ctrl+Shift+D", self.edit_participation),
                           ("Ctrl+Shift+T", self.record_start_now)):
            self._shortcut(keys, slot)
        for n in range(1, 10):
            self._shortcut(f"Alt+{n}", functools.partial(self.use_phrase, n - 1))
        self.phrases: tuple[str, ...] = ()

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        # On the live pane, so the keys work from the decision field.
        target = self.parentWidget() or self
        target.addAction(action)

    # --- showing -------------------------------------------------------------------------------

    def show_item(self, meeting: Meeting | None, number: int | None) -> None:
        self.number = number
        self._load_phrases(meeting)
        if meeting is None or number is None or not 1 <= number <= len(meeting.items):
            self.case.setPlainText("")
            self.people.setText("")
            self.times.setText("")
            return
        item = meeting.items[number - 1]
        text = case_text(item.sections, self.whole)
        self.case_label.setText(self.tr("The whole case") if self.whole else self.tr("Indstilling"))
        self.case.setPlainText(text or self.tr("(The item has no Indstilling)"))
        lines = [guest_line(item.participation.guests), *absence_lines(meeting, item)]
        self.people.setText("\n".join(line for line in lines if line))
        self.people.setVisible(bool(self.people.text()))  # no empty line's height when nobody
        self.times.setText(self.time_text(meeting, number))

    def time_text(self, meeting: Meeting, number: int) -> str:
        """"Planned 10.30, 15 min. · started 10.41, 11 min. late"."""
        item = meeting.items[number - 1]
        planned_start = timing.planned_starts(meeting).get(item.uid)
        planned = timing.planned_lengths(meeting).get(item.uid)
        parts = []
        if planned_start is not None:
            parts.append(self.tr("Planned {start}, {n} min.").format(start=hm(planned_start),
                                                                      n=planned or 0))
        if item.started is not None:
            late = 0 if planned_start is None else (
                schedule.minutes(item.started) - schedule.minutes(planned_start))
            text = self.tr("started {time}").format(time=hm(item.started))
            if late > 0:
                text += ", " + self.tr("{n} min. late").format(n=late)
            elif late < 0:
                text += ", " + self.tr("{n} min. early").format(n=-late)
            actual = timing.actual_lengths(meeting).get(item.uid)
            if actual is not None:
                text += ", " + self.tr("took {n} min.").format(n=actual)
            parts.append(text)
        return " · ".join(parts)

    def _load_phrases(self, meeting: Meeting | None) -> None:
        board = None if meeting is None else self.ctx.plan.board(meeting.board)
        phrases = board.phrases if board is not None else DEFAULT_PHRASES
        if phrases == self.phrases:
            return
        self.phrases = phrases
        for button in self.phrase_buttons:
            self.phrase_row.removeWidget(button)
            button.deleteLater()
        self.phrase_buttons = []
        for n, phrase in enumerate(phrases[:9], start=1):
            button = QPushButton(f"Alt+{n}: {phrase}", self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, i=n - 1: self.use_phrase(i))
            self.phrase_row.addWidget(button)
            self.phrase_buttons.append(button)

    def toggle_whole(self) -> None:
        self.whole = not self.whole
        self.show_item(self.document.meeting, self.number)

    # --- acting --------------------------------------------------------------------------------

    def use_phrase(self, index: int, _checked: bool = False) -> None:
        """The standard decision into the field (after what is there); it can be edited after."""
        if not 0 <= index < len(self.phrases) or self.document.read_only:
            return
        text = self.decision.toPlainText().rstrip()
        self.decision.setPlainText(f"{text}\n\n{self.phrases[index]}" if text else self.phrases[index])
        self.decision.moveCursor(self.decision.textCursor().MoveOperation.End)
        self.decision.setFocus()

    def edit_participation(self) -> None:
        meeting = self.document.meeting
        if meeting is None or self.number is None or not 1 <= self.number <= len(meeting.items):
            return
        edit_participation(self.ctx, self.document, meeting.items[self.number - 1].uid, self)

    def record_start_now(self) -> None:
        """The current item starts now, whether or not a start was recorded (Ctrl+Shift+T)."""
        self.record_start(force=True)

    def record_start(self, *, force: bool = False) -> None:
        """The current item starts now (moving to it in the meeting does this once)."""
        meeting = self.document.meeting
        now = self.now()
        if (meeting is None or self.number is None or self.document.read_only
                or now.date() != meeting.date):
            return
        if not force and schedule.minutes(now.time()) < schedule.minutes(meeting.start) - EARLY:
            return
        item = meeting.items[self.number - 1]
        if item.started is not None and not force:
            return
        at = now.time().replace(second=0, microsecond=0)
        items = tuple(dataclasses.replace(i, started=at) if i.uid == item.uid else i
                      for i in meeting.items)
        self.document.replace(dataclasses.replace(meeting, items=items), None)

    def record_finish(self) -> None:
        meeting = self.document.meeting
        now = self.now()
        if (meeting is None or self.document.read_only or now.date() != meeting.date
                or not any(i.started for i in meeting.items) or meeting.finished is not None):
            return
        self.document.replace(dataclasses.replace(
            meeting, finished=now.time().replace(second=0, microsecond=0)), None)


class _CaseView(QTextBrowser):
    """The case's text: its size hint is its minimum, so it grows only into room to spare."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())
