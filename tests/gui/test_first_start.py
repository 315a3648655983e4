"""The first start on an empty database (a new user's own file): the welcome, no error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_the_program_starts_on_an_empty_database(tmp_path: Path, real_start: Any) -> None:
    # Half a second of the running window: an error after the welcome shows must be seen too.
    status = real_start(f"sqlite:///{tmp_path / 'ny.sqlite3'}", exit_after_ms=500,
                        give_up_ms=30_000)
    assert (status, real_start.errors) == (0, [])
