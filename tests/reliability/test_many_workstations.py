"""Eight workstations at once on SQLite and PostgreSQL: imports with --replace, whole-meeting
saves, live decisions, plan notes, cancellations and a new board, all mixed, no retries.

Afterwards every acknowledged write is present exactly once, every refused one was told so,
no item is doubled. The order is the meeting's revision, which every acknowledged write
reports: a write acknowledged after the last replace of the meeting is there, one before it
was replaced with the rest of the meeting.
"""

from __future__ import annotations

import collections
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dirdesk.domain.model import MeetingStatus
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.storage.database import Database
from tests.reliability.workstation import BOARD, DAY, NEW_BOARD, PLANNED, replacement

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 8
ROUNDS = 10


@pytest.mark.slow
def test_eight_workstations_lose_nothing_and_double_nothing(db_url: str) -> None:
    with Database(db_url) as db:
        MeetingService(db).import_meeting(replacement("start"))
        for day in PLANNED:
            PlanService(db).ensure_meeting(BOARD, day)
    started = time.perf_counter()
    processes = [subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.workstation", db_url, f"w{n}", str(ROUNDS)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(WORKERS)]
    acks: list[tuple[str, str, str, int]] = []
    told: list[tuple[str, str, str]] = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-3000:]
        for line in out.splitlines():
            word, kind, target, token, *revision = line.split()
            if word == "ack":
                acks.append((kind, target, token, int(revision[0])))
            else:
                told.append((kind, target, token))
    # Every write was either acknowledged or refused with a conflict: none went unanswered.
    assert len(acks) + len(told) == WORKERS * (ROUNDS + 1)

    with Database(db_url) as db:
        meetings, plan = MeetingService(db), PlanService(db)
        final = meetings.get(DAY, BOARD)
        planned = {day: meetings.get(day, BOARD) for day in PLANNED}
        board_meetings = meetings.summaries(NEW_BOARD)
        boards = plan.boards()

    # The replaced meeting: exactly one import's four items, the last acknowledged one's.
    replaces = sorted((rev, token) for kind, _t, token, rev in acks if kind == "replace")
    last_rev, last_token = replaces[-1] if replaces else (0, "start")
    assert [i.title for i in final.items] == [f"{last_token} punkt {k}" for k in range(1, 5)]
    words = collections.Counter((final.note or "").split())
    for item in final.items:
        words.update((item.decision or "").split())
    for kind, _target, token, rev in acks:
        if kind in ("save", "decide"):
            assert words[token] == (1 if rev > last_rev else 0), (kind, token, rev, last_rev)

    # The planned meetings: every acknowledged note (plan or window) once; the cancellation
    # stands as the last acknowledged cancel or un-cancel left it.
    for day, meeting in planned.items():
        notes = collections.Counter((meeting.note or "").split())
        mine = [a for a in acks if a[1] == day.isoformat()]
        for kind, _target, token, _rev in mine:
            if kind in ("note", "window"):
                assert notes[token] == 1, (day, kind, token)
        states = sorted((rev, kind) for kind, _t, _token, rev in mine if kind in ("cancel", "uncancel"))
        if states:
            expected = MeetingStatus.CANCELLED if states[-1][1] == "cancel" else MeetingStatus.PLANNED
            assert meeting.status is expected, (day, states[-3:])

    # The new board: made once, every workstation's meeting in it.
    assert boards.count(NEW_BOARD) == 1
    assert len(board_meetings) == WORKERS and all(m.item_count == 4 for m in board_meetings)

    kinds = collections.Counter(kind for kind, *_ in told)
    print(f"{db_url.split(':')[0]}: {len(acks)} acknowledged, {len(told)} told "
          f"({dict(kinds)}), {time.perf_counter() - started:.1f} s")
    assert told  # the workstations did get in each other's way: the test tested something
