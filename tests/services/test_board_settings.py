"""Board settings on both databases: saved, checked, and never rewriting a past meeting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dirdesk.catalogue import danish
from dirdesk.domain.model import Meeting, Person, Section
from dirdesk.services.board import BoardInvalid, BoardService
from dirdesk.services.demo import BOARD
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository

D = dt.date
OLD = D(2026, 11, 4)
NEW = D(2026, 11, 25)


@pytest.fixture
def boards(db: Database) -> BoardService:
    with db.session() as s:
        BoardRepository(s).save(BOARD)
    return BoardService(db)


def test_a_changed_title_and_room_reach_new_meetings_but_not_old_ones(
        db: Database, boards: BoardService) -> None:
    meetings = MeetingService(db)
    old = meetings.create_from_plan(BOARD.name, OLD)
    assert old.members[1] == Person("Lene Mehlsen Thomsen", "Velfærdsdirektør")

    board = boards.get(BOARD.name)
    assert board == BOARD
    members = list(board.members)
    members[1] = Person("Lene Mehlsen Thomsen", "Direktør for Velfærd")
    members.append(Person("Karen Meisner", "Stabschef"))
    saved = boards.save(dataclasses.replace(board, location="Byrådssalen", members=tuple(members)))
    assert saved.members[1].title == "Direktør for Velfærd"
    assert boards.get(BOARD.name) == saved  # read back by a new session

    PlanService(db).ensure_meeting(BOARD.name, NEW)
    new = meetings.create_from_plan(BOARD.name, NEW)
    assert new.location == "Byrådssalen"
    assert [p.display for p in new.members][1:] == [
        "Direktør for Velfærd Lene Mehlsen Thomsen", "Fællesforvaltningsdirektør Kim Bruun Nielsen",
        "Stabschef Karen Meisner"]

    again: Meeting = meetings.get(OLD, BOARD.name)
    assert again.location == BOARD.location
    assert again.members == BOARD.members  # the titles it was held with


def test_standing_items_with_their_inserts_are_kept(boards: BoardService) -> None:
    board = boards.get(BOARD.name)
    assert board is not None
    first = dataclasses.replace(board.standing_items[0], title="Økonomi", closed=True,
                                sections=(Section("Sagsgang", "DIR"),))
    boards.save(dataclasses.replace(board, standing_items=(first, *board.standing_items[1:])))
    stored = boards.get(BOARD.name)
    assert stored is not None
    assert stored.standing_items[0] == first
    assert stored.standing_items[1:] == BOARD.standing_items[1:]


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"start": dt.time(13, 0), "end": dt.time(9, 0)}, "start", "Starttidspunktet (13.00)"),
    ({"members": (Person(" ", "Direktør"),)}, "members", "Medlem nr. 1 mangler et navn"),
    ({"name": ""}, "name", "Navnet mangler"),
])
def test_a_setting_that_cannot_be_saved_is_named(boards: BoardService, change: dict[str, object],
                                                  field: str, words: str) -> None:
    with pytest.raises(BoardInvalid) as caught:
        boards.save(dataclasses.replace(BOARD, **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert words in caught.value.text(danish())
    assert boards.get(BOARD.name) == BOARD
