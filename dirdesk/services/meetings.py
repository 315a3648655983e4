"""Meeting use cases: import a meeting file, dump a meeting, list and fetch meetings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
from collections.abc import Sequence
from dataclasses import dataclass

from dirdesk.domain.changes import differences
from dirdesk.domain.drafting import draft_meeting
from dirdesk.domain.forward_plan import closed_period_between
from dirdesk.domain.interchange import meeting_document, meeting_from_document
from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.model import Board, Meeting, MeetingStatus, PlanRow
from dirdesk.domain.search import SearchHit
from dirdesk.services.political import with_item_one
from dirdesk.storage import search_repository
from dirdesk.storage.database import Database
from dirdesk.storage.repository import (
    BoardRepository,
    MeetingRepository,
    MeetingSummary,
    PlanRepository,
    StaleDecision,
    StaleMeeting,
)


class MeetingExists(UserError):
    """A meeting with content already stands on that board and date."""

    def __init__(self, board: str, date: dt.date) -> None:
        super().__init__(Message("{board} already has a meeting on {date}; use --replace to replace it",
                                 board=board, date=date))
        self.board, self.date = board, date


class MeetingNotFound(UserError):
    def __init__(self, date: dt.date, board: str | None = None) -> None:
        super().__init__(Message("{board} has no meeting on {date}", board=board, date=date) if board
                         else Message("there is no meeting on {date}", date=date))


class AmbiguousDate(UserError):
    def __init__(self, date: dt.date, boards: Sequence[str]) -> None:
        names = ", ".join(boards)
        super().__init__(Message("several boards meet on {date} ({names}); name one with --board",
                                 date=date, names=names))


class MeetingChanged(UserError):
    """Someone else saved the meeting after it was read: their copy and what differs."""

    def __init__(self, theirs: Meeting, changes: Sequence[str], who: str | None,
                 when: dt.datetime | None) -> None:
        by = Message(" by {who}", who=who) if who else ""
        at = (Message(" at {hour}:{minute}:{second}", hour=f"{when:%H}", minute=f"{when:%M}",
                      second=f"{when:%S}") if when else "")
        super().__init__(Message("the meeting on {date} was changed{by}{at} after you opened it",
                                 date=theirs.date, by=by, at=at))
        self.theirs, self.changes, self.who, self.when = theirs, list(changes), who, when


class DecisionChanged(UserError):
    """Someone else saved this item's decision after it was read."""

    def __init__(self, number: int, title: str, theirs: str | None) -> None:
        super().__init__(Message("the decision of item {number} ({title}) was changed by someone else",
                                 number=number, title=title))
        self.number, self.title, self.theirs = number, title, theirs


class ItemRemoved(UserError):
    """The item a decision was typed for is no longer on the meeting (someone else's save)."""

    def __init__(self, date: dt.date) -> None:
        super().__init__(Message("the item was removed from the meeting on {date} by someone else; "
                                 "the decision was not saved", date=date))
        self.date = date


class MeetingSigned(UserError):
    """A signed REFERAT is changed only as a new version, never by accident."""

    def __init__(self, date: dt.date) -> None:
        super().__init__(Message("the minutes of {date} are signed; make a new version to change them",
                                 date=date))


class ImportConflict(UserError):
    """Someone else saved the meeting while the file was being imported: nothing was imported."""

    def __init__(self, board: str, date: dt.date) -> None:
        super().__init__(Message(
            "the meeting of {board} on {date} was changed by someone else during the import; "
            "nothing was imported: import again to replace their version", board=board, date=date))
        self.board, self.date = board, date


class SignedReplace(UserError):
    """``--replace`` over signed minutes: refused, unless the signed content is kept as a version."""

    def __init__(self, date: dt.date, version: int) -> None:
        super().__init__(Message(
            "the minutes of {date} are signed and were not replaced; import with --new-version "
            "REASON to keep them as version {version} and import this as version {next}",
            date=date, version=version, next=version + 1))
        self.date, self.version = date, version


@dataclass(frozen=True, slots=True)
class ImportResult:
    meeting: Meeting
    replaced: bool
    plan_meetings: int  # coming meetings the forward plan now knows of (new ones made)
    points_added: int
    undated_added: int
    periods_added: int
    kept_version: int | None = None  # the signed version kept before this one replaced it


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def import_meeting(self, meeting: Meeting, *, replace: bool = False,
                       new_version: str | None = None) -> ImportResult:
        """Store ``meeting`` and bring its forward plan into the live plan, all or nothing.

        A meeting on the same board and date that has items is replaced only with ``replace``;
        a plan placeholder (no items) is filled in. Planned points already there are not added
        again. The import is a save like any other: based on the revision it found, under the
        meeting-row lock; if someone saved in between, ``ImportConflict`` and nothing is
        written. Signed minutes are replaced only with ``new_version`` (the reason): they are
        kept as their version first (``SignedReplace`` otherwise).
        """
        with self.db.session() as session:
            meetings = MeetingRepository(session)
            state = meetings.state(meeting.board, meeting.date)
            exists = state is not None
            if exists and meetings.has_content(meeting.board, meeting.date) and not replace:
                raise MeetingExists(meeting.board, meeting.date)
            kept: Meeting | None = None
            if state is not None and state[0] is MeetingStatus.MINUTES_SIGNED:
                if not new_version:
                    raise SignedReplace(meeting.date, state[2])
                kept = meetings.get(meeting.board, meeting.date)
            try:
                meetings.save(meeting, expected_revision=state[1] if state else 0)
            except StaleMeeting:
                session.rollback()
                if not replace and meetings.has_content(meeting.board, meeting.date):
                    raise MeetingExists(meeting.board, meeting.date) from None
                raise ImportConflict(meeting.board, meeting.date) from None
            if kept is not None:
                meetings.keep_version(meeting.board, meeting.date, meeting_document(kept), _user(),
                                      new_version)
                meetings.record(meeting.board, meeting.date, "new_version", actor=_user(),
                                detail=f"{kept.version + 1}: {new_version}")
            meetings.record(meeting.board, meeting.date, "replaced" if exists else "imported",
                            actor=_user())
            counts = _merge_plan(PlanRepository(session), meeting)
            stored = meetings.get(meeting.board, meeting.date)
        assert stored is not None
        return ImportResult(stored, exists, *counts,
                            kept_version=None if kept is None else kept.version)

    def get(self, date: dt.date, board: str | None = None) -> Meeting:
        """The meeting on ``date`` (of ``board``, needed only where several boards meet then)."""
        with self.db.session() as session:
            meetings = MeetingRepository(session)
            if board is None:
                boards = meetings.boards_on(date)
                if not boards:
                    raise MeetingNotFound(date)
                if len(boards) > 1:
                    raise AmbiguousDate(date, boards)
                board = boards[0]
            meeting = meetings.get(board, date)
        if meeting is None:
            raise MeetingNotFound(date, board)
        return meeting

    def create_from_plan(self, board: str, date: dt.date) -> Meeting:
        """The agenda of a planned date, drafted from the standing items and planned points."""
        with self.db.session() as session:
            known = BoardRepository(session).get(board)
            if known is None:
                raise MeetingNotFound(date, board)
            meetings = MeetingRepository(session)
            if meetings.has_content(board, date):
                raise MeetingExists(board, date)
            plan = PlanRepository(session).plan(board, date - dt.timedelta(days=1))
            # The grid learns from the last year of meetings as they really ran.
            past = meetings.dates_with_items(board, before=date, last=52)
            history = [h for h in (meetings.get(board, d) for d in past) if h is not None
                       and any(i.started for i in h.items)]
            draft = draft_meeting(known, date, plan, history)
            draft = with_item_one(meetings, known, draft)  # the political calendar
            # Based on the placeholder's revision: of two drafts of one date, one is stored.
            try:
                revision = meetings.save(draft, expected_revision=meetings.revision(board, date))
            except StaleMeeting:
                session.rollback()
                raise MeetingExists(board, date) from None
            meetings.record(board, date, "drafted", actor=_user())
        return dataclasses.replace(draft, revision=revision)

    def save(self, meeting: Meeting, *, base: Meeting | None = None, force: bool = False) -> Meeting:
        """Store an edited meeting (facts, items, grid) as a whole; returns it as stored.

        The save is based on ``meeting.revision``: if someone else saved in the meantime,
        ``MeetingChanged`` says what they changed (against ``base``, the copy the edit
        started from) and nothing is written, unless ``force`` (the user keeps theirs).
        A signed REFERAT is refused (``MeetingSigned``).
        """
        with self.db.session() as session:
            repo = MeetingRepository(session)
            # Status and revision first: the stored content is read only where it is needed.
            state = repo.state(meeting.board, meeting.date)
            if state is not None and state[0] is MeetingStatus.MINUTES_SIGNED:
                stored = repo.get(meeting.board, meeting.date)
                if stored != meeting or state[2] != meeting.version:
                    raise MeetingSigned(meeting.date)
            if state is not None and not force and state[1] != meeting.revision:
                theirs = repo.get(meeting.board, meeting.date)
                assert theirs is not None
                raise self._changed(repo, base or meeting, theirs)
            try:
                # The copy the edit started from is what is stored, if the revision holds.
                known = (base if not force and base is not None
                         and base.revision == meeting.revision else None)
                revision = repo.save(meeting, expected_revision=None if force else meeting.revision,
                                     stored=known)
                repo.record(meeting.board, meeting.date, "changed", actor=_user())
            except StaleMeeting:
                session.rollback()
                theirs = repo.get(meeting.board, meeting.date)
                assert theirs is not None
                raise self._changed(repo, base or meeting, theirs) from None
        return dataclasses.replace(meeting, revision=revision,
                                   version=state[2] if state else meeting.version)

    @staticmethod
    def _changed(repo: MeetingRepository, base: Meeting, theirs: Meeting) -> MeetingChanged:
        history = repo.history(theirs.board, theirs.date)
        when, _kind, who, _detail = history[-1] if history else (None, "", None, None)
        return MeetingChanged(theirs, differences(base, theirs), who or None, when)

    def set_decision(self, board: str, date: dt.date, uid: str, text: str | None,
                     *, base: str | None | object = ...) -> int:
        """Store one item's decision; cheap enough to run on every pause in typing.

        With ``base`` (the text this edit started from) a decision someone else saved
        meanwhile is not overwritten: ``DecisionChanged`` carries theirs. Returns the
        meeting's new revision.
        """
        with self.db.session() as session:
            repo = MeetingRepository(session)
            state = repo.state(board, date)  # not the whole meeting: this runs as the user types
            if state is None:
                raise MeetingNotFound(date, board)
            if state[0] is MeetingStatus.MINUTES_SIGNED:
                raise MeetingSigned(date)
            try:
                revision = repo.set_decision(board, date, uid, text, base=base)
            except KeyError:
                raise ItemRemoved(date) from None
            except StaleDecision as stale:
                stored = repo.get(board, date)
                assert stored is not None
                number, item = next((n, i) for n, i in enumerate(stored.items, 1) if i.uid == uid)
                raise DecisionChanged(number, item.title, stale.stored) from None
            repo.record(board, date, "decision", actor=_user(), detail=uid)
        return revision

    def set_status(self, board: str, date: dt.date, status: MeetingStatus) -> None:
        with self.db.session() as session:
            repo = MeetingRepository(session)
            repo.set_status(board, date, status)
            repo.record(board, date, status.value, actor=_user())

    def new_version(self, board: str, date: dt.date, reason: str) -> Meeting:
        """Open a signed REFERAT for a change: the signed content is kept as its version, the
        meeting gets the next version number and must be signed again."""
        with self.db.session() as session:
            repo = MeetingRepository(session)
            stored = repo.get(board, date)
            if stored is None:
                raise MeetingNotFound(date, board)
            repo.keep_version(board, date, meeting_document(stored), _user(), reason or None)
            repo.set_status(board, date, MeetingStatus.HELD)
            repo.record(board, date, "new_version", actor=_user(),
                        detail=f"{stored.version + 1}: {reason}" if reason else str(stored.version + 1))
            fresh = repo.get(board, date)
        assert fresh is not None
        return fresh

    def versions(self, board: str, date: dt.date) -> list[tuple[int, dt.datetime, str, str | None]]:
        with self.db.session() as session:
            return MeetingRepository(session).versions(board, date)

    def kept_version(self, board: str, date: dt.date, version: int) -> Meeting | None:
        with self.db.session() as session:
            document = MeetingRepository(session).kept_version(board, date, version)
        if document is None:
            return None
        # A version is kept when a signed REFERAT is changed: it is the signed content.
        return dataclasses.replace(meeting_from_document(document),
                                   status=MeetingStatus.MINUTES_SIGNED, version=version)

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Items, sections, decisions, attachments and follow-ups with all the typed words."""
        return search_repository.search(self.db, query, limit)

    def history(self, board: str, date: dt.date) -> list[tuple[dt.datetime, str, str, str | None]]:
        with self.db.session() as session:
            return MeetingRepository(session).history(board, date)

    def summaries(self, board: str | None = None, on: dt.date | None = None, *,
                  after: dt.date | None = None) -> list[MeetingSummary]:
        """Every meeting (of ``board``), the one ``on`` a date, or those ``after`` a date."""
        with self.db.session() as session:
            return MeetingRepository(session).summaries(board, on, after=after)

    def dates_with_items(self, board: str, *, after: dt.date | None = None,
                         before: dt.date | None = None, last: int | None = None) -> list[dt.date]:
        """The dates of ``board``'s meetings that have an agenda (items), in date order, between
        ``after`` and ``before``; ``last``: only the newest so many."""
        with self.db.session() as session:
            return MeetingRepository(session).dates_with_items(board, after=after, before=before,
                                                               last=last)


def _user() -> str:
    return getpass.getuser() if hasattr(getpass, "getuser") else ""


def _merge_plan(plan: PlanRepository, meeting: Meeting) -> tuple[int, int, int, int]:
    """Dated rows become coming meetings with their points; the rest joins the undated list."""
    if meeting.forward_plan is None:
        return 0, 0, 0, 0
    board = Board(name=meeting.board, location=meeting.location,
                  weekday=meeting.date.weekday(), start=meeting.start, end=meeting.end,
                  members=meeting.members)
    rows = meeting.forward_plan.rows
    before, after = _dated_neighbours(rows)
    new_meetings = points_added = periods = 0
    for i, row in enumerate(rows):
        if row.date is None:
            period = closed_period_between(before[i], after[i], row.note or "")
            if period is not None and row.note:
                plan.add_closed_period(meeting.board, period)
                periods += 1
            continue
        if row.date <= meeting.date:
            continue
        known = plan.has_meeting(meeting.board, row.date)
        plan.ensure_meeting(board, row.date)
        new_meetings += not known
        if row.cancelled:
            plan.set_meeting_state(meeting.board, row.date, cancelled=True, reason=row.note)
        elif row.note:
            plan.set_meeting_state(meeting.board, row.date, note=row.note)
        plan.lock(meeting.board, row.date)  # the look-up below holds until the points are added
        new = _new_points(row.points, plan.point_texts(meeting.board, row.date))
        plan.add_points(meeting.board, row.date, new)
        points_added += len(new)
    plan.lock(meeting.board, None)
    new = _new_points(meeting.forward_plan.undated, plan.point_texts(meeting.board, None))
    plan.add_points(meeting.board, None, new)
    return new_meetings, points_added, len(new), periods


def _new_points(points: Sequence[str], there: Sequence[str]) -> list[str]:
    """``points`` not in ``there`` and not twice, in order."""
    seen = set(there)
    new = []
    for point in points:
        if point not in seen:
            seen.add(point)
            new.append(point)
    return new


def _dated_neighbours(rows: Sequence[PlanRow]) -> tuple[list[dt.date | None], list[dt.date | None]]:
    """For each row the date of the nearest dated row before it and after it, in one pass each
    way (looking from every undated row made a plan of undated rows take quadratic time)."""
    before: list[dt.date | None] = []
    last: dt.date | None = None
    for row in rows:
        before.append(last)
        last = row.date if row.date is not None else last
    after: list[dt.date | None] = []
    last = None
    for row in reversed(rows):
        after.append(last)
        last = row.date if row.date is not None else last
    return before, after[::-1]
