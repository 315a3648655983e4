"""Several workstations hammering one meeting: no save is ever lost (optimistic revisions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dirdesk.domain.interchange import read_meeting
from dirdesk.services.meetings import MeetingService
from dirdesk.storage.database import Database
from tests.conftest import fixture_files

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
ROUNDS = 25


@pytest.mark.slow
def test_no_lost_updates_between_workstations(db_url: str) -> None:
    with Database(db_url) as db:
        meeting = read_meeting(fixture_files()[-1].read_bytes())
        MeetingService(db).import_meeting(meeting)
    processes = [subprocess.Popen(
        [sys.executable, "-m", "tests.services.hammer", db_url, f"w{n}", str(ROUNDS),
         meeting.date.isoformat()], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True) for n in range(WORKERS)]
    saved: list[str] = []
    conflicts = 0
    for process in processes:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err
        saved += [line.split()[1] for line in out.splitlines() if line.startswith("saved ")]
        conflicts += sum(int(line.split()[1]) for line in out.splitlines()
                         if line.startswith("conflicts "))
    assert len(saved) == WORKERS * ROUNDS
    with Database(db_url) as db:
        final = MeetingService(db).get(meeting.date, "Direktionen")
    words = set((final.note or "").split())
    for item in final.items:
        words |= set((item.decision or "").split())
    lost = [token for token in saved if token not in words]
    print(f"{len(saved)} saves by {WORKERS} workstations, {conflicts} conflicts told, "
          f"{len(lost)} lost")
    assert lost == []
    # The workstations really did get in each other's way: the test tested something.
    assert conflicts > 0
