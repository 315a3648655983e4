"""The 2025-01-29 reference meeting made in one step from board settings and a forward plan.

The secretariat enters the board as the reference shows it (place, hours, members, the three
standing items) and plans the five points for 29 January and the weeks after. One call then
gives the meeting, and its standing parts are those of the real document.
"""

from __future__ import annotations

import datetime as dt

from dirdesk.domain import schedule
from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import Board, Insert, Meeting, Section, StandingItem
from dirdesk.services.board import BoardService
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.storage.database import Database
from tests.conftest import FIXTURES

D = dt.date
DATE = D(2025, 1, 29)
REFERENCE = FIXTURES / "direktionen-2025-01-29-referat.json"
STANDING = (0, 1, 7)  # items 1, 2 and 8 of the reference come back every week


def reference() -> Meeting:
    return read_meeting(REFERENCE.read_bytes())


def settings_as_the_secretariat_enters_them(ref: Meeting) -> Board:
    # Item 1's case text is the week's (the political calendar writes it); what stays is the rest.
    first = ref.items[0]
    first_kept = tuple(s for s in first.sections if not isinstance(s, Section)
                       or s.heading in ("Sagsgang", "Økonomiske konsekvenser", "Indstilling"))
    return Board(
        name=ref.board, location=ref.location, weekday=DATE.weekday(),
        start=ref.start, end=ref.end, members=ref.members,
        standing_items=(StandingItem(first.title, first_kept),
                        *(StandingItem(ref.items[i].title, ref.items[i].sections) for i in STANDING[1:])))


def plan_the_weeks(plan: PlanService, ref: Meeting) -> None:
    board = ref.board
    plan.ensure_meeting(board, DATE)
    for item in ref.items:
        if ref.items.index(item) not in STANDING:
            plan.add_point(board, DATE, item.title)
    assert ref.forward_plan is not None
    for row in ref.forward_plan.rows:
        plan.ensure_meeting(board, row.date)
        for point in row.points:
            plan.add_point(board, row.date, point)
        if row.cancelled:
            plan.cancel(board, row.date, row.note or "")
        elif row.note:
            plan.set_note(board, row.date, row.note)


def test_the_reference_meeting_from_settings_and_the_forward_plan(db: Database) -> None:
    ref = reference()
    BoardService(db).save(settings_as_the_secretariat_enters_them(ref))
    plan = PlanService(db)
    plan_the_weeks(plan, ref)

    made = MeetingService(db).create_from_plan(ref.board, DATE)

    # The meeting's facts and people are the reference's.
    assert (made.date, made.location, made.start, made.end) == (ref.date, ref.location, ref.start, ref.end)
    assert made.members == ref.members and made.absent == ()
    # The standing items stand where they stood, the planned points between them, in order.
    assert [i.title for i in made.items] == [i.title for i in ref.items]
    # Items 2 and 8 are the reference's word for word, with the grid and the plan where they were.
    for index in STANDING[1:]:
        assert made.items[index].sections == ref.items[index].sections
    assert Insert in {type(s) for s in made.items[1].sections}
    # Item 1 keeps its standing sections in the reference's order.
    kept = [s.heading for s in made.items[0].sections if isinstance(s, Section)]
    assert [h for h in kept if h in ("Sagsgang", "Økonomiske konsekvenser", "Indstilling")] == [
        "Sagsgang", "Økonomiske konsekvenser", "Indstilling"]
    # The first timed grid: from 9.00 with item 1 to 13.00 "Mødet afsluttes", the reference's
    # items in it (not item 2, which is the grid), a pause and lunch, and nothing out of order.
    grid = made.schedule
    assert (grid[0].start, grid[0].item) == (dt.time(9, 0), 1)
    assert (grid[-1].start, grid[-1].title, grid[-1].item) == (dt.time(13, 0), "Mødet afsluttes", None)
    assert [r.item for r in grid if r.item] == [r.item for r in ref.schedule if r.item]
    assert {"Pause", "Frokost"} <= {r.title for r in grid}
    assert schedule.findings(grid, made.start, made.end) == []
    # The forward-plan insert shows the coming weeks as the reference prints them.
    assert made.forward_plan is not None
    shown = [(r.date, r.cancelled, r.points, r.note) for r in made.forward_plan.rows]
    assert shown == [(r.date, r.cancelled, r.points, r.note) for r in ref.forward_plan.rows]  # type: ignore[union-attr]

