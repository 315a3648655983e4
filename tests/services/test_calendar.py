"""The board's calendar knows the Danish public holidays and the closed periods."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.forward_plan import ClosedPeriod
from dirdesk.services.calendar import calendar, danish_holidays

D = dt.date


def test_store_bededag_only_until_2023() -> None:
    assert danish_holidays(2023)[D(2023, 5, 5)] == "Store bededag"
    assert "Store bededag" not in danish_holidays(2024).values()


def test_wednesdays_that_fall_on_a_holiday_or_in_a_closed_period() -> None:
    jul = ClosedPeriod(D(2025, 12, 20), D(2026, 1, 4), "Jule- og nytårslukket")
    days = dict(calendar(2, D(2025, 12, 1), D(2026, 1, 31), [jul]))
    assert days[D(2025, 12, 24)] == "Jule- og nytårslukket"
    assert days[D(2025, 12, 31)] == "Jule- og nytårslukket"
    assert days[D(2026, 1, 7)] is None
    # 2020: Christmas Day was a Friday, New Year's Day a Wednesday.
    assert dict(calendar(2, D(2019, 12, 30), D(2020, 1, 8), []))[D(2020, 1, 1)] == "Nytårsdag"
