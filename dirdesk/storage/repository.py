"""Repositories: the domain's objects in and out of the tables. Only domain objects leave here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from dirdesk.domain.forward_plan import ClosedPeriod, ForwardPlan, PlannedMeeting, PlannedPoint
from dirdesk.domain.model import (
    DEFAULT_PHRASES,
    AgendaItem,
    Attachment,
    Board,
    ForwardPlanSnapshot,
    Insert,
    InsertKind,
    Meeting,
    MeetingStatus,
    Person,
    PlanRow,
    ScheduleSlot,
    Section,
    SectionLike,
    StandingItem,
)
from dirdesk.domain.participation import participation_data, participation_from_data
from dirdesk.storage.search_repository import SearchRepository
from dirdesk.storage.tables import (
    AttachmentRow,
    BoardMemberRow,
    BoardRow,
    ClosedPeriodRow,
    ItemRow,
    MeetingEventRow,
    MeetingPersonRow,
    MeetingRow,
    MeetingVersionRow,
    PlannedPointRow,
    SectionRow,
    SlotRow,
    StandingItemRow,
)


class StaleMeeting(Exception):
    """The meeting stored is not at the revision the save was based on."""

    def __init__(self, stored: int) -> None:
        super().__init__(f"the meeting is at revision {stored}")
        self.stored = stored


class StaleNote(Exception):
    """The meeting's note stored is not the text the change was based on."""

    def __init__(self, stored: str | None) -> None:
        super().__init__("the note was changed meanwhile")
        self.stored = stored


class StaleDecision(Exception):
    """The decision stored is not the text the change was based on."""

    def __init__(self, stored: str | None) -> None:
        super().__init__("the decision was changed meanwhile")
        self.stored = stored


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """A line of a meeting list: enough to show and open it."""

    board: str
    date: dt.date
    status: MeetingStatus
    item_count: int
    cancel_reason: str | None


# --- sections as data (standing items keep them as JSON) ------------------------------------

def section_to_data(section: SectionLike) -> dict[str, Any]:
    if isinstance(section, Insert):
        return {"insert": section.kind.value}
    return {"heading": section.heading, "text": section.text}


def section_from_data(data: dict[str, Any]) -> SectionLike:
    if "insert" in data:
        return Insert(InsertKind(data["insert"]))
    return Section(str(data["heading"]), str(data["text"]))


# --- rows made once under concurrency, and the meeting-row lock -----------------------------

def _insert_once(session: Session, table: Any, values: dict[str, Any], keys: list[str]) -> bool:
    """Insert a row unless one with the same ``keys`` is there (or is being made by another
    transaction, which this waits for): True if this call made it. Both databases decide it
    in one statement, so concurrent callers neither fail nor make two."""
    from sqlalchemy.dialects import postgresql, sqlite

    statement: postgresql.Insert | sqlite.Insert
    if session.get_bind().dialect.name == "postgresql":
        statement = postgresql.insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    else:
        statement = sqlite.insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    done = session.execute(statement.execution_options(synchronize_session=False))
    return bool(done.rowcount)  # type: ignore[attr-defined]


def lock_meeting(session: Session, meeting_id: int, *, bump: bool) -> int:
    """Take the meeting-row lock (PostgreSQL: the row; SQLite: the database's write lock) for
    the rest of the transaction, moving its revision on if ``bump``; returns the revision.

    Every write to what a meeting shows goes through here or ``MeetingRepository._bump``, so
    writes to one meeting are serialised and a window holding an older revision is refused."""
    session.execute(update(MeetingRow).where(MeetingRow.id == meeting_id)
                    .values(revision=MeetingRow.revision + (1 if bump else 0))
                    .execution_options(synchronize_session=False))
    revision = session.scalar(select(MeetingRow.revision).where(MeetingRow.id == meeting_id))
    if revision is None:
        raise KeyError(meeting_id)
    return revision


# --- boards ---------------------------------------------------------------------------------

class BoardRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, name: str) -> BoardRow | None:
        return self.session.scalar(select(BoardRow).where(BoardRow.name == name))

    def names(self) -> list[str]:
        return list(self.session.scalars(select(BoardRow.name).order_by(BoardRow.name)))

    def get(self, name: str) -> Board | None:
        row = self._row(name)
        return None if row is None else _board(row)

    def ensure(self, board: Board) -> int:
        """The id of the board of that name, created from ``board`` if it is not there.

        Safe when several workstations create the same new board at once: one makes it, the
        others use it (an upsert, not a look-up followed by an insert)."""
        found = self.session.scalar(select(BoardRow.id).where(BoardRow.name == board.name))
        if found is not None:
            return found
        made = _insert_once(self.session, BoardRow, {
            "name": board.name, "location": board.location, "weekday": board.weekday,
            "start": board.start, "end": board.end}, ["name"])
        board_id = self.session.scalar(select(BoardRow.id).where(BoardRow.name == board.name))
        assert board_id is not None
        if made:
            self.session.add_all(
                [BoardMemberRow(board_id=board_id, position=i, title=p.title, name=p.name)
                 for i, p in enumerate(board.members)]
                + [StandingItemRow(board_id=board_id, position=i, title=x.title, closed=x.closed,
                                   sections=[section_to_data(y) for y in x.sections])
                   for i, x in enumerate(board.standing_items)])
            self.session.flush()
        return board_id

    def save(self, board: Board) -> None:
        row = self._row(board.name)
        if row is None:
            row = BoardRow(name=board.name)
            self.session.add(row)
        self._fill(row, board)

    @staticmethod
    def _fill(row: BoardRow, board: Board) -> None:
        row.location, row.weekday, row.start, row.end = (
            board.location, board.weekday, board.start, board.end)
        row.staff = [{"title": p.title, "name": p.name} for p in board.staff] or None
        row.interests = [[member, text] for member, text in board.interests] or None
        row.phrases = None if board.phrases == DEFAULT_PHRASES else list(board.phrases)
        row.members = [BoardMemberRow(position=i, title=p.title, name=p.name)
                       for i, p in enumerate(board.members)]
        row.standing_items = [
            StandingItemRow(position=i, title=s.title, closed=s.closed,
                            sections=[section_to_data(x) for x in s.sections])
            for i, s in enumerate(board.standing_items)]


def _board(row: BoardRow) -> Board:
    extra: dict[str, Any] = {}
    if row.phrases is not None:
        extra["phrases"] = tuple(row.phrases)
    return Board(
        **extra,
        staff=tuple(Person(p["name"], p.get("title")) for p in row.staff or ()),
        interests=tuple((m, t) for m, t in row.interests or ()),
        name=row.name, location=row.location, weekday=row.weekday, start=row.start, end=row.end,
        members=tuple(Person(m.name, m.title) for m in row.members),
        standing_items=tuple(
            StandingItem(s.title, tuple(section_from_data(x) for x in s.sections), s.closed)
            for s in row.standing_items),
    )


# --- meetings -------------------------------------------------------------------------------

_MEETING_LOAD = (
    selectinload(MeetingRow.board),
    selectinload(MeetingRow.people),
    selectinload(MeetingRow.slots),
    selectinload(MeetingRow.items).selectinload(ItemRow.sections),
    selectinload(MeetingRow.items).selectinload(ItemRow.attachments),
)


class MeetingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, board: str, date: dt.date) -> MeetingRow | None:
        return self.session.scalar(
            select(MeetingRow).join(BoardRow).where(BoardRow.name == board, MeetingRow.date == date)
            .options(*_MEETING_LOAD))

    def get(self, board: str, date: dt.date) -> Meeting | None:
        row = self._row(board, date)
        return None if row is None else _meeting(row)

    TIMED_AMONG = 2
    """``timed`` looks among this many times ``count`` of the newest meetings."""

    def timed(self, board: str, before: dt.date, count: int) -> list[Meeting]:
        """The last ``count`` meetings of ``board`` before ``before`` in which an item was
        taken up, as far as their clock goes: times, the grid, items' titles, numbers and
        starts (no text, people or attachments). Three queries, whatever the count: what the
        grid learns from on every refresh."""
        # Looked for among the newest ``TIMED_AMONG`` × ``count`` meetings, newest first along
        # the board's date index: neither a list of every timed item in the database nor a walk
        # through every meeting of a board whose older meetings were never timed.
        recent = (select(MeetingRow.id).join(BoardRow)
                  .where(BoardRow.name == board, MeetingRow.date < before)
                  .order_by(MeetingRow.date.desc()).limit(self.TIMED_AMONG * count).subquery())
        timed = select(ItemRow.id).where(ItemRow.meeting_id == MeetingRow.id,
                                         ItemRow.started.is_not(None)).exists()
        rows = self.session.execute(
            select(MeetingRow.id, MeetingRow.date, MeetingRow.start, MeetingRow.end,
                   MeetingRow.location, MeetingRow.finished)
            .where(MeetingRow.id.in_(select(recent.c.id)), timed)
            .order_by(MeetingRow.date.desc()).limit(count)).all()
        ids = [r.id for r in rows]
        items: dict[int, list[AgendaItem]] = {i: [] for i in ids}
        for row in self.session.execute(
                select(ItemRow.meeting_id, ItemRow.uid, ItemRow.title, ItemRow.closed,
                       ItemRow.case_no, ItemRow.started)
                .where(ItemRow.meeting_id.in_(ids)).order_by(ItemRow.meeting_id, ItemRow.position)):
            items[row.meeting_id].append(AgendaItem(row.title, row.closed, case_no=row.case_no,
                                                    started=row.started, uid=row.uid))
        slots: dict[int, list[ScheduleSlot]] = {i: [] for i in ids}
        for slot in self.session.execute(
                select(SlotRow.meeting_id, SlotRow.start, SlotRow.title, SlotRow.item_number)
                .where(SlotRow.meeting_id.in_(ids)).order_by(SlotRow.meeting_id, SlotRow.position)):
            slots[slot.meeting_id].append(ScheduleSlot(slot.start, slot.title, item=slot.item_number))
        return [Meeting(board, r.date, r.start, r.end, r.location, items=tuple(items[r.id]),
                        schedule=tuple(slots[r.id]), finished=r.finished) for r in reversed(rows)]

    def state(self, board: str, date: dt.date) -> tuple[MeetingStatus, int, int] | None:
        """The stored meeting's status, revision and version, without reading its content."""
        found = self.session.execute(
            select(MeetingRow.status, MeetingRow.revision, MeetingRow.version).join(BoardRow)
            .where(BoardRow.name == board, MeetingRow.date == date)).first()
        return None if found is None else (MeetingStatus(found[0]), found[1], found[2])

    def boards_on(self, date: dt.date) -> list[str]:
        """The boards that have a meeting on ``date``."""
        return list(self.session.scalars(
            select(BoardRow.name).join(MeetingRow).where(MeetingRow.date == date)
            .order_by(BoardRow.name)))

    def has_content(self, board: str, date: dt.date) -> bool:
        """Whether a meeting on that date has items (more than a plan placeholder)."""
        count = self.session.scalar(
            select(func.count(ItemRow.id)).join(MeetingRow).join(BoardRow)
            .where(BoardRow.name == board, MeetingRow.date == date))
        return bool(count)

    def summaries(self, board: str | None = None, on: dt.date | None = None, *,
                  after: dt.date | None = None) -> list[MeetingSummary]:
        """Every meeting (of ``board``), or the one ``on`` that date, or those ``after`` a date
        (the coming ones: read without counting the items of every past meeting), in date order."""
        # Counted per meeting listed (an index seek each), not over every item and then joined.
        count = (select(func.count(ItemRow.id)).where(ItemRow.meeting_id == MeetingRow.id)
                 .correlate(MeetingRow).scalar_subquery())
        query = (select(BoardRow.name, MeetingRow.date, MeetingRow.status, count,
                        MeetingRow.cancel_reason)
                 .join(BoardRow).order_by(MeetingRow.date, BoardRow.name))
        if board is not None:
            query = query.where(BoardRow.name == board)
        if on is not None:
            query = query.where(MeetingRow.date == on)
        if after is not None:
            query = query.where(MeetingRow.date > after)
        return [MeetingSummary(name, date, MeetingStatus(status), n, reason)
                for name, date, status, n, reason in self.session.execute(query)]

    def dates_with_items(self, board: str, *, after: dt.date | None = None,
                         before: dt.date | None = None, last: int | None = None) -> list[dt.date]:
        """The dates of ``board``'s meetings that have items, between ``after`` and ``before``
        (both left out), in date order; ``last``: only the newest so many. Read newest first
        along the board's date index and stopped after ``last``: the cost does not grow with
        the years of meetings behind them."""
        has_items = select(ItemRow.id).where(ItemRow.meeting_id == MeetingRow.id).exists()
        query = (select(MeetingRow.date).join(BoardRow)
                 .where(BoardRow.name == board, has_items).order_by(MeetingRow.date.desc()))
        if after is not None:
            query = query.where(MeetingRow.date > after)
        if before is not None:
            query = query.where(MeetingRow.date < before)
        if last is not None:
            query = query.limit(last)
        return list(self.session.scalars(query))[::-1]

    def save(self, meeting: Meeting, *, expected_revision: int | None = None,
             stored: Meeting | None = None) -> int:
        """Store ``meeting``, replacing the content of the one of that board and date if any.

        With ``expected_revision`` the stored meeting must still be at that revision (0: must
        not exist), else ``StaleMeeting``; the check and the new revision are one statement,
        so of two saves based on the same revision exactly one wins. Returns the new revision.
        ``stored``, the content at ``expected_revision`` where the caller has it, spares
        reading it again (a grid move then reads and writes the grid rows only).
        The live forward plan (planned points) of that meeting is left as it is.
        """
        board_id = BoardRepository(self.session).ensure(Board(
            name=meeting.board, location=meeting.location, weekday=meeting.date.weekday(),
            start=meeting.start, end=meeting.end, members=meeting.members))
        if stored is not None and expected_revision:  # if the revision holds, this is stored
            # Load only the children that are about to be replaced (their old rows go).
            load = []
            if _with_uids(stored.items) != _with_uids(meeting.items):
                load += [selectinload(MeetingRow.items).selectinload(ItemRow.sections),
                         selectinload(MeetingRow.items).selectinload(ItemRow.attachments)]
            if (stored.members, stored.absent) != (meeting.members, meeting.absent):
                load.append(selectinload(MeetingRow.people))
            row = self.session.scalar(select(MeetingRow).join(BoardRow).where(
                BoardRow.name == meeting.board, MeetingRow.date == meeting.date).options(*load))
        else:
            row = self._row(meeting.board, meeting.date)
            stored = None if row is None else _meeting(row)
        # Only the parts that changed are written: moving a grid row must not rewrite every
        # item, section, attachment and search entry of the meeting.
        if row is None:
            if expected_revision:
                raise StaleMeeting(0)
            # Made in one statement: of two saves of a new meeting, one makes it, the other
            # finds it made and is refused (it was based on no meeting at all).
            made = _insert_once(self.session, MeetingRow, {
                "board_id": board_id, "date": meeting.date, "start": meeting.start,
                "end": meeting.end, "location": meeting.location, "status": meeting.status.value,
                "revision": 1}, ["board_id", "date"])
            if not made:
                raise StaleMeeting(self.revision(meeting.board, meeting.date))
            row = self._row(meeting.board, meeting.date)
            assert row is not None
        else:
            self._bump(row, expected_revision)
        row.start, row.end, row.location = meeting.start, meeting.end, meeting.location
        row.status = meeting.status.value
        row.cancel_reason, row.note = meeting.cancel_reason, meeting.note
        row.finished = meeting.finished
        row.plan_snapshot = None if meeting.forward_plan is None else _snapshot_data(
            meeting.forward_plan)
        if stored is None or (stored.members, stored.absent) != (meeting.members, meeting.absent):
            row.people = (
                [MeetingPersonRow(role="member", position=i, title=p.title, name=p.name)
                 for i, p in enumerate(meeting.members)]
                + [MeetingPersonRow(role="absent", position=i, title=p.title, name=p.name)
                   for i, p in enumerate(meeting.absent)])
        items_changed = stored is None or _with_uids(stored.items) != _with_uids(meeting.items)
        if items_changed:
            row.items = [_item_row(i, item) for i, item in enumerate(meeting.items)]
        self.session.flush()  # the meeting's id, for a new one
        if stored is None or stored.schedule != meeting.schedule:  # plain statements: fast
            self.session.execute(delete(SlotRow).where(SlotRow.meeting_id == row.id))
            if meeting.schedule:
                # One statement for all the rows: without render_nulls a row whose text or
                # item is None is left out of the others' batch (a 30-row grid: 21 INSERTs).
                self.session.execute(insert(SlotRow).execution_options(render_nulls=True), [
                    {"meeting_id": row.id, "position": i, "start": s.start, "title": s.title,
                     "text": s.text, "item_number": s.item, "closed": s.closed,
                     "public_text": s.public_text}
                    for i, s in enumerate(meeting.schedule)])
            self.session.expire(row, ["slots"])
        if items_changed or stored is None or stored.note != meeting.note:
            SearchRepository(self.session).reindex(row.id, meeting)
        return row.revision

    def _bump(self, row: MeetingRow, expected: int | None) -> None:
        """Move the stored meeting one revision on, if it is still at ``expected``."""
        query = update(MeetingRow).where(MeetingRow.id == row.id)
        if expected is not None:
            query = query.where(MeetingRow.revision == expected)
        done = self.session.execute(query.values(revision=MeetingRow.revision + 1)
                                    .execution_options(synchronize_session=False))
        self.session.refresh(row, ["revision"])
        if done.rowcount == 0:  # type: ignore[attr-defined]
            raise StaleMeeting(row.revision)

    def revision(self, board: str, date: dt.date) -> int:
        """The stored meeting's revision (0: there is none)."""
        found = self.session.scalar(
            select(MeetingRow.revision).join(BoardRow)
            .where(BoardRow.name == board, MeetingRow.date == date))
        return found or 0

    def set_decision(self, board: str, date: dt.date, uid: str, text: str | None,
                     *, base: str | None | object = ...) -> int:
        """Store the decision of one item alone: the live minute-taker's save.

        With ``base`` the stored decision must still be that text, else ``StaleDecision``
        (checked and written in one statement). Returns the meeting's new revision.
        """
        meeting_id = self.session.scalar(select(MeetingRow.id).join(BoardRow).where(
            BoardRow.name == board, MeetingRow.date == date))
        if meeting_id is None:
            raise KeyError(date)
        # The meeting row first, as every save does: the same lock order everywhere means
        # no deadlock between a live decision and a whole-meeting save (PostgreSQL); the item
        # is looked up under the lock, so a save that removed it meanwhile is seen.
        revision = lock_meeting(self.session, meeting_id, bump=True)
        item_id = self.session.scalar(select(ItemRow.id).where(
            ItemRow.meeting_id == meeting_id, ItemRow.uid == uid))
        if item_id is None:
            raise KeyError((date, uid))
        query = update(ItemRow).where(ItemRow.id == item_id)
        if base is not ...:
            query = query.where(ItemRow.decision.is_not_distinct_from(base or None))
        done = self.session.execute(query.values(decision=text or None)
                                    .execution_options(synchronize_session=False))
        if done.rowcount == 0:  # type: ignore[attr-defined]
            raise StaleDecision(self.session.scalar(
                select(ItemRow.decision).where(ItemRow.id == item_id)))
        SearchRepository(self.session).set_text(meeting_id, uid, "decision", text)
        return revision

    def set_status(self, board: str, date: dt.date, status: MeetingStatus) -> int:
        row = self._row(board, date)
        if row is None:
            raise KeyError(date)
        self._bump(row, None)
        row.status = status.value
        return row.revision

    COALESCED = frozenset({"changed", "decision"})
    """Event kinds a run of edits by one person records once (its last moment), not per save."""

    def record(self, board: str, date: dt.date, kind: str, actor: str = "",
               detail: str | None = None) -> None:
        """Add an entry to the meeting's history."""
        # The id alone: loading the meeting's items here made every live save read them all.
        meeting_id = self.session.scalar(
            select(MeetingRow.id).join(BoardRow).where(BoardRow.name == board, MeetingRow.date == date))
        if meeting_id is None:
            raise KeyError(date)
        now = dt.datetime.now()
        if kind in self.COALESCED:
            last = self.session.scalar(
                select(MeetingEventRow).where(MeetingEventRow.meeting_id == meeting_id)
                .order_by(MeetingEventRow.id.desc()).limit(1))
            if (last is not None and last.kind == kind and last.actor == actor
                    and now - last.at < dt.timedelta(minutes=10)):
                last.at, last.detail = now, detail
                return
        self.session.add(MeetingEventRow(meeting_id=meeting_id, at=now, kind=kind, actor=actor,
                                         detail=detail))

    def history(self, board: str, date: dt.date) -> list[tuple[dt.datetime, str, str, str | None]]:
        """The meeting's history, oldest first: (when, kind, who, detail)."""
        rows = self.session.execute(
            select(MeetingEventRow.at, MeetingEventRow.kind, MeetingEventRow.actor,
                   MeetingEventRow.detail).join(MeetingRow).join(BoardRow)
            .where(BoardRow.name == board, MeetingRow.date == date)
            .order_by(MeetingEventRow.at, MeetingEventRow.id))
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def keep_version(self, board: str, date: dt.date, document: dict[str, Any], actor: str,
                     reason: str | None) -> int:
        """Keep the content as it stands (``document``) and number what follows one higher."""
        row = self._row(board, date)
        if row is None:
            raise KeyError(date)
        self._bump(row, None)
        self.session.add(MeetingVersionRow(meeting_id=row.id, version=row.version,
                                           at=dt.datetime.now(), actor=actor, reason=reason,
                                           document=document))
        row.version += 1
        return row.revision

    def versions(self, board: str, date: dt.date) -> list[tuple[int, dt.datetime, str, str | None]]:
        """The kept versions of a meeting, oldest first: (version, when, who, why)."""
        rows = self.session.execute(
            select(MeetingVersionRow.version, MeetingVersionRow.at, MeetingVersionRow.actor,
                   MeetingVersionRow.reason).join(MeetingRow).join(BoardRow)
            .where(BoardRow.name == board, MeetingRow.date == date)
            .order_by(MeetingVersionRow.version))
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def kept_version(self, board: str, date: dt.date, version: int) -> dict[str, Any] | None:
        return self.session.scalar(
            select(MeetingVersionRow.document).join(MeetingRow).join(BoardRow)
            .where(BoardRow.name == board, MeetingRow.date == date,
                   MeetingVersionRow.version == version))

    def delete(self, board: str, date: dt.date) -> bool:
        row = self._row(board, date)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True


def _with_uids(items: tuple[AgendaItem, ...]) -> list[tuple[str, AgendaItem]]:
    """Items compared with their identities (an item's equality leaves its uid out)."""
    return [(item.uid, item) for item in items]


def _item_row(position: int, item: AgendaItem) -> ItemRow:
    return ItemRow(
        position=position, uid=item.uid, title=item.title, closed=item.closed, journal_no=item.journal_no,
        case_no=item.case_no, decision=item.decision,
        participation=participation_data(item.participation), started=item.started,
        sections=[
            SectionRow(position=i, insert_kind=s.kind.value, heading=None, text=None)
            if isinstance(s, Insert) else SectionRow(position=i, heading=s.heading, text=s.text)
            for i, s in enumerate(item.sections)],
        attachments=[AttachmentRow(position=i, title=a.title, closed=a.closed, doc_no=a.doc_no)
                     for i, a in enumerate(item.attachments)],
    )


def _snapshot_data(plan: ForwardPlanSnapshot) -> dict[str, Any]:
    return {
        "rows": [{"date": r.date.isoformat() if r.date else None, "note": r.note,
                  "cancelled": r.cancelled, "points": list(r.points)} for r in plan.rows],
        "undated": list(plan.undated),
    }


def _snapshot(data: dict[str, Any]) -> ForwardPlanSnapshot:
    return ForwardPlanSnapshot(
        rows=tuple(PlanRow(date=dt.date.fromisoformat(r["date"]) if r["date"] else None,
                           note=r["note"], cancelled=bool(r["cancelled"]),
                           points=tuple(r["points"])) for r in data["rows"]),
        undated=tuple(data["undated"]),
    )


def _meeting(row: MeetingRow) -> Meeting:
    return Meeting(
        board=row.board.name, date=row.date, start=row.start, end=row.end, location=row.location,
        members=tuple(Person(p.name, p.title) for p in row.people if p.role == "member"),
        absent=tuple(Person(p.name, p.title) for p in row.people if p.role == "absent"),
        items=tuple(
            AgendaItem(
                title=i.title, closed=i.closed, journal_no=i.journal_no, case_no=i.case_no,
                decision=i.decision, uid=i.uid,
                participation=participation_from_data(i.participation), started=i.started,
                sections=tuple(
                    Insert(InsertKind(s.insert_kind)) if s.insert_kind
                    else Section(s.heading or "", s.text or "") for s in i.sections),
                attachments=tuple(Attachment(a.title, a.closed, a.doc_no) for a in i.attachments),
            ) for i in row.items),
        schedule=tuple(ScheduleSlot(s.start, s.title, s.text, s.item_number, s.closed,
                                     bool(s.public_text))
                       for s in row.slots),
        forward_plan=None if row.plan_snapshot is None else _snapshot(row.plan_snapshot),
        status=MeetingStatus(row.status), cancel_reason=row.cancel_reason, note=row.note,
        revision=row.revision, version=row.version, finished=row.finished,
    )


# --- the live forward plan ------------------------------------------------------------------

class PlanRepository:
    """Planned points, placeholder meetings and closed periods of a board."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _board_id(self, board: str) -> int:
        board_id = self.session.scalar(select(BoardRow.id).where(BoardRow.name == board))
        if board_id is None:
            raise KeyError(board)
        return board_id

    def ensure_meeting(self, board: Board, date: dt.date) -> int:
        """The id of the board's meeting on ``date``; a planned placeholder is made if needed
        (once, however many workstations ask at the same time)."""
        board_id = BoardRepository(self.session).ensure(board)
        query = select(MeetingRow.id).where(MeetingRow.board_id == board_id, MeetingRow.date == date)
        meeting_id = self.session.scalar(query)
        if meeting_id is None:
            _insert_once(self.session, MeetingRow, {
                "board_id": board_id, "date": date, "start": board.start, "end": board.end,
                "location": board.location, "status": MeetingStatus.PLANNED.value, "revision": 1},
                ["board_id", "date"])
            meeting_id = self.session.scalar(query)
            assert meeting_id is not None
        return meeting_id

    def _locked(self, board: str, date: dt.date) -> MeetingRow:
        """The meeting row under the meeting-row lock, read after the lock was taken."""
        meeting_id = self.session.scalar(select(MeetingRow.id).where(
            MeetingRow.board_id == self._board_id(board), MeetingRow.date == date))
        if meeting_id is None:
            raise KeyError(date)
        lock_meeting(self.session, meeting_id, bump=False)
        row = self.session.get(MeetingRow, meeting_id)
        assert row is not None
        self.session.refresh(row)
        return row

    def lock(self, board: str, date: dt.date | None) -> None:
        """Serialise changes to the points of the meeting on ``date`` (``None``: the points
        awaiting a date, under the board's row), so that a look-up before adding holds."""
        if date is not None:
            self._locked(board, date)
            return
        self.session.execute(update(BoardRow).where(BoardRow.id == self._board_id(board))
                             .values(name=BoardRow.name)
                             .execution_options(synchronize_session=False))

    def _changed(self, row: MeetingRow, **values: Any) -> int:
        """Set ``values`` on the locked ``row``; its revision moves on if anything changed."""
        if any(getattr(row, k) != v for k, v in values.items()):
            row.revision = lock_meeting(self.session, row.id, bump=True)
            for k, v in values.items():
                setattr(row, k, v)
            self.session.flush()
        return row.revision

    def has_meeting(self, board: str, date: dt.date) -> bool:
        return self.session.scalar(select(MeetingRow.id).join(BoardRow).where(
            BoardRow.name == board, MeetingRow.date == date)) is not None

    def set_meeting_state(self, board: str, date: dt.date, *, note: str | None = None,
                          cancelled: bool = False, reason: str | None = None) -> int:
        """Note and/or cancel (a planned meeting only); returns the meeting's revision, moved
        on if anything changed: a window holding the meeting is refused its next save."""
        row = self._locked(board, date)
        values: dict[str, Any] = {}
        if note is not None:
            values["note"] = note
        if cancelled and row.status == MeetingStatus.PLANNED.value:
            values.update(status=MeetingStatus.CANCELLED.value, cancel_reason=reason)
        return self._changed(row, **values)

    def point_texts(self, board: str, date: dt.date | None) -> list[str]:
        return [p.text for p in self._points(self._board_id(board), date)]

    def _points(self, board_id: int, date: dt.date | None) -> list[PlannedPointRow]:
        query = self._points_query(board_id, date)
        return list(self.session.scalars(query.order_by(PlannedPointRow.position)))

    @staticmethod
    def _points_query(board_id: int, date: dt.date | None) -> Select[Any]:
        query = select(PlannedPointRow).where(PlannedPointRow.board_id == board_id)
        if date is None:
            return query.where(PlannedPointRow.meeting_id.is_(None))
        return query.join(MeetingRow, MeetingRow.id == PlannedPointRow.meeting_id).where(
            MeetingRow.date == date)

    def add_point(self, board: str, date: dt.date | None, text: str,
                  origin: dt.date | None = None, *, closed: bool = False) -> int:
        self.lock(board, date)
        board_id = self._board_id(board)
        meeting_id = None if date is None else self.session.scalar(select(MeetingRow.id).where(
            MeetingRow.board_id == board_id, MeetingRow.date == date))
        if date is not None and meeting_id is None:
            raise KeyError(date)
        origin_id = None if origin is None else self.session.scalar(select(MeetingRow.id).where(
            MeetingRow.board_id == board_id, MeetingRow.date == origin))
        # Counted by the database: loading every point to count them made adding n points
        # take time quadratic in n (4,000 points awaiting a date took 99 s to import).
        position = self.session.scalar(self._points_query(board_id, date).with_only_columns(
            func.count(PlannedPointRow.id)).order_by(None)) or 0
        row = PlannedPointRow(board_id=board_id, meeting_id=meeting_id, position=position,
                              text=text, origin_meeting_id=origin_id, closed=closed)
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_points(self, board: str, date: dt.date | None, texts: Sequence[str]) -> None:
        """Add ``texts`` after the points already on ``date`` (awaiting one: ``None``), in one
        statement: an import of a plan of thousands of points takes a fraction of a second."""
        if not texts:
            return
        board_id = self._board_id(board)
        meeting_id = None if date is None else self.session.scalar(select(MeetingRow.id).where(
            MeetingRow.board_id == board_id, MeetingRow.date == date))
        if date is not None and meeting_id is None:
            raise KeyError(date)
        first = self.session.scalar(self._points_query(board_id, date).with_only_columns(
            func.count(PlannedPointRow.id)).order_by(None)) or 0
        self.session.execute(insert(PlannedPointRow), [
            {"board_id": board_id, "meeting_id": meeting_id, "position": first + i, "text": text,
             "origin_meeting_id": None} for i, text in enumerate(texts)])

    def carried_from(self, board: str, date: dt.date) -> list[str]:
        """The texts of the points carried over from the meeting on ``date``."""
        origin = (select(MeetingRow.id).join(BoardRow)
                  .where(BoardRow.name == board, MeetingRow.date == date).scalar_subquery())
        return list(self.session.scalars(
            select(PlannedPointRow.text).where(PlannedPointRow.origin_meeting_id == origin)))

    def add_closed_period(self, board: str, period: ClosedPeriod) -> None:
        board_id = self._board_id(board)
        exists = self.session.scalar(select(ClosedPeriodRow.id).where(
            ClosedPeriodRow.board_id == board_id, ClosedPeriodRow.start == period.start,
            ClosedPeriodRow.end == period.end, ClosedPeriodRow.label == period.label))
        if exists is None:
            self.session.add(ClosedPeriodRow(board_id=board_id, start=period.start,
                                             end=period.end, label=period.label))
            self.session.flush()

    def closed_periods(self, board: str) -> list[ClosedPeriod]:
        """All the board's closed periods, past ones too, in date order."""
        rows = self.session.scalars(select(ClosedPeriodRow).where(
            ClosedPeriodRow.board_id == self._board_id(board))
            .order_by(ClosedPeriodRow.start, ClosedPeriodRow.id))
        return [ClosedPeriod(p.start, p.end, p.label) for p in rows]

    def remove_closed_period(self, board: str, period: ClosedPeriod) -> bool:
        done = self.session.execute(delete(ClosedPeriodRow).where(
            ClosedPeriodRow.board_id == self._board_id(board),
            ClosedPeriodRow.start == period.start, ClosedPeriodRow.end == period.end,
            ClosedPeriodRow.label == period.label))
        return bool(done.rowcount)  # type: ignore[attr-defined]

    def meeting_dates(self, board: str, *, after: dt.date | None = None,
                      until: dt.date | None = None, last: int | None = None) -> list[dt.date]:
        """The dates of the board's meetings (placeholders and cancelled ones too) in
        (``after``, ``until``], in date order; ``last``: only the newest so many."""
        query = select(MeetingRow.date).where(MeetingRow.board_id == self._board_id(board))
        if after is not None:
            query = query.where(MeetingRow.date > after)
        if until is not None:
            query = query.where(MeetingRow.date <= until)
        if last is not None:
            return list(self.session.scalars(query.order_by(MeetingRow.date.desc())
                                             .limit(last)))[::-1]
        return list(self.session.scalars(query.order_by(MeetingRow.date)))

    def move_meeting(self, board: str, old: dt.date, new: dt.date) -> None:
        """The meeting on ``old`` is held on ``new``: its agenda and planned points go with it."""
        row = self.session.scalar(select(MeetingRow).where(
            MeetingRow.board_id == self._board_id(board), MeetingRow.date == old))
        if row is None:
            raise KeyError(old)
        lock_meeting(self.session, row.id, bump=True)
        self.session.refresh(row)
        row.date = new
        self.session.flush()

    def plan(self, board: str, after: dt.date) -> ForwardPlan:
        """The live forward plan of ``board``: meetings after ``after``, periods, undated points."""
        board_id = self._board_id(board)
        meetings = self.session.scalars(
            select(MeetingRow).where(MeetingRow.board_id == board_id, MeetingRow.date > after)
            .order_by(MeetingRow.date)).all()
        dates = {m.id: m.date for m in meetings}
        # Only the points of these meetings and those awaiting a date: a board with years of
        # past meetings must not make every refresh of the plan read all of them.
        points = self.session.scalars(
            select(PlannedPointRow).where(
                PlannedPointRow.board_id == board_id,
                PlannedPointRow.meeting_id.in_(list(dates)) | PlannedPointRow.meeting_id.is_(None))
            .order_by(PlannedPointRow.position, PlannedPointRow.id)).all()
        origin_ids = {p.origin_meeting_id for p in points if p.origin_meeting_id is not None}
        origins: dict[int, dt.date] = dict(self.session.execute(
            select(MeetingRow.id, MeetingRow.date).where(MeetingRow.id.in_(origin_ids))).all()
        ) if origin_ids else {}
        by_meeting: dict[int | None, list[PlannedPoint]] = {}
        for p in points:
            by_meeting.setdefault(p.meeting_id, []).append(PlannedPoint(
                text=p.text, date=dates.get(p.meeting_id) if p.meeting_id else None,
                origin=origins.get(p.origin_meeting_id) if p.origin_meeting_id else None, id=p.id,
                closed=p.closed))
        periods = self.session.scalars(
            select(ClosedPeriodRow).where(ClosedPeriodRow.board_id == board_id,
                                          ClosedPeriodRow.end > after)
            .order_by(ClosedPeriodRow.start)).all()
        return ForwardPlan(
            meetings=tuple(PlannedMeeting(
                date=m.date, points=tuple(by_meeting.get(m.id, ())), note=m.note,
                cancelled=m.status == MeetingStatus.CANCELLED.value,
                cancel_reason=m.cancel_reason) for m in meetings),
            closed_periods=tuple(ClosedPeriod(p.start, p.end, p.label) for p in periods),
            undated=tuple(by_meeting.get(None, ())),
        )

    def point(self, point_id: int) -> PlannedPoint:
        row = self.session.get(PlannedPointRow, point_id)
        if row is None:
            raise KeyError(point_id)
        date = None if row.meeting_id is None else self.session.scalar(
            select(MeetingRow.date).where(MeetingRow.id == row.meeting_id))
        return PlannedPoint(text=row.text, date=date, id=row.id, closed=row.closed)

    def edit_point(self, point_id: int, text: str) -> None:
        row = self.session.get(PlannedPointRow, point_id)
        if row is None:
            raise KeyError(point_id)
        row.text = text

    def move_point(self, point_id: int, date: dt.date | None, position: int | None) -> None:
        """Move a point to the meeting on ``date`` (``None``: awaiting a date) at ``position``."""
        row = self.session.get(PlannedPointRow, point_id)
        if row is None:
            raise KeyError(point_id)
        meeting_id = None if date is None else self.session.scalar(select(MeetingRow.id).where(
            MeetingRow.board_id == row.board_id, MeetingRow.date == date))
        if date is not None and meeting_id is None:
            raise KeyError(date)
        old = [p for p in self._points(row.board_id, self._date_of(row.meeting_id)) if p.id != row.id]
        for i, p in enumerate(old):
            p.position = i
        row.meeting_id = meeting_id
        siblings = [p for p in self._points(row.board_id, date) if p.id != row.id]
        at = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(at, row)
        for i, p in enumerate(siblings):
            p.position = i
        self.session.flush()

    def remove_point(self, point_id: int) -> None:
        row = self.session.get(PlannedPointRow, point_id)
        if row is None:
            raise KeyError(point_id)
        self.session.delete(row)
        self.session.flush()

    def restore_point(self, board: str, point: PlannedPoint, position: int | None) -> int:
        """Bring a removed point back at ``position`` (``None``: last), under its old id where that is free.

        Undo and redo refer to a point by its id, so a point that comes back keeps it.
        """
        board_id = self._board_id(board)
        meeting_id = None if point.date is None else self.session.scalar(select(MeetingRow.id).where(
            MeetingRow.board_id == board_id, MeetingRow.date == point.date))
        if point.date is not None and meeting_id is None:
            raise KeyError(point.date)
        origin_id = None if point.origin is None else self.session.scalar(select(MeetingRow.id).where(
            MeetingRow.board_id == board_id, MeetingRow.date == point.origin))
        free = point.id is not None and self.session.get(PlannedPointRow, point.id) is None
        row = PlannedPointRow(id=point.id if free else None, board_id=board_id, meeting_id=meeting_id,
                              position=len(self._points(board_id, point.date)), text=point.text,
                              origin_meeting_id=origin_id, closed=point.closed)
        self.session.add(row)
        self.session.flush()
        self.move_point(row.id, point.date, position)
        return row.id

    def _date_of(self, meeting_id: int | None) -> dt.date | None:
        if meeting_id is None:
            return None
        return self.session.scalar(select(MeetingRow.date).where(MeetingRow.id == meeting_id))

    def uncancel(self, board: str, date: dt.date) -> int:
        """A cancelled meeting is planned again; returns its revision (moved on if it was)."""
        try:
            row = self._locked(board, date)
        except KeyError:
            return 0
        if row.status != MeetingStatus.CANCELLED.value:
            return row.revision
        return self._changed(row, status=MeetingStatus.PLANNED.value, cancel_reason=None)

    def set_note(self, board: str, date: dt.date, note: str | None,
                 *, base: str | None | object = ...) -> int:
        """The meeting's note; with ``base`` (the note the edit started from) a note someone
        else saved meanwhile is not overwritten (``StaleNote``). Returns the revision."""
        row = self._locked(board, date)
        if base is not ... and row.note != (base or None):
            raise StaleNote(row.note)
        return self._changed(row, note=note or None)

    def clear_points(self, board: str) -> None:
        self.session.execute(delete(PlannedPointRow).where(
            PlannedPointRow.board_id == self._board_id(board)))
