"""What a decision implies, offered under the decision field: carry the item over, follow-ups.

Nothing happens without a click: the bar only proposes, never takes the focus from typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from dirdesk.domain.decisions import FollowUp
from dirdesk.gui.context import AppContext
from dirdesk.gui.document import OpenMeeting
from dirdesk.gui.formats import long_date
from dirdesk.services.followups import CarryOverProposal

PROPOSAL_DELAY_MS = 700


def _on(date: object) -> str:
    """``onsdag den 20. november 2024``: the long date inside a sentence."""
    text = long_date(date)  # type: ignore[arg-type]
    return text[:1].lower() + text[1:]


class ProposalBar(QFrame):
    """Proposals for the current item's decision; hidden when there are none."""

    acted = Signal(str)  # what was done, for the status bar

    def __init__(self, ctx: AppContext, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document = ctx, document
        self.setObjectName("proposalBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#proposalBar { background: #fff8dc; border: 1px solid #e0c97a; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 4, 8, 4)
        self.uid: str | None = None
        self.carry: CarryOverProposal | None = None
        self.follow: list[FollowUp] = []
        self.buttons: list[QPushButton] = []
        self._dismissed: set[tuple[str, str]] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROPOSAL_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def schedule(self, uid: str | None) -> None:
        """The decision of ``uid`` was typed: look again after a pause."""
        if uid != self.uid:
            self.uid = uid
            self.refresh()
        else:
            self._timer.start()

    def _decision(self) -> str | None:
        meeting = self.document.meeting
        if meeting is None or self.uid is None:
            return None
        return next((i.decision for i in meeting.items if i.uid == self.uid), None)

    def refresh(self) -> None:
        self._timer.stop()
        meeting, decision = self.document.meeting, self._decision()
        self.carry, self.follow = None, []
        if meeting is not None and self.uid is not None and decision:
            self.document.flush()  # proposals read the stored meeting
            self.carry = self.ctx.carry_over.proposal(meeting.board, meeting.date, self.uid, decision)
            self.follow = self.ctx.followups.proposals(meeting.board, meeting.date, self.uid, decision)
        if self.carry is not None and (self.uid or "", "carry") in self._dismissed:
            self.carry = None
        self.follow = [f for f in self.follow if (self.uid or "", f.owner) not in self._dismissed]
        self._rebuild()

    def _rebuild(self) -> None:
        while self.rows.count():
            row = self.rows.takeAt(0)
            layout = row.layout()
            if layout is not None:
                while layout.count():
                    widget = layout.takeAt(0).widget()
                    if widget is not None:
                        widget.deleteLater()
        self.buttons = []
        if self.carry is not None:
            where = (self.tr("on the meeting {date}").format(date=_on(self.carry.target))
                     if self.carry.target else self.tr("among the points awaiting a date"))
            self._row(self.tr("The decision postpones the item (“{words}”).").format(
                words=self.carry.wording), self.tr("Put it in the forward plan {where}").format(where=where),
                self._carry, "carry")
        for follow in self.follow:
            text = self.tr("{owner} follows up").format(owner=follow.owner)
            if follow.task:
                text += f": {follow.task}"
            self._row(text, self.tr("Add to the follow-up list"),
                      lambda _=False, f=follow: self._add_follow_up(f), follow.owner)
        self.setVisible(bool(self.buttons))

    def _row(self, text: str, action: str, slot: object, key: str) -> None:
        row = QHBoxLayout()
        label = QLabel(text, self)
        label.setWordWrap(True)
        button = QPushButton(action, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the keys from the decision
        button.clicked.connect(slot)
        dismiss = QToolButton(self)
        dismiss.setText("✕")
        dismiss.setToolTip(self.tr("Not now"))
        dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        dismiss.clicked.connect(lambda _=False, k=key: self._dismiss(k))
        row.addWidget(label, 1)
        row.addWidget(button)
        row.addWidget(dismiss)
        self.rows.addLayout(row)
        self.buttons.append(button)

    def _dismiss(self, key: str) -> None:
        self._dismissed.add((self.uid or "", key))
        self.refresh()

    def _carry(self) -> None:
        meeting, carry = self.document.meeting, self.carry
        if meeting is None or carry is None or self.uid is None:
            return
        self.ctx.carry_over.carry(meeting.board, meeting.date, self.uid, carry.target)
        self.ctx.signals.plan_changed.emit(self)
        self.acted.emit(self.tr("“{title}” is in the forward plan {where}").format(
            title=carry.title, where=self.tr("on the meeting {date}").format(date=_on(carry.target))
            if carry.target
            else self.tr("among the points awaiting a date")))
        self.refresh()

    def _add_follow_up(self, follow: FollowUp) -> None:
        meeting = self.document.meeting
        if meeting is None or self.uid is None:
            return
        self.ctx.followups.add(meeting.board, meeting.date, self.uid, follow.owner, follow.task)
        self.ctx.signals.followups_changed.emit(self)
        self.acted.emit(self.tr("Follow-up added: {owner}").format(owner=follow.owner))
        self.refresh()
