"""Saving edits on a shared database: conflicts are told, never silently overwritten; signing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dirdesk.catalogue import danish
from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import AgendaItem, Meeting, MeetingStatus
from dirdesk.services.meetings import (
    DecisionChanged,
    MeetingChanged,
    MeetingService,
    MeetingSigned,
)
from dirdesk.storage.database import Database
from tests.conftest import fixture_files


@pytest.fixture
def service(db: Database) -> MeetingService:
    return MeetingService(db)


@pytest.fixture
def meeting(service: MeetingService) -> Meeting:
    source = read_meeting(fixture_files()[-1].read_bytes())  # 2025-01-29 REFERAT
    service.import_meeting(source)
    return service.get(source.date)


def retitled(meeting: Meeting, number: int, title: str) -> Meeting:
    items = list(meeting.items)
    items[number - 1] = dataclasses.replace(items[number - 1], title=title)
    return dataclasses.replace(meeting, items=tuple(items))


def test_each_save_moves_the_revision_on(service: MeetingService, meeting: Meeting) -> None:
    assert meeting.revision >= 1
    saved = service.save(retitled(meeting, 2, "Økonomi og budget"))
    assert saved.revision == meeting.revision + 1
    assert service.get(meeting.date).items[1].title == "Økonomi og budget"
    again = service.save(retitled(saved, 2, "Økonomi"))
    assert again.revision == saved.revision + 1


def test_the_second_save_from_the_same_copy_is_told_what_changed(
        service: MeetingService, meeting: Meeting) -> None:
    alice = retitled(meeting, 3, "Alices titel")
    bob = retitled(meeting, 4, "Bobs titel")
    service.save(alice, base=meeting)
    with pytest.raises(MeetingChanged) as caught:
        service.save(bob, base=meeting)
    conflict = caught.value
    assert conflict.changes == ["Punkt 3 (Alices titel): titlen er ændret"]
    assert conflict.theirs.items[2].title == "Alices titel"
    assert "efter at du åbnede det" in conflict.text(danish())
    # Nothing of Bob's was written; Alice's stands.
    stored = service.get(meeting.date)
    assert stored.items[2].title == "Alices titel"
    assert stored.items[3].title == meeting.items[3].title


def test_keeping_mine_after_a_conflict_overwrites_knowingly(
        service: MeetingService, meeting: Meeting) -> None:
    service.save(retitled(meeting, 3, "Alices titel"))
    bob = retitled(meeting, 4, "Bobs titel")
    with pytest.raises(MeetingChanged):
        service.save(bob)
    kept = service.save(bob, force=True)
    stored = service.get(meeting.date)
    assert stored.items[3].title == "Bobs titel" and stored.items[2].title == meeting.items[2].title
    assert stored.revision == kept.revision


def test_decisions_of_different_items_do_not_conflict(
        service: MeetingService, meeting: Meeting) -> None:
    first, second = meeting.items[0], meeting.items[1]
    service.set_decision(meeting.board, meeting.date, first.uid, "Taget til efterretning.",
                         base=first.decision)
    service.set_decision(meeting.board, meeting.date, second.uid, "Godkendt.", base=second.decision)
    stored = service.get(meeting.date)
    assert [i.decision for i in stored.items[:2]] == ["Taget til efterretning.", "Godkendt."]


def test_a_decision_typed_from_a_stale_text_is_refused_with_theirs(
        service: MeetingService, meeting: Meeting) -> None:
    item = meeting.items[2]
    service.set_decision(meeting.board, meeting.date, item.uid, "Alice skrev dette.",
                         base=item.decision)
    with pytest.raises(DecisionChanged) as caught:
        service.set_decision(meeting.board, meeting.date, item.uid, "Bob skrev dette.",
                             base=item.decision)
    assert caught.value.theirs == "Alice skrev dette."
    assert caught.value.number == 3
    assert service.get(meeting.date).items[2].decision == "Alice skrev dette."


def test_a_decision_moves_the_revision_so_a_stale_whole_save_is_caught(
        service: MeetingService, meeting: Meeting) -> None:
    item = meeting.items[0]
    service.set_decision(meeting.board, meeting.date, item.uid, "Ny beslutning.", base=item.decision)
    with pytest.raises(MeetingChanged) as caught:
        service.save(retitled(meeting, 2, "Andet"), base=meeting)
    assert "Punkt 1 (" in caught.value.changes[0] and "beslutningen er ændret" in caught.value.changes[0]


def test_a_signed_referat_refuses_a_silent_edit(service: MeetingService, meeting: Meeting) -> None:
    service.set_status(meeting.board, meeting.date, MeetingStatus.MINUTES_SIGNED)
    signed = service.get(meeting.date)
    with pytest.raises(MeetingSigned):
        service.save(retitled(signed, 2, "Ændret efter underskrift"))
    with pytest.raises(MeetingSigned):
        service.set_decision(signed.board, signed.date, signed.items[0].uid, "Ændret")
    assert service.get(meeting.date) == signed


def test_a_new_version_keeps_the_signed_one_with_who_and_why(
        service: MeetingService, meeting: Meeting) -> None:
    service.set_status(meeting.board, meeting.date, MeetingStatus.MINUTES_SIGNED)
    signed = service.get(meeting.date)
    assert signed.version == 1
    opened = service.new_version(signed.board, signed.date, "Stavefejl i punkt 2")
    assert opened.version == 2 and opened.status is MeetingStatus.HELD
    changed = service.save(retitled(opened, 2, "Økonomi (rettet)"))
    assert changed.version == 2
    versions = service.versions(signed.board, signed.date)
    assert [(v, why) for v, _at, _who, why in versions] == [(1, "Stavefejl i punkt 2")]
    kept = service.kept_version(signed.board, signed.date, 1)
    assert kept == signed  # the signed content, exactly
    kinds = [kind for _at, kind, _who, _detail in service.history(signed.board, signed.date)]
    assert "minutes_signed" in kinds and kinds[-2:] == ["new_version", "changed"]


def test_history_records_a_run_of_saves_once(service: MeetingService, meeting: Meeting) -> None:
    current = meeting
    for n in range(5):
        current = service.save(retitled(current, 2, f"Titel {n}"))
    kinds = [kind for _at, kind, _who, _detail in service.history(meeting.board, meeting.date)]
    assert kinds.count("changed") == 1


def test_an_item_added_elsewhere_is_named_in_the_conflict(
        service: MeetingService, meeting: Meeting) -> None:
    added = dataclasses.replace(meeting, items=meeting.items + (AgendaItem("Nyt punkt"),))
    service.save(added)
    with pytest.raises(MeetingChanged) as caught:
        service.save(dataclasses.replace(meeting, location="Et andet sted"), base=meeting)
    assert caught.value.changes == [f"Punkt {len(added.items)} (Nyt punkt) er tilføjet"]
    assert service.get(meeting.date).location == meeting.location
    assert isinstance(caught.value.when, dt.datetime)


def test_a_save_writes_only_what_changed_and_the_rest_stays(service: MeetingService,
                                                            meeting: Meeting) -> None:
    """A grid move leaves items and the search index as they were; a changed item is re-indexed."""
    moved = dataclasses.replace(meeting, schedule=(meeting.schedule[1], meeting.schedule[0],
                                                   *meeting.schedule[2:]))
    stored = service.save(moved)
    again = service.get(meeting.date)
    assert again.schedule == moved.schedule and again.items == meeting.items
    assert [i.uid for i in again.items] == [i.uid for i in meeting.items]
    assert service.search(meeting.items[3].title.split()[0])
    renamed = service.save(retitled(stored, 4, "Kørselsordning for ældreområdet"))
    assert service.get(meeting.date).items[3].title == "Kørselsordning for ældreområdet"
    assert [h.item_number for h in service.search("kørselsordning")] == [4]
    assert renamed.revision == stored.revision + 1
