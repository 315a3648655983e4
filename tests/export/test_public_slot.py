"""A grid row of a closed item may have its text marked public: printed, and nothing else of the item."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import docx
import pytest

from dirdesk.domain.interchange import read_meeting, write_meeting
from dirdesk.export import DocumentKind, export_meeting
from tests.conftest import fixture_files
from tests.export.office import docx_text
from tests.export.sample import CLOSED_MARKERS, closed_meeting

PUBLIC = "Specialkonsulent Hanne Holm deltager under behandlingen."


def public_slot_meeting():  # type: ignore[no-untyped-def]
    meeting = closed_meeting()
    schedule = tuple(dataclasses.replace(s, text=PUBLIC, public_text=True) if s.title == "ZZSLOTTITLEMARK" else s
                     for s in meeting.schedule)
    return dataclasses.replace(meeting, schedule=schedule)


@pytest.mark.parametrize("public", [False, True])
def test_published_dagsorden_prints_a_public_slot_text_and_nothing_else_of_the_closed_item(
        public: bool, tmp_path: Path) -> None:
    meeting = public_slot_meeting()
    if not public:
        meeting = dataclasses.replace(meeting, schedule=tuple(
            dataclasses.replace(s, public_text=False) for s in meeting.schedule))
    target = tmp_path / "dagsorden.docx"
    export_meeting(meeting, DocumentKind.DAGSORDEN, target, find_soffice=lambda: None)
    text = docx_text(target)
    assert (PUBLIC in text) is public
    assert [m for m in CLOSED_MARKERS if m in text] == []
    grid = next(t for t in docx.Document(str(target)).tables if t.rows[0].cells[0].text == "Tid")
    row = next(r for r in grid.rows if r.cells[0].text == "10.45")
    assert row.cells[1].text == ("Personalesag\n" + PUBLIC if public else "Personalesag")


def test_meeting_files_without_the_property_read_unchanged_and_it_round_trips() -> None:
    for fixture in fixture_files():
        meeting = read_meeting(fixture.read_bytes())
        assert not any(s.public_text for s in meeting.schedule)
        assert "public_text" not in write_meeting(meeting).decode()  # written only when set
    meeting = read_meeting(fixture_files()[0].read_bytes())
    meeting = dataclasses.replace(meeting, schedule=(
        dataclasses.replace(meeting.schedule[0], text=PUBLIC, public_text=True), *meeting.schedule[1:]))
    data = write_meeting(meeting)
    slot = next(s for s in json.loads(data)["schedule"] if s.get("text") == PUBLIC)
    assert slot["public_text"] is True
    assert read_meeting(data).schedule == meeting.schedule


def test_public_text_must_be_a_boolean() -> None:
    from dirdesk.domain.interchange import MeetingFileError

    doc = json.loads(fixture_files()[0].read_bytes())
    doc["schedule"][0]["public_text"] = "ja"
    with pytest.raises(MeetingFileError) as caught:
        read_meeting(json.dumps(doc).encode())
    assert "schedule[0].public_text" in caught.value.problem.text()


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_the_mark_is_stored_with_the_meeting(db_url: str) -> None:
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    meeting = read_meeting(fixture_files()[0].read_bytes())
    meeting = dataclasses.replace(meeting, schedule=(
        dataclasses.replace(meeting.schedule[0], text=PUBLIC, public_text=True), *meeting.schedule[1:]))
    with Database(db_url) as db:
        MeetingService(db).import_meeting(meeting)
        stored = MeetingService(db).get(meeting.date, meeting.board)
    assert [s.public_text for s in stored.schedule] == [True] + [False] * (len(meeting.schedule) - 1)
