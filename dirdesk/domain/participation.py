"""Who takes part in each item: guests, members away or inhabil, arrivals and departures.

A member is named by ``Person.name`` (the board's members list gives the title). Everything
here is derived from ``AgendaItem.participation`` and the meeting's members and absentees:
the REFERAT's lines under an item, the grid's "deltager under behandlingen" text, who was
present for which item, and the inhabilitet an interest register suggests.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dirdesk.domain.model import AgendaItem, Guest, Meeting, Participation, Person, Section
from dirdesk.domain.text import plain

__all__ = ["GUESTS_WORDS", "Guest", "Interest", "Participation", "absence_lines", "attendance_facts",
           "find_member", "guest_line", "known_guests", "member", "present_for",
           "presence", "presence_note", "proposed_inhabilitet", "set_present",
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


def _people(meeting: Meeting) -> list[Person]:
    """Members then absentees, each name once."""
    seen: dict[str, Person] = {}
    for person in (*meeting.members, *meeting.absent):
        seen.setdefault(person.name, person)
    return list(seen.values())


def presence(meeting: Meeting) -> dict[str, tuple[bool, ...]]:
    """Who is in the room for each item (by name, one flag per item): present at the start or
    arrived at the item or before, not left after an earlier one. Being away or inhabil in one
    item does not count here: that is the item's, not the meeting's."""
    here = {p.name for p in meeting.members}
    rows: dict[str, list[bool]] = {p.name: [] for p in _people(meeting)}
    for item in meeting.items:
        here |= set(item.participation.arrives)
        for name, flags in rows.items():
            flags.append(name in here)
        here -= set(item.participation.leaves)
    return {name: tuple(flags) for name, flags in rows.items()}


def set_present(meeting: Meeting, name: str, number: int, present: bool) -> Meeting:
    """The meeting with member ``name`` present (or not) from item ``number`` (1-based) on:
    at item 1 present at the start (members or absentees), later an arrival at the item or a
    departure after the one before. The member's arrivals and departures are written again from
    their presence, so ticking and unticking at one item leaves no trace."""
    count = len(meeting.items)
    before = presence(meeting).get(name, (False,) * count)
    at = max(1, min(number, count)) if count else 1
    flags = (*before[:at - 1], *(present,) * (count - at + 1)) if count else (present,)
    people = _people(meeting)
    if not any(p.name == name for p in people):
        return meeting
    start = flags[0]
    items = []
    for index, item in enumerate(meeting.items):
        p = item.participation
        arrives = index > 0 and flags[index] and not flags[index - 1]
        leaves = index + 1 < count and flags[index] and not flags[index + 1]
        item = dataclasses.replace(item, participation=dataclasses.replace(
            p, arrives=_with(p.arrives, name, arrives), leaves=_with(p.leaves, name, leaves)))
        items.append(item)
    members = {p.name for p in meeting.members} - {name} | ({name} if start else set())
    return dataclasses.replace(
        meeting, items=tuple(items), members=tuple(p for p in people if p.name in members),
        absent=tuple(p for p in people if p.name not in members))


def _with(names: tuple[str, ...], name: str, wanted: bool) -> tuple[str, ...]:
    if (name in names) == wanted:
        return names
    return (*names, name) if wanted else tuple(n for n in names if n != name)


def presence_note(flags: Sequence[bool]) -> str:
    """"fra punkt 3", "til og med punkt 5", "punkt 2–4, fra punkt 7": when a member who was
    not there for every item was there ("" for every item, "fraværende" for none)."""
    if all(flags):
        return ""
    runs: list[tuple[int, int]] = []
    for number, here in enumerate(flags, start=1):
        if here and runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        elif here:
            runs.append((number, number))
    if not runs:
        return "fraværende"
    last = len(flags)
    parts = []
    for first, until in runs:
        if first == 1:
            parts.append(f"til og med punkt {until}")
        elif until == last:
            parts.append(f"fra punkt {first}")
        elif first == until:
            parts.append(f"punkt {first}")
        else:
            parts.append(f"punkt {first}–{until}")
    return ", ".join(parts)


def absence_lines(meeting: Meeting, item: AgendaItem) -> list[str]:
    """The REFERAT's lines under an item: who was inhabil, who did not take part, who came to
    the meeting at the item and who left it after the item."""
    p = item.participation
    lines = [f"{member(meeting, n).display} deltog ikke i behandlingen af punktet på grund af "
             "inhabilitet." for n in p.inhabil]
    lines += [f"{member(meeting, n).display} deltog ikke i behandlingen af punktet."
              for n in p.away if n not in p.inhabil]
    number = next((n for n, i in enumerate(meeting.items, start=1) if i.uid == item.uid), 0)
    if number:  # in the order it happened: who came at the item, then who left after it
        here = presence(meeting)
        people = [(p, here[p.name]) for p in _people(meeting)]
        lines += [f"{p.display} deltog fra og med dette punkt." for p, flags in people
                  if number > 1 and flags[number - 1] and not flags[number - 2]]
        lines += [f"{p.display} forlod mødet efter dette punkt." for p, flags in people
                  if number < len(flags) and flags[number - 1] and not flags[number]]
    return lines


def present_for(meeting: Meeting, number: int) -> list[Person]:
    """The members in the room for item ``number`` (1-based): present at the start or arrived
    by then, not yet left, and neither away nor inhabil in that item."""
    item = meeting.items[number - 1]
    gone = set(item.participation.away) | set(item.participation.inhabil)
    here = presence(meeting)
    return [p for p in _people(meeting) if here[p.name][number - 1] and p.name not in gone]


def attendance_facts(meeting: Meeting) -> tuple[list[str], list[str]]:
    """The facts block's members and absentees as the meeting really ran: a member who came
    late or left early is a member with "(fra punkt 3)" / "(til og med punkt 5)"; an
    absentee who arrived is no longer absent."""
    here = presence(meeting)
    present: list[str] = []
    absent: list[str] = []
    for person in _people(meeting):
        flags = here[person.name]
        if not meeting.items:
            (present if person in meeting.members else absent).append(person.display)
        elif not any(flags):
            absent.append(person.display)
        else:
            note = presence_note(flags)
            present.append(person.display + (f" ({note})" if note else ""))
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
