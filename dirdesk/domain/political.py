"""The political committees and item 1's text: the month's "Rul", meetings held and coming.

Item 1 ("Beslutningsprotokoller og dagsordener") lets the board go through the committees'
minutes since its last meeting and their agendas until its next one, in the words of the
real documents::

    Rul november: ØK d. 12/11 2024, KB d. 19/11 2024

    Følgende politiske udvalgsmøder er blevet afholdt. Direktionen udvælger sager …

    - Økonomiudvalgsmøde d. 12. november

A committee meeting on the day of a board meeting is reviewed twice: its agenda that day, its
minutes at the next meeting (2023-11-22 lists the day's Voksen- og Plejeudvalgsmøde among the
coming, 2025-01-29 the previous meeting's Kultur- og Fritidsudvalgsmøde among those held).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dirdesk.domain.danish import MONTHS
from dirdesk.domain.model import Section, SectionLike


@dataclass(frozen=True, slots=True)
class Committee:
    """A political committee: its short code, its name, and the stem its meetings are named by
    (``Økonomiudvalgs`` + ``møde``, ``temamøde``, ``seminar``)."""

    code: str
    name: str
    stem: str
    aliases: tuple[str, ...] = ()
    code_in_titles: bool = True  # whether the code alone in a calendar title names it

    @property
    def meeting_word(self) -> str:
        return f"{self.stem}møde"


ECONOMY = "ØK"
COUNCIL = "KB"

COMMITTEES: tuple[Committee, ...] = (
    Committee(ECONOMY, "Økonomiudvalget", "Økonomiudvalgs"),
    Committee(COUNCIL, "Kommunalbestyrelsen", "Kommunalbestyrelses", ("byrådet", "byrådsmøde")),
    Committee("BUU", "Børne- og Ungdomsudvalget", "Børne- og Ungdomsudvalgs"),
    Committee("MTU", "Miljø- og Teknikudvalget", "Miljø- og Teknikudvalgs"),
    Committee("AMU", "Arbejdsmarkedsudvalget", "Arbejdsmarkedsudvalgs"),
    Committee("VPU", "Voksen- og Plejeudvalget", "Voksen- og Plejeudvalgs"),
    Committee("KFU", "Kultur- og Fritidsudvalget", "Kultur- og Fritidsudvalgs"),
    Committee("ERU", "Erhvervsudvalget", "Erhvervsudvalgs"),
    Committee("GF", "Gruppeformændene", "Gruppeformands", ("gruppeformænd",), code_in_titles=False),
)

# Kinds of meeting besides the ordinary one, as calendar titles and the documents name them.
_KINDS = (("tema", "temamøde"), ("seminar", "seminar"))

HELD_INTRO = ("Følgende politiske udvalgsmøder er blevet afholdt. Direktionen udvælger sager af "
              "særlig relevans til drøftelse med borgmesteren:")
COMING_INTRO = ("Kommende politiske udvalgsmøder afholdes. Direktionen udvælger sager af særlig "
                "relevans til drøftelse med borgmesteren:")
LATER_HEADING = "Kommende politiske møder:"

CASE_HEADING = "Sagsfremstilling"
# The sections on the board's own meetings that follow the political calendar; filled by hand.
OWN_MEETINGS = (
    Section("Opsamling på forudgående møder, aktiviteter samt formål",
            "Direktionen udvælger foregående møder af særlig relevans til drøftelse med borgmesteren:"),
    Section("Kommende møder, aktiviteter samt formål",
            "Direktionen udvælger kommende møder af særlig relevans til drøftelse med borgmesteren:"),
    Section("Aktuelle politiske sager", ""),
)


def committee(key: str) -> Committee | None:
    """The committee with this code or name (``ØK``, ``Økonomiudvalget``), any case."""
    folded = _normal(key)
    for c in COMMITTEES:
        if folded in (_normal(c.code), _normal(c.name)):
            return c
    return None


def _normal(text: str) -> str:
    """Case and hyphens aside: ``Børne- og Ungdomsudvalget`` = ``børne og ungdomsudvalget``."""
    return " ".join(text.casefold().replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class CommitteeMeeting:
    """A committee's meeting in the political calendar.

    ``name`` is the committee's name for its ordinary meeting, else what the meeting is called
    (``Kommunalbestyrelsestemamøde``, ``Børne og Ungetopmøde``).
    """

    committee: str  # the code ("ØK", "KB", "BUU", …) or, for another body, its name
    name: str
    date: dt.date
    start: dt.time | None = None
    location: str = ""
    uid: str | None = None
    id: int | None = None

    @property
    def body(self) -> Committee | None:
        return committee(self.committee)

    @property
    def ordinary(self) -> bool:
        """The committee's own meeting (not a theme meeting or seminar)."""
        body = self.body
        return body is not None and (not self.name.strip() or committee(self.name) is body)

    @property
    def label(self) -> str:
        """How item 1 names it: ``Økonomiudvalgsmøde``, or the meeting's own name."""
        body = self.body
        if self.ordinary and body is not None:
            return body.meeting_word
        return self.name.strip() or self.committee

    def sort_key(self) -> tuple[dt.date, dt.time, int]:
        return (self.date, self.start or dt.time.min, self.id or 0)


def recognise(summary: str) -> tuple[str, str] | None:
    """The committee code and meeting name a calendar title stands for, or ``None``.

    ``Økonomiudvalget``, ``Møde i Økonomiudvalget``, ``Økonomiudvalgsmøde``, ``ØK`` and
    ``ØK-møde`` are Økonomiudvalget's meeting; ``Temamøde i Kommunalbestyrelsen`` is
    ``Kommunalbestyrelsestemamøde``. The first committee named in the title counts.
    """
    text = _normal(summary)
    found: list[tuple[int, Committee]] = []
    for c in COMMITTEES:
        keys = [_normal(c.stem[:-1]), *(_normal(a) for a in c.aliases)]
        places = [text.find(k) for k in keys if k in text]
        if c.code_in_titles:
            code = re.search(rf"(?<!\w){re.escape(c.code)}(?!\w)", summary)
            if code:
                places.append(code.start())
        if places:
            found.append((min(places), c))
    if not found:
        return None
    body = min(found, key=lambda f: f[0])[1]
    for word, kind in _KINDS:
        if word in text:
            return body.code, f"{body.stem}{kind}"
    return body.code, body.name


# --- item 1 -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Roll:
    """The "rul": the Economic Committee and Council meetings of the month item 1 looks to."""

    month: int
    economy: dt.date | None
    council: dt.date | None

    @property
    def line(self) -> str:
        parts = [f"{code} d. {day.day}/{day.month} {day.year}"
                 for code, day in ((ECONOMY, self.economy), (COUNCIL, self.council)) if day]
        return f"Rul {MONTHS[self.month - 1]}: {', '.join(parts)}"


def _ordinary(meetings: Iterable[CommitteeMeeting], code: str) -> list[dt.date]:
    return sorted({m.date for m in meetings if m.ordinary and m.body and m.body.code == code})


def roll(meetings: Sequence[CommitteeMeeting], date: dt.date) -> Roll | None:
    """The round of ØK and KB under way on ``date``: the first Council meeting on or after it,
    and the Economic Committee meeting before that one (``Rul februar: ØK d. 4/2 2025, KB d.
    18/2 2025`` on 29 January 2025). Without a Council date, the next ØK alone."""
    councils = [d for d in _ordinary(meetings, COUNCIL) if d >= date]
    economies = _ordinary(meetings, ECONOMY)
    if councils:
        council = councils[0]
        before = [d for d in _ordinary(meetings, COUNCIL) if d < council]
        since = before[-1] if before else dt.date.min
        economy = [d for d in economies if since < d <= council]
        return Roll(council.month, economy[-1] if economy else None, council)
    coming = [d for d in economies if d >= date]
    return Roll(coming[0].month, coming[0], None) if coming else None


def _horizon(meetings: Sequence[CommitteeMeeting], current: Roll | None, date: dt.date) -> dt.date:
    """The last day item 1 looks ahead to: the Council meeting of the round after this one,
    or else the end of the month after the round's month."""
    anchor = (current.council or current.economy) if current else None
    if anchor is None:
        anchor = date
    later = [d for d in _ordinary(meetings, COUNCIL) if d > anchor]
    if later:
        return later[0]
    months = anchor.year * 12 + anchor.month - 1 + 2  # the first of the month after next
    return dt.date(months // 12, months % 12 + 1, 1) - dt.timedelta(days=1)


def day_span(first: dt.date, last: dt.date) -> str:
    """``16. november``; over days ``27.-28. januar``; over months ``31. januar-1. februar``."""
    if first == last:
        return f"{first.day}. {MONTHS[first.month - 1]}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}.-{last.day}. {MONTHS[last.month - 1]}"
    return f"{first.day}. {MONTHS[first.month - 1]}-{last.day}. {MONTHS[last.month - 1]}"


def meeting_lines(meetings: Iterable[CommitteeMeeting]) -> list[str]:
    """``Børne- og Ungdomsudvalgsmøde d. 16. november`` for each meeting in date order; the
    days of a meeting over several days (a seminar) are one line."""
    lines: list[tuple[str, dt.date, dt.date]] = []
    for m in sorted(meetings, key=CommitteeMeeting.sort_key):
        same = next((i for i, (label, _first, last) in enumerate(lines)
                     if label == m.label and last + dt.timedelta(days=1) == m.date), None)
        if same is not None:
            label, first, _last = lines[same]
            lines[same] = (label, first, m.date)
        elif not any(label == m.label and first <= m.date <= last for label, first, last in lines):
            lines.append((m.label, m.date, m.date))
    return [f"{label} d. {day_span(first, last)}" for label, first, last in lines]


def political_text(meetings: Sequence[CommitteeMeeting], date: dt.date, previous: dt.date,
                   following: dt.date) -> str:
    """Item 1's Sagsfremstilling for the board's meeting on ``date``, its previous meeting on
    ``previous`` and next on ``following``: the round, the committee meetings held since the
    previous meeting, those coming until the next, then the later ones of the next round."""
    current = roll(meetings, date)
    horizon = max(_horizon(meetings, current, date), following)
    held = [m for m in meetings if previous <= m.date < date]
    coming = [m for m in meetings if date <= m.date < following]
    later = [m for m in meetings if following <= m.date <= horizon]
    head = [current.line] if current else []
    blocks: list[str] = []
    if held:
        blocks += [*head, HELD_INTRO, _bullets(meeting_lines(held))]
    if coming or later:
        blocks += [*head, COMING_INTRO]
        if coming:
            blocks.append(_bullets(meeting_lines(coming)))
        if later:
            blocks.append(f"- {LATER_HEADING}\n" + _bullets(meeting_lines(later), level=1))
    if not blocks:
        blocks = head
    return "\n\n".join(blocks)


def _bullets(lines: Iterable[str], level: int = 0) -> str:
    return "\n".join(f"{'  ' * level}- {line}" for line in lines)


def item_one_sections(template: Sequence[SectionLike], meetings: Sequence[CommitteeMeeting],
                      date: dt.date, previous: dt.date, following: dt.date) -> tuple[SectionLike, ...]:
    """The standing item's sections with the political calendar written into its
    Sagsfremstilling (before any standing text there), and the sections on the board's own
    meetings after it where the template has none."""
    text = political_text(meetings, date, previous, following)
    sections = list(template)
    at = next((i for i, s in enumerate(sections)
               if isinstance(s, Section) and s.heading == CASE_HEADING), None)
    if at is None:
        at = 1 if sections and isinstance(sections[0], Section) and sections[0].heading == "Sagsgang" else 0
        sections.insert(at, Section(CASE_HEADING, text))
    else:
        old = sections[at]
        assert isinstance(old, Section)
        joined = "\n\n".join(part for part in (text, old.text.strip()) if part)
        sections[at] = dataclasses.replace(old, text=joined)
    headings = {s.heading for s in sections if isinstance(s, Section)}
    missing = [s for s in OWN_MEETINGS if s.heading not in headings]
    sections[at + 1:at + 1] = missing
    return tuple(sections)
