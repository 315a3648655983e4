"""Danish dates and times for the window (the documents' own formats, from the domain)."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain import danish


def long_date(day: dt.date) -> str:
    return danish.long_date(day)


def short_date(day: dt.date) -> str:
    return danish.short_date(day)


def hm(t: dt.time) -> str:
    """``9.00``: the grid's way of writing a time."""
    return danish.grid_time(t)
