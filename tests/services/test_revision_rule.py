"""One revision rule: imports, plan notes and cancellations are saves like any other."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dirdesk.domain.model import AgendaItem, Meeting, MeetingStatus
from dirdesk.services.meetings import MeetingChanged, MeetingService, SignedReplace
from dirdesk.services.plan import NoteChanged, PlanService
from dirdesk.storage.database import Database

BOARD = "Direktionen"
DAY = dt.date(2025, 1, 29)
LATER = dt.date(2025, 2, 5)


def meeting(*titles: str, day: dt.date = DAY) -> Meeting:
    return Meeting(board=BOARD, date=day, start=dt.time(9), end=dt.time(12), location="Rådhuset",
                   items=tuple(AgendaItem(t) for t in titles))


@pytest.mark.parametrize("change", ["note", "cancel", "uncancel"])
def test_a_plan_edit_makes_a_window_holding_the_meeting_get_a_conflict(
        db: Database, change: str) -> None:
    service, plan = MeetingService(db), PlanService(db)
    service.import_meeting(meeting("Godkendelse"))
    plan.ensure_meeting(BOARD, LATER)
    if change == "uncancel":
        plan.cancel(BOARD, LATER, "Vinterferie")
    window = service.get(LATER, BOARD)  # the window opens the coming meeting
    {"note": lambda: plan.set_note(BOARD, LATER, "Kim Bruun deltager ikke på mødet"),
     "cancel": lambda: plan.cancel(BOARD, LATER, "Vinterferie"),
     "uncancel": lambda: plan.uncancel(BOARD, LATER)}[change]()
    planned = service.get(LATER, BOARD)
    with pytest.raises(MeetingChanged) as told:
        service.save(dataclasses.replace(window, location="Byrådssalen"))
    assert told.value.changes  # it says what the plan changed
    assert service.get(LATER, BOARD) == planned  # nothing saved over the plan's edit


def test_a_plan_note_based_on_an_old_note_is_refused(db: Database) -> None:
    plan = PlanService(db)
    MeetingService(db).import_meeting(meeting("Godkendelse"))
    plan.ensure_meeting(BOARD, LATER)
    plan.set_note(BOARD, LATER, "første", base=None)
    with pytest.raises(NoteChanged):
        plan.set_note(BOARD, LATER, "anden", base=None)
    assert MeetingService(db).get(LATER, BOARD).note == "første"


def test_replacing_signed_minutes_is_refused_unless_they_are_kept_as_a_version(db: Database) -> None:
    service = MeetingService(db)
    service.import_meeting(meeting("Godkendelse", "Økonomi"))
    stored = service.get(DAY, BOARD)
    service.set_decision(BOARD, DAY, stored.items[1].uid, "Godkendt.")
    service.set_status(BOARD, DAY, MeetingStatus.MINUTES_SIGNED)
    signed = service.get(DAY, BOARD)
    with pytest.raises(SignedReplace, match="--new-version"):
        service.import_meeting(meeting("Andet"), replace=True)
    assert service.get(DAY, BOARD) == signed
    result = service.import_meeting(meeting("Andet"), replace=True, new_version="Rettet titel")
    assert result.kept_version == 1 and result.meeting.version == 2
    assert [i.title for i in result.meeting.items] == ["Andet"]
    kept = service.kept_version(BOARD, DAY, 1)
    assert kept is not None and kept.items[1].decision == "Godkendt."


def test_a_window_save_based_on_the_revision_before_an_import_is_refused(db: Database) -> None:
    """The import is a save: a window save between its look and its write refuses it."""
    service = MeetingService(db)
    service.import_meeting(meeting("A", "B"))
    window = service.get(DAY, BOARD)
    service.save(dataclasses.replace(window, note="typed in the window"))
    # A window save based on the revision before the import is refused the other way round.
    service.import_meeting(meeting("C"), replace=True)
    with pytest.raises(MeetingChanged):
        service.save(dataclasses.replace(window, note="stale window"))
    assert [i.title for i in service.get(DAY, BOARD).items] == ["C"]
