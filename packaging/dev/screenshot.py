"""Screenshots of the real window for the README: run under Xvfb.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/dev/screenshot.py OUT_DIR

Fills a demo database, opens the window full-screen on it, and takes the picture of the
whole X screen with ImageMagick's ``import`` (what a user would see), one per tab.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    import os

    # A fresh user profile: no window layout saved by an earlier run.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dirdesk.app import build_window, install_translators
    from dirdesk.services.demo import fill_demo
    from dirdesk.storage.database import Database

    url = f"sqlite:///{tempfile.mkdtemp()}/demo.sqlite3"
    with Database(url) as db:
        fill_demo(db, today=dt.date.today())
    app = QApplication(sys.argv)
    install_translators(app)
    window = build_window(url, app)
    window.setGeometry(0, 0, 1440, 900)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    window.open_start_meeting()  # type: ignore[attr-defined]
    def search() -> None:  # the search dock with a word from the demo's decisions
        window.search_all()  # type: ignore[attr-defined]
        window.search_pane.field.setText("budget")  # type: ignore[attr-defined]

    def follow_ups() -> None:
        window.followups_dock.show()  # type: ignore[attr-defined]
        window.followups_dock.raise_()  # type: ignore[attr-defined]

    # (file, tab, what to do before the picture)
    shots = [("screenshot-main.png", 0, None), ("screenshot-live.png", 1, None),
             ("screenshot-search.png", 0, search), ("screenshot-followups.png", 1, follow_ups)]

    def take(i: int = 0) -> None:
        name, tab, before = shots[i]
        window.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
        if before is not None:
            before()

        def grab() -> None:
            subprocess.run(["import", "-window", "root", str(out / name)], check=True)
            if i + 1 < len(shots):
                take(i + 1)
            else:
                app.quit()

        QTimer.singleShot(800, grab)

    QTimer.singleShot(1200, take)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
