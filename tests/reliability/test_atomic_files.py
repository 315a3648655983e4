"""A writer killed before its move leaves a hidden temporary file; the next write removes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dirdesk.files import write_atomically, write_bytes_atomically

ROOT = Path(__file__).resolve().parents[2]

# Writes part of the file, says so, and waits to be killed before it can move it into place.
_KILLED_WRITER = """
import sys, time
from pathlib import Path
from dirdesk.files import write_atomically

def write(tmp):
    tmp.write_bytes(b"half a docu")
    print("writing", flush=True)
    time.sleep(60)

write_atomically(Path(sys.argv[1]), write)
"""


def _debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_next_write_removes_what_a_killed_writer_left(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    target.write_bytes(b"the good one")
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(target)],
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    left = _debris(tmp_path)
    assert len(left) == 1 and left[0].startswith(".referat.docx.")
    assert target.read_bytes() == b"the good one"

    write_bytes_atomically(target, b"the new one")
    assert target.read_bytes() == b"the new one"
    assert _debris(tmp_path) == []


def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    started, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow(tmp: Path) -> None:
        tmp.write_bytes(b"slow")
        started.set()
        release.wait(10)

    def first() -> None:
        try:
            write_atomically(target, slow)
        except BaseException as exc:  # reported by the test below
            errors.append(exc)

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert started.wait(10)
        write_bytes_atomically(target, b"fast")  # a second writer meanwhile
        assert target.read_bytes() == b"fast"
        assert len(_debris(tmp_path)) == 1  # the first writer's file is still there
    finally:
        release.set()
        thread.join(10)
    assert errors == []
    assert target.read_bytes() == b"slow"
    assert _debris(tmp_path) == []


def test_other_files_beside_the_target_are_not_touched(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    others = [".referat.docx.x.abcd1234.tmp", ".dagsorden.docx.abcd1234.tmp", "referat.docx.bak",
              ".referat.docx.abcd1234.tmp.keep", "referat.docx.abcd1234.tmp"]
    for name in others:
        (tmp_path / name).write_bytes(b"x")
    stale = tmp_path / ".referat.docx.abcd_234.tmp"
    stale.write_bytes(b"x")
    write_bytes_atomically(target, b"new")
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*others, "referat.docx"])
