"""Danish dates and times as the documents print them."""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")
# Short month names as the forward plan prints them ("20. nov.", "7. maj", "11. juni").
SHORT_MONTHS = ("jan.", "feb.", "mar.", "apr.", "maj", "juni", "juli", "aug.", "sep.",
                "okt.", "nov.", "dec.")


def long_date(day: dt.date) -> str:
    """``Onsdag den 13. november 2024``."""
    return f"{WEEKDAYS[day.weekday()].capitalize()} den {day.day}. {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    """``20. nov.`` as in the forward plan."""
    return f"{day.day}. {SHORT_MONTHS[day.month - 1]}"


def numeric_date(day: dt.date) -> str:
    """``13-11-2024`` as in the decision heading and the page header."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def fact_time(t: dt.time) -> str:
    """``9:00`` as in the meeting facts."""
    return f"{t.hour}:{t.minute:02d}"


def grid_time(t: dt.time) -> str:
    """``9.00`` as in the timed grid."""
    return f"{t.hour}.{t.minute:02d}"
