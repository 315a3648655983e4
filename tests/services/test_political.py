"""The political calendar on both databases: entries, .ics import, item 1, the board's .ics."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from dirdesk import paths
from dirdesk.catalogue import danish
from dirdesk.domain.ics import CalendarFileError, read_calendar
from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import Section
from dirdesk.domain.political import CommitteeMeeting
from dirdesk.services.demo import BOARD
from dirdesk.services.meetings import MeetingService
from dirdesk.services.political import CalendarEntryError, ImportCounts, PoliticalCalendarService
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository, PlanRepository
from tests.conftest import FIXTURES

D = dt.date
T = dt.time
SAMPLE = paths.resources_dir() / "demo" / "politisk-kalender.ics"


@pytest.fixture
def calendar(db: Database) -> PoliticalCalendarService:
    return PoliticalCalendarService(db)


def reference_case_text() -> str:
    import json

    data = json.loads((FIXTURES / "direktionen-2024-11-13-referat.json").read_text(encoding="utf-8"))
    return next(s["text"] for s in data["items"][0]["sections"] if s["heading"] == "Sagsfremstilling")


def test_add_edit_list_remove(calendar: PoliticalCalendarService) -> None:
    added = calendar.add(CommitteeMeeting("ØK", "Økonomiudvalget", D(2024, 11, 12), T(14, 0),
                                          "Mødelokale 1"))
    calendar.add(CommitteeMeeting("KB", "Kommunalbestyrelsen", D(2024, 11, 19)))
    calendar.add(CommitteeMeeting("GF", "Gruppeformændene", D(2024, 11, 12), T(8, 0)))
    assert added.id is not None
    assert [m.label for m in calendar.list()] == [
        "Gruppeformandsmøde", "Økonomiudvalgsmøde", "Kommunalbestyrelsesmøde"]
    assert [m.date for m in calendar.list(D(2024, 11, 13), D(2024, 11, 30))] == [D(2024, 11, 19)]
    calendar.edit(dataclasses.replace(added, date=D(2024, 11, 26), start=None))
    assert calendar.list(D(2024, 11, 26), D(2024, 11, 26))[0].location == "Mødelokale 1"
    assert calendar.remove(added.id)
    assert not calendar.remove(added.id)
    assert len(calendar.list()) == 2
    with pytest.raises(CalendarEntryError):
        calendar.add(CommitteeMeeting(" ", "", D(2024, 11, 12)))
    with pytest.raises(CalendarEntryError) as too_long:
        calendar.add(CommitteeMeeting("ØK", "x" * 301, D(2024, 11, 12)))
    assert "300" in too_long.value.text(danish())


def test_import_is_idempotent_by_uid_and_skips_what_is_not_a_committee(
        calendar: PoliticalCalendarService) -> None:
    assert calendar.import_ics(SAMPLE) == ImportCounts(added=14, updated=0, skipped=2)
    assert calendar.import_ics(SAMPLE.read_bytes()) == ImportCounts(0, 0, 2)
    stored = calendar.list()
    assert len(stored) == 14
    economy = next(m for m in stored if m.uid == "demo-politisk-02@norddjurs.example")
    assert (economy.committee, economy.name, economy.date, economy.start, economy.location) == (
        "ØK", "Økonomiudvalget", D(2024, 11, 12), T(14, 0), "Mødelokale 1, rådhuset")
    theme = next(m for m in stored if m.uid == "demo-politisk-04@norddjurs.example")
    assert theme.label == "Kommunalbestyrelsestemamøde"
    # Given in UTC in the file: Danish time in the calendar.
    assert next(m for m in stored if m.committee == "BUU").start == T(15, 0)

    moved = SAMPLE.read_bytes().replace(b"20241112T140000", b"20241112T150000")
    assert calendar.import_ics(moved) == ImportCounts(0, 1, 2)
    cancelled = moved.replace(
        b"UID:demo-politisk-03@", b"STATUS:CANCELLED\r\nUID:demo-politisk-03@")
    assert calendar.import_ics(cancelled) == ImportCounts(0, 1, 2)
    assert len(calendar.list()) == 13


def test_a_seminar_over_two_days_is_one_line_and_imports_once(calendar: PoliticalCalendarService) -> None:
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:sem\r\n"
            b"DTSTART;VALUE=DATE:20250127\r\nDTEND;VALUE=DATE:20250129\r\n"
            b"SUMMARY:Kommunalbestyrelsesseminar\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert calendar.import_ics(data) == ImportCounts(1, 0, 0)
    assert calendar.import_ics(data) == ImportCounts(0, 0, 0)
    assert [(m.date, m.uid) for m in calendar.list()] == [(D(2025, 1, 27), "sem"), (D(2025, 1, 28), "sem#2")]


def test_bad_file_is_one_clear_message_and_changes_nothing(calendar: PoliticalCalendarService,
                                                           tmp_path: Path) -> None:
    lines = SAMPLE.read_bytes().split(b"\r\n")
    assert lines[39].startswith(b"DTSTART") and b"20241118T150000" in lines[39]
    lines[39] = lines[39].replace(b"20241118", b"20241199")
    bad = tmp_path / "udvalg.ics"
    bad.write_bytes(b"\r\n".join(lines))
    with pytest.raises(CalendarFileError) as caught:
        calendar.import_ics(bad)
    assert caught.value.text(danish()).startswith("udvalg.ics: ikke en gyldig kalenderfil (.ics): linje 40:")
    assert calendar.list() == []
    with pytest.raises(Exception) as missing:
        calendar.import_ics(tmp_path / "findes-ikke.ics")
    assert "kan ikke læses" in missing.value.text(danish())  # type: ignore[attr-defined]


def _board_with_plan(db: Database, *dates: D) -> None:
    with db.session() as s:
        BoardRepository(s).save(BOARD)
        plan = PlanRepository(s)
        for day in dates:
            plan.ensure_meeting(BOARD, day)


def test_item_one_uses_the_board_s_meetings_around_the_date(db: Database,
                                                             calendar: PoliticalCalendarService) -> None:
    _board_with_plan(db, D(2024, 11, 6), D(2024, 11, 13), D(2024, 11, 20))
    calendar.import_ics(SAMPLE)
    sections = calendar.item_one("Direktionen", D(2024, 11, 13))
    assert [s.heading for s in sections if isinstance(s, Section)][:3] == [
        "Sagsgang", "Sagsfremstilling", "Opsamling på forudgående møder, aktiviteter samt formål"]
    assert sections[1].text == reference_case_text()  # type: ignore[union-attr]


def test_new_meeting_from_the_plan_gets_item_one(db: Database, calendar: PoliticalCalendarService) -> None:
    """End to end: .ics in, a meeting drafted from the forward plan, item 1 written."""
    _board_with_plan(db, D(2024, 11, 6), D(2024, 11, 13), D(2024, 11, 20))
    service = MeetingService(db)
    # Without a political calendar the standing item is as the board keeps it.
    plain = service.create_from_plan("Direktionen", D(2024, 11, 6))
    assert plain.items[0].sections == BOARD.standing_items[0].sections

    calendar.import_ics(SAMPLE)
    meeting = service.create_from_plan("Direktionen", D(2024, 11, 13))
    first = meeting.items[0]
    assert first.title == BOARD.standing_items[0].title
    case = next(s for s in first.sections if isinstance(s, Section) and s.heading == "Sagsfremstilling")
    assert case.text == reference_case_text()
    # Stored like that, and editable like any item.
    stored = service.get(D(2024, 11, 13), "Direktionen")
    assert stored.items[0].sections == first.sections
    edited = dataclasses.replace(stored.items[0], sections=(Section("Sagsfremstilling", "Rettet"),))
    saved = service.save(dataclasses.replace(stored, items=(edited, *stored.items[1:])))
    assert service.get(D(2024, 11, 13), "Direktionen").items[0].sections == (
        Section("Sagsfremstilling", "Rettet"),)
    assert saved.items[0].sections == edited.sections
    # The other standing items are untouched.
    assert meeting.items[-1].sections == BOARD.standing_items[-1].sections


def test_export_lists_open_items_only_and_marks_cancelled_meetings(
        db: Database, calendar: PoliticalCalendarService) -> None:
    service = MeetingService(db)
    meeting = read_meeting((FIXTURES / "direktionen-2024-11-13-referat.json").read_bytes())
    secret = dataclasses.replace(meeting.items[1], title="Afskedigelse af NN", closed=True,
                                 sections=(Section("Sagsfremstilling", "Fortroligt indhold"),))
    service.import_meeting(dataclasses.replace(meeting, items=(meeting.items[0], secret,
                                                               *meeting.items[2:])))
    stamp = dt.datetime(2024, 11, 1, 8, 0, tzinfo=dt.UTC)
    data = calendar.export_ics("Direktionen", D(2024, 11, 1), D(2025, 2, 28), stamp=stamp)
    assert data == calendar.export_ics("Direktionen", D(2024, 11, 1), D(2025, 2, 28), stamp=stamp)
    assert b"Afskedigelse" not in data and b"Fortroligt" not in data
    events = {e.date: e for e in read_calendar(data)}
    held = events[D(2024, 11, 13)]
    assert (held.summary, held.start, held.end, held.location) == (
        "Direktionsmøde", T(9, 0), T(13, 0), "Mødelokale 250, rådhuset")
    assert held.description.splitlines() == [
        "Dagsorden:", "1. Beslutningsprotokoller og dagsordener", "3. Punkter til behandling",
        "4. Eventuelt, herunder punkter til næste møde"]
    assert held.uid == "direktionen-20241113@dirdesk"
    winter = events[D(2025, 2, 12)]  # "Vinterferie" in the plan
    assert winter.cancelled and winter.description == "Aflyst: Vinterferie"
    assert not events[D(2025, 2, 5)].cancelled
    assert min(events) == D(2024, 11, 13) and max(events) <= D(2025, 2, 28)
