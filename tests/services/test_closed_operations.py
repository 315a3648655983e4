"""Access travels with content through operations: carry-over, drafting, removing an item."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dirdesk.domain import agenda
from dirdesk.domain.model import (
    AgendaItem,
    Insert,
    InsertKind,
    Meeting,
    ScheduleSlot,
    Section,
)
from dirdesk.export import DocumentKind, render_bytes
from dirdesk.services.followups import CarryOverService
from dirdesk.services.meetings import MeetingService
from dirdesk.services.political import PoliticalCalendarService
from dirdesk.storage.database import Database
from tests.reliability.markers import in_docx, in_text

BOARD = "Direktionen"
DAY = dt.date(2025, 1, 29)


def meeting(*items: AgendaItem, schedule: tuple[ScheduleSlot, ...] = ()) -> Meeting:
    return Meeting(board=BOARD, date=DAY, start=dt.time(9), end=dt.time(12), location="Rådhuset",
                   items=items, schedule=schedule)


def published_markers(m: Meeting) -> set[str]:
    return set().union(*(in_docx(render_bytes(m, kind)) for kind in DocumentKind))


def internal_markers(m: Meeting) -> set[str]:
    return set().union(*(in_docx(render_bytes(m, kind, internal=True)) for kind in DocumentKind))


def test_a_postponed_closed_item_is_drafted_closed_in_the_next_meeting(db: Database) -> None:
    service = MeetingService(db)
    closed = AgendaItem("Personalesag", closed=True, sections=(Section("Sagsfremstilling", "ZQ00001QZ"),),
                        decision="Sagen udsættes til næste møde.")
    service.import_meeting(meeting(AgendaItem("Godkendelse af dagsorden",
                                              sections=(Insert(InsertKind.SCHEDULE),)), closed))
    stored = service.get(DAY, BOARD)
    uid = stored.items[1].uid
    carry = CarryOverService(db)
    proposal = carry.proposal(BOARD, DAY, uid, closed.decision)
    assert proposal is not None and proposal.target is not None
    carry.carry(BOARD, DAY, uid, proposal.target)

    draft = service.create_from_plan(BOARD, proposal.target)
    carried = next(i for i in draft.items if i.title == "Personalesag")
    assert carried.closed
    # What is typed into it later stays out of every published output.
    typed = agenda.replace_item(draft, draft.items.index(carried), AgendaItem(
        carried.title, carried.closed, journal_no="ZQ00002QZ",
        sections=(Section("Sagsfremstilling", "ZQ00003QZ"),), uid=carried.uid))
    saved = service.save(typed)
    again = service.get(saved.date, BOARD)
    assert published_markers(again) == set()
    assert internal_markers(again) == {"ZQ00002QZ", "ZQ00003QZ"}
    ics = PoliticalCalendarService(db).export_ics(BOARD, DAY, proposal.target)
    assert b"Personalesag" not in ics.replace(b"\r\n ", b"")


def test_removing_a_closed_item_keeps_its_grid_row_closed(db: Database) -> None:
    service = MeetingService(db)
    items = (AgendaItem("Godkendelse", sections=(Insert(InsertKind.SCHEDULE),)),
             AgendaItem("Lukket sag", closed=True, sections=(Section("", "ZQ00010QZ"),)))
    grid = (ScheduleSlot(dt.time(9), "Godkendelse", item=1),
            ScheduleSlot(dt.time(10), "ZQ00011QZ", "ZQ00012QZ deltager", item=2),
            ScheduleSlot(dt.time(12), "Mødet afsluttes"))
    service.import_meeting(meeting(*items, schedule=grid))
    stored = service.get(DAY, BOARD)
    service.save(agenda.remove_item(stored, 1))
    after = service.get(DAY, BOARD)
    assert after.schedule[1].item is None and after.schedule[1].closed
    assert published_markers(after) == set()
    assert internal_markers(after) == {"ZQ00011QZ", "ZQ00012QZ"}
    # Unlinking the row by hand (the grid's item column cleared, as the window does) too.
    slots = list(stored.schedule)
    slots[1] = dataclasses.replace(slots[1], item=None)
    unlinked = dataclasses.replace(stored, schedule=tuple(slots))
    assert unlinked.schedule[1].closed
    assert published_markers(unlinked) == set()
    # The meeting file cannot say a row is closed: it holds the row as published.
    from dirdesk.domain.interchange import write_meeting
    assert in_text(write_meeting(after)) == set()


def test_closing_a_row_keeps_its_public_text_mark() -> None:
    """A row marked 'text public' keeps the mark when it is closed by its item (the merge of
    the row's access with the documents' public_text once dropped it)."""
    grid = (ScheduleSlot(dt.time(10), "ZQ00020QZ", "Specialkonsulent deltager", item=1, public_text=True),)
    m = meeting(AgendaItem("Sag", closed=True), schedule=grid)
    assert m.schedule[0].closed and m.schedule[0].public_text
    assert published_markers(m) == set()
