"""After a decision: follow-ups on a list across meetings, postponed items back in the plan."""

from __future__ import annotations

import datetime as dt

import pytest

from dirdesk.domain.decisions import CarryOver
from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import Meeting
from dirdesk.services.followups import CarryOverService, FollowUpService
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.storage.database import Database
from tests.conftest import fixture_files


@pytest.fixture
def meetings(db: Database) -> MeetingService:
    service = MeetingService(db)
    for path in fixture_files():
        service.import_meeting(read_meeting(path.read_bytes()))
    return service


@pytest.fixture
def referat(meetings: MeetingService) -> Meeting:
    return meetings.get(dt.date(2024, 11, 13))


def decide(meetings: MeetingService, meeting: Meeting, number: int, text: str) -> str:
    item = meetings.get(meeting.date).items[number - 1]
    meetings.set_decision(meeting.board, meeting.date, item.uid, text, base=item.decision)
    return item.uid


def test_a_follow_up_named_in_a_decision_is_proposed_and_listed(
        db: Database, meetings: MeetingService, referat: Meeting) -> None:
    follow = FollowUpService(db)
    text = ("Justeringer i takster skal behandles i relevante fagudvalg. "
            "Velfærdsdirektør Lene Mehlsen følger op.")
    uid = decide(meetings, referat, 3, text)
    proposed = follow.proposals(referat.board, referat.date, uid, text)
    assert [(p.owner, p.task) for p in proposed] == [
        ("Velfærdsdirektør Lene Mehlsen", "Justeringer i takster skal behandles i relevante fagudvalg")]
    added = follow.add(referat.board, referat.date, uid, proposed[0].owner, proposed[0].task)
    assert follow.proposals(referat.board, referat.date, uid, text) == []  # not proposed twice
    listed = follow.entries(open_only=True)
    assert [(e.id, e.date, e.item_number, e.owner) for e in listed] == [
        (added, referat.date, 3, "Velfærdsdirektør Lene Mehlsen Thomsen")]  # as the board names her
    # Found by search, by a word of the owner's name.
    hits = meetings.search("Mehlsen takster")
    assert ("follow_up", 3) in [(h.kind, h.item_number) for h in hits]
    follow.set_done(added)
    assert follow.entries(open_only=True) == []
    done = follow.entries()[0]
    assert done.done and done.done_by
    follow.set_done(added, False)
    assert len(follow.entries(open_only=True)) == 1


def test_follow_ups_across_meetings_by_owner(db: Database, meetings: MeetingService) -> None:
    follow = FollowUpService(db)
    for date, owner in ((dt.date(2024, 11, 13), "Ledelsessekretariatet"),
                        (dt.date(2025, 1, 29), "Økonomichef Bettina Andersen"),
                        (dt.date(2023, 11, 22), "Ledelsessekretariatet")):
        meeting = meetings.get(date)
        follow.add(meeting.board, date, meeting.items[1].uid, owner, "Opgave")
    entries = follow.entries(open_only=True)
    assert [e.date.year for e in entries] == [2023, 2024, 2025]
    assert sorted({e.owner for e in entries}) == ["Ledelsessekretariatet", "Økonomichef Bettina Andersen"]
    follow.edit(entries[0].id, "Kommunaldirektør Jonas Kroustrup", "Ny opgave")
    assert follow.entries()[0].owner == "Kommunaldirektør Jonas Kroustrup"
    follow.remove(entries[0].id)
    assert len(follow.entries()) == 2


@pytest.mark.parametrize(("decision", "kind", "target"), [
    ("Punktet bringes på mødet i direktionen den 20. november.", CarryOver.ON_DATE,
     dt.date(2024, 11, 20)),
    ("Sagen udsættes til et senere møde.", CarryOver.UNDATED, None),
])
def test_a_postponing_decision_lands_the_item_in_the_plan(
        db: Database, meetings: MeetingService, referat: Meeting, decision: str,
        kind: CarryOver, target: dt.date | None) -> None:
    carry = CarryOverService(db)
    uid = decide(meetings, referat, 4, decision)
    title = meetings.get(referat.date).items[3].title
    proposal = carry.proposal(referat.board, referat.date, uid, decision)
    assert proposal is not None and (proposal.kind, proposal.target, proposal.title) == (kind, target, title)
    carry.carry(referat.board, referat.date, uid, proposal.target)
    plan = PlanService(db).plan(referat.board, referat.date)
    if target is None:
        point = next(p for p in plan.undated if p.text == title)
    else:
        point = next(p for m in plan.meetings if m.date == target for p in m.points if p.text == title)
    assert point.origin == referat.date
    # Carried once: not proposed again.
    assert carry.proposal(referat.board, referat.date, uid, decision) is None


def test_next_meeting_means_the_next_one_not_cancelled(
        db: Database, meetings: MeetingService, referat: Meeting) -> None:
    plan = PlanService(db)
    upcoming = [m.date for m in plan.plan(referat.board, referat.date).upcoming(referat.date, 3)]
    plan.cancel(referat.board, upcoming[0], "Direktionsseminar")
    uid = decide(meetings, referat, 2, "Punktet blev udskudt til næste møde.")
    proposal = CarryOverService(db).proposal(referat.board, referat.date, uid,
                                             "Punktet blev udskudt til næste møde.")
    assert proposal is not None and proposal.kind is CarryOver.NEXT_MEETING
    assert proposal.target == upcoming[1]


def test_a_follow_up_named_again_and_again_is_proposed_once(
        db: Database, meetings: MeetingService, referat: Meeting) -> None:
    sentence = "Sagen sendes i høring, og økonomichefen følger op på budgettet. "
    text = sentence * 12 + "Lene Mehlsen følger op."
    uid = decide(meetings, referat, 3, text)
    proposed = [(p.owner, p.task) for p in FollowUpService(db).proposals(
        referat.board, referat.date, uid, text)]
    # Twelve times the same owner and task: once, and Lene Mehlsen's.
    assert proposed == [("Økonomichefen", "Sagen sendes i høring (på budgettet)"),
                        ("Lene Mehlsen", "Sagen sendes i høring, og økonomichefen følger op på "
                                         "budgettet")]


def test_a_plain_decision_proposes_nothing(db: Database, meetings: MeetingService,
                                           referat: Meeting) -> None:
    uid = decide(meetings, referat, 2, "Taget til efterretning.")
    assert CarryOverService(db).proposal(referat.board, referat.date, uid,
                                         "Taget til efterretning.") is None
    assert FollowUpService(db).proposals(referat.board, referat.date, uid,
                                         "Taget til efterretning.") == []
