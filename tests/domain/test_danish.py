"""Danish dates and times as the real documents print them."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain import danish


def test_formats_of_the_documents() -> None:
    day = dt.date(2024, 11, 13)
    assert danish.long_date(day) == "Onsdag den 13. november 2024"
    assert danish.numeric_date(day) == "13-11-2024"
    assert danish.numeric_date(dt.date(2025, 6, 4)) == "04-06-2025"
    assert danish.short_date(dt.date(2024, 11, 20)) == "20. nov."
    assert danish.short_date(dt.date(2025, 5, 7)) == "7. maj"
    assert danish.short_date(dt.date(2025, 6, 11)) == "11. juni"
    assert danish.fact_time(dt.time(9, 0)) == "9:00"
    assert danish.grid_time(dt.time(10, 30)) == "10.30"
    assert danish.long_date(dt.date(2025, 1, 29)) == "Onsdag den 29. januar 2025"
    assert danish.long_date(dt.date(2026, 11, 28)) == "Lørdag den 28. november 2026"
