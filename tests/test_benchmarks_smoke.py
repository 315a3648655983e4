"""The benchmarks still run: ``benchmarks/run.py --quick`` on a tiny database, one repetition.

No timing is asserted (the figures of a quick run mean nothing); only that every one of the
measurements ran and is in the table.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROWS = ("Start to first painted window", "Start to the open meeting shown", "`dirdesk export FILE.json`",
        "REFERAT export", "Search", "Move a row", "Typing a decision live", "Peak memory")


@pytest.mark.slow
def test_the_benchmarks_run_and_print_every_row(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIRDESK_BENCH_CACHE=str(tmp_path / "cache"))
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    for name in ROWS:
        assert sum(line.startswith(f"| {name}") for line in table) == 1, (name, done.stdout)
    assert out.read_text(encoding="utf-8").strip() == done.stdout.strip()
    export = next(line for line in table if line.startswith("| `dirdesk export"))
    assert "× floor; CPU time" in export  # both processes ran to the end
