"""The meeting open in the window: one in-memory copy every pane reads, saved through services.

Structural edits replace the whole meeting (through undo commands); decisions typed live are
kept here at once and saved alone, debounced, so typing never waits for the disk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from dirdesk.domain.model import Meeting
from dirdesk.gui.context import AppContext

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 600
"""A pause in typing this long saves the decision (the promise is: within about a second)."""
AUTOSAVE_MAX_WAIT_MS = 900
"""Typing without a pause saves at least this often: nothing typed waits longer for the disk."""


class OpenMeeting(QObject):
    """The open meeting; ``changed`` says a new version is in place and who made it."""

    changed = Signal(object)  # initiator
    saved = Signal(object)  # datetime of the last successful save
    save_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self._pending: dict[str, str | None] = {}  # item uid -> decision not yet saved
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(AUTOSAVE_MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)

    # --- opening ----------------------------------------------------------------------------

    def open(self, board: str, date: dt.date) -> None:
        self.flush()
        self.meeting = self.ctx.meetings.get(date, board)
        self.changed.emit(None)
        self.ctx.signals.meeting_opened.emit(board, date)

    def reload(self) -> None:
        if self.meeting is not None:
            self.flush()
            self.meeting = self.ctx.meetings.get(self.meeting.date, self.meeting.board)
            self.changed.emit(None)

    # --- structural edits (called by undo commands) -----------------------------------------

    def replace(self, meeting: Meeting, initiator: object = None) -> None:
        """Put ``meeting`` in place and store it; typed decisions are kept, not rolled back."""
        self.flush()
        if self.meeting is not None:
            typed = {item.uid: item.decision for item in self.meeting.items}
            meeting = dataclasses.replace(meeting, items=tuple(
                dataclasses.replace(item, decision=typed.get(item.uid, item.decision))
                for item in meeting.items))
        self.ctx.meetings.save(meeting)
        self.meeting = meeting
        self.changed.emit(initiator)
        self.ctx.signals.meeting_changed.emit(meeting.board, meeting.date, initiator)

    # --- decisions (live) -------------------------------------------------------------------

    def set_decision(self, uid: str, text: str) -> None:
        """Keep a decision as typed; it is saved after a short pause or on ``flush``."""
        if self.meeting is None:
            return
        value = text if text.strip() else None
        self.meeting = dataclasses.replace(self.meeting, items=tuple(
            dataclasses.replace(item, decision=value) if item.uid == uid else item
            for item in self.meeting.items))
        if not self._pending:
            self._deadline.start()
        self._pending[uid] = value
        self._timer.start()

    def flush(self) -> None:
        """Save every decision typed since the last save, now."""
        self._timer.stop()
        self._deadline.stop()
        if not self._pending or self.meeting is None:
            return
        pending, self._pending = self._pending, {}
        try:
            for uid, text in pending.items():
                self.ctx.meetings.set_decision(self.meeting.board, self.meeting.date, uid, text)
        except Exception as exc:  # keep the text and try again at the next pause
            log.exception("saving a decision failed")
            for uid, text in pending.items():
                self._pending.setdefault(uid, text)
            self._timer.start(2000)
            self.save_failed.emit(str(exc))
            return
        self.saved.emit(dt.datetime.now())

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending)
