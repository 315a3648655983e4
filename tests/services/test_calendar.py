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


def test_holidays_are_kept_per_year_and_package_version_and_reckoned_again_if_spoilt() -> None:
    import json
    import subprocess
    import sys
    from importlib import metadata

    from dirdesk import paths

    year = 2031
    cached = paths.cache_dir() / "holidays" / f"dk-{year}-holidays-{metadata.version('holidays')}.json"
    cached.unlink(missing_ok=True)
    danish_holidays.cache_clear()
    reckoned = danish_holidays(year)
    assert reckoned[D(2031, 4, 13)] == "Påskedag" and cached.exists()
    # A new process reads the file and does not load the package's every country.
    probe = ("import sys; from dirdesk.services.calendar import danish_holidays as h; "
             f"print(len(h({year})), 'holidays.countries' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(reckoned)), "False"]
    # A spoilt file is reckoned again and rewritten.
    cached.write_text("{not json", encoding="utf-8")
    danish_holidays.cache_clear()
    assert danish_holidays(year) == reckoned
    assert json.loads(cached.read_text(encoding="utf-8"))["2031-04-13"] == "Påskedag"
