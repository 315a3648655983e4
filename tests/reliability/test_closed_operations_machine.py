"""Closed content through sequences of operations: a Hypothesis state machine over the services.

Each run starts from an empty database. The machine imports and replaces meetings, drafts
meetings from the forward plan (standing items among them), decides (postponing some items and
carrying them over), types into closed items, removes and moves items, unlinks grid rows, signs
minutes and opens new versions, and edits the plan (notes, cancellations). Every closed field it
creates holds a unique marker (``ZQ00001QZ``); titles, which are public, never do.

After every step:

- the database holds exactly the markers the machine typed and did not remove (what was typed
  is stored; nothing closed is lost on the way);
- every published output holds none: the published DAGSORDEN and REFERAT (.docx, every part,
  raw and without XML tags) of every meeting and every kept version, and the board's .ics;
- the meeting file (the internal exchange form) holds every marker of the meeting.

At the end of each run the internal DAGSORDEN and REFERAT of every meeting hold all of its
markers (decisions in the REFERAT only). A published .docx is rendered once per distinct
published view (the exporter is a function of it), so the run stays within its time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dirdesk.domain import agenda
from dirdesk.domain.ics import write_calendar
from dirdesk.domain.interchange import write_meeting
from dirdesk.domain.messages import UserError
from dirdesk.domain.model import (
    AgendaItem,
    Attachment,
    Board,
    Insert,
    InsertKind,
    Meeting,
    MeetingStatus,
    ScheduleSlot,
    Section,
    StandingItem,
)
from dirdesk.export import DocumentKind, render_bytes
from dirdesk.export.publish import published
from dirdesk.services.board import BoardService
from dirdesk.services.followups import CarryOverService
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.services.political import board_event
from dirdesk.storage.database import Database
from dirdesk.storage.repository import MeetingRepository
from tests.reliability.markers import MARK, in_docx, in_text

BOARD = "Direktionen"
FIRST = dt.date(2025, 1, 29)  # imported; the others are planned, drafted from the plan
PLANNED = [FIRST + dt.timedelta(weeks=n) for n in range(1, 4)]
DATES = [FIRST, *PLANNED]
POSTPONE = "Sagen udsættes til næste møde."
public_text = st.sampled_from(["Økonomi", "Budget 2026", "Personale", "Status", "Rammer", "IT"])

_published_seen: dict[tuple[Meeting, int, DocumentKind], set[str]] = {}
_template: dict[str, Path] = {}
_steps = [0]


def markers(meeting: Meeting) -> set[str]:
    """The markers a meeting holds: in its items' closed fields and its grid rows."""
    return set(MARK.findall(repr((meeting.items, meeting.schedule))))


def file_cannot_hold(meeting: Meeting) -> set[str]:
    """Markers of closed rows not linked to a closed item: the meeting file, which has no
    access for a row, holds them as published (see ``interchange.meeting_document``)."""
    items = meeting.items
    return set(MARK.findall(repr([
        s for s in meeting.schedule if s.closed and not (
            s.item is not None and 1 <= s.item <= len(items) and items[s.item - 1].closed)])))


def published_markers(meeting: Meeting) -> set[str]:
    found: set[str] = set()
    view = published(meeting)
    for kind in DocumentKind:
        key = (view, meeting.version, kind)
        if key not in _published_seen:
            _published_seen[key] = in_docx(render_bytes(meeting, kind))
        found |= _published_seen[key]
    return found


class ClosedThroughOperations(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        folder = _template["folder"]
        self.path = folder / f"run-{id(self)}.sqlite3"
        shutil.copyfile(_template["db"], self.path)
        self.db = Database(f"sqlite:///{self.path}")
        self.meetings, self.plan = MeetingService(self.db), PlanService(self.db)
        self.carry = CarryOverService(self.db)
        self.count = 0
        # The meetings as the machine typed them: the database must hold exactly their markers.
        self.model: dict[dt.date, Meeting] = {}
        self.kept: dict[tuple[dt.date, int], set[str]] = {}
        self.cache: dict[dt.date, Meeting] = {}
        self.titles = 0
        # Access the model expects by where content came from: items carried over from closed
        # items, and the board's closed standing items.
        self.closed_titles: set[str] = set()
        self.carried_to: list[dt.date] = []
        self.kept_checked: set[tuple[dt.date, int]] = set()
        self.meetings.import_meeting(self.new_meeting(FIRST, ["Godkendelse", "Personale"],
                                                     [False, True]))
        for day in PLANNED:
            self.plan.ensure_meeting(BOARD, day)
        self.model[FIRST] = self.meetings.get(FIRST, BOARD)

    def teardown(self) -> None:
        try:
            fresh = {s.date: self.meetings.get(s.date, BOARD) for s in self.meetings.summaries(BOARD)}
            stored = self.stored()
            assert {d: (m, m.revision) for d, m in stored.items()} == {
                d: (m, m.revision) for d, m in fresh.items()}
            for day, meeting in fresh.items():
                if not markers(meeting):
                    continue
                # Each marker is in one field only: decisions print in the REFERAT only, the
                # grid only where an item asks for it.
                decisions = set(MARK.findall(repr([i.decision for i in meeting.items])))
                has_grid = any(i.has_insert(InsertKind.SCHEDULE) for i in meeting.items)
                grid = set() if has_grid else set(MARK.findall(repr(meeting.schedule)))
                for kind in DocumentKind:
                    internal = in_docx(render_bytes(meeting, kind, internal=True))
                    expected = markers(meeting) - grid
                    if kind is DocumentKind.DAGSORDEN:
                        expected -= decisions
                    assert expected <= internal, (day, kind, expected - internal)
        finally:
            self.db.close()
            self.path.unlink(missing_ok=True)

    # --- helpers ----------------------------------------------------------------------------

    def title_number(self) -> int:
        self.titles += 1
        return self.titles

    def marker(self) -> str:
        self.count += 1
        return f"ZQ{self.count:05d}QZ"

    def closed_item(self, title: str) -> AgendaItem:
        return AgendaItem(
            title, closed=True, journal_no=self.marker(), case_no=self.marker(),
            sections=(Section("Sagsfremstilling", f"Tekst om **{self.marker()}**"),),
            attachments=(Attachment(self.marker(), doc_no=self.marker()),))

    def new_meeting(self, day: dt.date, titles: list[str], closed: list[bool]) -> Meeting:
        items = [AgendaItem("Tidsplan", sections=(Insert(InsertKind.SCHEDULE),))]
        # Unique titles: the model follows an item into the plan and a new meeting by its title.
        titles = [f"{t} {self.title_number()}" for t in titles]
        items += [self.closed_item(t) if c else AgendaItem(t, sections=(Section("", "Åben tekst"),))
                  for t, c in zip(titles, closed, strict=True)]
        grid = tuple(
            ScheduleSlot(dt.time(9 + n), self.marker() if item.closed else item.title,
                         f"{self.marker()} deltager" if item.closed else None, item=n + 1)
            for n, item in enumerate(items))
        return Meeting(board=BOARD, date=day, start=dt.time(9), end=dt.time(16), location="Rådhuset",
                       items=tuple(items), schedule=grid)

    def stored(self) -> dict[dt.date, Meeting]:
        """Every meeting of the board as stored. A meeting is read again only when its revision
        moved: every write to what a meeting shows moves it (the revision rule; ``teardown``
        checks that the copies kept meanwhile equal fresh reads)."""
        with self.db.session() as session:
            repo = MeetingRepository(session)
            # The dates the machine uses, and any a carry-over planned a meeting on.
            days = set(DATES) | {m.date for m in repo.summaries(BOARD)}
            states = {day: repo.state(BOARD, day) for day in days}
        for day, state in states.items():
            if state is None:
                self.cache.pop(day, None)
            elif day not in self.cache or self.cache[day].revision != state[1]:
                self.cache[day] = self.meetings.get(day, BOARD)
        return dict(self.cache)

    def save(self, before: Meeting, after: Meeting) -> None:
        """A window's save of ``after``: the model follows only if it was stored."""
        try:
            self.model[before.date] = self.meetings.save(after, base=before)
        except UserError:  # signed minutes: refused, nothing changed
            assert before.status is MeetingStatus.MINUTES_SIGNED

    def current(self, day: dt.date) -> Meeting | None:
        return self.model.get(day)

    # --- rules ------------------------------------------------------------------------------

    @rule(day=st.sampled_from([FIRST, PLANNED[0]]), titles=st.lists(public_text, min_size=1, max_size=3),
          data=st.data(), new_version=st.booleans())
    def import_or_replace(self, day: dt.date, titles: list[str], data: st.DataObject,
                          new_version: bool) -> None:
        closed = data.draw(st.lists(st.booleans(), min_size=len(titles), max_size=len(titles)))
        meeting = self.new_meeting(day, titles, closed)
        before = self.current(day)
        try:
            result = self.meetings.import_meeting(meeting, replace=True,
                                                  new_version="Ny fil" if new_version else None)
        except UserError:
            assert before is not None and before.status is MeetingStatus.MINUTES_SIGNED
            assert not new_version
            return
        if result.kept_version is not None:
            assert before is not None
            self.kept[(day, result.kept_version)] = markers(before) - file_cannot_hold(before)
        self.model[day] = result.meeting
        assert markers(result.meeting) == markers(meeting)

    @rule(data=st.data())
    def draft_from_plan(self, data: st.DataObject) -> None:
        # Where items were carried over to, mostly: that is where access must travel.
        day = data.draw(st.sampled_from(sorted({*PLANNED, *self.carried_to})))
        try:
            draft = self.meetings.create_from_plan(BOARD, day)
        except UserError:
            assert self.current(day) is not None  # it has content already
            return
        # The model's copy has the access the content came with, whatever the draft says:
        # the machine then types closed text into what it knows to be closed.
        if any(i.title in self.closed_titles and not i.title.startswith("Fast") for i in draft.items):
            event("drafted a meeting with an item carried over from a closed item")
        self.model[day] = dataclasses.replace(draft, items=tuple(
            dataclasses.replace(item, closed=item.closed or item.title in self.closed_titles)
            for item in draft.items))

    @rule(closed=st.booleans(), title=public_text)
    def standing_items(self, closed: bool, title: str) -> None:
        board = BoardService(self.db).get(BOARD) or Board(BOARD)
        sections = (Section("Baggrund", self.marker() if closed else "Fast punkt"),)
        title = f"Fast {title} {self.title_number()}"
        if closed:
            self.closed_titles.add(title)
        BoardService(self.db).save(dataclasses.replace(
            board, standing_items=(StandingItem(title, sections, closed),)))

    @rule(data=st.data(), postpone=st.sampled_from([True, True, False]))
    def decide(self, data: st.DataObject, postpone: bool) -> None:
        day = self.some_day(data)
        meeting = self.current(day)
        if meeting is None or not meeting.items:
            return
        closed = [n for n, i in enumerate(meeting.items) if i.closed]
        n = data.draw(st.sampled_from(closed) if closed and data.draw(st.booleans())
                      else st.integers(0, len(meeting.items) - 1))
        item = meeting.items[n]
        text = (f"{POSTPONE} " if postpone else "Godkendt. ") + (self.marker() if item.closed else "")
        try:
            revision = self.meetings.set_decision(BOARD, day, item.uid, text, base=item.decision)
        except UserError:
            assert meeting.status is MeetingStatus.MINUTES_SIGNED
            return
        self.model[day] = dataclasses.replace(agenda.replace_item(
            meeting, n, dataclasses.replace(item, decision=text)), revision=revision)
        if postpone:
            proposal = self.carry.proposal(BOARD, day, item.uid, text, item.title)
            if proposal is not None:
                self.carry.carry(BOARD, day, item.uid, proposal.target)
                if proposal.target is not None:
                    self.carried_to.append(proposal.target)
                if item.closed:
                    self.closed_titles.add(item.title)
                    event("carried over a closed item")

    @rule(data=st.data())
    def type_into_closed_item(self, data: st.DataObject) -> None:
        day = self.some_day(data)
        meeting = self.current(day)
        closed = [n for n, i in enumerate(meeting.items) if i.closed] if meeting else []
        if meeting is None or not closed:
            return
        n = data.draw(st.sampled_from(closed))
        item = meeting.items[n]
        typed = dataclasses.replace(item, sections=(*item.sections, Section(self.marker(), self.marker())),
                                    attachments=(*item.attachments, Attachment(self.marker(), True)))
        self.save(meeting, agenda.replace_item(meeting, n, typed))

    @rule(data=st.data())
    def type_into_closed_row(self, data: st.DataObject) -> None:
        day = self.some_day(data)
        meeting = self.current(day)
        if meeting is None or not meeting.schedule:
            return
        n = data.draw(st.integers(0, len(meeting.schedule) - 1))
        slot = meeting.schedule[n]
        if not slot.closed:
            return
        slots = list(meeting.schedule)
        slots[n] = dataclasses.replace(slot, title=self.marker(), text=self.marker())
        self.save(meeting, dataclasses.replace(meeting, schedule=tuple(slots)))

    @rule(data=st.data())
    def remove_item(self, data: st.DataObject) -> None:
        day = self.some_day(data)
        meeting = self.current(day)
        if meeting is None or len(meeting.items) < 2:
            return
        n = data.draw(st.integers(1, len(meeting.items) - 1))  # the grid's item stays
        self.save(meeting, agenda.remove_item(meeting, n))

    @rule(data=st.data())
    def move_item(self, data: st.DataObject) -> None:
        day = self.some_day(data)
        meeting = self.current(day)
        if meeting is None or len(meeting.items) < 2:
            return
        source = data.draw(st.integers(0, len(meeting.items) - 1))
        target = data.draw(st.integers(0, len(meeting.items) - 1))
        self.save(meeting, agenda.move_item(meeting, source, target))

    @rule(data=st.data())
    def unlink_or_link_row(self, data: st.DataObject) -> None:
        day = self.some_day(data)
        meeting = self.current(day)
        if meeting is None or not meeting.schedule:
            return
        n = data.draw(st.integers(0, len(meeting.schedule) - 1))
        link = data.draw(st.one_of(st.none(), st.integers(1, max(1, len(meeting.items)))))
        link = link if meeting.items else None
        slots = list(meeting.schedule)
        slots[n] = dataclasses.replace(slots[n], item=link)
        self.save(meeting, dataclasses.replace(meeting, schedule=tuple(slots)))

    def some_day(self, data: st.DataObject) -> dt.date:
        """A date with a meeting the machine has typed (the first always has one)."""
        return data.draw(st.sampled_from(sorted(self.model)))

    def follow(self, day: dt.date) -> None:
        """The model takes what a change of state moved on (revision, version, status, note),
        keeping its own items and grid: their markers are checked against the database."""
        mine = self.model.get(day)
        if mine is not None:
            stored = self.meetings.get(day, BOARD)
            self.model[day] = dataclasses.replace(
                mine, status=stored.status, note=stored.note, cancel_reason=stored.cancel_reason,
                revision=stored.revision, version=stored.version)

    @rule(day=st.sampled_from(DATES))
    def sign(self, day: dt.date) -> None:
        if self.current(day) is None:
            return
        self.meetings.set_status(BOARD, day, MeetingStatus.MINUTES_SIGNED)
        self.follow(day)

    @rule(day=st.sampled_from(DATES))
    def new_version(self, day: dt.date) -> None:
        meeting = self.current(day)
        if meeting is None or meeting.status is not MeetingStatus.MINUTES_SIGNED:
            return
        self.kept[(day, meeting.version)] = markers(meeting) - file_cannot_hold(meeting)
        self.meetings.new_version(BOARD, day, "Rettelse")
        self.follow(day)

    @rule(day=st.sampled_from(PLANNED), note=public_text)
    def plan_note(self, day: dt.date, note: str) -> None:
        self.plan.set_note(BOARD, day, note)
        self.follow(day)

    @rule(day=st.sampled_from(PLANNED), cancel=st.booleans())
    def plan_cancellation(self, day: dt.date, cancel: bool) -> None:
        if cancel:
            self.plan.cancel(BOARD, day, "Aflyst")
        else:
            self.plan.uncancel(BOARD, day)
        self.follow(day)

    # --- what must hold after every step ----------------------------------------------------

    @invariant()
    def closed_content_is_stored_and_never_published(self) -> None:
        _steps[0] += 1
        stored = self.stored()
        for day, meeting in stored.items():
            mine = self.model.get(day)
            assert markers(meeting) == (markers(mine) if mine else set()), day
            if mine is not None:  # access travelled with the content
                assert [(i.uid, i.closed) for i in meeting.items] == [
                    (i.uid, i.closed) for i in mine.items], day
            assert published_markers(meeting) == set(), (day, meeting)
            assert in_text(write_meeting(meeting)) == markers(meeting) - file_cannot_hold(meeting), day
        for (day, version), expected in self.kept.items():
            if (day, version) not in self.kept_checked:
                kept = self.meetings.kept_version(BOARD, day, version)  # never changes after
                assert kept is not None and markers(kept) == expected
                assert published_markers(kept) == set(), (day, version)
                self.kept_checked.add((day, version))
        # The board's .ics as PoliticalCalendarService.export_ics makes it, from these meetings.
        ics = write_calendar([board_event(m) for m in stored.values()], name=BOARD,
                             stamp=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
        assert in_text(ics) == set()


@pytest.fixture(scope="module")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # In memory where the system has it: every commit of the real SQLite file waits for the
    # disk (synchronous=FULL), and the machine commits thousands of times.
    shm = Path("/dev/shm")
    folder = (Path(tempfile.mkdtemp(prefix="dirdesk-machine-", dir=shm)) if shm.is_dir()
              else tmp_path_factory.mktemp("machine"))
    path = folder / "template.sqlite3"
    Database(f"sqlite:///{path}").close()
    _template.update(folder=folder, db=path)
    yield path
    print(f"closed-content machine: {_steps[0]} steps")
    shutil.rmtree(folder, ignore_errors=True)


STEPS = int(os.environ.get("DIRDESK_MACHINE_STEPS", "3000"))
TestClosedThroughOperations = ClosedThroughOperations.TestCase
TestClosedThroughOperations.settings = settings(
    max_examples=STEPS // 25, stateful_step_count=25, deadline=None, database=None,
    phases=[Phase.generate, Phase.shrink],  # no "explain": its tracing is slower than the runs
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TestClosedThroughOperations = pytest.mark.usefixtures("template_database")(TestClosedThroughOperations)
