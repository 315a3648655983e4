"""Bounded input: import time of 1×, 10× and 100× inputs of each shape, the largest file the
reader accepts, and how fast what it refuses is refused. Part of ``make benchmarks``.

    python benchmarks/bounded.py [--quick] [--out FILE]

Each shape grows one thing of a meeting file — a decision full of markup characters, items,
forward-plan rows, points awaiting a date — and each size is read and stored into a new SQLite
database (made beforehand: the migrations are not timed). The largest accepted file is as
near 20 MB (the reader's limit) as the other limits let: sections of just under 400 KB
of text with ``*`` and ``**`` marks, also timed as ``dirdesk import`` in its own process. The
refusals are ``/dev/zero``, a FIFO, a folder and a file over the limit. Writes a Markdown
table to ``benchmarks/bounded.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from dirdesk.domain.interchange import MAX_FILE_BYTES, MAX_TEXT_BYTES  # noqa: E402

GOAL_SECONDS = 10.0
MARKUP = "Beløbet* jf. note *1 og **2 samt *fodnote ** i alt 3 * 4 "  # marks that never close


def base() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "tests" / "fixtures" /
                                      "direktionen-2025-01-29-referat.json").read_text("utf-8"))
    return doc


def long_text(n: int) -> dict[str, Any]:
    doc = base()
    doc["items"][0]["decision"] = MARKUP * (60 * n)  # 1×: 3.6 KB, 100×: 360 KB (limit 400 KB)
    return doc


def many_items(n: int) -> dict[str, Any]:
    doc = base()
    item = doc["items"][1]
    doc["items"] = [{**item, "title": f"Punkt {i}"} for i in range(5 * n)]
    doc["schedule"] = []
    return doc


def many_plan_rows(n: int) -> dict[str, Any]:
    doc = base()
    first = dt.date(2025, 2, 5)
    doc["forward_plan"]["rows"] = [
        {"date": (first + dt.timedelta(weeks=i)).isoformat(), "note": f"Note {i}",
         "points": [f"Sag {i}.{j}" for j in range(3)]} for i in range(n)]
    return doc


def many_undated(n: int) -> dict[str, Any]:
    doc = base()
    doc["forward_plan"]["undated"] = [f"Punkt {i} afventer dato" for i in range(40 * n)]
    return doc


SHAPES: list[tuple[str, str, Callable[[int], dict[str, Any]]]] = [
    ("long text with markup characters", "KB decision", long_text),
    ("many items", "items", many_items),
    ("many plan rows", "plan rows", many_plan_rows),
    ("many undated points", "undated points", many_undated),
]


def size_of(shape: str, doc: dict[str, Any]) -> str:
    if shape == "long text with markup characters":
        return f"{len(doc['items'][0]['decision'].encode()) // 1000} KB decision"
    if shape == "many items":
        return f"{len(doc['items'])} items"
    if shape == "many plan rows":
        return f"{len(doc['forward_plan']['rows'])} plan rows"
    return f"{len(doc['forward_plan']['undated'])} undated points"


def largest() -> dict[str, Any]:
    """Sections of just under the text limit each, as many as 20 MB holds."""
    doc = base()
    section_text = (MARKUP * (MAX_TEXT_BYTES // len(MARKUP.encode())))[:MAX_TEXT_BYTES - 100]
    doc["items"] = [{"title": f"Punkt {i}", "sections": [{"heading": "Bilag", "text": section_text}]}
                    for i in range(MAX_FILE_BYTES // MAX_TEXT_BYTES)]
    doc["schedule"] = []
    while len(json.dumps(doc, ensure_ascii=False).encode()) > MAX_FILE_BYTES:
        doc["items"].pop()
    return doc


def dirdesk(*args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True, text=True,
                          timeout=900, cwd=ROOT)
    return time.perf_counter() - start, done


def import_seconds(folder: Path, name: str, doc: dict[str, Any]) -> float:
    """Reading the file and storing the meeting (the database made beforehand), in this process."""
    from dirdesk.cli import load_meeting_file
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    path = folder / f"{name}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Database(f"sqlite:///{folder / name}.sqlite3") as db:
        start = time.perf_counter()
        MeetingService(db).import_meeting(load_meeting_file(str(path)))
        return time.perf_counter() - start


def refusal_seconds(source: str) -> tuple[float, str]:
    from dirdesk.cli import load_meeting_file
    from dirdesk.domain.messages import UserError

    start = time.perf_counter()
    try:
        load_meeting_file(source)
    except UserError as exc:
        return time.perf_counter() - start, exc.text()
    raise SystemExit(f"{source} was not refused")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1× and 10× only; no 20 MB file")
    parser.add_argument("--out", type=Path, default=HERE / "bounded.md")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="dirdesk-bounded-"))
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        os.environ[f"XDG_{name}_HOME"] = str(home / name.lower())
    os.environ.pop("DIRDESK_DATABASE_URL", None)
    scales = (1, 10) if args.quick else (1, 10, 100)
    lines = ["| shape | " + " | ".join(f"{n}×" for n in scales) + " | 100× / 1× |" if not args.quick
             else "| shape | " + " | ".join(f"{n}×" for n in scales) + " | 10× / 1× |",
             "| --- | " + " | ".join("---:" for _ in scales) + " | ---: |"]
    import_seconds(home, "warm-up", base())  # modules loaded, caches filled: not timed below
    for shape, _, make in SHAPES:
        cells, times = [], []
        for n in scales:
            doc = make(n)
            seconds = import_seconds(home, f"{make.__name__}-{n}", doc)
            times.append(seconds)
            cells.append(f"{size_of(shape, doc)}: {seconds:.2f} s")
        lines.append(f"| {shape} | " + " | ".join(cells) + f" | {times[-1] / times[0]:.0f} |")
    print("\n".join(lines), flush=True)
    rows = ["", "| file | what happened | time | goal |", "| --- | --- | ---: | --- |"]
    if not args.quick:
        doc = largest()
        seconds = import_seconds(home, "largest", doc)
        path = home / "largest.json"
        megabytes = path.stat().st_size / 1_000_000
        from dirdesk.storage.database import Database

        cli_url = f"sqlite:///{home / 'largest-cli'}.sqlite3"
        Database(cli_url).close()  # made beforehand, as for the shapes: the import is timed
        whole, done = dirdesk("import", str(path), "--db", cli_url)
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        met = "met" if whole < GOAL_SECONDS else "NOT met"
        rows.append(f"| largest accepted: {megabytes:.1f} MB, {len(doc['items'])} sections of "
                    f"{MAX_TEXT_BYTES // 1000} KB with markup | imported: {seconds:.1f} s to read "
                    f"and store; `dirdesk import` in all | {whole:.1f} s | "
                    f"< {GOAL_SECONDS:g} s: {met} |")
    fifo = home / "fifo.json"
    os.mkfifo(fifo)
    over = home / "over.json"
    with over.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    for label, source in (("/dev/zero", "/dev/zero"), ("a FIFO", str(fifo)),
                          ("a folder", str(home)), ("20 MB + 1 byte", str(over))):
        seconds, said = refusal_seconds(source)
        rows.append(f"| {label} | refused: {said.split(': ', 1)[-1]} | {seconds * 1000:.2f} ms | "
                    "at once |")
    print("\n".join(rows), flush=True)
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    args.out.write_text("\n".join([f"Bounded input, {dt.date.today().isoformat()} ({machine}); "
                                   "times are reading the file and storing the meeting in a "
                                   "database made beforehand; the largest file also through "
                                   "`dirdesk import` in its own process, start-up included.",
                                   "", *lines, *rows, ""]), encoding="utf-8")


if __name__ == "__main__":
    main()
