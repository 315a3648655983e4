"""Value types of the domain: board, meeting, agenda item, sections, attachments, grid, plan."""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
from dataclasses import dataclass, field


def new_uid() -> str:
    """A fresh identity for an item: it keeps it through reordering, edits and saves.

    ``uuid.uuid4().hex`` made by hand: the uuid module imports ``platform``, a few milliseconds
    of every ``dirdesk export FILE.json`` (reading a file makes a uid for each item).
    """
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC 4122 variant
    return raw.hex()


class MeetingStatus(enum.StrEnum):
    """Where a meeting is in its life; ``CANCELLED`` can be reached from ``PLANNED`` only."""

    PLANNED = "planned"
    AGENDA_ISSUED = "agenda_issued"
    HELD = "held"
    MINUTES_SIGNED = "minutes_signed"
    CANCELLED = "cancelled"


_NEXT_STATUS: dict[MeetingStatus, MeetingStatus] = {
    MeetingStatus.PLANNED: MeetingStatus.AGENDA_ISSUED,
    MeetingStatus.AGENDA_ISSUED: MeetingStatus.HELD,
    MeetingStatus.HELD: MeetingStatus.MINUTES_SIGNED,
}


class StatusError(ValueError):
    """A status change the meeting's life does not allow."""


def next_status(status: MeetingStatus) -> MeetingStatus:
    """The status that follows ``status`` in planned → agenda issued → held → minutes signed."""
    try:
        return _NEXT_STATUS[status]
    except KeyError:
        raise StatusError(f"a meeting that is {status.value} has no next status") from None


class InsertKind(enum.StrEnum):
    """Generated content an item's sections can place: the grid, the plan, the undated points."""

    SCHEDULE = "schedule"
    FORWARD_PLAN = "forward_plan"
    UNDATED = "undated"
    FOLLOW_UPS = "follow_ups"


@dataclass(frozen=True, slots=True)
class Person:
    """A member as printed: title then name (``Kommunaldirektør Jonas Kroustrup``)."""

    name: str
    title: str | None = None

    @property
    def display(self) -> str:
        return f"{self.title} {self.name}" if self.title else self.name


@dataclass(frozen=True, slots=True)
class Section:
    """A small heading and its text (Markdown subset); heading ``""`` for text without one."""

    heading: str
    text: str


@dataclass(frozen=True, slots=True)
class Insert:
    """A place in an item where generated content is printed."""

    kind: InsertKind


SectionLike = Section | Insert


@dataclass(frozen=True, slots=True)
class Attachment:
    """An item's attachment (bilag); a closed one is left out of published documents."""

    title: str | None = None
    closed: bool = False
    doc_no: str | None = None


@dataclass(frozen=True, slots=True)
class Guest:
    """Someone who is not a member and takes part in an item: "Bettina Andersen (Økonomichef)"."""

    name: str
    role: str = ""

    @property
    def display(self) -> str:
        if self.name and self.role:
            return f"{self.name} ({self.role})"
        return self.name or self.role

    @property
    def spoken(self) -> str:
        """As a sentence names them: "Økonomichef Bettina Andersen", "Borgmester"."""
        return " ".join(part for part in (self.role, self.name) if part)

    @staticmethod
    def parse(text: str) -> Guest:
        """``"Bettina Andersen (Økonomichef)"`` → name and role; a bare text is the name."""
        text = " ".join(text.split())
        m = re.fullmatch(r"(?P<name>[^()]*?)\s*\((?P<role>[^()]+)\)", text)
        if m:
            return Guest(m.group("name").strip(), m.group("role").strip())
        return Guest(text)


@dataclass(frozen=True, slots=True)
class Participation:
    """Who takes part in one item beyond the members present (``dirdesk.domain.participation``).

    Members are named by ``Person.name``. ``arrives``: members who come to the meeting at this
    item; ``leaves``: members who leave after it.
    """

    guests: tuple[Guest, ...] = ()
    away: tuple[str, ...] = ()
    inhabil: tuple[str, ...] = ()
    arrives: tuple[str, ...] = ()
    leaves: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.guests or self.away or self.inhabil or self.arrives or self.leaves)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One numbered point of the agenda; its number is its position in the meeting."""

    title: str
    closed: bool = False
    journal_no: str | None = None
    case_no: str | None = None
    sections: tuple[SectionLike, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    decision: str | None = None
    uid: str = field(default_factory=new_uid, compare=False)
    participation: Participation = field(default_factory=lambda: Participation())
    started: dt.time | None = None  # when the item was taken up in the meeting (live mode)

    def has_insert(self, kind: InsertKind) -> bool:
        return any(isinstance(s, Insert) and s.kind is kind for s in self.sections)


@dataclass(frozen=True, slots=True)
class ScheduleSlot:
    """A row of the timed grid: it starts at ``start`` and lasts until the next row starts."""

    start: dt.time
    title: str
    text: str | None = None
    item: int | None = None  # 1-based number of the agenda item the row is for
    # Whether the row's own title and text are closed. A row linked to a closed item is closed
    # (``Meeting`` sees to it) and stays closed: unlinked, linked to another item, or after its
    # item was removed or opened. Only a row that was never closed prints its own text.
    closed: bool = False
    # The row's text may be published even when its item is closed ("Specialkonsulent …
    # deltager under behandlingen."); by default a closed item's row shows only its title.
    public_text: bool = False

    @property
    def is_closing(self) -> bool:
        return self.title.strip().casefold() == CLOSING_TITLE.casefold()


CLOSING_TITLE = "Mødet afsluttes"
CLOSED_ROW_TITLE = "Lukket punkt"  # what a closed grid row no longer linked to an item shows


@dataclass(frozen=True, slots=True)
class PlanRow:
    """A row of a printed forward plan: a coming meeting date, or a closed period (no date)."""

    date: dt.date | None
    note: str | None = None
    cancelled: bool = False
    points: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ForwardPlanSnapshot:
    """The forward plan as it stood when a document was issued; it never follows later edits."""

    rows: tuple[PlanRow, ...] = ()
    undated: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    """A follow-up as a document prints it: who, what, by when, and where it came from."""

    owner: str
    task: str
    due: dt.date | None = None
    origin: str = ""  # "29. januar 2025, punkt 4: Udmøntningsplan"
    closed: bool = False  # from a closed item: internal documents only
    done: bool = False


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting of the board with everything its DAGSORDEN and REFERAT print."""

    board: str
    date: dt.date
    start: dt.time
    end: dt.time
    location: str
    members: tuple[Person, ...] = ()
    absent: tuple[Person, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    schedule: tuple[ScheduleSlot, ...] = ()
    forward_plan: ForwardPlanSnapshot | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    cancel_reason: str | None = None
    note: str | None = None  # about the meeting itself: "Kim Bruun deltager ikke på mødet"
    # Where the stored copy stood when this one was read (0: never stored); a save that finds
    # another revision stored was overtaken by someone else's.
    revision: int = field(default=0, compare=False)
    # The content version documents state: 1, one more for each change after signing.
    version: int = field(default=1, compare=False)
    finished: dt.time | None = None  # when the meeting really ended (live mode)
    # The follow-ups due by the meeting's date, as its "Opfølgning" insert prints them: filled
    # from the follow-up list when the agenda is shown or exported, never stored with it.
    follow_ups: tuple[FollowUpLine, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # Access travels with content by construction: in every meeting that exists, a grid
        # row linked to a closed item is closed, whichever operation made it.
        slots = with_row_access(self.items, self.schedule)
        if slots is not self.schedule:
            object.__setattr__(self, "schedule", slots)


def with_row_access(items: tuple[AgendaItem, ...],
                    schedule: tuple[ScheduleSlot, ...]) -> tuple[ScheduleSlot, ...]:
    """``schedule`` with every row linked to a closed item closed (the same tuple when nothing
    changes). Closing is one-way: what was typed into a closed row never becomes public by a
    later change of the link or of the item."""
    changed = False
    out = []
    for slot in schedule:
        n = slot.item
        if not slot.closed and n is not None and 1 <= n <= len(items) and items[n - 1].closed:
            slot = ScheduleSlot(slot.start, slot.title, slot.text, n, True, slot.public_text)
            changed = True
        out.append(slot)
    return tuple(out) if changed else schedule


@dataclass(frozen=True, slots=True)
class StandingItem:
    """An item every new meeting starts with, with its usual sections."""

    title: str
    sections: tuple[SectionLike, ...] = ()
    closed: bool = False


DEFAULT_PHRASES = ("Indstillingen godkendes.",)


@dataclass(frozen=True, slots=True)
class Board:
    """The board: its name, where and when it usually meets, its members, its standing items."""

    name: str
    location: str = ""
    weekday: int = 2  # Monday 0 … Sunday 6; Direktionen meets on Wednesdays
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(13, 0)
    members: tuple[Person, ...] = ()
    standing_items: tuple[StandingItem, ...] = field(default=())
    # Staff who are not members but own follow-ups or take part in items (title and name).
    staff: tuple[Person, ...] = ()
    # The interest register: (member's name, company / organisation / relation).
    interests: tuple[tuple[str, str], ...] = ()
    # The board's standard decisions, offered with one key in the live minutes.
    phrases: tuple[str, ...] = DEFAULT_PHRASES


def is_read_only(meeting: Meeting, today: dt.date) -> bool:
    """A signed REFERAT, or a meeting held before ``today``: shown as it is, changed only when
    the user chooses to (a new version of signed minutes, or "edit the meeting")."""
    return meeting.status is MeetingStatus.MINUTES_SIGNED or (
        meeting.status is MeetingStatus.HELD and meeting.date < today)
