"""Screenshots of the first start and of a signed meeting for the README: run under Xvfb.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/dev/screenshot_states.py OUT_DIR

Three pictures of the whole X screen (ImageMagick's ``import``): the welcome on an empty
database; the demo's meeting of 29 January 2025 signed, read-only in the live minutes; and
"Hvad er ændret" between its signed version 1 and a version 2 with a corrected decision.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIGNED = dt.date(2025, 1, 29)


def main() -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no window layout from an earlier run
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dirdesk.app import build_window, install_translators
    from dirdesk.services.demo import fill_demo
    from dirdesk.storage.database import Database

    app = QApplication(sys.argv)
    install_translators(app)
    folder = tempfile.mkdtemp()
    empty = build_window(f"sqlite:///{folder}/empty.sqlite3", app)
    empty.setGeometry(0, 0, 1440, 900)  # type: ignore[attr-defined]
    empty.show()  # type: ignore[attr-defined]

    url = f"sqlite:///{folder}/demo.sqlite3"
    with Database(url) as db:
        fill_demo(db, today=dt.date.today())
    windows: list[object] = []

    def grab(name: str) -> None:
        subprocess.run(["import", "-window", "root", str(out / name)], check=True)

    def signed_meeting() -> None:
        grab("screenshot-welcome.png")
        empty.close()  # type: ignore[attr-defined]
        window = build_window(url, app)
        windows.append(window)
        window.setGeometry(0, 0, 1440, 900)  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
        window.open_meeting(SIGNED)  # type: ignore[attr-defined]
        window.advance_status(confirm=False)  # type: ignore[attr-defined]
        window.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        live = window.live_pane  # type: ignore[attr-defined]
        live.list.setCurrentIndex(live.items.index(3))
        QTimer.singleShot(900, comparison)

    def comparison() -> None:
        grab("screenshot-signed.png")
        window = windows[0]
        document = window.document  # type: ignore[attr-defined]
        document.ask_new_version = lambda meeting: "Rettelse af beslutningen under punkt 4"
        document.choose_to_edit()
        item = document.meeting.items[3]
        document.set_decision(item.uid, (item.decision or "").replace(
            "sikre fortsat fremdrift.", "sikre fortsat fremdrift og en status hvert kvartal.", 1)
            + "\n\nTidsplanen forelægges igen i marts.")
        document.flush()
        window.advance_status(confirm=False)  # type: ignore[attr-defined]
        from dirdesk.gui.dialogs.meeting import HistoryDialog

        history = HistoryDialog(window.ctx, document.meeting, window)  # type: ignore[attr-defined]
        history.versions.list.setCurrentRow(0)
        compare = history.versions.compare()
        compare.setGeometry(240, 80, 980, 700)
        compare.show()
        QTimer.singleShot(900, lambda: (grab("screenshot-compare.png"), app.quit()))

    QTimer.singleShot(1200, signed_meeting)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
