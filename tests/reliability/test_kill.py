"""Killing the program (SIGKILL) at random moments of real work loses nothing committed.

Fifty kills, spread over imports, exports, grid edits and live minute-taking, each at a random
moment after the worker (``crash_worker.py``) has opened the database. After each one the test
reopens what was left and checks it: the SQLite file passes its integrity and foreign key
checks, every decision (and grid) the worker saw committed is stored, the one write that was
under way is there whole or not at all, no meeting is half imported, and the exported file is
either absent or a complete document, never half of one.

``DIRDESK_CRASH_SEED`` repeats a run; the seed is in every failure message.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# Imported here, once: first imports racing in the modes' threads crash the interpreter.
from dirdesk.cli import load_meeting_file, main
from dirdesk.domain.interchange import meeting_document
from dirdesk.export import DocumentKind
from dirdesk.services.meetings import MeetingService
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository, PlanRepository
from tests.conftest import fixture_files
from tests.normalise import normalised
from tests.reliability.crash_worker import BOARD, DATE, TARGET, decision_text, schedule_data

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = {"import": 13, "export": 13, "grid": 12, "live": 12}
SEED = int(os.environ.get("DIRDESK_CRASH_SEED", "6003"))
DELAY = (0.2, 1.5)  # seconds of work between the worker's "ready" and the kill
# Alembic keeps its migration context in a global: the parent opens databases one thread at a time.
CHECKING = threading.Lock()
TEMPORARY = re.compile(re.escape(f".{TARGET}.") + r"[a-z0-9_]{8}\.tmp")


class Worker:
    """One run of crash_worker.py, its output going to files (a full pipe would stall it)."""

    def __init__(self, mode: str, url: str, workdir: Path, run: int) -> None:
        self.out = workdir / f"run-{run}.out"
        self.err = workdir / f"run-{run}.err"
        # Word-only exports without LibreOffice's layout pass: the kills test whole files, and an
        # export that takes seconds was killed before any finished ("export 0 units done").
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DIRDESK_LIBREOFFICE": "none"}
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.proc = subprocess.Popen([sys.executable, str(WORKER), mode, url, str(workdir), str(run)],
                                         stdout=out, stderr=err, env=env)

    def lines(self) -> list[str]:
        return self.out.read_text(encoding="utf-8").splitlines()

    def wait_ready(self, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while "ready" not in self.lines():
            if self.proc.poll() is not None or time.monotonic() > end:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError(f"the worker did not start:\n{self.err.read_text()}")
            time.sleep(0.01)

    def kill(self) -> int:
        """SIGKILL; the units of work it reported done."""
        if self.proc.poll() is not None:
            raise AssertionError(f"the worker stopped by itself:\n{self.err.read_text()}")
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(timeout=10) == -signal.SIGKILL
        return sum(line.startswith("done ") for line in self.lines())


def journal(workdir: Path, run: int) -> tuple[list[tuple[str, str]], tuple[str, str] | None]:
    """The committed writes of a run, in order, and the write under way when it was killed.

    A last line cut short is not counted: its write is the one under way.
    """
    path = workdir / f"journal-{run}"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    committed: list[tuple[str, str]] = []
    pending: tuple[str, str] | None = None
    for line in text.split("\n")[:-1]:  # the part after the last newline is incomplete
        state, kind, data = line.split(" ", 2)
        if state == "attempt":
            pending = (kind, data)
        else:
            assert state == "committed" and pending == (kind, data), line
            committed.append((kind, data))
            pending = None
    return committed, pending


def check_database(url: str) -> list[str]:
    """What the SQLite checks find wrong with the file (nothing: an empty list)."""

    problems: list[str] = []
    with Database(url) as db, db.engine.connect() as conn:
        integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:5]}")
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {broken[:5]}")
        has_fts = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").first() is not None
        if has_fts:
            try:
                conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
            except Exception as exc:  # the search index does not match its rows
                problems.append(f"search index: {exc}")
            conn.rollback()
    return problems


def stored_meeting(url: str, date: dt.date = DATE) -> Any:

    with Database(url) as db:
        return MeetingService(db).get(date, BOARD)


def import_fixture(url: str, date: dt.date = DATE) -> None:

    path = next(p for p in fixture_files() if date.isoformat() in p.name)
    with Database(url) as db:
        MeetingService(db).import_meeting(load_meeting_file(str(path)))


class Tally:
    """The figures of a run, shared by the modes' threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.problems: list[str] = []

    def add(self, **counts: int) -> None:
        with self.lock:
            self.counts.update(counts)

    def fail(self, kind: str, text: str) -> None:
        with self.lock:
            self.counts[kind] += 1
            self.problems.append(text)


# --- what must hold after a kill, per mode ---------------------------------------------------------

def changed(doc: dict[str, Any]) -> dict[str, Any]:
    """Another version of a meeting file: a half import of one over the other shows."""
    doc = json.loads(json.dumps(doc))
    doc["members"].reverse()
    for item in doc["items"]:
        item["title"] += " (ny udgave)"
        item["decision"] = f"Ny udgave: {item.get('decision') or 'taget til efterretning'}"
    for slot in doc.get("schedule", []):
        slot["title"] += " (ny udgave)" if slot["title"] != "Mødet afsluttes" else ""
    return doc


class ImportCheck:
    """Every meeting with items is one of the files, whole; every committed import is there."""

    def __init__(self, url: str, workdir: Path) -> None:
        self.url, self.workdir = url, workdir
        self.documents = {p.name: normalised(json.loads(p.read_text(encoding="utf-8")))
                          for p in fixture_files()}
        for name, doc in list(self.documents.items()):
            variant = workdir / name.replace(".json", "-variant.json")
            variant.write_text(json.dumps(changed(doc), ensure_ascii=False), encoding="utf-8")
            self.documents[variant.name] = normalised(changed(doc))
        self.plan_dates = {row["date"] for doc in self.documents.values()
                           for row in doc.get("forward_plan", {}).get("rows", []) if row["date"]}
        self.imported: set[str] = set()  # fixtures whose import has committed at least once

    def __call__(self, run: int, tally: Tally, where: str) -> None:

        committed, _pending = journal(self.workdir, run)
        self.imported |= {name for _kind, name in committed}
        tally.add(commits=len(committed))
        with Database(self.url) as db:
            service = MeetingService(db)
            summaries = service.summaries()
            with db.session() as session:
                plan = PlanRepository(session)
                known = BoardRepository(session).get(BOARD) is not None  # not before an import
                points = {date: plan.point_texts(BOARD, dt.date.fromisoformat(date)) if known else []
                          for date in self.plan_dates}
                points["undated"] = plan.point_texts(BOARD, None) if known else []
            stored = {s.date.isoformat(): service.get(s.date, s.board) for s in summaries
                      if s.item_count}
        for s in summaries:
            date = s.date.isoformat()
            if not s.item_count and date not in self.plan_dates:
                tally.fail("half_imports", f"{where}: an empty meeting on {date}")
        for date, meeting in stored.items():
            if meeting_document(meeting) not in self.documents.values():
                tally.fail("half_imports", f"{where}: the meeting of {date} is not a whole meeting "
                                           "of the files imported")
        for name in self.imported:
            doc = self.documents[name]
            if doc["date"] not in stored:
                tally.fail("half_imports", f"{where}: the committed import of {name} is gone")
            for row in doc.get("forward_plan", {}).get("rows", []):
                if row["date"] and row["date"] > doc["date"] and not set(row["points"]) <= set(
                        points[row["date"]]):
                    tally.fail("half_imports", f"{where}: planned points of {row['date']} from "
                                               f"{name} are missing")
        for date, texts in points.items():
            if len(texts) != len(set(texts)):
                tally.fail("half_imports", f"{where}: planned points of {date} twice: {texts}")


def _exported(url: str, kind: DocumentKind) -> bytes:
    import tempfile

    before = os.environ.get("DIRDESK_LIBREOFFICE")
    os.environ["DIRDESK_LIBREOFFICE"] = "none"
    try:
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / TARGET
            assert main(["export", DATE.isoformat(), "--as", kind.value, "-o", str(target),
                         "--db", url]) == 0
            return target.read_bytes()
    finally:
        if before is None:
            os.environ.pop("DIRDESK_LIBREOFFICE", None)
        else:
            os.environ["DIRDESK_LIBREOFFICE"] = before


class ExportCheck:
    """The target is absent or a complete document; the only debris is hidden temporary files."""

    def __init__(self, url: str, workdir: Path) -> None:

        self.workdir = workdir
        # Zip entries carry the time they were written: a complete output has these contents,
        # written by the same command the killed runs use (Word-only, as they are), unkilled.
        self.complete = [self._members(_exported(url, kind)) for kind in DocumentKind]
        self.existed = False
        self.debris = 0

    @staticmethod
    def _members(data: bytes) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {name: z.read(name) for name in z.namelist()}

    def __call__(self, run: int, tally: Tally, where: str) -> None:
        target = self.workdir / TARGET
        others = [p.name for p in self.workdir.iterdir()
                  if p.name != TARGET and not re.fullmatch(r"run-\d+\.(out|err)|journal-\d+", p.name)]
        if not target.exists():
            if self.existed:
                tally.fail("half_written", f"{where}: the exported file is gone")
        else:
            self.existed = True
            try:
                with zipfile.ZipFile(target) as z:
                    assert z.testzip() is None, "a damaged zip entry"
                    ET.fromstring(z.read("word/document.xml"))
                members = self._members(target.read_bytes())
                assert members in self.complete, "not a complete REFERAT or DAGSORDEN"
            except Exception as exc:  # zipfile, XML and our asserts
                tally.fail("half_written", f"{where}: {TARGET} is not a complete document: {exc!r}")
        strays = [name for name in others if not TEMPORARY.fullmatch(name)]
        if strays:
            tally.fail("half_written", f"{where}: stray files beside the document: {strays}")
        # A run removes the debris of earlier kills when it starts writing; it leaves at most
        # the one temporary file it was writing when it was killed.
        temporaries = len(others) - len(strays)
        done = sum(line.startswith("done ") for line in
                   (self.workdir / f"run-{run}.out").read_text().splitlines())
        allowed = 1 if done else self.debris + 1
        if temporaries > allowed:
            tally.fail("debris", f"{where}: {temporaries} temporary files left (at most {allowed})")
        previous, self.debris = self.debris, temporaries
        tally.add(killed_while_writing=int(temporaries > (0 if done else previous)))


class StateCheck:
    """Decisions (or the grid) as stored: the last committed value, or the write under way."""

    def __init__(self, url: str, workdir: Path, kind: str, read: Callable[[Any], dict[str, str | None]],
                 failure: str) -> None:
        self.url, self.workdir, self.kind, self.read, self.failure = url, workdir, kind, read, failure
        self.expected = read(stored_meeting(url))

    def __call__(self, run: int, tally: Tally, where: str) -> None:
        committed, pending = journal(self.workdir, run)
        tally.add(commits=len(committed))
        for kind, data in committed:
            assert kind == self.kind
            key, value = data.split(" ", 1) if kind == "decision" else ("grid", data)
            self.expected[key] = value
        in_flight: tuple[str, str] | None = None
        if pending is not None:
            data = pending[1]
            in_flight = (data.split(" ", 1)[0], data.split(" ", 1)[1]) if self.kind == "decision" \
                else ("grid", data)
        actual = self.read(stored_meeting(self.url))
        for key, value in actual.items():
            if value == self.expected.get(key):
                continue
            if in_flight is not None and in_flight == (key, value):
                tally.add(in_flight_kept=1)
                continue
            tally.fail(self.failure, f"{where}: {key}: stored {value!r}, committed "
                                     f"{self.expected.get(key)!r}, under way {in_flight!r}")
        if set(actual) != set(self.expected):
            tally.fail(self.failure, f"{where}: items changed: {sorted(actual)}")
        self.expected = actual  # the one under way is now known: committed or not


def decisions(meeting: Any) -> dict[str, str | None]:
    return {item.uid: item.decision for item in meeting.items}


def grid(meeting: Any) -> dict[str, str | None]:
    return {"grid": schedule_data(meeting.schedule)}


# --- the runs --------------------------------------------------------------------------------------

def kill_repeatedly(mode: str, kills: int, url: str, workdir: Path, check: Callable[[int, Tally, str], None],
                    tally: Tally, rng: random.Random, sqlite: bool = True) -> None:
    workdir.mkdir(exist_ok=True)
    for run in range(kills):
        delay = rng.uniform(*DELAY)
        where = f"{mode} kill {run + 1} after {delay:.2f} s (DIRDESK_CRASH_SEED={SEED})"
        worker = Worker(mode, url, workdir, run)
        worker.wait_ready()
        time.sleep(delay)
        done = worker.kill()
        tally.add(kills=1, **{f"kills_{mode}": 1, f"work_{mode}": done})
        with CHECKING:
            if sqlite:
                for problem in check_database(url):
                    tally.fail("integrity_failures", f"{where}: {problem}")
            check(run, tally, where)


def prepare(mode: str, url: str, workdir: Path) -> Callable[[int, Tally, str], None]:

    workdir.mkdir(exist_ok=True)
    if mode == "import":
        Database(url).close()  # migrated once, before any worker
        return ImportCheck(url, workdir)
    import_fixture(url)
    if mode == "export":
        return ExportCheck(url, workdir)
    if mode == "grid":
        return StateCheck(url, workdir, "grid", grid, "lost_grid_edits")
    return StateCheck(url, workdir, "decision", decisions, "lost_decisions")


def summary(tally: Tally) -> str:
    c = tally.counts
    per_mode = ", ".join(f"{mode} {c[f'kills_{mode}']}" for mode in KILLS)
    work = ", ".join(f"{mode} {c[f'work_{mode}']}" for mode in KILLS)
    return (f"seed {SEED}: {c['kills']} kills ({per_mode}); units of work done: {work}; "
            f"writes journaled as committed: {c['commits']}; write under way found kept: "
            f"{c['in_flight_kept']}; integrity failures {c['integrity_failures']}; lost committed "
            f"decisions {c['lost_decisions']}; lost grid edits {c['lost_grid_edits']}; half imports "
            f"{c['half_imports']}; half-written files {c['half_written']}; kills that left a temporary "
            f"file {c['killed_while_writing']}; temporary files left beyond the one under way "
            f"{c['debris']}")


def test_fifty_kills_lose_nothing_committed(tmp_path: Path) -> None:
    tally = Tally()
    errors: list[str] = []

    urls = {mode: f"sqlite:///{tmp_path / f'{mode}.sqlite3'}" for mode in KILLS}
    checks = {mode: prepare(mode, urls[mode], tmp_path / mode) for mode in KILLS}

    def one_mode(mode: str) -> None:
        try:
            kill_repeatedly(mode, KILLS[mode], urls[mode], tmp_path / mode, checks[mode], tally,
                            random.Random(f"{SEED}-{mode}"))
        except BaseException:  # reported with the seed below
            errors.append(f"{mode}: {traceback.format_exc()}")

    # The four modes at once, each on its own database and folder: fifty runs one after the
    # other would take twice as long.
    threads = [threading.Thread(target=one_mode, args=(mode,)) for mode in KILLS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(summary(tally))
    assert not errors, f"seed {SEED}:\n" + "\n".join(errors)
    assert not tally.problems, summary(tally) + "\n" + "\n".join(tally.problems)
    assert tally.counts["kills"] == sum(KILLS.values())
    # Kills came during real work, not only during start-up.
    for mode in KILLS:
        assert tally.counts[f"work_{mode}"] >= 1, summary(tally)
    assert tally.counts["commits"] > 0

    # After the last kill a whole export leaves the document and no debris at all.

    workdir = tmp_path / "export"
    assert main(["export", DATE.isoformat(), "--as", "referat", "-o", str(workdir / TARGET),
                 "--db", f"sqlite:///{tmp_path / 'export.sqlite3'}"]) == 0
    assert not [p for p in workdir.iterdir() if TEMPORARY.fullmatch(p.name)]


def test_killed_minute_taking_loses_no_decision_on_postgresql(postgres_admin_url: str | None,
                                                             tmp_path: Path) -> None:
    if postgres_admin_url is None:
        pytest.skip("no PostgreSQL server here")
    from tests import postgres

    tally = Tally()
    with postgres.fresh_database(postgres_admin_url) as url:
        check = prepare("live", url, tmp_path / "live")
        kill_repeatedly("live", 2, url, tmp_path / "live", check, tally, random.Random(f"{SEED}-pg"),
                        sqlite=False)
    print(summary(tally))
    assert not tally.problems, summary(tally) + "\n" + "\n".join(tally.problems)
    assert tally.counts["commits"] > 0


def test_the_worker_writes_a_different_decision_each_time() -> None:
    texts = {decision_text(run, step) for run in range(3) for step in range(50)}
    assert len(texts) == 150 and all("\n" not in t for t in texts)
