"""The main window: layout kept between runs, errors shown in the window, not lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

pytestmark = pytest.mark.gui


def test_layout_is_remembered_between_runs(ctx: Any, qtbot: Any) -> None:
    from dirdesk.gui.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(763, 571)  # within the offscreen screen, which restoreGeometry keeps to
    first.agenda_pane.vertical.setSizes([200, 500])
    sizes = first.agenda_pane.vertical.sizes()
    size = (first.width(), first.height())
    assert size != (1400, 900)
    first.close()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == size
    assert second.agenda_pane.vertical.sizes() == sizes


def test_last_meeting_is_opened_again(ctx: Any, qtbot: Any) -> None:
    import datetime as dt

    from dirdesk.gui.main_window import MainWindow

    ctx.settings.last_meeting = dt.date(2026, 11, 25)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.open_start_meeting()
    assert win.document.meeting is not None
    assert win.document.meeting.date == dt.date(2026, 11, 25)
    assert "25. november 2026" in win.windowTitle()


def test_unexpected_error_shows_the_details_to_copy(qtbot: Any) -> None:
    from dirdesk import app

    seen: dict[str, str] = {}

    def read_dialog() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"], seen["details"] = box.text(), box.detailedText()
        box.accept()

    QTimer.singleShot(100, read_dialog)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        app._show_unexpected_error(type(exc), exc, exc.__traceback__)
    assert "saved" in seen["text"] or "gemt" in seen["text"]
    assert "RuntimeError: boom in a slot" in seen["details"]


def test_a_database_that_cannot_be_opened_is_said_in_a_dialog(tmp_path: Path, qtbot: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from dirdesk import app

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 5000)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    assert app.run(f"sqlite:///{junk}") == 2
    assert said and said[0].startswith(f"{junk}: kan ikke åbne databasen")


def test_the_window_is_on_the_screen_before_the_database_layer_is_loaded() -> None:
    # What the window needs to show itself imports neither SQLAlchemy nor the holiday tables:
    # they take most of a start and load while the user already sees the window.
    import subprocess
    import sys

    probe = ("import sys, dirdesk.cli, dirdesk.app, dirdesk.gui.main_window; "
             "print(sorted(m for m in ('sqlalchemy', 'alembic', 'holidays', 'docx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_opening_window_is_filled_in_place(gui_db_url: str, real_start: Any) -> None:
    from dirdesk.gui.main_window import MainWindow

    seen: list[list[tuple[str, str]]] = []

    def look() -> None:  # every visible main window: its title and what its centre shows
        seen.append([(w.windowTitle(), type(w.centralWidget()).__name__)
                     for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()])
        if len(seen) > 3 and seen[-1] and seen[-1][0][1] == "QTabWidget":
            QApplication.exit(0)

    assert real_start(gui_db_url, look, every_ms=100) == 0, real_start.errors
    assert seen[0] == [("dirdesk", "OpeningPlaceholder")]
    # Then the same, single window holds the meeting (its tabs), never a second window.
    assert all(len(windows) == 1 for windows in seen)
    assert seen[-1][0][1] == "QTabWidget" and "Direktionen" in seen[-1][0][0]



_FIRST_START = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv)
from dirdesk import app
from dirdesk.gui.main_window import MainWindow
seen = []
def look():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible() and hasattr(w, "tabs"):
            seen.append([w.width(), w.plan_dock.width(), w.tabs.width()])
            if len(seen) > 8:
                print(json.dumps(seen[-1]))
                QApplication.exit(0)
timer = QTimer()
timer.timeout.connect(look)
timer.start(100)
sys.exit(app.run(sys.argv[1]))
"""


def test_the_first_start_gives_the_meeting_the_width_not_the_side_panes(
        gui_db_url: str, tmp_path: Path) -> None:
    """``dirdesk`` on a 1600x1000 screen, as started (the window is on the screen before the
    panes come): the default dock widths take. They were applied before the new docks were
    laid out, and the forward plan took half the window, the meeting a third."""
    import json
    import subprocess
    import sys

    from tests.gui import window_probe

    env = window_probe.environment((1600, 1000), 1.0, tmp_path / "home")
    done = subprocess.run([sys.executable, "-c", _FIRST_START, gui_db_url], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    window, plan, meeting = json.loads(done.stdout.strip().splitlines()[-1])
    assert plan <= window * 22 // 100 + 30 and meeting >= window // 2, (window, plan, meeting)
