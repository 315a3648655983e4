"""Screenshots of the real window for the README: run under Xvfb.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/dev/screenshot.py OUT_DIR

Fills a demo database, opens the window full-screen on it, and takes the picture of the
whole X screen with ImageMagick's ``import`` (what a user would see), one per tab.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from dirdesk.gui.main_window import MainWindow

SIZE = (1440, 900)  # the X screen the README's command gives Xvfb


def out_dir() -> Path:
    """The folder named on the command line (default ``docs``), made if need be."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    return out


def grab(path: Path) -> None:
    """The whole X screen, as a user would see it, to ``path`` (ImageMagick's ``import``)."""
    subprocess.run(["import", "-window", "root", str(path)], check=True)


def demo_window(*, empty: bool = False) -> tuple[QApplication, MainWindow]:
    """The application and a window on a new demo database (``empty``: on a new, empty one),
    shown at the screen's full size with its start meeting open.

    The first call starts the application: a fresh user profile (no window layout saved by an
    earlier run) and the Danish translators; later calls add windows to it.
    """
    from PySide6.QtWidgets import QApplication

    from dirdesk.app import build_window, install_translators

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
        app = QApplication(sys.argv)
        install_translators(app)
    url = f"sqlite:///{tempfile.mkdtemp()}/{'empty' if empty else 'demo'}.sqlite3"
    if not empty:
        from dirdesk.services.demo import fill_demo
        from dirdesk.storage.database import Database

        with Database(url) as db:
            fill_demo(db, today=dt.date.today())
    window = build_window(url, app)
    window.setGeometry(0, 0, *SIZE)
    window.show()
    if window.attached:
        window.open_start_meeting()
    return app, window


def main() -> int:
    """Fills a demo database, opens the window on it, one picture per tab and dock."""
    from PySide6.QtCore import QTimer

    out = out_dir()
    app, window = demo_window()

    def search() -> None:  # the search dock with a word from the demo's decisions
        window.search_all()
        window.search_pane.field.setText("budget")

    def follow_ups() -> None:
        window.followups_dock.show()
        window.followups_dock.raise_()

    # (file, tab, what to do before the picture)
    shots = [("screenshot-main.png", 0, None), ("screenshot-live.png", 1, None),
             ("screenshot-search.png", 0, search), ("screenshot-followups.png", 1, follow_ups)]

    def take(i: int = 0) -> None:
        name, tab, before = shots[i]
        window.tabs.setCurrentIndex(tab)
        if before is not None:
            before()

        def shoot() -> None:
            grab(out / name)
            if i + 1 < len(shots):
                take(i + 1)
            else:
                app.quit()

        QTimer.singleShot(800, shoot)

    QTimer.singleShot(1200, take)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
