"""Input that is too big, never ends or is not a file: refused at once, in one line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dirdesk.cli import main
from dirdesk.domain.interchange import MAX_FILE_BYTES
from tests.cli.test_commands import content_digest, run, write
from tests.domain.test_interchange import minimal


def _refused_at_once(source: str, db_url: str, said: str) -> None:
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "dirdesk", "import", source, "--db", db_url],
                            capture_output=True, text=True, timeout=60)
    assert time.monotonic() - start < 30
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"dirdesk: {source}: {said}"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_not_read_until_memory_runs_out(device: str, db_url: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    _refused_at_once(device, db_url,
                     "cannot read: not a regular file (a device or a pipe), not a meeting file")


def test_a_fifo_does_not_hang(tmp_path: Path, db_url: str) -> None:
    fifo = tmp_path / "meeting.json"
    os.mkfifo(fifo)
    _refused_at_once(str(fifo), db_url,
                     "cannot read: not a regular file (a device or a pipe), not a meeting file")


def test_a_folder_is_refused(tmp_path: Path, db_url: str) -> None:
    _refused_at_once(str(tmp_path), db_url, "cannot read: it is a folder, not a meeting file")


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path, db_url: str) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # sparse: the size is what is refused
        handle.truncate(MAX_FILE_BYTES + 1)
    _refused_at_once(str(big), db_url,
                     "the file is 20.0 MB; a meeting file holds at most 20 MB")


def test_a_file_at_the_limit_is_read(tmp_path: Path, db_url: str) -> None:
    doc = minimal()
    path = write(tmp_path / "m.json", doc)
    padding = MAX_FILE_BYTES - path.stat().st_size
    path.write_bytes(path.read_bytes() + b" " * padding)
    assert path.stat().st_size == MAX_FILE_BYTES
    assert main(["import", str(path), "--db", db_url]) == 0


@pytest.mark.parametrize(("field", "value", "fault"), [
    ("date", "２０２５-01-29", 'date: "２０２５-01-29" is not a date (YYYY-MM-DD)'),
    ("date", "٢٠٢٥-٠١-٢٩", 'date: "٢٠٢٥-٠١-٢٩" is not a date (YYYY-MM-DD)'),
    ("date", "2025-01-29\n", 'date: "2025-01-29\\n" is not a date (YYYY-MM-DD)'),
    ("start", "09:00\n", 'start: "09:00\\n" is not a time of day (HH:MM, 00:00 to 23:59)'),
    ("start", "０9:00", 'start: "０9:00" is not a time of day (HH:MM, 00:00 to 23:59)'),
])
def test_dates_and_times_are_ascii_digits_as_the_schema_says(field: str, value: str, fault: str,
                                                             tmp_path: Path, db_url: str) -> None:
    bad = write(tmp_path / "bad.json", {**minimal(), field: value})
    before = content_digest(db_url) if Path(db_url.removeprefix("sqlite:///")).exists() else None
    result = run("import", str(bad), "--db", db_url)
    assert result.returncode == 2
    assert result.stderr.strip() == f"dirdesk: {bad}: {fault}"
    if before is not None:
        assert content_digest(db_url) == before


def test_a_date_argument_is_written_exactly_yyyy_mm_dd(tmp_path: Path, db_url: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # A file named 20250129 in the folder is that file, never the database's meeting of the day.
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(write(tmp_path / "m.json", minimal())), "--db", db_url]) == 0
    other = minimal()
    other["board"] = "Fra filen"
    write(tmp_path / "20250129", other)
    assert main(["export", "20250129", "--as", "dagsorden", "-o", "fil.docx", "--db", db_url]) == 0
    assert main(["export", "2025-01-29", "--as", "dagsorden", "-o", "db.docx", "--db", db_url]) == 0
    import docx

    assert docx.Document("fil.docx").paragraphs[0].text == "Fra filen"
    assert docx.Document("db.docx").paragraphs[0].text == "Direktionen"
    write(tmp_path / "2025-01-29", other)
    assert main(["export", "./2025-01-29", "--as", "dagsorden", "-o", "f2.docx"]) == 0
    assert docx.Document("f2.docx").paragraphs[0].text == "Fra filen"
    dumped = run("dump", "20250129", "--db", db_url)
    assert dumped.returncode == 2
    assert dumped.stderr.strip() == "dirdesk: 20250129: not a date that exists (expected YYYY-MM-DD)"


def test_too_many_entries_or_plan_rows_are_refused(tmp_path: Path, db_url: str) -> None:
    from dirdesk.domain.interchange import MAX_ENTRIES, MAX_PLAN_ROWS

    many = minimal()
    many["forward_plan"]["undated"] = ["Sag"] * MAX_ENTRIES
    bad = write(tmp_path / "many.json", many)
    result = run("import", str(bad), "--db", db_url)
    assert result.returncode == 2
    # Before the undated points: 1 member, 4 items, 2 grid rows, 4 sections and attachments,
    # 2 plan rows and their 1 point.
    already = 14
    assert result.stderr.strip().startswith(
        f"dirdesk: {bad}: forward_plan.undated[{MAX_ENTRIES - already}]: the file has more than "
        f"{MAX_ENTRIES} entries in its lists")
    rows = minimal()
    rows["forward_plan"]["rows"] = [{"date": None, "note": "x"}] * (MAX_PLAN_ROWS + 1)
    bad = write(tmp_path / "rows.json", rows)
    result = run("import", str(bad), "--db", db_url)
    assert result.stderr.strip() == (f"dirdesk: {bad}: forward_plan.rows: the forward plan has "
                                     f"{MAX_PLAN_ROWS + 1} rows; at most {MAX_PLAN_ROWS}")
