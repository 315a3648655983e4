"""iCalendar files: read in Danish time, written for Outlook, bad files named by line."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dirdesk.catalogue import danish
from dirdesk.domain.ics import (
    CalendarEvent,
    CalendarFileError,
    read_calendar,
    unescape,
    write_calendar,
)

D = dt.date
T = dt.time
STAMP = dt.datetime(2024, 11, 1, 12, 0, tzinfo=dt.UTC)


def calendar(*lines: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *lines,
                         "END:VCALENDAR"]) + "\r\n").encode("utf-8")


def event(*lines: str) -> bytes:
    return calendar("BEGIN:VEVENT", "UID:a@b", *lines, "END:VEVENT")


def test_round_trip_keeps_every_field() -> None:
    events = [
        CalendarEvent(D(2024, 11, 13), "Direktionsmøde", T(9, 0), T(13, 0),
                      location="Mødelokale 250, rådhuset",
                      description="Dagsorden:\n1. Beslutningsprotokoller; og dagsordener\n2. C:\\sti",
                      uid="direktionen-20241113@dirdesk"),
        CalendarEvent(D(2025, 2, 12), "Direktionsmøde", T(9, 0), T(13, 0), uid="x@y", cancelled=True),
        CalendarEvent(D(2025, 1, 27), "Kommunalbestyrelsesseminar", last_date=D(2025, 1, 28), uid="s@y"),
    ]
    data = write_calendar(events, stamp=STAMP, name="Direktionen")
    assert read_calendar(data) == events
    assert write_calendar(events, stamp=STAMP, name="Direktionen") == data  # stable


def test_written_file_is_what_outlook_expects() -> None:
    data = write_calendar([CalendarEvent(D(2024, 7, 3), "Direktionsmøde", T(9, 0), T(13, 0),
                                         uid="u@dirdesk")], stamp=STAMP)
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert "BEGIN:VTIMEZONE" in lines and "TZID:Europe/Copenhagen" in lines
    assert "DTSTART;TZID=Europe/Copenhagen:20240703T090000" in lines
    assert "DTEND;TZID=Europe/Copenhagen:20240703T130000" in lines
    assert "DTSTAMP:20241101T120000Z" in lines
    assert "STATUS:CONFIRMED" in lines
    # All-day events need no zone.
    assert b"VTIMEZONE" not in write_calendar([CalendarEvent(D(2024, 7, 3), "x")], stamp=STAMP)


def test_long_lines_fold_at_75_octets_without_splitting_a_character() -> None:
    summary = "Børne- og Ungdomsudvalgsmøde æøå " * 10
    data = write_calendar([CalendarEvent(D(2024, 1, 1), summary, uid="u")], stamp=STAMP)
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line is whole characters
    assert read_calendar(data)[0].summary == summary.strip()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_any_text_written_reads_back(text: str) -> None:
    written = write_calendar([CalendarEvent(D(2024, 1, 1), text, T(9, 0), uid="u", description=text,
                                            location=text)], stamp=STAMP)
    for line in written.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")
    event = read_calendar(written)[0]
    assert (event.summary, event.description, event.location) == (text.strip(),) * 3


def _utc(data: bytes) -> list[dt.datetime]:
    """DTSTART of each event in UTC, as a calendar program computes it from the file's own
    VTIMEZONE (not from this machine's zone data)."""
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    zones = {str(z["TZID"]): z.to_tz() for z in calendar.walk("VTIMEZONE")}
    moments = []
    for event in calendar.walk("VEVENT"):
        prop = event["DTSTART"]
        naive = prop.dt.replace(tzinfo=None)
        local = naive.replace(tzinfo=zones[str(prop.params["TZID"])])
        moments.append(local.astimezone(dt.UTC))
    return moments


def test_summer_and_winter_meetings_land_at_the_right_hour() -> None:
    data = write_calendar([CalendarEvent(D(2025, 6, 4), "Direktionsmøde", T(9, 0), T(13, 0), uid="s"),
                           CalendarEvent(D(2024, 11, 13), "Direktionsmøde", T(9, 0), T(13, 0), uid="w")],
                          stamp=STAMP)
    assert _utc(data) == [dt.datetime(2025, 6, 4, 7, 0, tzinfo=dt.UTC),
                          dt.datetime(2024, 11, 13, 8, 0, tzinfo=dt.UTC)]
    text = data.decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text and "RDATE" not in text


def test_unescape() -> None:
    assert unescape(r"a\, b\; c\\d\ne\Nf") == "a, b; c\\d\ne\nf"


def test_unfolding_joins_continuation_lines() -> None:
    data = event("DTSTART;VALUE=DATE:20241112", "SUMMARY:Møde i Økono", " miudvalget", "\tfortsat")
    assert read_calendar(data)[0].summary == "Møde i Økonomiudvalgetfortsat"


@pytest.mark.parametrize(("dtstart", "day", "at"), [
    ("DTSTART;VALUE=DATE:20241112", D(2024, 11, 12), None),
    ("DTSTART:20241112", D(2024, 11, 12), None),
    ("DTSTART:20241112T130000Z", D(2024, 11, 12), T(14, 0)),  # winter: UTC+1
    ("DTSTART:20240612T070000Z", D(2024, 6, 12), T(9, 0)),  # summer: UTC+2
    ("DTSTART:20241231T233000Z", D(2025, 1, 1), T(0, 30)),  # the date moves too
    ("DTSTART:20241112T140000", D(2024, 11, 12), T(14, 0)),  # floating
    ("DTSTART;TZID=Europe/Copenhagen:20240612T090000", D(2024, 6, 12), T(9, 0)),
    ('DTSTART;TZID="Romance Standard Time":20240612T090000', D(2024, 6, 12), T(9, 0)),
    ("DTSTART;TZID=America/New_York:20240612T090000", D(2024, 6, 12), T(15, 0)),
    ("DTSTART;TZID=Made up zone:20240612T090000", D(2024, 6, 12), T(9, 0)),
])
def test_start_in_copenhagen_time(dtstart: str, day: D, at: T | None) -> None:
    found = read_calendar(event(dtstart, "SUMMARY:x"))[0]
    assert (found.date, found.start) == (day, at)


def test_end_duration_and_days() -> None:
    timed = read_calendar(event("DTSTART:20241112T130000Z", "DURATION:PT2H30M"))[0]
    assert timed.end == T(16, 30)
    days = read_calendar(event("DTSTART;VALUE=DATE:20250127", "DTEND;VALUE=DATE:20250129"))[0]
    assert days.days == [D(2025, 1, 27), D(2025, 1, 28)]
    one = read_calendar(event("DTSTART;VALUE=DATE:20250127", "DTEND;VALUE=DATE:20250128"))[0]
    assert one.last_date is None and one.days == [D(2025, 1, 27)]


def test_alarm_properties_are_not_the_event_s() -> None:
    data = calendar("BEGIN:VEVENT", "UID:1", "DTSTART:20241112", "SUMMARY:Økonomiudvalget",
                    "BEGIN:VALARM", "ACTION:DISPLAY", "SUMMARY:Påmindelse", "END:VALARM",
                    "END:VEVENT", "BEGIN:VTODO", "SUMMARY:y", "END:VTODO")
    [found] = read_calendar(data)
    assert found.summary == "Økonomiudvalget" and found.uid == "1"
    assert not found.cancelled


def test_windows_1252_file_is_read() -> None:
    data = event("DTSTART:20241112", "SUMMARY:Økonomiudvalget").decode("utf-8").encode("cp1252")
    assert read_calendar(data)[0].summary == "Økonomiudvalget"


def test_utf8_bom_and_bare_newlines_are_read() -> None:
    data = b"\xef\xbb\xbf" + event("DTSTART:20241112", "SUMMARY:x").replace(b"\r\n", b"\n")
    assert read_calendar(data)[0].date == D(2024, 11, 12)


@pytest.mark.parametrize(("data", "line", "words"), [
    (b"", 0, "empty"),
    (b"hello\r\n", 1, "BEGIN:VCALENDAR"),
    (calendar("BEGIN:VEVENT", "SUMMARY x", "END:VEVENT"), 5, "no ':'"),
    (calendar("BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT"), 4, "no DTSTART"),
    (calendar("BEGIN:VEVENT", "DTSTART:20241340", "END:VEVENT"), 5, "not a date"),
    (calendar("BEGIN:VEVENT", "DTSTART:tomorrow", "END:VEVENT"), 5, "not a date"),
    (calendar("BEGIN:VEVENT", "DTSTART:20241112T250000Z", "END:VEVENT"), 5, "not a date"),
    (calendar("BEGIN:VEVENT", "DTSTART:20241112T100000", "DURATION:two hours", "END:VEVENT"), 6,
     "not a duration"),
    (calendar("BEGIN:VEVENT", "DTSTART:20241112", "END:VTODO"), 6, "END:VTODO but BEGIN:VEVENT"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20241112\r\n", 2, "never ended"),
    (calendar("BEGIN:VEVENT", "DTSTART;TZID:20241112", "END:VEVENT"), 5, "no '='"),
    (calendar("X Y:1"), 4, "not a property name"),
    (calendar() + b"BEGIN:VEVENT\r\n", 5, "after END:VCALENDAR"),
    (calendar("BEGIN:VEVENT", "DTSTART:20241112", "BEGIN:VEVENT", "DTSTART:20241113", "END:VEVENT"),
     6, "before the one on line 4 has ended"),
])
def test_bad_file_names_the_line_and_the_fault(data: bytes, line: int, words: str) -> None:
    with pytest.raises(CalendarFileError) as caught:
        read_calendar(data)
    assert caught.value.line == line
    assert words in caught.value.text()
    if line:
        assert f"line {line}:" in caught.value.text()
        assert f"linje {line}:" in caught.value.text(danish())
    assert caught.value.text(danish()).startswith("Ikke en gyldig kalenderfil (.ics)")
    named = caught.value.named("udvalg.ics")
    assert named.text(danish()).startswith("udvalg.ics: ikke en gyldig kalenderfil")
