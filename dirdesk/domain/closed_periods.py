"""Closed periods as the secretariat names them: school holidays by week number, or by dates."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.forward_plan import ClosedPeriod


def weeks_period(year: int, first_week: int, last_week: int, label: str) -> ClosedPeriod:
    """ISO weeks ``first_week``–``last_week`` of ``year``, Monday to Sunday (``Sommerferie uge 28-31``).

    A last week below the first runs into the next year (``uge 52-1``).
    """
    if not 1 <= first_week <= 53 or not 1 <= last_week <= 53:
        raise ValueError("a week number is between 1 and 53")
    end_year = year if last_week >= first_week else year + 1
    start = dt.date.fromisocalendar(year, first_week, 1)
    end = dt.date.fromisocalendar(end_year, last_week, 7)
    return ClosedPeriod(start, end, label)


def whole_weeks(period: ClosedPeriod) -> tuple[int, int, int] | None:
    """(year, first week, last week) when ``period`` is whole ISO weeks, else ``None``."""
    if period.start.isoweekday() != 1 or period.end.isoweekday() != 7 or period.end < period.start:
        return None
    year, first, _ = period.start.isocalendar()
    _, last, _ = period.end.isocalendar()
    return year, first, last


def weeks_words(period: ClosedPeriod) -> str | None:
    """``uge 7`` or ``uge 28-31`` for a period of whole weeks, else ``None``."""
    weeks = whole_weeks(period)
    if weeks is None:
        return None
    _, first, last = weeks
    return f"uge {first}" if first == last else f"uge {first}-{last}"
