"""What a decision implies, offered under the decision field: carry the item over, follow-ups.

Nothing happens without a click: the bar only proposes, never takes the focus from typing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from dirdesk.domain.decisions import FollowUp, follow_ups, postponement
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing.document import OpenMeeting
from dirdesk.gui.editing.writer import Failed, Writer
from dirdesk.gui.formats import date_in_sentence
from dirdesk.services.followups import CarryOverProposal

PROPOSAL_DELAY_MS = 700

log = logging.getLogger(__name__)


def _look(ctx: AppContext, board: str, date: dt.date, uid: str, decision: str,
          title: str | None) -> tuple[CarryOverProposal | None, list[FollowUp]]:
    """On the look-up thread: what the decision proposes that the database does not have."""
    return (ctx.carry_over.proposal(board, date, uid, decision, title=title),
            ctx.followups.proposals(board, date, uid, decision))


def _on(date: object) -> str:
    """``onsdag den 20. november 2024``: the long date inside a sentence."""
    return date_in_sentence(date)  # type: ignore[arg-type]


class ProposalBar(QFrame):
    """Proposals for the current item's decision; hidden when there are none."""

    acted = Signal(str)  # what was done, for the status bar

    def __init__(self, ctx: AppContext, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document = ctx, document
        # (date, title, closed): a point just carried to a meeting whose agenda exists
        self._agenda_offer: tuple[dt.date, str, bool] | None = None
        self.setObjectName("proposalBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A palette, not a style sheet: a style sheet re-polishes every child each time the
        # bar is shown, a pause of 10-20 ms in the middle of typing.
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff8dc"))
        self.setPalette(palette)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 4, 8, 4)
        self.uid: str | None = None
        self.carry: CarryOverProposal | None = None
        self.follow: list[FollowUp] = []
        self.buttons: list[QPushButton] = []  # the proposals' buttons, as shown
        self.labels: list[QLabel] = []
        self._rows: list[tuple[QWidget, QLabel, QPushButton]] = []
        self._shown: list[tuple[str, str, Callable[[], None], str]] = []
        self._asked: object = None  # what the decision's words asked for at the last look
        self._dismissed: set[tuple[str, str]] = set()
        # By keyboard from the decision field: F9 does what the first proposal offers, Shift+F9
        # sets it aside; the next one moves up, so F9 again takes it.
        for key, slot in (("F9", self.act_on_first), ("Shift+F9", self.dismiss_first)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            (parent or self).addAction(action)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROPOSAL_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        # What the words propose is looked up in the database on a thread of its own: the
        # look-up (3-4 ms on a long history) would otherwise be a pause on the window's thread
        # just as the minute-taker takes up typing again.
        self._looker = Writer(self, name="dirdesk-proposals")
        self._looker.finished.connect(self._looked)
        self._looking: int | None = None  # the request whose answer is wanted
        self._rows.append(self._new_row(0))  # made now, not in the first pause of typing
        self.hide()

    def schedule(self, uid: str | None) -> None:
        """The decision of ``uid`` was typed: look again after a pause."""
        if uid != self.uid:
            self.uid = uid
            self._show(None, [])  # the last item's proposals are not this one's
            self.refresh()
        else:
            self._timer.start()

    def _decision(self) -> str | None:
        meeting = self.document.meeting
        if meeting is None or self.uid is None:
            return None
        return next((i.decision for i in meeting.items if i.uid == self.uid), None)

    def refresh(self) -> None:
        """Read the decision again; the bar is rebuilt only when what it proposes changed.

        Runs in pauses of typing, so it must be cheap: no save, the database asked only when
        the words propose something, and no widgets remade for the same proposals.
        """
        self._timer.stop()
        meeting, decision = self.document.meeting, self._decision()
        # What the words ask for, read off the text alone (no database): unchanged since the
        # last look means nothing to do (acting on a proposal clears it).
        postponed = postponement(decision, meeting.date) if meeting and decision else None
        named = tuple(follow_ups(decision)) if decision else ()
        asked = (self.uid, None if meeting is None else meeting.date, postponed, named)
        if asked == self._asked:
            return
        self._asked = asked
        if meeting is None or self.uid is None or not decision or not (postponed or named):
            self._looking = None  # no database: nothing proposed
            self._show(None, [])
            return
        title = next((i.title for i in meeting.items if i.uid == self.uid), None)
        self._looking = self._looker.submit(partial(
            _look, self.ctx, meeting.board, meeting.date, self.uid, decision, title))

    def _looked(self, request: int, outcome: object) -> None:
        if request != self._looking:
            return  # the words changed, or another item was chosen, since it was asked
        self._looking = None
        if isinstance(outcome, Failed):  # a database that cannot answer proposes nothing now
            log.warning("Proposals not looked up: %s", outcome.error)
            self._asked = None  # the next pause asks again
            return
        found = cast(tuple[CarryOverProposal | None, list[FollowUp]], outcome)
        self._show(*found)

    @property
    def looking(self) -> bool:
        """A look-up is under way: what is shown may change when it answers."""
        return self._looking is not None

    def _show(self, carry: CarryOverProposal | None, follow: list[FollowUp]) -> None:
        """Show these proposals, less those set aside; the rows change only if they did."""
        if carry is not None and (self.uid or "", "carry") in self._dismissed:
            carry = None
        follow = [f for f in follow if (self.uid or "", f.owner) not in self._dismissed]
        if (carry, follow) == (self.carry, self.follow) and not self._agenda_offer:
            return
        self.carry, self.follow = carry, follow
        self._show_rows()

    def _entries(self) -> list[tuple[str, str, Callable[[], None], str]]:
        """(what the decision says, what the button does, the action, the key) per proposal."""
        entries: list[tuple[str, str, Callable[[], None], str]] = []
        if self.carry is not None:
            where = (self.tr("on the meeting {date}").format(date=_on(self.carry.target))
                     if self.carry.target else self.tr("among the points awaiting a date"))
            entries.append((self.tr("The decision postpones the item (“{words}”).").format(
                words=self.carry.wording), self.tr("Put it in the forward plan {where}").format(
                    where=where), self._carry, "carry"))
        if self._agenda_offer is not None:
            date, title, _closed = self._agenda_offer
            entries.append((self.tr("The meeting {date} already has an agenda.").format(
                date=_on(date)), self.tr("Put “{title}” on its agenda").format(title=title),
                self._put_on_agenda, "agenda"))
        for follow in self.follow:
            text = self.tr("{owner} follows up").format(owner=follow.owner)
            if follow.task:
                text += f": {follow.task}"
            entries.append((text, self.tr("Add to the follow-up list"),
                            partial(self._add_follow_up, follow), follow.owner))
        return entries

    def _show_rows(self) -> None:
        """One row per proposal. Rows are made once and reused: making widgets in a pause of
        typing took longer than a frame."""
        self._shown = self._entries()
        while len(self._rows) < len(self._shown):
            self._rows.append(self._new_row(len(self._rows)))
        for index, (row, label, button) in enumerate(self._rows):
            if index < len(self._shown):
                text, action, _slot, _key = self._shown[index]
                label.setText(text)
                button.setText(f"{action} (F9)" if index == 0 else action)
            row.setVisible(index < len(self._shown))
        self.labels = [label for _row, label, _button in self._rows[:len(self._shown)]]
        self.buttons = [button for _row, _label, button in self._rows[:len(self._shown)]]
        self.setVisible(bool(self._shown))

    def _new_row(self, index: int) -> tuple[QWidget, QLabel, QPushButton]:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(row)
        label.setWordWrap(True)
        button = QPushButton(row)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the keys from the decision
        button.clicked.connect(lambda _=False: self._shown[index][2]())
        dismiss = QToolButton(row)
        dismiss.setText("✕")
        dismiss.setToolTip(self.tr("Not now (Shift+F9 for the first)"))
        dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        dismiss.clicked.connect(lambda _=False: self._dismiss(self._shown[index][3]))
        layout.addWidget(label, 1)
        layout.addWidget(button)
        layout.addWidget(dismiss)
        self.rows.addWidget(row)
        return row, label, button

    def act_on_first(self) -> None:
        """F9: what the first proposal shown offers."""
        if self.isVisible() and self._shown:
            self._shown[0][2]()

    def dismiss_first(self) -> None:
        """Shift+F9: not now, for the first proposal shown."""
        if self.isVisible() and self._shown:
            self._dismiss(self._shown[0][3])

    def _dismiss(self, key: str) -> None:
        if key == "agenda":
            self._agenda_offer = None
            self._show_rows()
            return
        self._dismissed.add((self.uid or "", key))
        self._show(self.carry, self.follow)  # at once: F9 now takes the next one

    def _carry(self) -> None:
        meeting, carry = self.document.meeting, self.carry
        if meeting is None or carry is None or self.uid is None:
            return
        self.ctx.carry_over.carry(meeting.board, meeting.date, self.uid, carry.target)
        self.ctx.signals.plan_changed.emit(self)
        if carry.target is not None and self.ctx.proceedings.has_agenda(
                meeting.board, carry.target):
            # Its agenda is made already: offer the point onto it (an item and a grid row).
            closed = next((i.closed for i in meeting.items if i.uid == self.uid), False)
            self._agenda_offer = (carry.target, carry.title, closed)
        self.acted.emit(self.tr("“{title}” is in the forward plan {where}").format(
            title=carry.title, where=self.tr("on the meeting {date}").format(date=_on(carry.target))
            if carry.target
            else self.tr("among the points awaiting a date")))
        self._acted(None, self.follow)

    def _put_on_agenda(self) -> None:
        offer, self._agenda_offer = self._agenda_offer, None
        meeting = self.document.meeting
        if offer is None or meeting is None:
            return
        date, title, closed = offer
        self.ctx.proceedings.add_to_agenda(meeting.board, date, title, closed=closed)
        self.ctx.signals.meeting_changed.emit(meeting.board, date, self)
        self.acted.emit(self.tr("“{title}” is on the agenda of {date}").format(
            title=title, date=_on(date)))
        self._show_rows()
        self._asked = None
        self.refresh()

    def _add_follow_up(self, follow: FollowUp) -> None:
        meeting = self.document.meeting
        if meeting is None or self.uid is None:
            return
        self.ctx.followups.add(meeting.board, meeting.date, self.uid, follow.owner, follow.task)
        self.ctx.signals.followups_changed.emit(self)
        self.acted.emit(self.tr("Follow-up added: {owner}").format(owner=follow.owner))
        self._acted(self.carry, [f for f in self.follow if f != follow])

    def _acted(self, carry: CarryOverProposal | None, follow: list[FollowUp]) -> None:
        """What was done goes from the bar at once; then the database is asked again."""
        self._show(carry, follow)
        self._asked = None
        self.refresh()
