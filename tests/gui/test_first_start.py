"""The first start on an empty database: the window opens on it, no unexpected error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dirdesk.app import build_window
from dirdesk.services.plan import PlanService

pytestmark = pytest.mark.gui


def test_the_window_opens_on_an_empty_database(tmp_path: Path, qapp: Any) -> None:
    url = f"sqlite:///{tmp_path / 'ny.sqlite3'}"
    window: Any = build_window(url, qapp)
    try:
        assert "Direktionen" in window.windowTitle()
        # The coming half-year of Wednesdays is planned, as for a board made by hand.
        assert PlanService(window.database).plan("Direktionen", window.ctx.today).meetings
    finally:
        window.close()
        window.database_lock.release()
        window.database.close()
        window.deleteLater()
