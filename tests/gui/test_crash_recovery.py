"""Killing the program while a decision is typed loses nothing older than a second."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

TYPIST = Path(__file__).with_name("crash_typist.py")
ROOT = Path(__file__).resolve().parents[2]


def test_kill_while_typing_keeps_all_but_the_last_second(gui_db_url: str, tmp_path: Path) -> None:
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database
    from tests.gui.crash_typist import TEXT

    rng = random.Random(7)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    losses: list[float] = []

    def saved() -> str:
        with Database(gui_db_url) as db:
            meeting = MeetingService(db).get(dt.date(2026, 11, 25), "Direktionen")
        return meeting.items[0].decision or ""

    for kill in range(3):
        before = saved()  # what earlier runs kept; typing goes on after it
        proc = subprocess.Popen([sys.executable, str(TYPIST), gui_db_url], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        lines: list[tuple[int, float]] = []
        assert proc.stdout.readline().strip() == "ready"
        run_for = rng.uniform(1.5, 3.5)
        start = time.time()
        while time.time() - start < run_for:
            line = proc.stdout.readline().split()
            if line and line[0] == "typed":
                lines.append((int(line[1]), float(line[2])))
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.time()
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close() if proc.stderr else None

        after = saved()
        assert after.startswith(before), f"kill {kill}: earlier text changed"
        decision = after[len(before):]
        # Every character typed more than one second before the kill is there, in order.
        safe = max((n for n, at in lines if at <= killed_at - 1.0), default=0)
        assert len(lines) > 10, f"kill {kill}: the typist did not get going"
        assert TEXT.startswith(decision), "what was saved is not what was typed"
        assert len(decision) >= safe, f"kill {kill}: lost {safe - len(decision)} characters"
        typed_last = lines[-1][0]
        losses.append(typed_last - len(decision))
    print(f"characters typed but not saved at each kill: {losses}")
    # Saved within about a second: never more than ~1 s of typing (20 chunks of 3) missing.
    assert max(losses) <= 60, losses
