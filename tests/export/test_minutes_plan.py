"""The REFERAT prints the forward plan as it stands after the meeting; the DAGSORDEN as issued."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from dirdesk.domain.danish import short_date
from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.minutes_plan import refresh_plan
from tests.conftest import fixture_files

D = dt.date


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True, text=True,
                          env={**os.environ, "LANG": "da_DK.UTF-8"}, timeout=300)


def plan_block(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The plan table's rows (date cell, points cell) and the points awaiting a date."""
    document = docx.Document(str(path))
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == ["Dato", "Punkter"])
    rows = [(r.cells[0].text, r.cells[1].text) for r in table.rows[1:]]
    texts = [p.text for p in document.paragraphs]
    undated: list[str] = []
    if "Punkter som afventer dato:" in texts:
        start = texts.index("Punkter som afventer dato:") + 1
        for p in document.paragraphs[start:]:
            if not p.style.name.startswith("DD List Bullet"):
                break
            undated.append(p.text)
    return rows, undated


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_referat_prints_the_plan_after_cancelling_and_postponing(tmp_path: Path, db_url: str) -> None:
    from dirdesk.services.meetings import MeetingService
    from dirdesk.services.plan import PlanService
    from dirdesk.storage.database import Database

    fixture = next(f for f in fixture_files() if f.name == "direktionen-2025-01-29-referat.json")
    meeting = read_meeting(fixture.read_bytes())
    issued = meeting.forward_plan
    assert issued is not None
    db = Database(db_url)
    try:
        MeetingService(db).import_meeting(meeting)
        plans = PlanService(db)
        live = plans.plan(meeting.board, meeting.date)
        feb19 = next(m for m in live.meetings if m.date == D(2025, 2, 19))
        old_points = [p.text for p in feb19.points]
        assert len(old_points) == 3
        # The meeting decided: 19 February is cancelled; its points go to the next meeting,
        # to 5 March, and to awaiting a date.
        plans.cancel(meeting.board, D(2025, 2, 19), "Aflyst – KL's topmøde")
        plans.ensure_meeting(meeting.board, D(2025, 3, 5))
        plans.move_point(feb19.points[0].id, D(2025, 2, 5))
        plans.move_point(feb19.points[1].id, D(2025, 3, 5))
        plans.move_point(feb19.points[2].id, None)
        after = plans.plan(meeting.board, meeting.date)
    finally:
        db.close()

    date = meeting.date.isoformat()
    referat, dagsorden = tmp_path / "referat.docx", tmp_path / "dagsorden.docx"
    result = run("export", date, "--as", "referat", "-o", str(referat), "--db", db_url)
    assert result.returncode == 0, result.stderr
    # The secretariat is told what changed against the agenda's plan.
    assert "Udgår: 19. feb.: " + old_points[0] in result.stdout
    assert "Nyt: 19. feb.: Aflyst – KL's topmøde" in result.stdout

    expected = refresh_plan(meeting, after).new
    rows, undated = plan_block(referat)
    assert [r[0].split("\n")[0] for r in rows] == [short_date(r.date) if r.date else r.note for r in expected.rows]
    by_date = {r.date: cells for r, cells in zip(expected.rows, rows, strict=True)}
    assert by_date[D(2025, 2, 19)][1] == "Aflyst – KL's topmøde"
    assert old_points[0] in by_date[D(2025, 2, 5)][1]
    assert old_points[1] in by_date[D(2025, 3, 5)][1]
    assert undated == [old_points[2]]
    # Every point of the live plan's block is printed, and nothing else.
    for row, (_when, points) in zip(expected.rows, rows, strict=True):
        for point in row.points:
            assert point in points

    # The DAGSORDEN keeps the plan of when it was issued.
    assert run("export", date, "--as", "dagsorden", "-o", str(dagsorden), "--db", db_url).returncode == 0
    rows, _ = plan_block(dagsorden)
    assert [r[0].split("\n")[0] for r in rows] == [short_date(r.date) for r in issued.rows if r.date]
    feb19_cell = rows[[r.date for r in issued.rows].index(D(2025, 2, 19))][1]
    assert all(point in feb19_cell for point in old_points)

    # --keep-plan keeps the agenda's plan in the REFERAT too.
    kept = tmp_path / "kept.docx"
    assert run("export", date, "--as", "referat", "--keep-plan", "-o", str(kept), "--db", db_url).returncode == 0
    assert plan_block(kept)[0] == rows
