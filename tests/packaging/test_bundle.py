"""The PyInstaller bundle as IT ships it: built afresh, then run without the development Python.

One build (about two minutes) serves every test here; each test then runs only the bundled
executable, in a temporary home, on a fresh database.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

FIXTURE = FIXTURES / "direktionen-2025-01-29-referat.json"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: it comes with the dev extra (pip install -e .[dev])")
    where = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    folder = build_bundle.build(where / "dist", where / "work", quiet=True)
    print(f"bundle built in {time.monotonic() - started:.0f} s, "
          f"{build_bundle.bundle_size(folder) / 2**20:.0f} MiB")
    yield folder
    shutil.rmtree(where, ignore_errors=True)


def bundle_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: no virtual environment, no Python settings, a fresh home."""
    keep = {k: v for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "DIRDESK_", "LC_", "LANG"))}
    env = {**keep, "PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8",
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_RUNTIME_DIR": str(home / "run")}
    if sys.platform == "win32":
        env.update(APPDATA=str(home / "roaming"), LOCALAPPDATA=str(home / "local"))
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return {**env, **extra}


def run_bundled(bundle: Path, *args: str, env: dict[str, str], cwd: Path,
                timeout: float = 120, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, str(build_bundle.executable(bundle)), *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


def document_text(path: Path) -> str:
    """The text a reader sees in a .docx, read straight from its XML."""
    with zipfile.ZipFile(path) as docx:
        assert docx.testzip() is None
        xml = docx.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def test_the_bundle_holds_what_the_program_reads_at_run_time(bundle: Path) -> None:
    inside = bundle / "_internal"
    expected = [
        "dirdesk/resources/dirdesk-base.docx",
        "dirdesk/resources/translations/dirdesk_da.qm",
        "dirdesk/resources/demo/direktionen-2025-01-29-referat.json",
        "dirdesk/resources/icons/dirdesk-256.png",
        "dirdesk/storage/migrations/env.py",
        "dirdesk/storage/migrations/versions/0001_first_schema.py",
    ]
    # Every demo file and compiled translation, whatever gets added there later.
    expected += [str(p.relative_to(ROOT)) for p in (ROOT / "dirdesk" / "resources" / "demo").iterdir() if p.is_file()]
    expected += [str(p.relative_to(ROOT)) for p in (ROOT / "dirdesk" / "resources" / "translations").glob("*.qm")]
    missing = [name for name in expected if not (inside / name).is_file()]
    assert not missing
    assert not list(inside.glob("dirdesk/resources/**/*.py"))  # the scripts that make them stay out
    assert not (inside / "resources").exists()
    qt = next(inside.glob("PySide6/**/translations"))
    assert (qt / "qtbase_da.qm").is_file()
    assert not (qt / "qtbase_de.qm").exists()  # only Danish: the rest is dead weight
    if sys.platform.startswith("linux"):
        plugins = {p.name for p in inside.glob("PySide6/Qt/plugins/platforms/*")}
        assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"} <= plugins


def test_the_bundled_program_imports_a_meeting_and_writes_its_referat(bundle: Path, tmp_path: Path,
                                                                     db_url: str) -> None:
    # On SQLite and on PostgreSQL: the bundled psycopg driver and its libpq work too.
    env = bundle_env(tmp_path / "home")
    url = db_url
    imported = run_bundled(bundle, "import", str(FIXTURE), "--db", url, env=env, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "Imported the meeting of Direktionen on 2025-01-29: 8 items" in imported.stdout
    out = tmp_path / "referat.docx"
    exported = run_bundled(bundle, "export", "2025-01-29", "--as", "referat", "-o", str(out),
                           "--db", url, env=env, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    text = document_text(out)
    assert "REFERAT" in text
    assert "Onsdag den 29. januar 2025" in text
    assert "Evaluering af Nytårskur 2025" in text
    assert "Tilbage melding fra direktionen" in text  # item 3's decision
    # The Danish messages and the migrations' schema check work frozen too.
    again = run_bundled(bundle, "import", str(FIXTURE), "--db", url,
                        env={**env, "LANG": "da_DK.UTF-8"}, cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.startswith("dirdesk: ") and "har allerede et møde onsdag den 29. januar 2025" in again.stderr


def test_the_bundled_program_fills_a_demo_database(bundle: Path, tmp_path: Path) -> None:
    # The demo meetings come from resources/demo and the coming dates skip Danish holidays.
    env = bundle_env(tmp_path / "home")
    done = run_bundled(bundle, "demo", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "home" / "data" / "dirdesk" / "dirdesk.sqlite3").is_file()


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_the_bundled_window_opens_and_closes_cleanly(bundle: Path, tmp_path: Path, platform: str) -> None:
    prefix: tuple[str, ...] = ()
    if platform == "xcb":
        if not sys.platform.startswith("linux"):
            pytest.skip("xcb is Linux's display plug-in")
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            pytest.skip("xvfb-run is missing (Debian's xvfb; make test installs it)")
        prefix = (xvfb, "-a", "-s", "-screen 0 1280x800x24")
    home = tmp_path / "home"
    env = bundle_env(home, QT_QPA_PLATFORM=platform, DIRDESK_QUIT_AFTER_MS="2500")
    url = f"sqlite:///{tmp_path / 'dirdesk.sqlite3'}"
    assert run_bundled(bundle, "import", str(FIXTURE), "--db", url, env=env, cwd=tmp_path).returncode == 0
    shown = run_bundled(bundle, "--db", url, env=env, cwd=tmp_path, timeout=90, prefix=prefix)
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr
    assert "Could not load the Qt platform plugin" not in shown.stderr
    log = (home / "data" / "dirdesk" / "logs" / "dirdesk.log").read_text(encoding="utf-8")
    # Both translations were found (Qt's own for the standard buttons), nothing went wrong.
    assert " WARNING " not in log and " ERROR " not in log, log
