"""Who takes part in each item: guests, members away or inhabil, arrivals and departures.

A member is named by ``Person.name`` (the board's members list gives the title). Everything
here is derived from ``AgendaItem.participation`` and the meeting's members and absentees:
the REFERAT's lines under an item, the grid's "deltager under behandlingen" text, who was
present for which item, and the inhabilitet an interest register suggests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dirdesk.domain.model import AgendaItem, Guest, Meeting, Participation, Person, Section
from dirdesk.domain.text import plain

__all__ = ["GUESTS_WORDS", "Guest", "Interest", "Participation", "absence_lines", "attendance_facts",
           "find_member", "guest_line", "known_guests", "member", "present_for",
           "proposed_inhabilitet",
           "slot_text_with_guests"]

GUESTS_WORDS = "deltager under behandlingen"


@dataclass(frozen=True, slots=True)
class Interest:
    """A line of the interest register: a member's company, organisation or relation."""

    member: str  # Person.name
    text: str  # "Djurs Vand A/S", "Bestyrelsen for Kattegatcentret"


def _join_da(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def guest_line(guests: Sequence[Guest]) -> str:
    """"Borgmester og økonomichef Bettina Andersen deltager under behandlingen." ("" for none)."""
    if not guests:
        return ""
    spoken = [g.spoken for g in guests]
    # The sentence starts with the first guest; later roles are common nouns mid-sentence.
    spoken = [spoken[0]] + [s[:1].lower() + s[1:] if g.role else s
                            for g, s in zip(guests[1:], spoken[1:], strict=True)]
    return f"{_join_da(spoken)} {GUESTS_WORDS}."


def slot_text_with_guests(text: str | None, guests: Sequence[Guest]) -> str | None:
    """A grid row's text with the guests' line after it, unless the text already says who."""
    line = guest_line(guests)
    if not line or (text and GUESTS_WORDS in text.casefold()):
        return text
    return f"{text.rstrip()}\n{line}" if text and text.strip() else line


def member(meeting: Meeting, name: str) -> Person:
    """The member (or absentee) of that name, with title; a bare ``Person`` if unknown."""
    key = name.casefold()
    for person in (*meeting.members, *meeting.absent):
        if person.name.casefold() == key:
            return person
    return Person(name)


def find_member(meeting: Meeting, text: str) -> Person | None:
    """The member (or absentee) ``text`` names: their name or their title and name, in any
    case and spacing ("jonas  kroustrup", "Kommunaldirektør Jonas Kroustrup"); ``None`` if
    nobody of the meeting is meant."""
    key = " ".join(text.split()).casefold()
    for person in (*meeting.members, *meeting.absent):
        if key in (person.name.casefold(), " ".join(person.display.split()).casefold()):
            return person
    return None


def absence_lines(meeting: Meeting, item: AgendaItem) -> list[str]:
    """The REFERAT's lines under an item: who was inhabil, who did not take part."""
    p = item.participation
    lines = [f"{member(meeting, n).display} deltog ikke i behandlingen af punktet på grund af "
             "inhabilitet." for n in p.inhabil]
    lines += [f"{member(meeting, n).display} deltog ikke i behandlingen af punktet."
              for n in p.away if n not in p.inhabil]
    return lines


def present_for(meeting: Meeting, number: int) -> list[Person]:
    """The members in the room for item ``number`` (1-based): present at the start or arrived
    by then, not yet left, and neither away nor inhabil in that item."""
    here = {p.name for p in meeting.members}
    for i, item in enumerate(meeting.items[:number], start=1):
        here |= set(item.participation.arrives)
        if i < number:
            here -= set(item.participation.leaves)
    item = meeting.items[number - 1]
    here -= set(item.participation.away) | set(item.participation.inhabil)
    return [p for p in (*meeting.members, *meeting.absent) if p.name in here]


def attendance_facts(meeting: Meeting) -> tuple[list[str], list[str]]:
    """The facts block's members and absentees as the meeting really ran: a member who came
    late or left early is a member with "(fra punkt 3)" / "(til og med punkt 5)"; an
    absentee who arrived is no longer absent."""
    arrived: dict[str, int] = {}
    left: dict[str, int] = {}
    for number, item in enumerate(meeting.items, start=1):
        for name in item.participation.arrives:
            arrived.setdefault(name, number)
        for name in item.participation.leaves:
            left[name] = number
    last = len(meeting.items)

    def shown(person: Person, came: int | None) -> str:
        notes = [f"fra punkt {came}"] if came is not None else []
        went = left.get(person.name)
        if went is not None and went < last:
            notes.append(f"til og med punkt {went}")
        return person.display + (f" ({', '.join(notes)})" if notes else "")

    present = [shown(p, None) for p in meeting.members]
    present += [shown(p, arrived[p.name]) for p in meeting.absent if p.name in arrived]
    absent = [p.display for p in meeting.absent if p.name not in arrived]
    return present, absent


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def item_text(item: AgendaItem) -> str:
    """Everything an item says, as plain words: title, numbers, sections."""
    parts = [item.title, item.case_no or "", item.journal_no or ""]
    parts += [plain(f"{s.heading}\n{s.text}") for s in item.sections if isinstance(s, Section)]
    return "\n".join(parts)


def proposed_inhabilitet(item: AgendaItem, interests: Iterable[Interest]) -> list[Interest]:
    """The register's lines an item's text names (whole words, any case), of members not
    already declared inhabil in it: for the secretariat to confirm."""
    text = f" {_words(item_text(item))} "
    found = []
    for interest in interests:
        key = _words(interest.text)
        if key and f" {key} " in text and interest.member not in item.participation.inhabil:
            found.append(interest)
    return found


def known_guests(meetings: Iterable[Meeting]) -> list[Guest]:
    """Every guest of these meetings once (the newest spelling of a name wins), by name."""
    seen: dict[str, Guest] = {}
    for meeting in sorted(meetings, key=lambda m: m.date):
        for item in meeting.items:
            for guest in item.participation.guests:
                seen[guest.display.casefold()] = guest
    return sorted(seen.values(), key=lambda g: (g.name.casefold(), g.role.casefold()))


def participation_data(p: Participation) -> dict[str, Any] | None:
    """``p`` as JSON data (the meeting file's item properties); ``None`` when empty."""
    if not p:
        return None
    data: dict[str, Any] = {}
    if p.guests:
        data["guests"] = [{k: v for k, v in (("name", g.name), ("role", g.role)) if v}
                          for g in p.guests]
    for key in ("away", "inhabil", "arrives", "leaves"):
        if getattr(p, key):
            data[key] = list(getattr(p, key))
    return data


def participation_from_data(data: Mapping[str, Any] | None) -> Participation:
    """The inverse of ``participation_data`` (data this program stored)."""
    if not data:
        return Participation()
    return Participation(
        guests=tuple(Guest(g.get("name", ""), g.get("role", "")) for g in data.get("guests", ())),
        away=tuple(data.get("away", ())), inhabil=tuple(data.get("inhabil", ())),
        arrives=tuple(data.get("arrives", ())), leaves=tuple(data.get("leaves", ())))
