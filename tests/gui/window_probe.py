"""The real window in a process of its own, on a screen of a given size and scale.

A test starts it with ``python tests/gui/window_probe.py JOB.json``: Qt reads the screen's
size (``offscreen:configfile``) and ``QT_SCALE_FACTOR`` only when the application starts, and
a restart is a new process. The job says what to do: drag the layout about, take pictures,
and what to measure; the answer is written as JSON to ``job["out"]``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def environment(screen: tuple[int, int], scale: float, home: Path) -> dict[str, str]:
    """The environment of a probe on a ``screen`` (width, height) at ``scale``."""
    config = home / f"screen-{screen[0]}x{screen[1]}.json"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [{
        "name": "probe", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale), LANG="da_DK.UTF-8", LANGUAGE="da",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.pop("LC_ALL", None)
    return env


def _settle(app: Any, ms: int = 150) -> None:
    from PySide6.QtTest import QTest

    app.processEvents()
    QTest.qWait(ms)


def _text_editors(win: Any) -> list[dict[str, Any]]:
    """Each text editor shown: how many lines of its font are visible on the screen."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    found = []
    for editor in [*win.findChildren(QTextEdit), *win.findChildren(QPlainTextEdit)]:
        if not editor.isVisible() or editor.isReadOnly() and not editor.objectName():
            continue
        viewport = editor.viewport()
        shown = viewport.visibleRegion().boundingRect().height()
        found.append({"name": editor.objectName(), "visible_px": shown,
                      "lines": shown / editor.fontMetrics().lineSpacing()})
    return found


def _clipped(top: Any) -> list[str]:
    """Buttons, boxes and labels shown smaller than their text needs (cut off)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    cut = []
    for widget in [*top.findChildren(QAbstractButton), *top.findChildren(QLabel)]:
        if (not widget.isVisible() or widget.window() is not top.window()
                or widget.visibleRegion().isEmpty()):  # folded away in a splitter: not shown
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        need = widget.minimumSizeHint()
        if widget.width() < need.width() or widget.height() < need.height():
            text = widget.text() if hasattr(widget, "text") else ""
            cut.append(f"{type(widget).__name__} {text!r}: {widget.width()}x{widget.height()} "
                       f"< {need.width()}x{need.height()}")
    return cut


def _overlaps(top: Any) -> list[str]:
    """Buttons drawn over a text field that is not their parent (a layout squeezed below what
    its parts need puts them on top of each other)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QTextEdit

    def shown(widget: Any) -> QRect | None:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            return None
        return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())

    fields = [(f, shown(f)) for f in [*top.findChildren(QTextEdit), *top.findChildren(QPlainTextEdit)]]
    found = []
    for button in top.findChildren(QAbstractButton):
        rect = shown(button)
        if rect is None:
            continue
        for field, area in fields:
            if area is not None and not field.isAncestorOf(button) and rect.intersects(area):
                over = rect.intersected(area)
                found.append(f"{button.text()!r} over {field.objectName() or type(field).__name__}"
                             f" by {over.width()}x{over.height()} px")
    return found


def _measure(win: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QSplitter

    return {
        "geometry": list(win.geometry().getRect()),
        "splitters": {s.objectName(): s.sizes() for s in win.findChildren(QSplitter)
                      if s.objectName()},
        # A dock behind another's tab is not seen: its width is not part of what is shown.
        "docks": {d.objectName(): [None if d.visibleRegion().isEmpty() else d.width(),
                                   d.isVisible()]
                  for d in (win.plan_dock, win.search_dock, win.followups_dock)},
        "columns": {name: [view.header().sectionSize(c) for c in range(view.header().count())]
                    for name, view in win.layout_keeper.headed_views().items()},
    }


def _drag(win: Any, app: Any, job: dict[str, Any]) -> None:
    """Move everything somewhere no default puts it, as a user dragging would."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSplitter

    win.setGeometry(*job["geometry"])
    _settle(app)
    win.resizeDocks([win.plan_dock, win.search_dock], job["docks"], Qt.Orientation.Horizontal)
    for tab in (0, 1):
        win.tabs.setCurrentIndex(tab)
        _settle(app)
        for splitter in win.findChildren(QSplitter):
            sizes = splitter.sizes()
            if splitter.isVisible() and splitter.objectName() and sum(sizes) > 0:
                first = sum(sizes) * 2 // 5
                rest = (sum(sizes) - first) // (len(sizes) - 1)
                splitter.setSizes([first] + [rest] * (len(sizes) - 1))
    win.plan_pane.view.header().resizeSection(0, 171)
    win.agenda_pane.grid.view.horizontalHeader().resizeSection(2, 141)
    win.followups_dock.close()
    _settle(app)


def _shots(win: Any, app: Any, folder: Path, label: str) -> dict[str, Any]:
    """The main window on each tab, the export dialog and the board's settings."""
    from dirdesk.gui.dialogs.board_settings import BoardSettingsDialog
    from dirdesk.gui.dialogs.export import ExportDialog

    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    sizes: dict[str, list[int]] = {}

    clipped: dict[str, list[str]] = {}

    def save(widget: Any, name: str) -> None:
        path = folder / f"{label}-{name}.png"
        widget.grab().save(str(path))
        written.append(str(path))
        clipped[name] = _clipped(widget) + _overlaps(widget)
        sizes[name] = [*widget.size().toTuple(), *widget.minimumSizeHint().toTuple()]

    for tab, name in ((0, "agenda"), (1, "live")):
        win.tabs.setCurrentIndex(tab)
        _settle(app)
        save(win, name)
    meeting = win.document.meeting
    export = ExportDialog(win.ctx, meeting, win)
    export.show()
    _settle(app)
    save(export, "export")
    export.reject()
    board = win.ctx.boards.get(win.ctx.board)
    settings = BoardSettingsDialog(board, win.ctx.boards.save, win)
    settings.show()
    _settle(app)
    save(settings, "settings")
    settings.reject()
    return {"files": written, "clipped": clipped, "sizes": sizes}


def main() -> int:
    job = json.loads(Path(sys.argv[1]).read_text())
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dirdesk.app import install_translators
    from dirdesk.gui.context import AppContext
    from dirdesk.gui.main_window import MainWindow
    from dirdesk.gui.settings import Settings
    from dirdesk.services.meetings import MeetingService
    from dirdesk.services.plan import PlanService
    from dirdesk.storage.database import Database

    app = QApplication([sys.argv[0]])
    install_translators(app)
    db = Database(job["db"])
    settings = Settings(QSettings(job["settings"], QSettings.Format.IniFormat))
    ctx = AppContext(meetings=MeetingService(db), plan=PlanService(db), settings=settings,
                     board="Direktionen", today=dt.date(2026, 11, 23))
    win = MainWindow(ctx)
    win.show()
    win.open_start_meeting()
    _settle(app, 300)
    if job.get("size"):  # the window at this size (as a user would resize it)
        win.resize(*job["size"])
        _settle(app)
    answer: dict[str, Any] = {"screen": list(app.primaryScreen().size().toTuple()),
                              "minimum": list(win.minimumSizeHint().expandedTo(
                                  win.minimumSize()).toTuple())}
    win.tabs.setCurrentIndex(1)
    _settle(app)
    answer["start"] = _measure(win)  # as the window opened
    win.tabs.setCurrentIndex(0)
    _settle(app)
    if job.get("drag"):
        _drag(win, app, job)
    if job.get("reset"):
        win.reset_layout_action.trigger()
        _settle(app)
    editors: dict[str, list[dict[str, Any]]] = {}
    for tab in (0, 1):
        win.tabs.setCurrentIndex(tab)
        _settle(app)
        editors[str(tab)] = _text_editors(win)
    answer["editors"] = editors
    answer["docks_shown"] = [d.toggleViewAction().isChecked()
                             for d in (win.plan_dock, win.search_dock, win.followups_dock)]
    answer["size"] = list(win.size().toTuple())
    if job.get("shots"):
        answer["shots"] = _shots(win, app, Path(job["shots"]), job.get("label", "window"))
    win.tabs.setCurrentIndex(1)
    _settle(app)
    answer["layout"] = _measure(win)
    win.close()
    db.close()
    Path(job["out"]).write_text(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    tempfile.tempdir = None
    raise SystemExit(main())
