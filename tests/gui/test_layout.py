"""The window's layout: restored exactly after a restart, per set of screens, and reset."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def _measure(win: Any) -> dict[str, object]:
    """What a user sees of the layout: the window's frame, every splitter's parts, the docks'
    widths and every named table's column widths."""
    from PySide6.QtWidgets import QSplitter

    return {
        "geometry": win.geometry().getRect(),
        "splitters": {s.objectName(): s.sizes() for s in win.findChildren(QSplitter)
                      if s.objectName()},
        "docks": {d.objectName(): (d.width(), d.isVisible())
                  for d in (win.plan_dock, win.search_dock, win.followups_dock)},
        "columns": {name: [view.header().sectionSize(c) for c in range(view.header().count())]
                    for name, view in win._headed_views().items()},
    }


def _open(ctx: Any, qtbot: Any) -> Any:  # in this process: its screen is 800x600
    from dirdesk.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.open_start_meeting()
    qtbot.waitExposed(win)
    return win


def probe(tmp_path: Path, db: str, screen: tuple[int, int], scale: float = 1.0,
          **job: Any) -> dict[str, Any]:
    """Run the window in a process of its own on that screen (see window_probe.py)."""
    from tests.gui import window_probe

    n = len(list(tmp_path.glob("job-*.json")))
    job_file, out = tmp_path / f"job-{n}.json", tmp_path / f"answer-{n}.json"
    job.update(db=db, settings=str(tmp_path / "settings.ini"), out=str(out))
    job_file.write_text(json.dumps(job))
    env = window_probe.environment(screen, scale, tmp_path / "home")
    done = subprocess.run([sys.executable, window_probe.__file__, str(job_file)], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    answer: dict[str, Any] = json.loads(out.read_text())
    return answer


def test_restart_restores_geometry_splitters_docks_and_columns(gui_db_url: str,
                                                               tmp_path: Path) -> None:
    """Dragged into place, closed, started again: everything where it was left."""
    before = probe(tmp_path, gui_db_url, (1920, 1080), drag=True,
                   geometry=[40, 30, 1500, 900], docks=[300, 230])["layout"]
    assert before["geometry"] == [40, 30, 1500, 900]
    assert {"agendaSplitter", "agendaTopSplitter", "liveSplitter"} <= set(before["splitters"])
    assert before["docks"]["FollowUpsDock"][1] is False
    assert before["columns"]["planTree"][0] == 171
    after = probe(tmp_path, gui_db_url, (1920, 1080))["layout"]
    assert after == before


def test_each_set_of_screens_keeps_its_own_layout(ctx: Any, qtbot: Any) -> None:
    from dirdesk.gui.settings import screen_key

    win = _open(ctx, qtbot)
    here = win.screens()
    win.setGeometry(10, 10, 900, 600)
    qtbot.wait(50)
    win.close()
    laptop = ctx.settings.layout(here)
    assert laptop is not None
    docked = "1920x1080+" + here
    assert ctx.settings.layout(docked) is None  # the other screens' layout is not this one
    from PySide6.QtCore import QSize

    assert screen_key([QSize(1366, 768), QSize(1920, 1080)]) == "1920x1080+1366x768"


def test_reset_layout_is_the_first_start_again(gui_db_url: str, tmp_path: Path) -> None:
    first = probe(tmp_path, gui_db_url, (1366, 768), drag=True, geometry=[20, 40, 1100, 700],
                  docks=[330, 280])
    assert first["layout"] != first["start"]
    reset = probe(tmp_path, gui_db_url, (1366, 768), reset=True)
    assert reset["start"] == first["layout"]  # restored as left, until reset
    assert reset["layout"] == first["start"]
