"""Danish dates and times for the window (the documents' own formats, from the domain), as a
secretary writes them: dates in words, times with a dot."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain import danish
from dirdesk.domain.messages import danish_date


def long_date(day: dt.date) -> str:
    """``Onsdag den 9. december 2026``: a date that opens a line or a title."""
    return danish.long_date(day)


def date_in_sentence(day: dt.date) -> str:
    """``onsdag den 9. december 2026``: a date inside a sentence."""
    return danish_date(day)


def short_date(day: dt.date) -> str:
    return danish.short_date(day)


def hm(t: dt.time) -> str:
    """``9.00``: the grid's way of writing a time."""
    return danish.grid_time(t)


def clock(moment: dt.datetime | dt.time) -> str:
    """``10.23``: a time of day as the secretariat writes it (no seconds)."""
    return f"{moment.hour}.{moment.minute:02d}"


def compact_date(day: dt.date) -> str:
    """``13. nov. 2024``: a date in a list row, short but in words."""
    return f"{danish.short_date(day)} {day.year}"


def moment(at: dt.datetime) -> str:
    """``13. nov. 2024 kl. 10.23``: when something happened."""
    return f"{compact_date(at.date())} kl. {clock(at)}"


def genitive(name: str) -> str:
    """``Direktionens``: a board's name as the owner of something (``Økonomiudvalgs``,
    ``Kristians'`` after s, x or z)."""
    return name + ("'" if name[-1:].lower() in ("s", "x", "z") else "s")
