"""A meeting read as lines of text, and what changed between two versions of it, line by line.

The lines are what a reader of the REFERAT cares about (facts, members, items with their
sections, attachments and decisions, the timed grid), in Danish, so that a comparison of a
signed version with the one after it shows exactly the words that differ.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
from dataclasses import dataclass

from dirdesk.domain import danish
from dirdesk.domain.changes import differences
from dirdesk.domain.model import Insert, Meeting
from dirdesk.domain.text import plain

_INSERT_WORDS = {"schedule": "[Tidsplan]", "forward_plan": "[Kommende møder]",
                 "undated": "[Punkter der afventer dato]"}


class LineKind(enum.Enum):
    HEADING = "heading"  # an item's title line, the grid's heading
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    kind: LineKind = LineKind.TEXT


def meeting_lines(meeting: Meeting) -> list[Line]:
    """The meeting as a reader goes through it: facts, members, each item, the grid."""
    lines = [
        Line(f"{meeting.board}, {danish.long_date(meeting.date)}", LineKind.HEADING),
        Line(f"Tid: {danish.fact_time(meeting.start)}–{danish.fact_time(meeting.end)}"),
        Line(f"Sted: {meeting.location}"),
    ]
    for person in meeting.members:
        lines.append(Line(f"Deltager: {person.display}"))
    for person in meeting.absent:
        lines.append(Line(f"Afbud: {person.display}"))
    if meeting.note:
        lines.append(Line(f"Bemærkning: {meeting.note}"))
    for number, item in enumerate(meeting.items, 1):
        closed = " (lukket punkt)" if item.closed else ""
        lines.append(Line(f"{number}. {item.title}{closed}", LineKind.HEADING))
        if item.journal_no or item.case_no:
            lines.append(Line(f"Journalnr.: {item.journal_no or '–'}  Sagsnr.: {item.case_no or '–'}"))
        for section in item.sections:
            if isinstance(section, Insert):
                lines.append(Line(_INSERT_WORDS.get(section.kind.value, section.kind.value)))
                continue
            if section.heading:
                lines.append(Line(f"{section.heading}:"))
            lines.extend(Line(text) for text in _text_lines(section.text))
        for attachment in item.attachments:
            number_words = f" ({attachment.doc_no})" if attachment.doc_no else ""
            closed = " (lukket)" if attachment.closed else ""
            lines.append(Line(f"Bilag: {attachment.title or ''}{number_words}{closed}"))
        if item.decision and item.decision.strip():
            lines.append(Line("Beslutning:"))
            lines.extend(Line(text) for text in _text_lines(item.decision))
    if meeting.schedule:
        lines.append(Line("Tidsplan", LineKind.HEADING))
        for slot in meeting.schedule:
            text = f" – {slot.text}" if slot.text else ""
            lines.append(Line(f"{danish.fact_time(slot.start)} {slot.title}{text}"))
    return lines


def _text_lines(text: str) -> list[str]:
    return [line for line in plain(text).split("\n") if line.strip()]


class Change(enum.Enum):
    SAME = "same"
    REMOVED = "removed"  # only in the older version
    ADDED = "added"  # only in the newer version


@dataclass(frozen=True, slots=True)
class ComparedLine:
    change: Change
    line: Line


def compare(older: Meeting, newer: Meeting) -> list[ComparedLine]:
    """Every line of both versions in reading order, each marked same, removed or added."""
    old, new = meeting_lines(older), meeting_lines(newer)
    out: list[ComparedLine] = []
    matcher = difflib.SequenceMatcher(a=[line.text for line in old],
                                      b=[line.text for line in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(ComparedLine(Change.SAME, line) for line in old[i1:i2])
            continue
        out.extend(ComparedLine(Change.REMOVED, line) for line in old[i1:i2])
        out.extend(ComparedLine(Change.ADDED, line) for line in new[j1:j2])
    return out


def summary(older: Meeting, newer: Meeting) -> list[str]:
    """What changed, a sentence a change (``Punkt 3 (Økonomi): beslutningen er ændret``).

    A kept version is stored as a meeting file, which does not hold the items' identities:
    when the two share none, items are matched by their place in the agenda.
    """
    if not {i.uid for i in older.items} & {i.uid for i in newer.items}:
        same = tuple(dataclasses.replace(item, uid=older.items[n].uid) if n < len(older.items)
                     else item for n, item in enumerate(newer.items))
        newer = dataclasses.replace(newer, items=same)
    return differences(older, newer)


SKIPPED = Line("…")
"""Stands for unchanged lines left out by ``around_changes``."""


def around_changes(compared: list[ComparedLine]) -> list[ComparedLine]:
    """Only what changed, each change under the heading (meeting or item) it belongs to;
    ``SKIPPED`` where unchanged lines are left out."""
    out: list[ComparedLine] = []
    heading: int | None = None  # index in ``compared`` of the last heading seen
    shown_heading: int | None = None
    skipped = False
    for index, entry in enumerate(compared):
        if entry.line.kind is LineKind.HEADING and entry.change is Change.SAME:
            heading = index
        if entry.change is Change.SAME:
            skipped = True
            continue
        if heading is not None and heading != shown_heading:
            if out or heading > 0:
                out.append(ComparedLine(Change.SAME, SKIPPED))
            out.append(compared[heading])
            shown_heading = heading
            skipped = index > heading + 1
        if skipped:
            out.append(ComparedLine(Change.SAME, SKIPPED))
        skipped = False
        out.append(entry)
    if out and compared and compared[-1].change is Change.SAME:
        out.append(ComparedLine(Change.SAME, SKIPPED))
    return out
