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
                    for name, view in win.layout_keeper.headed_views().items()},
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
    after, default = reset["layout"], first["start"]
    for part in ("geometry", "docks", "columns"):
        assert after[part] == default[part], part
    # The splitters' first sizes are shared out once the window has settled; a status line
    # shown a moment later in one run and not the other moves them by a few pixels.
    for name, sizes in default["splitters"].items():
        assert all(abs(a - b) <= 10 for a, b in zip(after["splitters"][name], sizes, strict=True)), (
            name, after["splitters"][name], sizes)


# (screen width, height, scale): the laptop at 100 % and 125 %, the smallest usable, a monitor;
# and the monitor at 150 % to see that text and icons are drawn sharp.
SCREENS = [(1024, 700, 1.0), (1366, 768, 1.0), (1366, 768, 1.25), (1920, 1080, 1.0),
           (1920, 1080, 1.5)]


def shots_folder(tmp_path: Path) -> Path:
    """Where the pictures go: ``DIRDESK_SCREENSHOTS`` (e.g. dist/screenshots) or the test's
    temporary folder."""
    import os

    folder = os.environ.get("DIRDESK_SCREENSHOTS")
    return Path(folder) if folder else tmp_path / "screenshots"


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS,
                         ids=[f"{w}x{h}@{int(s * 100)}" for w, h, s in SCREENS])
def test_screenshots_fit_the_screen(gui_db_url: str, tmp_path: Path, width: int, height: int,
                                    scale: float) -> None:
    """The main window (agenda and live minutes), the export dialog and the board's settings on
    a first start at each size: the window fits the screen with every pane shown, nothing is
    cut off, and every text field a person writes in shows at least eight lines."""
    label = f"{width}x{height}@{int(scale * 100)}"
    answer = probe(tmp_path, gui_db_url, (width, height), scale, shots=str(shots_folder(tmp_path)),
                   label=label)
    screen = answer["screen"]  # in Qt's pixels: 1366x768 at 125 % is 1093x614
    assert answer["minimum"][0] <= 1024 and answer["minimum"][1] <= screen[1]
    assert answer["size"][0] <= screen[0] and answer["size"][1] <= screen[1]
    assert answer["docks_shown"] == [True, True, True]
    for tab, editors in answer["editors"].items():
        written_in = [e for e in editors if e["name"] != "liveCase"]  # read-only: the case
        assert written_in, f"no text field shown on tab {tab}"
        for editor in written_in:
            assert editor["lines"] >= 8, (label, tab, editor)
    shots = answer["shots"]
    assert len(shots["files"]) == 4 and all(Path(f).stat().st_size > 10_000 for f in shots["files"])
    assert shots["clipped"] == {"agenda": [], "live": [], "export": [], "settings": []}
    for name, (w, h, min_w, min_h) in shots["sizes"].items():
        assert w >= min_w and h >= min_h, (name, w, h, min_w, min_h)
        assert w <= screen[0] and h <= screen[1], (name, w, h)


def test_minimum_width_with_the_panes_side_by_side(gui_db_url: str, tmp_path: Path) -> None:
    """On a monitor the panes stand left and right of the meeting; the window still goes
    down to 1,024 px with all of them shown (it would not go below 1,246)."""
    answer = probe(tmp_path, gui_db_url, (1920, 1080), size=[1024, 800])
    assert answer["docks_shown"] == [True, True, True]
    docks = answer["layout"]["docks"]
    assert docks["PlanDock"][1] and docks["SearchDock"][1]
    assert answer["minimum"][0] <= 1024
    assert answer["size"] == [1024, 800]
