"""Participation per item: guests, inhabilitet, arrivals and departures, the interest register."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.decisions import follow_ups
from dirdesk.domain.model import AgendaItem, Guest, Meeting, Participation, Person, Section
from dirdesk.domain.participation import (
    Interest,
    absence_lines,
    attendance_facts,
    guest_line,
    known_guests,
    present_for,
    proposed_inhabilitet,
    slot_text_with_guests,
)

JONAS = Person("Jonas Kroustrup", "Kommunaldirektør")
LENE = Person("Lene Mehlsen Thomsen", "Velfærdsdirektør")
KIM = Person("Kim Bruun Nielsen", "Teknisk direktør")


def meeting(*items: AgendaItem, absent: tuple[Person, ...] = ()) -> Meeting:
    return Meeting("Direktionen", dt.date(2025, 1, 29), dt.time(9), dt.time(13), "Rådhuset",
                   members=tuple(p for p in (JONAS, LENE, KIM) if p not in absent), absent=absent,
                   items=items)


def test_a_guest_is_read_and_shown_as_name_and_role() -> None:
    guest = Guest.parse("  Bettina Andersen  (Økonomichef) ")
    assert guest == Guest("Bettina Andersen", "Økonomichef")
    assert guest.display == "Bettina Andersen (Økonomichef)"
    assert Guest.parse("Borgmester") == Guest("Borgmester")


def test_the_grid_line_names_every_guest_once() -> None:
    guests = (Guest("", "Borgmester"), Guest("Bettina Andersen", "Økonomichef"))
    assert guest_line(guests) == "Borgmester og økonomichef Bettina Andersen deltager under behandlingen."
    assert slot_text_with_guests("Hovedoversigt drøftes.", guests) == (
        "Hovedoversigt drøftes.\nBorgmester og økonomichef Bettina Andersen deltager under behandlingen.")
    typed = "Borgmester deltager under behandlingen."
    assert slot_text_with_guests(typed, guests) == typed  # not typed twice
    assert slot_text_with_guests(None, ()) is None


def test_inhabil_member_gets_the_standard_line_and_is_not_present_for_the_item() -> None:
    item = AgendaItem("Salg af grund", participation=Participation(inhabil=("Jonas Kroustrup",),
                                                                    away=("Kim Bruun Nielsen",)))
    m = meeting(AgendaItem("Økonomi"), item)
    assert absence_lines(m, item) == [
        "Kommunaldirektør Jonas Kroustrup deltog ikke i behandlingen af punktet på grund af inhabilitet.",
        "Teknisk direktør Kim Bruun Nielsen deltog ikke i behandlingen af punktet."]
    assert present_for(m, 2) == [LENE]
    assert present_for(m, 1) == [JONAS, LENE, KIM]


def test_arrivals_and_departures_follow_the_items() -> None:
    m = meeting(AgendaItem("A"), AgendaItem("B", participation=Participation(arrives=("Kim Bruun Nielsen",))),
                AgendaItem("C", participation=Participation(leaves=("Lene Mehlsen Thomsen",))),
                AgendaItem("D"), absent=(KIM,))
    assert present_for(m, 1) == [JONAS, LENE]
    assert present_for(m, 2) == [JONAS, LENE, KIM]
    assert present_for(m, 3) == [JONAS, LENE, KIM]
    assert present_for(m, 4) == [JONAS, KIM]
    present, absent = attendance_facts(m)
    assert present == ["Kommunaldirektør Jonas Kroustrup",
                       "Velfærdsdirektør Lene Mehlsen Thomsen (til og med punkt 3)",
                       "Teknisk direktør Kim Bruun Nielsen (fra punkt 2)"]
    assert absent == []


def test_the_interest_register_proposes_inhabilitet_on_whole_words() -> None:
    register = [Interest("Jonas Kroustrup", "Djurs Vand A/S"), Interest("Kim Bruun Nielsen", "Vand")]
    item = AgendaItem("Takster 2026", sections=(Section("Sagsfremstilling",
                                                         "Aftale med **Djurs Vand A/S** om takster."),))
    assert [i.member for i in proposed_inhabilitet(item, register)] == ["Jonas Kroustrup", "Kim Bruun Nielsen"]
    unrelated = AgendaItem("Vandløbsregulativ")  # "Vand" only as part of a word
    assert proposed_inhabilitet(unrelated, register) == []
    declared = AgendaItem("Djurs Vand A/S", participation=Participation(inhabil=("Jonas Kroustrup",)))
    assert [i.member for i in proposed_inhabilitet(declared, register)] == ["Kim Bruun Nielsen"]


def test_guests_of_earlier_meetings_are_offered_once() -> None:
    b = Guest("Bettina Andersen", "Økonomichef")
    one = meeting(AgendaItem("X", participation=Participation(guests=(b, Guest("", "Borgmester")))))
    two = meeting(AgendaItem("Y", participation=Participation(guests=(b,))))
    assert [g.display for g in known_guests([one, two])] == ["Borgmester", "Bettina Andersen (Økonomichef)"]


def test_a_follow_up_keeps_a_sentence_with_a_danish_ordinal_whole() -> None:
    found = follow_ups("Direktionen godkender planen. Den evalueres i 1. kvartal 2027. "
                       "Velfærdsdirektør Lene Mehlsen følger op.")
    assert [(f.owner, f.task) for f in found] == [
        ("Velfærdsdirektør Lene Mehlsen", "Den evalueres i 1. kvartal 2027")]
