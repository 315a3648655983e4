"""The meeting open in the window: one in-memory copy every pane reads, saved through services.

Structural edits replace the whole meeting (through undo commands); decisions typed live are
kept here at once and saved alone, debounced, on a thread of their own, so typing never waits
for the disk (a commit waits for the disk to confirm the write: usually a few milliseconds,
now and then a stall of tens). ``flush`` saves everything now and returns when it is stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import logging
from collections.abc import Callable, Hashable
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from dirdesk.domain.changes import differences
from dirdesk.domain.model import Meeting, MeetingStatus, is_read_only
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing.commands import EditMeeting
from dirdesk.gui.editing.writer import Failed, Writer
from dirdesk.services.meetings import DecisionChanged, MeetingChanged, MeetingService

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 600
"""A pause in typing this long saves the decision (the promise is: within about a second)."""
AUTOSAVE_MAX_WAIT_MS = 900
"""Typing without a pause saves at least this often: nothing typed waits longer for the disk."""
FLUSH_WAIT_S = 10.0
"""``flush`` waits at most this long for a save under way; past it the text stays pending."""


ConflictResolver = Callable[[MeetingChanged], bool]
"""Asked when someone else saved the meeting first: True keeps mine, False takes theirs."""
DecisionResolver = Callable[[DecisionChanged, str | None], bool]
"""Asked when someone else saved the same decision first: True keeps mine."""
VersionAsker = Callable[[Meeting], str | None]
"""Asked before the first change of a signed REFERAT: the reason for a new version, or None."""


class OpenMeeting(QObject):
    """The open meeting; ``changed`` says a new version is in place and who made it.

    It remembers the revision it was read at (``meeting.revision``) and the copy its edits
    are based on (``base``): a save that someone else's overtook is never written silently;
    ``resolve_conflict`` decides (the window asks the user).
    """

    changed = Signal(object)  # initiator
    saved = Signal(object)  # datetime of the last successful save
    save_failed = Signal(str)
    reloaded = Signal(str)  # why: someone else's change was taken in

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.base: Meeting | None = None  # as stored at self.meeting.revision
        self.resolve_conflict: ConflictResolver = lambda conflict: False
        self.resolve_decision: DecisionResolver = lambda conflict, mine: True
        self.ask_new_version: VersionAsker = lambda meeting: None
        self.edit_chosen = False  # the user chose to edit the signed or past meeting open
        self._pending: dict[str, str | None] = {}  # item uid -> decision not yet saved
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_in_background)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(AUTOSAVE_MAX_WAIT_MS)
        self._deadline.timeout.connect(self._save_in_background)
        # One writer thread: saves stay in the order they were made, each known by its id.
        self.writer = Writer(self)
        self._writing: tuple[int, dict[str, str | None]] | None = None  # request, decisions
        self.writer.finished.connect(self._finish_background)

    # --- opening ----------------------------------------------------------------------------

    def open(self, board: str, date: dt.date) -> None:
        self.flush()
        self.meeting = self.base = self.ctx.meetings.get(date, board)
        self.edit_chosen = False  # a signed or past meeting opens read-only
        self.ctx.editing.activate(self.key)  # its own undo history, never another meeting's
        self.changed.emit(None)
        self.ctx.signals.meeting_opened.emit(board, date)
        QTimer.singleShot(0, _settle_memory)  # once the meeting is on the screen

    def reload(self) -> None:
        if self.meeting is not None:
            self.flush()
            self.meeting = self.base = self.ctx.meetings.get(self.meeting.date, self.meeting.board)
            self.changed.emit(None)

    def _take(self, theirs: Meeting, why: str) -> None:
        """Put someone else's stored copy in place; the undo history no longer applies."""
        self.meeting = self.base = theirs
        # This meeting's history only; not from inside an undo command's redo.
        QTimer.singleShot(0, self.ctx.editing.stack(self.key).clear)
        self.changed.emit(None)
        self.ctx.signals.meeting_changed.emit(theirs.board, theirs.date, None)
        self.reloaded.emit(why)

    # --- structural edits -------------------------------------------------------------------

    @property
    def key(self) -> Hashable:
        """The open meeting's undo stack in the window's group."""
        meeting = self.meeting
        return None if meeting is None else ("meeting", meeting.board, meeting.date)

    def commit_pending(self) -> None:
        """What any editor holds uncommitted, handed on now (the window's one way out)."""
        self.ctx.editing.commit_pending()

    def edit(self, change: Callable[[Meeting], Meeting], label: str, initiator: object = None,
             merge_key: str | None = None) -> None:
        """One undoable edit: ``change`` applied to the meeting as it is once every pending edit
        is committed (so an action never works on a copy older than what was typed)."""
        self.commit_pending()
        before = self.meeting
        if before is None:
            return
        after = change(before)
        if after == before and _uids(after) == _uids(before):  # (an item's uid is not compared)
            return
        self.ctx.editing.push(self.key, EditMeeting(self, before, after, label, initiator,
                                                    merge_key))

    @property
    def signed(self) -> bool:
        return self.meeting is not None and self.meeting.status is MeetingStatus.MINUTES_SIGNED

    @property
    def read_only(self) -> bool:
        """A signed or past meeting is shown as it is until the user chooses to edit it."""
        return (self.meeting is not None and not self.edit_chosen
                and is_read_only(self.meeting, self.ctx.today))

    def choose_to_edit(self) -> bool:
        """The explicit choice to edit: a signed REFERAT first asks why and becomes a new
        version; a past meeting just opens for editing. False if the user said no."""
        if self.meeting is None:
            return False
        self.flush()
        if self.signed and not self._unlock():
            return False
        self.edit_chosen = True
        self.changed.emit(None)
        return True

    def _refuse_if_read_only(self) -> bool:
        """True (and every field shown as stored again) if the meeting may not be changed now."""
        if not self.read_only:
            return False
        self.changed.emit(None)
        return True

    def _unlock(self) -> bool:
        """Before changing a signed REFERAT: ask why, and keep the signed one as its version."""
        assert self.meeting is not None
        reason = self.ask_new_version(self.meeting)
        if reason is None:
            self.changed.emit(None)  # put the signed text back in every field
            return False
        self.meeting = self.base = self.ctx.meetings.new_version(
            self.meeting.board, self.meeting.date, reason)
        self.ctx.signals.status_message.emit(
            self.tr("Version {n} created; sign the minutes again").format(n=self.meeting.version))
        return True

    def replace(self, meeting: Meeting, initiator: object = None) -> bool:
        """Put ``meeting`` in place and store it; typed decisions are kept, not rolled back.

        False if it was not put in place: a signed REFERAT the user chose not to change, or
        someone else's copy taken instead. Called by undo commands: what editors held was
        committed before the command began.
        """
        self._save_decisions()
        if self._refuse_if_read_only():
            return False
        if self.signed and meeting.status is MeetingStatus.MINUTES_SIGNED:
            if not self._unlock():
                return False
            meeting = dataclasses.replace(meeting, status=MeetingStatus.HELD)
        if self.meeting is not None:
            # An undo step holds the whole meeting; its status and version are not edits (an
            # edit undone after the agenda was issued leaves it issued), nor are the decisions.
            typed = {item.uid: item.decision for item in self.meeting.items}
            meeting = dataclasses.replace(meeting, revision=self.meeting.revision,
                                          version=self.meeting.version,
                                          status=self.meeting.status, items=tuple(
                dataclasses.replace(item, decision=typed.get(item.uid, item.decision))
                for item in meeting.items))
        try:
            stored = self.ctx.meetings.save(meeting, base=self.base)
        except MeetingChanged as conflict:
            if not self.resolve_conflict(conflict):
                self._take(conflict.theirs, "; ".join(conflict.changes))
                return False
            stored = self.ctx.meetings.save(meeting, force=True)
        self.meeting = self.base = stored
        self.changed.emit(initiator)
        self.ctx.signals.meeting_changed.emit(meeting.board, meeting.date, initiator)
        return True

    def set_status(self, status: MeetingStatus) -> None:
        """Move the meeting on in its life (agenda issued, held, minutes signed)."""
        if self.meeting is None:
            return
        self.flush()
        self.ctx.meetings.set_status(self.meeting.board, self.meeting.date, status)
        if status is MeetingStatus.MINUTES_SIGNED:
            self.edit_chosen = False  # signed: read-only again
        self.meeting = self.base = self.ctx.meetings.get(self.meeting.date, self.meeting.board)
        self.changed.emit(None)
        self.ctx.signals.meeting_changed.emit(self.meeting.board, self.meeting.date, None)

    # --- decisions (live) -------------------------------------------------------------------

    def set_decision(self, uid: str, text: str) -> None:
        """Keep a decision as typed; it is saved after a short pause or on ``flush``."""
        if self.meeting is None:
            return
        value = text if text.strip() else None
        current = next((i.decision for i in self.meeting.items if i.uid == uid), None)
        if value == current:
            return
        if self._refuse_if_read_only():
            return
        if self.signed and not self._unlock():
            return
        self.meeting = dataclasses.replace(self.meeting, items=tuple(
            dataclasses.replace(item, decision=value) if item.uid == uid else item
            for item in self.meeting.items))
        if not self._pending:
            self._deadline.start()
        self._pending[uid] = value
        self._timer.start()

    def _save_in_background(self) -> None:
        """The pause in typing: hand the decisions typed since the last save to the writer."""
        if self._writing is not None:  # one save under way: this one follows it
            self._timer.start()
            return
        if not self._pending or self.meeting is None or self.base is None:
            return
        self._deadline.stop()
        pending, self._pending = self._pending, {}
        stored = {item.uid: item.decision for item in self.base.items}
        bases = {uid: stored.get(uid) for uid in pending}
        meetings, board, date = self.ctx.meetings, self.meeting.board, self.meeting.date
        request = self.writer.submit(
            lambda: _write_decisions(meetings, board, date, pending, bases))
        self._writing = (request, pending)

    def _finish_background(self, request: int, outcome: object) -> None:
        if self._writing is not None and self._writing[0] == request:
            pending = self._writing[1]
            self._writing = None
            self._take_written(pending, outcome)

    def _take_written(self, pending: dict[str, str | None], outcome: object) -> None:
        """The outcome of a background save, on the window's thread."""
        if isinstance(outcome, Failed):  # keep the text and try again at the next pause
            exc = outcome.error
            log.error("saving a decision failed", exc_info=exc)
            for uid, text in pending.items():
                self._pending.setdefault(uid, text)  # what was typed since stays newer
            self._timer.start(2000)
            self.save_failed.emit(str(exc))
            return
        written, conflict = cast(_Written, outcome)  # what _write_decisions returns
        overtaken = False
        for uid, text, revision in written:
            overtaken |= self._stored(uid, text, revision)
        if conflict is not None:  # someone else saved that decision: asked on this thread
            for uid in list(pending)[len(written):]:
                self._pending.setdefault(uid, pending[uid])
            self._save_decisions()
            return
        self.saved.emit(dt.datetime.now())
        if overtaken:
            self._take_theirs_if_changed()

    def flush(self) -> None:
        """Commit what editors hold and save every decision typed since the last save, now;
        returns once it is stored."""
        self.commit_pending()
        self._save_decisions()

    def _save_decisions(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        if self._writing is not None:  # wait for the save under way, then the rest
            request, pending = self._writing
            done, outcome = self.writer.wait(request, FLUSH_WAIT_S)
            if not done:  # a stalled disk: the window goes on; the save reports when done
                self.save_failed.emit(self.tr("the disk has not answered for {n} s").format(
                    n=int(FLUSH_WAIT_S)))
                return
            self._writing = None
            self._take_written(pending, outcome)
        if not self._pending or self.meeting is None:
            return
        pending, self._pending = self._pending, {}
        overtaken = False
        try:
            for uid, text in pending.items():
                overtaken |= self._save_decision(uid, text)
        except Exception as exc:  # keep the text and try again at the next pause
            log.exception("saving a decision failed")
            for uid, text in pending.items():
                self._pending.setdefault(uid, text)
            self._timer.start(2000)
            self.save_failed.emit(str(exc))
            return
        self.saved.emit(dt.datetime.now())
        if overtaken:
            self._take_theirs_if_changed()

    def _take_theirs_if_changed(self) -> None:
        """Someone else saved the meeting meanwhile: take their copy in."""
        assert self.meeting is not None
        theirs = self.ctx.meetings.get(self.meeting.date, self.meeting.board)
        if differences(self.meeting, theirs):
            self._take(theirs, "; ".join(differences(self.meeting, theirs)))
        else:
            self.meeting = self.base = theirs

    def _save_decision(self, uid: str, text: str | None) -> bool:
        """Save one decision based on the text last stored; True if others saved meanwhile."""
        assert self.meeting is not None and self.base is not None
        board, date = self.meeting.board, self.meeting.date
        stored = next((i.decision for i in self.base.items if i.uid == uid), None)
        try:
            revision = self.ctx.meetings.set_decision(board, date, uid, text, base=stored)
        except DecisionChanged as conflict:
            if not self.resolve_decision(conflict, text):
                text = conflict.theirs
                self.meeting = _with_decision(self.meeting, uid, text)
                revision = self.ctx.meetings.set_decision(board, date, uid, text)
                self.changed.emit(None)
            else:
                revision = self.ctx.meetings.set_decision(board, date, uid, text,
                                                          base=conflict.theirs)
        return self._stored(uid, text, revision)

    def _stored(self, uid: str, text: str | None, revision: int) -> bool:
        """``text`` is stored for ``uid`` at ``revision``; True if others saved meanwhile."""
        assert self.meeting is not None and self.base is not None
        overtaken = revision != self.base.revision + 1
        self.base = _with_decision(self.base, uid, text, revision)
        self.meeting = dataclasses.replace(self.meeting, revision=revision)
        return overtaken

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending) or self._writing is not None


def _uids(meeting: Meeting) -> list[str]:
    return [item.uid for item in meeting.items]


def _with_decision(meeting: Meeting, uid: str, text: str | None, revision: int | None = None) -> Meeting:
    return dataclasses.replace(
        meeting, revision=meeting.revision if revision is None else revision,
        items=tuple(dataclasses.replace(item, decision=text) if item.uid == uid else item
                    for item in meeting.items))


def _settle_memory() -> None:
    """Collect now, then keep what is alive out of later collections.

    Python's full collection walks every object the program holds (the window, SQLAlchemy's
    caches, the open meeting): about 50 ms here, at a moment nobody chooses — in the middle
    of typing a decision. Done once when a meeting has been opened, later collections walk
    only what was made since, a millisecond or two.
    """
    gc.collect()
    gc.freeze()


_Written = tuple[list[tuple[str, str | None, int]], DecisionChanged | None]
"""(uid, text, revision) of each decision stored, and the conflict that stopped the rest."""


def _write_decisions(meetings: MeetingService, board: str, date: dt.date,
                     pending: dict[str, str | None], bases: dict[str, str | None]) -> _Written:
    """On the writer thread: store each decision, based on the text last stored for it. A
    decision someone else changed stops here; the window asks the user about it."""
    written: list[tuple[str, str | None, int]] = []
    for uid, text in pending.items():
        try:
            revision = meetings.set_decision(board, date, uid, text, base=bases[uid])
        except DecisionChanged as conflict:
            return written, conflict
        written.append((uid, text, revision))
    return written, None
