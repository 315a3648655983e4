"""Run by test_kill: real work in a loop, until the test kills the process with SIGKILL.

    python crash_worker.py MODE DB_URL WORKDIR RUN

MODE is ``import`` (the fixtures and the variants of them the test put in WORKDIR, with
--replace, through the command line's entry function),
``export`` (REFERAT and DAGSORDEN of the stored meeting to one and the same file, through the
command line), ``grid`` (grid rows moved and lengths changed, saved with ``MeetingService.save``)
or ``live`` (decisions set item by item with ``MeetingService.set_decision``).

Prints ``ready`` once the database is open, then ``done N`` after each unit of work (flushed).
The journal ``WORKDIR/journal-RUN`` gets ``attempt KIND DATA`` before each write and
``committed KIND DATA`` after it returned, each synced to disk before going on: the test knows
what was committed, and which one write may have been under way when the kill came.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import random
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("direktionen-*.json"))
BOARD = "Direktionen"
DATE = dt.date(2025, 1, 29)  # the meeting the export, grid and live modes work on
TARGET = "dokument.docx"


class Journal:
    def __init__(self, path: Path) -> None:
        self.handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the whole run

    def write(self, state: str, kind: str, data: str) -> None:
        assert "\n" not in data
        self.handle.write(f"{state} {kind} {data}\n")
        self.handle.flush()
        os.fsync(self.handle.fileno())

    def around(self, kind: str, data: str, call: Callable[[], object]) -> None:
        self.write("attempt", kind, data)
        call()
        self.write("committed", kind, data)


def decision_text(run: int, step: int) -> str:
    """A different text for every call, of varying length, with Danish letters."""
    return (f"Kørsel {run}, skridt {step}: Direktionen godkendte indstillingen. "
            + "Økonomi og Social følger op på sagen. " * (step % 7)).strip()


def schedule_data(slots: object) -> str:
    return json.dumps([[s.start.strftime("%H:%M"), s.title, s.text, s.item]  # type: ignore[attr-defined]
                       for s in slots], ensure_ascii=False)  # type: ignore[attr-defined]


def _cli(args: list[str]) -> None:
    from dirdesk.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        status = main(args)
    if status != 0:
        raise SystemExit(f"dirdesk {' '.join(args)}: exit status {status}")


def main() -> int:
    mode, url, workdir, run = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    import dirdesk.cli  # noqa: F401 - loaded before "ready": the kill is to come during work
    from dirdesk.domain import schedule
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database
    if mode == "export":
        import dirdesk.export  # noqa: F401

    journal = Journal(workdir / f"journal-{run}")
    rng = random.Random(run)
    db = Database(url)
    service = MeetingService(db)
    # The fixtures, each followed by its variant (other titles, decisions, grid rows, members).
    files = sorted([*FIXTURES, *workdir.glob("*.json")], key=lambda p: p.name)
    uids = [item.uid for item in service.get(DATE, BOARD).items] if mode == "live" else []
    print("ready", flush=True)
    step = 0
    while True:
        if mode == "import":
            fixture = files[(run + step) % len(files)]
            journal.around("import", fixture.name,
                           lambda f=fixture: _cli(["import", str(f), "--replace", "--db", url]))
        elif mode == "export":
            kind = ("referat", "dagsorden")[(run + step) % 2]
            _cli(["export", DATE.isoformat(), "--as", kind, "-o", str(workdir / TARGET), "--db", url])
        elif mode == "grid":
            meeting = service.get(DATE, BOARD)
            slots = list(meeting.schedule)
            last = len(slots) - 1 if slots[-1].is_closing else len(slots)  # the closing row stays
            if rng.random() < 0.5:
                slots = schedule.move(slots, rng.randrange(last), rng.randrange(last), meeting.end)
            else:
                slots = schedule.set_length(slots, rng.randrange(last), rng.randint(5, 30), meeting.end)
            edited = replace(meeting, schedule=tuple(slots))
            journal.around("grid", schedule_data(slots), lambda m=edited: service.save(m))
        elif mode == "live":
            uid = uids[step % len(uids)]
            text = decision_text(run, step)
            journal.around("decision", f"{uid} {text}",
                           lambda u=uid, t=text: service.set_decision(BOARD, DATE, u, t))
        else:
            raise SystemExit(f"unknown mode {mode}")
        step += 1
        print(f"done {step}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
