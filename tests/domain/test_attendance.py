"""Attendance as the live pane ticks it: present at the start, arriving at an item, leaving after
one; the facts block and the lines under the items follow it."""

from __future__ import annotations

import datetime as dt

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from dirdesk.domain.interchange import read_meeting, write_meeting
from dirdesk.domain.model import AgendaItem, Meeting, Participation, Person
from dirdesk.domain.participation import (
    absence_lines,
    attendance_facts,
    presence,
    presence_note,
    set_present,
)

JONAS = Person("Jonas Kroustrup", "Kommunaldirektør")
LENE = Person("Lene Mehlsen Thomsen", "Velfærdsdirektør")
KIM = Person("Kim Bruun Nielsen", "Teknisk direktør")
PEOPLE = (JONAS, LENE, KIM)


def meeting(count: int, absent: tuple[Person, ...] = ()) -> Meeting:
    return Meeting("Direktionen", dt.date(2025, 1, 29), dt.time(9), dt.time(13), "Rådhuset",
                   members=tuple(p for p in PEOPLE if p not in absent), absent=absent,
                   items=tuple(AgendaItem(f"Punkt {n}") for n in range(1, count + 1)))


def test_arriving_and_leaving_in_the_live_pane_reach_the_facts_and_the_items() -> None:
    m = meeting(5, absent=(KIM,))
    m = set_present(m, KIM.name, 3, True)  # Kim comes in at item 3
    m = set_present(m, LENE.name, 5, False)  # Lene has gone before item 5
    present, absent = attendance_facts(m)
    assert present == ["Kommunaldirektør Jonas Kroustrup",
                       "Velfærdsdirektør Lene Mehlsen Thomsen (til og med punkt 4)",
                       "Teknisk direktør Kim Bruun Nielsen (fra punkt 3)"]
    assert absent == []
    assert absence_lines(m, m.items[2]) == ["Teknisk direktør Kim Bruun Nielsen deltog fra og med "
                                            "dette punkt."]
    assert absence_lines(m, m.items[3]) == ["Velfærdsdirektør Lene Mehlsen Thomsen forlod mødet "
                                            "efter dette punkt."]
    assert absence_lines(m, m.items[4]) == []
    # Out and in again: both periods are named, not only the first arrival and last departure.
    m = set_present(m, JONAS.name, 2, False)
    m = set_present(m, JONAS.name, 4, True)
    assert attendance_facts(m)[0][0] == ("Kommunaldirektør Jonas Kroustrup "
                                         "(til og med punkt 1, fra punkt 4)")


def test_ticking_back_leaves_no_trace() -> None:
    m = meeting(4)
    assert set_present(set_present(m, LENE.name, 3, False), LENE.name, 3, True) == m
    assert set_present(set_present(m, KIM.name, 1, False), KIM.name, 1, True) == m


def test_notes_name_every_period() -> None:
    assert presence_note((True, True, True)) == ""
    assert presence_note((False, False)) == "fraværende"
    assert presence_note((False, True, True, False, True)) == "punkt 2–3, fra punkt 5"
    assert presence_note((True, False, True, False)) == "til og med punkt 1, punkt 3"


class Ticking(RuleBasedStateMachine):
    """Random ticks in the live pane against a plain model: each member's presence per item."""

    @initialize(count=st.integers(1, 6), absent=st.sets(st.sampled_from(PEOPLE)))
    def start(self, count: int, absent: set[Person]) -> None:
        self.meeting = meeting(count, tuple(p for p in PEOPLE if p in absent))
        self.model = {p.name: [p not in absent] * count for p in PEOPLE}

    @rule(who=st.sampled_from(PEOPLE), number=st.integers(1, 6), here=st.booleans())
    def tick(self, who: Person, number: int, here: bool) -> None:
        count = len(self.meeting.items)
        number = min(number, count)
        self.meeting = set_present(self.meeting, who.name, number, here)
        self.model[who.name][number - 1:] = [here] * (count - number + 1)

    @invariant()
    def the_meeting_holds_what_was_ticked(self) -> None:
        assert {n: list(f) for n, f in presence(self.meeting).items()} == self.model
        # Every member once: a member or an absentee.
        names = [p.name for p in (*self.meeting.members, *self.meeting.absent)]
        assert sorted(names) == sorted(p.name for p in PEOPLE)
        present, absent = attendance_facts(self.meeting)
        assert len(present) + len(absent) == len(PEOPLE)
        assert {a for a in absent} == {p.display for p in PEOPLE if not any(self.model[p.name])}

    @invariant()
    def the_meeting_file_keeps_it(self) -> None:
        again = read_meeting(write_meeting(self.meeting))
        assert presence(again) == presence(self.meeting)
        assert all(isinstance(i.participation, Participation) for i in again.items)


Ticking.TestCase.settings = settings(max_examples=60, stateful_step_count=12, deadline=None)
TestTicking = Ticking.TestCase
