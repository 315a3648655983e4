"""Ctrl+Y redoes typing in a text field on Linux's own keys too (X11 under Xvfb).

The offscreen platform of the other GUI tests uses Windows' keys, where Ctrl+Y is a text
field's standard redo; on X11 it is not, and it redid nothing. So this one runs a real window
on the xcb platform in a child process (tests/gui/redo_typist.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_ctrl_y_redoes_the_typed_decision_on_x11(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "tests.gui.redo_typist", str(tmp_path)],
        capture_output=True, text=True, timeout=120, env=env,
        cwd=Path(__file__).resolve().parents[2], check=False)
    assert result.returncode == 0, result.stderr
    undone, redone = result.stdout.strip().splitlines()[-1].split("|")
    assert undone == ""  # Ctrl+Z took the typing away
    assert redone == "Godkendt"  # and Ctrl+Y brought it back
