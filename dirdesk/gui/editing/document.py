"""The meeting open in the window: one in-memory copy every pane reads, saved through services.

Structural edits replace the whole meeting (undo commands), decisions typed live are kept here:
both show at once and are saved on a thread of their own (``Writer``, ``saves.py``), one save
at a time in the order made, so neither a moved row nor typing waits for the disk (a commit
waits for it to confirm the write: usually a few ms, now and then tens). Edits made while a
save is under way are saved together after it; a clash with someone else's save is asked on
the window's thread. ``flush`` saves everything now and returns when it is stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Callable, Hashable
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from dirdesk.domain.changes import differences
from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.model import Meeting, MeetingStatus, is_read_only
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing import saves
from dirdesk.gui.editing.commands import EditMeeting
from dirdesk.gui.editing.saves import DecisionsJob, Job, MeetingJob, Written, with_decision
from dirdesk.gui.editing.writer import Failed, Writer
from dirdesk.services.meetings import DecisionChanged, MeetingChanged, MeetingSigned

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 600
"""A pause in typing this long saves the decision (the promise is: within about a second)."""
AUTOSAVE_MAX_WAIT_MS = 900
"""Typing without a pause saves at least this often: nothing typed waits longer for the disk."""
FLUSH_WAIT_S = 10.0
"""``flush`` waits at most this long for the saves under way; past it the change stays pending."""
RETRY_MS = 2000
"""A save that failed is tried again after this long (and by ``flush``)."""


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
        self._dirty = False  # a structural edit not yet handed to the writer
        self._initiator: object = None  # who made it (said with meeting_changed once stored)
        self._force = False  # the user chose to keep mine over theirs: the next save overwrites
        self._asking = False  # a clash is being asked about: nothing more is handed on
        # One writer thread: saves stay in the order they were made, each known by its id.
        self.writer = Writer(self)
        self._writing: Job | None = None  # the one save under way
        self.writer.finished.connect(self._finish_background)

    # --- opening ----------------------------------------------------------------------------

    def open(self, board: str, date: dt.date) -> None:
        self.flush()
        if self.has_unsaved:  # the save failed or the disk stalled: nothing is dropped
            raise UserError(Message("The last changes to the meeting open could not be saved "
                                    "yet; it stays open, nothing lost. dirdesk tries again."))
        self._pending, self._dirty, self._force = {}, False, False
        self.meeting = self.base = self.ctx.meetings.get(date, board)
        self.edit_chosen = False  # a signed or past meeting opens read-only
        self.ctx.editing.activate(self.key)  # its own undo history, never another meeting's
        self.changed.emit(None)
        self.ctx.signals.meeting_opened.emit(board, date)
        QTimer.singleShot(0, saves.settle_memory)  # once the meeting is on the screen

    def _take(self, theirs: Meeting, why: str) -> None:
        """Put someone else's stored copy in place; the undo history no longer applies."""
        self._pending, self._dirty, self._force = {}, False, False  # theirs, as chosen
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
        if after == before and saves.uids(after) == saves.uids(before):  # (an item's uid is not compared)
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
        """Put ``meeting`` in place at once and hand it to the writer; typed decisions are
        kept, not rolled back.

        False if it was not put in place: a signed REFERAT the user chose not to change. Called
        by undo commands: what editors held was committed before the command began. A clash
        with someone else's save is asked when the writer reports it (``_take_meeting``).
        """
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
        self.meeting = meeting
        self._dirty, self._initiator = True, initiator
        self.changed.emit(initiator)
        self._save_in_background()  # now, or as soon as the save under way is done
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
        """Hand the writer what changed since the last save: the whole meeting after a
        structural edit (the decisions typed are in it), else the decisions typed."""
        if self._writing is not None:  # one save under way: this one follows it
            if not self._dirty:
                self._timer.start()
            return
        if self._asking or self.meeting is None or self.base is None:
            return
        if self._dirty:
            self._save_meeting_in_background()
            return
        if not self._pending:
            return
        self._deadline.stop()
        pending, self._pending = self._pending, {}
        stored = {item.uid: item.decision for item in self.base.items}
        bases = {uid: stored.get(uid) for uid in pending}
        meetings, board, date = self.ctx.meetings, self.meeting.board, self.meeting.date
        request = self.writer.submit(
            lambda: saves.write_decisions(meetings, board, date, pending, bases))
        self._writing = DecisionsJob(request, self.key, pending)

    def _save_meeting_in_background(self) -> None:
        assert self.meeting is not None and self.base is not None
        self._timer.stop()
        self._deadline.stop()
        # Based on the copy last stored; what is typed is in it, so nothing typed is pending.
        meeting = dataclasses.replace(self.meeting, revision=self.base.revision)
        base, force, meetings = self.base, self._force, self.ctx.meetings
        self._pending, self._dirty, self._force = {}, False, False
        request = self.writer.submit(lambda: meetings.save(meeting, base=base, force=force))
        self._writing = MeetingJob(request, self.key, meeting, self._initiator)

    def _finish_background(self, request: int, outcome: object) -> None:
        # Edits made meanwhile are saved together now (a failed save waits for its retry).
        if (self._writing is not None and self._writing.request == request
                and self._take_outcome(outcome) and self._dirty and self._writing is None):
            self._save_in_background()

    def _take_outcome(self, outcome: object) -> bool:
        """The outcome of the save under way, on the window's thread; False if it failed."""
        job, self._writing = self._writing, None
        assert job is not None
        if job.key != self.key:  # another meeting is open now (``flush`` gave up waiting)
            return True
        if isinstance(job, MeetingJob):
            return self._take_meeting(job, outcome)
        return self._take_written(job.pending, outcome)

    def _take_meeting(self, job: MeetingJob, outcome: object) -> bool:
        """The whole meeting stored, or why not: a clash is asked, a failure tried again."""
        assert self.meeting is not None
        error = outcome.error if isinstance(outcome, Failed) else None
        if isinstance(error, MeetingChanged):
            self._asking = True  # a dialog may open: edits made meanwhile wait for the answer
            try:
                keep = self.resolve_conflict(error)
            finally:
                self._asking = False
            self._dirty = self._force = keep  # mine again, now over theirs
            if not keep:
                self._take(error.theirs, "; ".join(error.changes))
            return True
        if isinstance(error, MeetingSigned):  # signed meanwhile elsewhere: it is shown as signed
            self._take(self.ctx.meetings.get(job.meeting.date, job.meeting.board), str(error))
            return True
        if error is not None:  # keep the change and try again in a while
            log.error("saving the meeting failed", exc_info=error)
            self._dirty = True
            self._timer.start(RETRY_MS)
            self.save_failed.emit(str(error))
            return False
        stored = cast(Meeting, outcome)
        self.base = stored
        self.meeting = dataclasses.replace(self.meeting, revision=stored.revision)
        self.saved.emit(dt.datetime.now())
        self.ctx.signals.meeting_changed.emit(stored.board, stored.date, job.initiator)
        return True

    def _take_written(self, pending: dict[str, str | None], outcome: object) -> bool:
        """The outcome of a background save of decisions; False if it failed."""
        if isinstance(outcome, Failed):  # keep the text and try again at the next pause
            exc = outcome.error
            log.error("saving a decision failed", exc_info=exc)
            for uid, text in pending.items():
                self._pending.setdefault(uid, text)  # what was typed since stays newer
            self._timer.start(RETRY_MS)
            self.save_failed.emit(str(exc))
            return False
        written, conflict = cast(Written, outcome)  # what write_decisions returns
        overtaken = False
        for uid, text, revision in written:
            overtaken |= self._stored(uid, text, revision)
        if conflict is not None:  # someone else saved that decision: asked on this thread
            for uid in list(pending)[len(written):]:
                self._pending.setdefault(uid, pending[uid])
            self._save_decisions()
            return True
        self.saved.emit(dt.datetime.now())
        if overtaken:
            self._take_theirs_if_changed()
        return True

    def flush(self) -> None:
        """Commit what editors hold and save every edit and decision not yet stored, now;
        returns once it is stored (or, on a stalled disk, after ``FLUSH_WAIT_S``)."""
        self.commit_pending()
        self._save_decisions()

    def _save_decisions(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        if not self.wait_for_saves():
            return
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
            self._timer.start(RETRY_MS)
            self.save_failed.emit(str(exc))
            return
        self.saved.emit(dt.datetime.now())
        if overtaken:
            self._take_theirs_if_changed()

    def wait_for_saves(self) -> bool:
        """Wait (bounded) for the save under way and every structural edit after it; False if
        one failed, or the disk did not answer in time (the window goes on; it is said)."""
        until = time.monotonic() + FLUSH_WAIT_S
        while self._writing is not None or (self._dirty and not self._asking):
            if self._writing is None:
                self._save_meeting_in_background()
            assert self._writing is not None
            done, outcome = self.writer.wait(self._writing.request,
                                             max(0.0, until - time.monotonic()))
            if not done:  # a stalled disk: the save reports when done
                self.save_failed.emit(self.tr("the disk has not answered for {n} s").format(
                    n=int(FLUSH_WAIT_S)))
                return False
            if not self._take_outcome(outcome):
                return False
        return True

    def _take_theirs_if_changed(self) -> None:
        """Someone else saved the meeting meanwhile: take their copy in (unless a structural
        edit of mine waits to be saved: its save finds the clash and asks)."""
        assert self.meeting is not None
        if self._dirty:
            return
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
                self.meeting = with_decision(self.meeting, uid, text)
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
        if overtaken and self._dirty:  # the structural save waiting must find the clash
            revision = self.base.revision
        self.base = with_decision(self.base, uid, text, revision)
        self.meeting = dataclasses.replace(self.meeting, revision=revision)
        return overtaken

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending) or self._dirty or self._writing is not None

