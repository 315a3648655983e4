"""Files whole or untouched: the .docx and PDF pair, symbolic links, what a killed export
leaves, and a backup that would overwrite the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dirdesk import paths
from dirdesk.cli import main
from tests.conftest import fixture_files
from tests.export.office import SOFFICE

needs_office = pytest.mark.skipif(not SOFFICE, reason="LibreOffice is not installed")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True,
                          text=True, timeout=600)


@pytest.mark.libreoffice
@needs_office
def test_pdf_that_cannot_be_written_leaves_the_docx_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    target.write_bytes(b"the good docx")
    (tmp_path / "referat.pdf").mkdir()  # the PDF cannot be put there
    result = run("export", str(fixture_files()[-1]), "--as", "referat", "--pdf", "-o", str(target))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"dirdesk: {tmp_path / 'referat.pdf'}: cannot write")
    assert target.read_bytes() == b"the good docx"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referat.docx", "referat.pdf"]


def test_export_onto_a_symbolic_link_writes_through_it(tmp_path: Path) -> None:
    real = tmp_path / "share" / "referat.docx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "referat.docx"
    link.symlink_to(real)
    assert main(["export", str(fixture_files()[-1]), "--as", "referat", "-o", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes().startswith(b"PK")
    assert sorted(p.name for p in real.parent.iterdir()) == ["referat.docx"]


def _work_folders() -> list[Path]:
    root = paths.cache_dir() / "work"
    return sorted(root.iterdir()) if root.is_dir() else []


def _running_from(folder: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(folder).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _pdf_export_with_libreoffice_running(target: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """``dirdesk export … --pdf -o target`` started, and the work folder of its LibreOffice
    once LibreOffice runs from it."""
    before = _work_folders()
    export = subprocess.Popen([sys.executable, "-m", "dirdesk", "export", str(fixture_files()[-1]),
                               "--as", "referat", "--pdf", "-o", str(target)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        new = [f for f in _work_folders() if f not in before and (f / "profile").exists()]
        if new and _running_from(new[0]):
            return export, new[0]
        time.sleep(0.05)
    export.kill()
    raise AssertionError("LibreOffice never started")


@pytest.mark.libreoffice
@needs_office
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for processes in /proc")
def test_a_killed_pdf_export_leaves_no_folder_and_no_libreoffice(tmp_path: Path) -> None:
    before = _work_folders()
    target = tmp_path / "referat.docx"
    export, folder = _pdf_export_with_libreoffice_running(target)
    export.send_signal(signal.SIGKILL)
    export.wait()
    # The next conversion (any use of a work folder) clears what the dead one left.
    assert run("export", str(fixture_files()[-1]), "--as", "dagsorden", "--pdf",
               "-o", str(tmp_path / "next.docx")).returncode == 0
    assert not folder.exists()
    assert _running_from(folder) == []
    assert _work_folders() == before
    assert not target.exists() and not (tmp_path / "referat.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["next.docx", "next.pdf"]


@pytest.mark.libreoffice
@needs_office
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for processes in /proc")
def test_a_terminated_pdf_export_takes_libreoffice_and_its_folder_with_it(tmp_path: Path) -> None:
    export, folder = _pdf_export_with_libreoffice_running(tmp_path / "r.docx")
    export.terminate()
    export.wait(timeout=60)
    for _ in range(100):
        if not _running_from(folder):
            break
        time.sleep(0.05)
    assert _running_from(folder) == []
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_backup_refuses_the_live_database_as_its_target(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dirdesk.sqlite3"
    url = f"sqlite:///{db}"
    assert main(["import", str(fixture_files()[0]), "--db", url]) == 0
    before = db.read_bytes()
    capsys.readouterr()
    os.symlink(db, tmp_path / "link.sqlite3")
    for target in (db, tmp_path / "link.sqlite3", tmp_path / "." / "dirdesk.sqlite3"):
        assert main(["backup", str(target), "--db", url]) == 2
        assert capsys.readouterr().err.strip() == (
            f"dirdesk: {target}: that is the database itself; a backup goes to another file")
    assert db.read_bytes() == before


@pytest.mark.parametrize("name", ["referat.txt", "referat", "referat.pdf"])
def test_export_refuses_a_target_that_is_not_a_word_file(tmp_path: Path, name: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # A Word document written under another name (or none) was written, exit 0: Word and the
    # file manager then did not know the file.
    target = tmp_path / name
    assert main(["export", str(fixture_files()[-1]), "--as", "referat", "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"dirdesk: {target}: ") and ".docx" in err
    assert list(tmp_path.iterdir()) == []
