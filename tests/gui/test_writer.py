"""The background writer: jobs in order, outcomes by request id, a bounded wait."""

from __future__ import annotations

import threading
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_outcomes_come_back_by_id_in_order_and_a_failure_is_reported(qtbot: Any) -> None:
    from dirdesk.gui.editing.writer import Failed, Writer

    writer = Writer()
    order: list[int] = []
    got: list[tuple[int, Any]] = []
    writer.finished.connect(lambda request, outcome: got.append((request, outcome)))
    first = writer.submit(lambda: order.append(1) or "one")
    second = writer.submit(lambda: 1 / 0)
    third = writer.submit(lambda: order.append(3) or "three")
    qtbot.waitUntil(lambda: len(got) == 3, timeout=3000)
    assert order == [1, 3]
    assert [r for r, _ in got] == [first, second, third]
    assert got[0][1] == "one" and got[2][1] == "three"
    assert isinstance(got[1][1], Failed) and isinstance(got[1][1].error, ZeroDivisionError)
    qtbot.waitUntil(lambda: not writer.busy, timeout=1000)


def test_waiting_is_bounded_and_a_late_outcome_still_arrives(qtbot: Any) -> None:
    from dirdesk.gui.editing.writer import Writer

    writer = Writer()
    disk = threading.Event()
    got: list[tuple[int, Any]] = []
    writer.finished.connect(lambda request, outcome: got.append((request, outcome)))
    stalled = writer.submit(lambda: disk.wait(5) and "written")
    assert writer.wait(stalled, 0.05) == (False, None)  # the window goes on
    disk.set()
    qtbot.waitUntil(lambda: got == [(stalled, "written")], timeout=3000)
    taken = writer.submit(lambda: "now")
    assert writer.wait(taken, 5) == (True, "now")
    qtbot.wait(50)
    assert got == [(stalled, "written")]  # an outcome taken by wait() is not reported twice
    writer.stop()


def test_a_writer_dropped_while_it_writes_lets_the_save_finish(tmp_path: Any) -> None:
    """A window or document dropped with a save still running: the save finishes and the
    process goes on (Qt ended the process: "QThread: Destroyed while thread is still running")."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "drop.py"
    script.write_text(
        "import gc, sys, time\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from dirdesk.gui.editing.writer import Writer\n"
        "app = QCoreApplication(sys.argv)\n"
        "writer = Writer()\n"
        "done = []\n"
        "writer.submit(lambda: time.sleep(0.3) or done.append('written'))\n"
        "time.sleep(0.05)\n"
        "del writer\n"
        "gc.collect()\n"
        "print(*done, 'and on')\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=60, cwd=root, env=env)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "written and on"
