"""The meeting as it ran, through the services on real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dirdesk.domain import schedule, timing
from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import Guest, Meeting, Participation, Person
from dirdesk.services.board import BoardService
from dirdesk.services.followups import FollowUpService
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.services.proceedings import ProceedingsService
from dirdesk.storage.database import Database
from tests.conftest import fixture_files

DAY = dt.date(2025, 1, 29)
T = dt.time


@pytest.fixture
def referat(db: Database) -> Meeting:
    service = MeetingService(db)
    path = next(p for p in fixture_files() if "2025-01-29" in p.name)
    service.import_meeting(read_meeting(path.read_bytes()))
    return service.get(DAY)


def test_live_times_give_the_table_and_the_next_drafts_lengths(db: Database, referat: Meeting) -> None:
    runs = ProceedingsService(db)
    items = referat.items
    chosen = [T(9, 0), T(9, 25), T(10, 40), T(11, 17)]  # 25, 75 less nothing, 37 less the pause
    for item, at in zip(items[:4], chosen, strict=True):
        runs.record_start(referat.board, DAY, item.uid, at)
    runs.record_start(referat.board, DAY, items[0].uid, T(12, 0))  # going back keeps the first time
    ran = runs.record_finish(referat.board, DAY, T(11, 40))
    stored = MeetingService(db).get(DAY)
    assert stored == ran and [i.started for i in stored.items[:4]] == chosen
    use = {u.number: u for u in timing.time_use(stored)}
    assert use[1].actual == 25 and use[4].actual == 23

    # What the grid learns from is read without the texts, and gives the same figures.
    later = DAY + dt.timedelta(weeks=2)
    light = runs.timed_history(referat.board, later)
    assert [m.date for m in light] == [DAY] and runs.timed_history(referat.board, DAY) == []

    def figures(ms: list[Meeting]) -> list[tuple[str, int, int | None]]:
        return [(p.item.title, p.actual, p.planned) for p in timing.past_items(ms)]
    assert figures(light) == figures([stored]) and len(figures(light)) == 4

    # A later meeting with a point titled as item 3 is drafted with item 3's actual length.
    plan = PlanService(db)
    plan.ensure_meeting(referat.board, later)
    plan.add_point(referat.board, later, "Noget andet først")
    plan.add_point(referat.board, later, items[2].title)
    for n in range(6):  # a full meeting: no time to spare around it
        plan.add_point(referat.board, later, f"Sag nummer {n}")
    draft = MeetingService(db).create_from_plan(referat.board, later)
    lengths = schedule.lengths(draft.schedule, draft.end)
    row = next(n for n, s in enumerate(draft.schedule) if s.title == items[2].title)
    actual3 = timing.actual_lengths(stored)[items[2].uid]
    assert lengths[row] == actual3 != 20


def test_participation_and_the_board_register_are_stored(db: Database, referat: Meeting) -> None:
    runs = ProceedingsService(db)
    uid = referat.items[3].uid
    member = referat.members[0].name
    p = Participation(guests=(Guest("Bettina Andersen", "Økonomichef"),), inhabil=(member,))
    runs.set_participation(referat.board, DAY, uid, p)
    assert MeetingService(db).get(DAY).items[3].participation == p
    assert runs.known_guests(referat.board, DAY + dt.timedelta(days=7)) == [p.guests[0]]

    boards = BoardService(db)
    board = boards.get(referat.board)
    assert board is not None
    word = referat.items[3].title.split()[0]
    boards.save(dataclasses.replace(board, staff=(Person("Karen Meisner", "Stabschef"),),
                                    interests=((member, word),), phrases=("Taget til efterretning.",)))
    again = boards.get(referat.board)
    assert again is not None and again.staff == (Person("Karen Meisner", "Stabschef"),)
    assert again.phrases == ("Taget til efterretning.",)
    other = MeetingService(db).get(DAY).items[3]  # the word is in its title; already inhabil there
    assert runs.interest_proposals(referat.board, other) == []
    fresh = dataclasses.replace(other, participation=Participation())
    assert [i.member for i in runs.interest_proposals(referat.board, fresh)] == [member]


def test_follow_ups_come_back_when_due_and_not_when_done(db: Database, referat: Meeting) -> None:
    follow = FollowUpService(db)
    uid = referat.items[3].uid
    owner = referat.members[1]
    short = " ".join(owner.name.split()[:2])  # "Lene Mehlsen" for "Lene Mehlsen Thomsen"
    soon = follow.add(referat.board, DAY, uid, short, "Plan for 1. kvartal", due=DAY + dt.timedelta(days=10))
    later = follow.add(referat.board, DAY, uid, owner.name, "Evaluering", due=DAY + dt.timedelta(days=60))
    done = follow.add(referat.board, DAY, uid, owner.name, "Klaret", due=DAY + dt.timedelta(days=3))
    follow.set_done(done)
    entries = {e.id: e for e in follow.entries(board=referat.board)}
    assert entries[soon].owner == owner.display  # one person, one name
    next_meeting = dataclasses.replace(referat, date=DAY + dt.timedelta(weeks=2))
    lines = follow.lines_due(next_meeting)
    assert [line.task for line in lines] == ["Plan for 1. kvartal"]
    assert lines[0].origin.startswith("29. januar 2025, punkt 4")
    assert later not in [e.id for e in follow.due_by(referat.board, DAY + dt.timedelta(weeks=2))]


def test_a_point_carried_to_an_existing_agenda_is_offered_onto_it(db: Database, referat: Meeting) -> None:
    plan = PlanService(db)
    runs = ProceedingsService(db)
    # Item 6 (Aftalestyring) was planned 11.20–12.00 and took 11.25–12.30 less lunch: 50 min.
    runs.record_start(referat.board, DAY, referat.items[5].uid, T(11, 25))
    runs.record_start(referat.board, DAY, referat.items[6].uid, T(12, 30))
    title = referat.items[5].title
    later = DAY + dt.timedelta(weeks=1)
    plan.ensure_meeting(referat.board, later)
    MeetingService(db).create_from_plan(referat.board, later)
    plan.add_point(referat.board, later, title)
    assert [p.text for p in runs.not_on_agenda(referat.board, DAY)] == [title]
    before = MeetingService(db).get(later)
    after = runs.add_to_agenda(referat.board, later, title)
    assert len(after.items) == len(before.items) + 1
    number = next(n for n, i in enumerate(after.items, 1) if i.title == title)
    row = next(n for n, s in enumerate(after.schedule) if s.item == number)
    # The row is as long as the item really took last time, after the row of the item before.
    assert schedule.lengths(after.schedule, after.end)[row] == 50
    assert after.schedule[row - 1].item == number - 1
    proposal = runs.learned(referat.board, later, [after.items[number - 1]])
    assert proposal[after.items[number - 1].uid].text == "foreslået 50 min. (planlagt 40)"
    # every other item keeps its row
    assert {after.items[s.item - 1].title for s in after.schedule if s.item} >= {
        before.items[s.item - 1].title for s in before.schedule if s.item}
    assert runs.not_on_agenda(referat.board, DAY) == []
