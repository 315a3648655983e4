"""The wheel as pip installs it: built from the repository's files, installed into a fresh
virtual environment, and run there without the source tree.

The wheel itself is built for real (pip, an isolated build with setuptools from pip's cache or
index) and installed with ``pip --python`` into a new venv. Its dependencies are not installed
a second time (PySide6 alone is hundreds of megabytes): a ``.pth`` line lends the development
environment's site-packages, where dirdesk itself is only an editable finder that a plain path
entry never runs, so every dirdesk module and resource comes from the wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.packaging.test_bundle import bundle_env, document_text

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "dirdesk" / "resources"
FIXTURE = FIXTURES / "direktionen-2025-01-29-referat.json"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def repository_files() -> list[Path]:
    """The files a clone has: git's list where this is a git checkout, else the tree as it is."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        names = [n for n in out.stdout.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        skip = {".venv", ".git", "build", "dist", "__pycache__", ".pytest_cache", ".mypy_cache"}
        names = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                 if p.is_file() and not skip & set(p.relative_to(ROOT).parts)]
    return [ROOT / n for n in names if (ROOT / n).is_file()]


def shipped_resources() -> set[str]:
    """What dirdesk/resources/ must bring: all but the scripts and sources that make it."""
    return {str(p.relative_to(ROOT)) for p in RESOURCES.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc", ".md", ".ts")
            and "parts" not in p.relative_to(RESOURCES).parts and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # A copy of the repository's files: an in-place build would reuse a stale build/ folder.
    where = tmp_path_factory.mktemp("wheel")
    source = where / "source"
    for path in repository_files():
        target = source / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(where / "out"),
                    str(source)], check=True, capture_output=True, timeout=300)
    (found,) = (where / "out").glob("dirdesk-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    where = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=120)
    python = where / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, timeout=300)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             check=True, capture_output=True, text=True).stdout.strip()
    lent = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (Path(purelib) / "dirdesk-dependencies.pth").write_text("\n".join(sorted(lent)) + "\n")
    yield where
    shutil.rmtree(where.parent, ignore_errors=True)


def test_the_wheel_brings_every_resource_and_none_of_the_scripts(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    inside = {n for n in names if n.startswith("dirdesk/resources/")}
    assert inside == shipped_resources()
    assert "dirdesk/resources/dirdesk-base.docx" in inside
    assert "dirdesk/resources/translations/dirdesk_da.qm" in inside
    assert "dirdesk/storage/migrations/versions/0001_first_schema.py" in names
    assert not any(n.startswith("resources/") for n in names)


def test_the_installed_wheel_exports_a_document(venv: Path, tmp_path: Path) -> None:
    # Run from an empty folder with a user's environment: nothing of the source tree can be found.
    program = venv / ("Scripts/dirdesk.exe" if sys.platform == "win32" else "bin/dirdesk")
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    env = bundle_env(tmp_path / "home")

    where = subprocess.run([str(python), "-c", "import dirdesk.paths as p; print(p.resources_dir())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(venv)

    out = tmp_path / "referat.docx"
    done = subprocess.run([str(program), "export", str(FIXTURE), "--as", "referat", "-o", str(out)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = document_text(out)
    assert "REFERAT" in text and "Beslutning i Direktionen den 29-01-2025" in text

    # The demo reads its meetings from the package data and migrates a database with the
    # migrations the wheel carries; a date in it then exports from the database.
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    demo = subprocess.run([str(program), "demo", "--db", db], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)
    assert demo.returncode == 0, demo.stderr
    dagsorden = tmp_path / "dagsorden.docx"
    done = subprocess.run([str(program), "export", "2023-11-22", "--as", "dagsorden", "-o", str(dagsorden),
                           "--db", db], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "DAGSORDEN" in document_text(dagsorden)
