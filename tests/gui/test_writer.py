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
