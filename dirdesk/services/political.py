"""Political calendar use cases: the committee meetings, .ics import, item 1, the board's .ics."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from dirdesk.domain.ics import CalendarEvent, CalendarFileError, read_calendar, stable_uid, write_calendar
from dirdesk.domain.messages import Message, UserError, marked
from dirdesk.domain.model import Board, Insert, Meeting, MeetingStatus, SectionLike, StandingItem
from dirdesk.domain.political import CommitteeMeeting, item_one_sections, recognise
from dirdesk.storage.calendar_repository import CommitteeMeetingRepository
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository, MeetingRepository

# Item 1 looks ahead to the Council meeting of the next round: at most about two months.
LOOK_AHEAD = dt.timedelta(days=100)
# An all-day event longer than this is a period (a holiday), not a meeting over several days.
LONGEST_MEETING_DAYS = 5
# What the columns hold (tables.CommitteeMeetingRow).
_LIMITS = {"committee": 200, "name": 300, "location": 500, "uid": 500}


class ImportCounts(NamedTuple):
    """What an .ics import did. A meeting already there unchanged counts in none of them."""

    added: int
    updated: int
    skipped: int  # events that are not a political committee's meeting


class CalendarEntryError(UserError):
    """A committee meeting the user typed that cannot be stored."""


class BoardNotFound(UserError):
    def __init__(self, board: str) -> None:
        super().__init__(Message("there is no board called {board!r}", board=board))


def _checked(meeting: CommitteeMeeting) -> CommitteeMeeting:
    if not meeting.committee.strip():
        raise CalendarEntryError(Message("a committee meeting needs a committee"))
    for name, limit in _LIMITS.items():
        value = getattr(meeting, name)
        if value is not None and len(value) > limit:
            raise CalendarEntryError(Message("the {field} is longer than {limit} characters",
                                             field=Message(_FIELDS[name]), limit=limit))
    return dataclasses.replace(meeting, committee=meeting.committee.strip(),
                               name=meeting.name.strip(), location=meeting.location.strip())


_FIELDS = {"committee": marked("committee"), "name": marked("name"), "location": marked("location"),
           "uid": marked("uid")}


def _cut(meeting: CommitteeMeeting) -> CommitteeMeeting:
    """An imported meeting with texts cut to what the columns hold."""
    return dataclasses.replace(
        meeting, committee=meeting.committee[:_LIMITS["committee"]], name=meeting.name[:_LIMITS["name"]],
        location=meeting.location[:_LIMITS["location"]],
        uid=None if meeting.uid is None else meeting.uid[:_LIMITS["uid"]])


def committee_meetings(event: CalendarEvent) -> list[CommitteeMeeting]:
    """The committee meeting(s) a calendar event is, one per day; none if it is not one.

    A meeting over several days (a seminar) is one entry per day, the first under the event's
    UID and the others under ``UID#2``, ``UID#3`` …, so that item 1 prints it as ``d. 27.-28.
    januar`` and importing the file again finds each day.
    """
    found = recognise(event.summary)
    if found is None:
        return []
    code, name = found
    uid = event.uid or stable_uid(event.summary, event.date, "ics.dirdesk")
    days = event.days if len(event.days) <= LONGEST_MEETING_DAYS else [event.date]
    return [_cut(CommitteeMeeting(committee=code, name=name, date=day, start=event.start if n == 1 else None,
                                  location=event.location, uid=uid if n == 1 else f"{uid}#{n}"))
            for n, day in enumerate(days, 1)]


def _neighbours(meetings: MeetingRepository, board: str, date: dt.date) -> tuple[dt.date, dt.date]:
    """The board's meetings before and after ``date`` (a week either side if there are none)."""
    dates = [m.date for m in meetings.summaries(board) if m.status is not MeetingStatus.CANCELLED]
    before = [d for d in dates if d < date]
    after = [d for d in dates if d > date]
    return (max(before) if before else date - dt.timedelta(weeks=1),
            min(after) if after else date + dt.timedelta(weeks=1))


def political_item(board: Board) -> StandingItem | None:
    """The standing item that carries the political calendar: the first one that prints
    nothing generated (the grid and the forward plan items do)."""
    return next((s for s in board.standing_items
                 if not any(isinstance(x, Insert) for x in s.sections)), None)


def _item_one(calendar: CommitteeMeetingRepository, meetings: MeetingRepository, board: Board,
              date: dt.date) -> tuple[SectionLike, ...]:
    standing = political_item(board)
    template = standing.sections if standing else ()
    previous, following = _neighbours(meetings, board.name, date)
    entries = calendar.between(min(previous, date), max(following, date) + LOOK_AHEAD)
    return item_one_sections(template, entries, date, previous, following)


def with_item_one(meetings: MeetingRepository, board: Board, draft: Meeting) -> Meeting:
    """``draft`` with the political calendar written into its first standing item; as it was
    when the calendar is empty. Runs in the caller's unit of work."""
    calendar = CommitteeMeetingRepository(meetings.session)
    standing = political_item(board)
    if standing is None or not calendar.any():
        return draft
    at = next((i for i, item in enumerate(draft.items) if item.title == standing.title), None)
    if at is None:
        return draft
    sections = _item_one(calendar, meetings, board, draft.date)
    items = list(draft.items)
    items[at] = dataclasses.replace(items[at], sections=sections)
    return dataclasses.replace(draft, items=tuple(items))


def meeting_word(board: str) -> str:
    """What a meeting of the board is called in a calendar: ``Direktionsmøde``."""
    return "Direktionsmøde" if board == "Direktionen" else f"Møde i {board}"


def board_event(meeting: Meeting) -> CalendarEvent:
    """The board's meeting as a calendar event. The description lists the open items' titles
    only: a calendar is shared far wider than the members, so nothing of a closed item goes.
    It is made from the published meeting, as every published output is."""
    from dirdesk.export.publish import published  # python-docx only when a calendar is written

    meeting = published(meeting)
    lines = [f"{n}. {item.title}" for n, item in enumerate(meeting.items, 1) if not item.closed]
    description = "Dagsorden:\n" + "\n".join(lines) if lines else ""
    if meeting.status is MeetingStatus.CANCELLED and meeting.cancel_reason:
        description = f"Aflyst: {meeting.cancel_reason}"
    return CalendarEvent(
        date=meeting.date, summary=meeting_word(meeting.board), start=meeting.start, end=meeting.end,
        location=meeting.location, description=description,
        uid=stable_uid(meeting.board, meeting.date), cancelled=meeting.status is MeetingStatus.CANCELLED)


class PoliticalCalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, first: dt.date | None = None, last: dt.date | None = None) -> list[CommitteeMeeting]:
        with self.db.session() as s:
            return CommitteeMeetingRepository(s).between(first, last)

    def add(self, meeting: CommitteeMeeting) -> CommitteeMeeting:
        meeting = _checked(meeting)
        with self.db.session() as s:
            return dataclasses.replace(meeting, id=CommitteeMeetingRepository(s).add(meeting))

    def edit(self, meeting: CommitteeMeeting) -> None:
        meeting = _checked(meeting)
        with self.db.session() as s:
            CommitteeMeetingRepository(s).edit(meeting)

    def remove(self, meeting_id: int) -> bool:
        with self.db.session() as s:
            return CommitteeMeetingRepository(s).delete(meeting_id)

    def import_ics(self, source: Path | str | bytes) -> ImportCounts:
        """Bring an .ics file's committee meetings into the calendar, all or nothing.

        Importing the same file again changes nothing: a meeting is known by its UID. An
        event cancelled in the file removes the meeting; events that are not a committee's
        meeting are skipped and counted. A bad file is a ``CalendarFileError`` naming the line.
        """
        if isinstance(source, bytes):
            return self.import_events(read_calendar(source))
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(Message("{path}: cannot read: {reason}", path=path,
                                    reason=exc.strerror or exc)) from None
        try:
            events = read_calendar(data)
        except CalendarFileError as exc:
            raise exc.named(path.name) from None
        return self.import_events(events)

    def import_events(self, events: Iterable[CalendarEvent]) -> ImportCounts:
        added = updated = skipped = 0
        with self.db.session() as s:
            repo = CommitteeMeetingRepository(s)
            for event in events:
                meetings = committee_meetings(event)
                if not meetings:
                    skipped += 1
                    continue
                if event.cancelled:
                    gone = [repo.delete_uid(m.uid) for m in meetings if m.uid]
                    updated += any(gone)
                    skipped += not any(gone)
                    continue
                results = [repo.upsert(m) for m in meetings]
                added += "added" in results
                updated += "added" not in results and "updated" in results
        return ImportCounts(added, updated, skipped)

    def item_one(self, board: str, date: dt.date) -> tuple[SectionLike, ...]:
        """Item 1's sections for the board's meeting on ``date``, from the political calendar
        and the board's meetings before and after it."""
        with self.db.session() as s:
            known = BoardRepository(s).get(board)
            if known is None:
                raise BoardNotFound(board)
            return _item_one(CommitteeMeetingRepository(s), MeetingRepository(s), known, date)

    def board_meetings(self, board: str, first: dt.date, last: dt.date) -> Sequence[Meeting]:
        with self.db.session() as s:
            repo = MeetingRepository(s)
            found = [repo.get(m.board, m.date) for m in repo.summaries(board) if first <= m.date <= last]
        return [m for m in found if m is not None]

    def export_ics(self, board: str, first: dt.date, last: dt.date,
                   *, stamp: dt.datetime | None = None) -> bytes:
        """The board's meetings from ``first`` to ``last`` as an .ics file for Outlook."""
        meetings = self.board_meetings(board, first, last)
        return write_calendar([board_event(m) for m in meetings], name=board,
                              stamp=stamp or dt.datetime.now(dt.UTC).replace(microsecond=0))
