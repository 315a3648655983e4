"""Search across all meetings: words with Danish letters; any typed text is safe."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import Attachment
from dirdesk.services.meetings import MeetingService
from dirdesk.storage.database import Database
from tests.conftest import fixture_files


@pytest.fixture
def service(db: Database) -> MeetingService:
    service = MeetingService(db)
    for path in fixture_files():
        service.import_meeting(read_meeting(path.read_bytes()))
    return service


def test_a_decision_is_found_by_a_word_from_it(service: MeetingService) -> None:
    meeting = service.get(read_meeting(fixture_files()[-1].read_bytes()).date)
    item = meeting.items[3]
    service.set_decision(meeting.board, meeting.date, item.uid, "Direktionen godkendte "
                         "kørselsordningen for ældreområdet.", base=item.decision)
    hits = service.search("kørselsordningen")
    assert [(h.date, h.item_number, h.kind) for h in hits] == [(meeting.date, 4, "decision")]
    assert hits[0].item_uid == item.uid and hits[0].item_title == item.title


def test_danish_letters_are_their_own_letters(service: MeetingService) -> None:
    hits = service.search("økonomi")
    assert hits and all("økonomi" in h.text.casefold() for h in hits)
    # "okonomi" is not "økonomi": æ, ø and å are letters of their own in Danish.
    assert service.search("okonomi") == []
    assert service.search("ØKONOMI") == hits


def test_all_words_must_match_and_a_word_matches_as_a_prefix(service: MeetingService) -> None:
    both = service.search("udmøntningsplan direktør")
    assert both
    for hit in both:
        words = hit.text.casefold()
        assert "udmøntningsplan" in words and "direktør" in words
    assert len(service.search("udmøntning")) >= len(service.search("udmøntningsplanen"))


def test_newest_meeting_first(service: MeetingService) -> None:
    dates = [h.date for h in service.search("direktionen")]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) == 3


@pytest.mark.parametrize("typed", [
    'udvalg-møde', '"budget', 'AND', 'OR NOT', '*', 'NEAR(a b)', "budget'; DROP TABLE items;--",
    '(', ')', '^', ':', '"', "''", '   ', '', 'økonomi*', 'col:økonomi', '-økonomi', '+', '\\',
])
def test_any_typed_text_is_words_or_nothing(service: MeetingService, typed: str) -> None:
    before = service.summaries()
    hits = service.search(typed)  # never a syntax error
    assert isinstance(hits, list)
    assert service.summaries() == before  # and nothing happened to the data


def test_a_hyphenated_query_finds_both_words(service: MeetingService) -> None:
    meeting = service.get(read_meeting(fixture_files()[0].read_bytes()).date)
    items = list(meeting.items)
    items[1] = dataclasses.replace(items[1], attachments=items[1].attachments + (
        Attachment("Notat om zulu-præsentationen", doc_no="12345/24"),))
    service.save(dataclasses.replace(meeting, items=tuple(items)))
    hits = service.search("zulu-præsentation")
    assert [(h.kind, h.item_number) for h in hits] == [("attachment", 2)]
    assert [h.kind for h in service.search("12345")] == ["attachment"]


def test_a_replaced_meeting_is_found_by_its_new_words_only(service: MeetingService) -> None:
    meeting = service.get(read_meeting(fixture_files()[0].read_bytes()).date)
    items = list(meeting.items)
    old_title = items[2].title
    items[2] = dataclasses.replace(items[2], title="Zebraovergang ved rådhuset")
    service.save(dataclasses.replace(meeting, items=tuple(items)))
    assert [h.item_number for h in service.search("zebraovergang")] == [3]
    assert not any(h.date == meeting.date and h.kind == "title" and h.text == old_title
                   for h in service.search(old_title))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_random_text_never_breaks_search(service: MeetingService, typed: str) -> None:
    assert isinstance(service.search(typed), list)


@pytest.mark.parametrize("limit", [1, 3, 100])
def test_many_hits_give_the_same_newest_first_as_few(service: MeetingService, limit: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A word in very many entries is found by walking the newest meetings first: same hits."""
    from dirdesk.storage import search_repository

    few = service.search("direktionen", limit)
    monkeypatch.setattr(search_repository, "WALK_FROM", 0)
    many = service.search("direktionen", limit)
    assert many == few and len(many) == min(limit, len(service.search("direktionen", 1000)))
