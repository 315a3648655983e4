"""iCalendar (RFC 5545) files: the events of a calendar read in Danish time, and a calendar written.

Reading is done here, to name a bad file's line and fault in Danish; writing by ``icalendar``.

Only what a meeting calendar needs: VEVENT with DTSTART/DTEND as a date or a date-time (UTC,
floating or with a TZID, all turned into Copenhagen's local date and time), SUMMARY,
LOCATION, DESCRIPTION, UID and STATUS. Recurrence rules are not expanded: a committee's
meetings are single events in the municipality's calendars.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dirdesk.domain.messages import Message, UserError

if TYPE_CHECKING:  # imported where a calendar is written: the window's start never needs it
    import icalendar

TIMEZONE = "Europe/Copenhagen"
PRODID = "-//dirdesk//dirdesk//DA"

# Outlook writes Windows zone names; these are Copenhagen's rules under other names.
_WINDOWS_ZONES = {
    "romance standard time": "Europe/Paris",
    "w. europe standard time": "Europe/Berlin",
    "central europe standard time": "Europe/Budapest",
    "central european standard time": "Europe/Warsaw",
}


def copenhagen() -> dt.tzinfo:
    """Copenhagen's zone: the system's data, else the ``tzdata`` package's (Windows has none)."""
    return ZoneInfo(TIMEZONE)


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event in Copenhagen's local time; ``start`` ``None`` for an all-day event."""

    date: dt.date
    summary: str = ""
    start: dt.time | None = None
    end: dt.time | None = None
    last_date: dt.date | None = None  # the last day of an event over several days
    location: str = ""
    description: str = ""
    uid: str | None = None
    cancelled: bool = False
    line: int = field(default=0, compare=False)  # where it begins in the file it was read from

    @property
    def days(self) -> list[dt.date]:
        """The days the event covers, first to last."""
        last = self.last_date if self.last_date and self.last_date > self.date else self.date
        return [self.date + dt.timedelta(days=n) for n in range((last - self.date).days + 1)]


class CalendarFileError(UserError):
    """A file that is not a calendar dirdesk can read: the line and the fault."""

    def __init__(self, line: int, fault: Message, source: str = "") -> None:
        if source and line:
            message = Message("{source}: not a valid calendar file (.ics): line {line}: {fault}",
                              source=source, line=line, fault=fault)
        elif source:
            message = Message("{source}: not a valid calendar file (.ics): {fault}",
                              source=source, fault=fault)
        elif line:
            message = Message("not a valid calendar file (.ics): line {line}: {fault}",
                              line=line, fault=fault)
        else:
            message = Message("not a valid calendar file (.ics): {fault}", fault=fault)
        super().__init__(message)
        self.line, self.fault = line, fault

    def named(self, source: str) -> CalendarFileError:
        """The same fault said of the file ``source``."""
        return CalendarFileError(self.line, self.fault, source)


# --- reading --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Property:
    name: str
    params: dict[str, str]
    value: str
    line: int


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows exports: every byte is a character in Windows-1252 or Latin-1.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def unfold(text: str) -> list[tuple[int, str]]:
    """The content lines of ``text`` with the number of the line each begins on.

    A line that begins with a space or a tab continues the one before (RFC 5545 3.1).
    """
    lines: list[tuple[int, str]] = []
    for number, physical in enumerate(re.split(r"\r\n|\n|\r", text), 1):
        if physical[:1] in (" ", "\t") and lines:
            first, so_far = lines[-1]
            lines[-1] = (first, so_far + physical[1:])
        elif physical.strip():
            lines.append((number, physical))
    return lines


def _content_line(number: int, line: str) -> _Property:
    """``NAME;PARAM=value;PARAM="quoted":VALUE`` split up; a colon in quotes is no separator."""
    quoted = False
    separators: list[int] = []
    colon = -1
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif not quoted and char == ";" and colon < 0:
            separators.append(i)
        elif not quoted and char == ":":
            colon = i
            break
    if colon < 0:
        raise CalendarFileError(number, Message("no ':' in {line}", line=_shown(line)))
    head = line[:colon]
    parts = [head[a + 1:b] for a, b in zip([-1, *separators], [*separators, len(head)], strict=True)]
    name = parts[0].strip().upper()
    if not re.fullmatch(r"[A-Z0-9-]+", name):
        raise CalendarFileError(number, Message("{name} is not a property name", name=_shown(parts[0])))
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, eq, value = part.partition("=")
        if not eq:
            raise CalendarFileError(number, Message("parameter {part} has no '='", part=_shown(part)))
        params[key.strip().upper()] = value.strip().strip('"')
    return _Property(name, params, line[colon + 1:], number)


def _shown(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def unescape(value: str) -> str:
    r"""TEXT value to text: ``\\`` ``\;`` ``\,`` ``\n`` (``\N``) back to what they stand for."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")


def _zone(name: str) -> dt.tzinfo:
    name = name.strip()
    # Some writers prefix the zone with a path ("/Europe/Copenhagen") or a vendor's id.
    candidates = [name, name.lstrip("/"), _WINDOWS_ZONES.get(name.casefold(), "")]
    tail = re.search(r"[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?$", name)
    if tail:
        candidates.append(tail.group(0))
    for candidate in candidates:
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    # A zone by another name (the file describes it in VTIMEZONE): the municipality's
    # calendars are Danish, so its local time is taken to be Copenhagen's.
    return copenhagen()


def _when(prop: _Property) -> tuple[dt.date, dt.time | None]:
    """The local Copenhagen date and time of a DTSTART or DTEND (time ``None`` for a date)."""
    value = prop.value.strip()
    day = _DATE.fullmatch(value)
    moment = _DATE_TIME.fullmatch(value)
    try:
        if day and prop.params.get("VALUE", "DATE").upper() == "DATE":
            return dt.date(int(day[1]), int(day[2]), int(day[3])), None
        if moment:
            y, mo, d, h, mi, s = (int(moment[i]) for i in range(1, 7))
            naive = dt.datetime(y, mo, d, h, mi, min(s, 59))
            if moment[7]:
                aware = naive.replace(tzinfo=dt.UTC)
            elif "TZID" in prop.params:
                aware = naive.replace(tzinfo=_zone(prop.params["TZID"]))
            else:  # floating: the reader's local time, which for us is Copenhagen's
                return naive.date(), naive.time()
            local = aware.astimezone(copenhagen())
            return local.date(), local.time().replace(tzinfo=None)
    except ValueError:
        pass
    raise CalendarFileError(prop.line, Message("{name} {value} is not a date or a time",
                                               name=prop.name, value=_shown(value)))


_DURATION = re.compile(r"\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def _duration(prop: _Property) -> dt.timedelta:
    m = _DURATION.fullmatch(prop.value.strip())
    if not m or not any(m.groups()):
        raise CalendarFileError(prop.line, Message("DURATION {value} is not a duration",
                                                   value=_shown(prop.value)))
    w, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    return dt.timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)


def _event(props: Sequence[_Property], begin: int) -> CalendarEvent:
    by_name: dict[str, _Property] = {}
    for prop in props:
        by_name.setdefault(prop.name, prop)
    if "DTSTART" not in by_name:
        raise CalendarFileError(begin, Message("the event (BEGIN:VEVENT) has no DTSTART"))
    date, start = _when(by_name["DTSTART"])
    end: dt.time | None = None
    last: dt.date | None = None
    if "DTEND" in by_name:
        end_date, end = _when(by_name["DTEND"])
        if start is None and end is None:
            last = end_date - dt.timedelta(days=1)  # an all-day DTEND is the day after
        elif end_date != date:
            end = None
    elif "DURATION" in by_name and start is not None:
        finish = dt.datetime.combine(date, start) + _duration(by_name["DURATION"])
        end = finish.time() if finish.date() == date else None
    elif "DURATION" in by_name:
        last = date + _duration(by_name["DURATION"]) - dt.timedelta(days=1)

    def text(name: str) -> str:
        return unescape(by_name[name].value).strip() if name in by_name else ""

    return CalendarEvent(
        date=date, summary=text("SUMMARY"), start=start, end=end,
        last_date=last if last and last > date else None,
        location=text("LOCATION"), description=text("DESCRIPTION"),
        uid=text("UID") or None, cancelled=text("STATUS").upper() == "CANCELLED", line=begin)


def read_calendar(data: bytes | str) -> list[CalendarEvent]:
    """The events of an iCalendar file, in file order; ``CalendarFileError`` for a bad file."""
    text = _decode(data) if isinstance(data, bytes) else data
    lines = unfold(text)
    if not lines:
        raise CalendarFileError(0, Message("the file is empty"))
    first_number, first = lines[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        raise CalendarFileError(first_number, Message("it begins with {first}, not BEGIN:VCALENDAR",
                                                      first=_shown(first)))
    events: list[CalendarEvent] = []
    stack: list[tuple[str, int]] = []
    props: list[_Property] = []
    ended = False
    for number, line in lines:
        if ended:
            raise CalendarFileError(number, Message("text after END:VCALENDAR"))
        prop = _content_line(number, line)
        if prop.name == "BEGIN":
            component = prop.value.strip().upper()
            if not component:
                raise CalendarFileError(number, Message("BEGIN without a name"))
            if component == "VCALENDAR" and stack:
                raise CalendarFileError(number, Message("a calendar inside a calendar"))
            inside = next((begun for name, begun in stack if name == component), None)
            if inside is not None:
                raise CalendarFileError(number, Message(
                    "BEGIN:{component} before the one on line {inside} has ended "
                    "(END:{component} missing?)", component=component, inside=inside))
            stack.append((component, number))
            if component == "VEVENT":
                props = []
        elif prop.name == "END":
            component = prop.value.strip().upper()
            if not stack or stack[-1][0] != component:
                open_ = stack[-1][0] if stack else None
                raise CalendarFileError(number, Message(
                    "END:{component} but BEGIN:{open} is open", component=component, open=open_)
                    if open_ else Message("END:{component} but nothing is open", component=component))
            _name, begin = stack.pop()
            if component == "VEVENT":
                events.append(_event(props, begin))
            ended = not stack
        elif stack and stack[-1][0] == "VEVENT":
            props.append(prop)
    if stack:
        component, begin = stack[-1]
        raise CalendarFileError(begin, Message("BEGIN:{component} is never ended (END:{component})",
                                               component=component))
    return events


# --- writing --------------------------------------------------------------------------------

def _vtimezone() -> icalendar.Timezone:
    """Copenhagen's rules since 1996 as RRULEs (Outlook ignores RDATE lists in a VTIMEZONE):
    summer time from the last Sunday of March at 2.00 to the last Sunday of October at 3.00."""
    import icalendar

    zone = icalendar.Timezone()
    zone.add("tzid", TIMEZONE)
    zone.add("x-lic-location", TIMEZONE)
    for kind, name, start, before, after, month in (
        (icalendar.TimezoneDaylight, "CEST", dt.datetime(1996, 3, 31, 2), 1, 2, 3),
        (icalendar.TimezoneStandard, "CET", dt.datetime(1996, 10, 27, 3), 2, 1, 10),
    ):
        part = kind()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("tzoffsetfrom", dt.timedelta(hours=before))
        part.add("tzoffsetto", dt.timedelta(hours=after))
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(part)
    return zone


def write_calendar(events: Iterable[CalendarEvent], *, stamp: dt.datetime, name: str = "") -> bytes:
    """An iCalendar file of ``events`` (UTF-8, CRLF, folded), times in Copenhagen's zone.

    Written by ``icalendar``; times carry ``TZID=Europe/Copenhagen`` with its VTIMEZONE, and the
    zone's data comes from ``tzdata`` where the system has none (Windows), so a summer meeting
    is at the same hour in Outlook on every platform. ``stamp`` is every event's DTSTAMP: the
    same events and stamp give the same bytes. An event without a UID gets a stable one.
    """
    import icalendar

    zone = ZoneInfo(TIMEZONE)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIMEZONE)
    events = list(events)
    if any(e.start is not None for e in events):
        calendar.add_component(_vtimezone())
    stamp_utc = (stamp.astimezone(dt.UTC) if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC))
    for e in events:
        event = icalendar.Event()
        event.add("uid", e.uid or stable_uid(e.summary, e.date))
        event.add("dtstamp", stamp_utc)
        if e.start is None:
            event.add("dtstart", e.date)
            event.add("dtend", (e.last_date or e.date) + dt.timedelta(days=1))
        else:
            event.add("dtstart", dt.datetime.combine(e.date, e.start, tzinfo=zone))
            if e.end is not None and e.end > e.start:
                event.add("dtend", dt.datetime.combine(e.date, e.end, tzinfo=zone))
        event.add("summary", e.summary)
        if e.location:
            event.add("location", e.location)
        if e.description:
            event.add("description", e.description)
        event.add("status", "CANCELLED" if e.cancelled else "CONFIRMED")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def stable_uid(key: str, day: dt.date, domain: str = "dirdesk") -> str:
    """A UID that is the same every time for the same key and day: ``direktionen-20241113@dirdesk``."""
    slug = key.casefold()
    for danish, plain in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        slug = slug.replace(danish, plain)
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-") or "event"
    return f"{slug}-{day:%Y%m%d}@{domain}"
