"""The board's calendar: weekly dates ahead, Danish public holidays, closed periods."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays as holiday_data

from dirdesk.domain.drafting import meeting_dates, why_not
from dirdesk.domain.forward_plan import ClosedPeriod


@lru_cache(maxsize=32)
def danish_holidays(year: int) -> dict[dt.date, str]:
    """Denmark's public holidays of ``year`` with their Danish names (Store bededag to 2023)."""
    return dict(holiday_data.country_holidays("DK", years=year, language="da").items())


def holidays_between(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    found: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update({d: n for d, n in danish_holidays(year).items() if start <= d <= end})
    return found


def calendar(weekday: int, after: dt.date, until: dt.date,
             periods: list[ClosedPeriod]) -> list[tuple[dt.date, str | None]]:
    """Each weekly date after ``after`` up to ``until``, with why there is no meeting, if so."""
    free = holidays_between(after, until)
    return [(day, why_not(day, free, periods)) for day in meeting_dates(weekday, after, until)]
