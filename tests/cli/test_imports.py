"""Each command starts only the parts it uses: a short command is a short process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "direktionen-2025-01-29-referat.json"

# Run the command in a fresh interpreter, then say which top-level modules and which of
# dirdesk's packages it loaded.
PROBE = """
import json, sys
from dirdesk.cli import main
code = main(sys.argv[1:])
loaded = {m.split(".")[0] for m in sys.modules} | {".".join(m.split(".")[:2]) for m in sys.modules}
print(json.dumps({"code": code, "loaded": sorted(loaded)}))
"""


def loaded_by(*args: str, cwd: Path) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          cwd=cwd, env=dict(os.environ), timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return set(report["loaded"])


DATABASE = {"sqlalchemy", "alembic", "psycopg", "dirdesk.storage", "dirdesk.services"}
WINDOW = {"PySide6", "dirdesk.gui", "dirdesk.app"}
WORD = {"docx", "lxml", "dirdesk.export"}


def test_exporting_a_file_loads_neither_the_database_nor_the_window(tmp_path: Path) -> None:
    out = tmp_path / "referat.docx"
    loaded = loaded_by("export", str(FIXTURE), "--as", "referat", "-o", str(out), cwd=tmp_path)
    assert out.stat().st_size > 0
    assert "docx" in loaded  # the probe sees what the command really loaded
    # (platformdirs is loaded: a published export reads the secretariat's list of names to look
    # for before publishing from the user's config folder.)
    assert loaded & (DATABASE | WINDOW) == set()


@pytest.mark.parametrize("command", ["import", "dump"])
def test_import_and_dump_load_neither_word_nor_the_window(command: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dirdesk.sqlite3'}"
    args = {"import": ("import", str(FIXTURE), "--db", url),
            "dump": ("dump", "2025-01-29", "-o", str(tmp_path / "out.json"), "--db", url)}
    if command == "dump":
        loaded_by("import", str(FIXTURE), "--db", url, cwd=tmp_path)
    loaded = loaded_by(*args[command], cwd=tmp_path)
    assert "sqlalchemy" in loaded
    assert loaded & (WORD | WINDOW) == set()
