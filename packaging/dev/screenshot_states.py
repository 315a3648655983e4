"""Screenshots of the first start and of a signed meeting for the README: run under Xvfb.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/dev/screenshot_states.py OUT_DIR

Three pictures of the whole X screen (ImageMagick's ``import``): the welcome on an empty
database; the demo's meeting of 29 January 2025 signed, read-only in the live minutes; and
"Hvad er ændret" between its signed version 1 and a version 2 with a corrected decision.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from screenshot import demo_window, grab, out_dir

if TYPE_CHECKING:
    from dirdesk.gui.main_window import MainWindow

SIGNED = dt.date(2025, 1, 29)


def main() -> int:
    from PySide6.QtCore import QTimer

    out = out_dir()
    app, empty = demo_window(empty=True)
    windows: list[MainWindow] = []

    def signed_meeting() -> None:
        grab(out / "screenshot-welcome.png")
        empty.close()
        _, window = demo_window()
        windows.append(window)
        window.open_meeting(SIGNED)
        window.advance_status(confirm=False)
        window.tabs.setCurrentIndex(1)
        live = window.live_pane
        live.list.setCurrentIndex(live.items.index(3))
        QTimer.singleShot(900, comparison)

    def comparison() -> None:
        grab(out / "screenshot-signed.png")
        window = windows[0]
        document = window.document
        document.ask_new_version = lambda meeting: "Rettelse af beslutningen under punkt 4"
        document.choose_to_edit()
        item = document.meeting.items[3]
        document.set_decision(item.uid, (item.decision or "").replace(
            "sikre fortsat fremdrift.", "sikre fortsat fremdrift og en status hvert kvartal.", 1)
            + "\n\nTidsplanen forelægges igen i marts.")
        document.flush()
        window.advance_status(confirm=False)
        from dirdesk.gui.dialogs.meeting import HistoryDialog

        history = HistoryDialog(window.ctx, document.meeting, window)
        history.versions.list.setCurrentRow(0)
        compare = history.versions.compare()
        compare.setGeometry(240, 80, 980, 700)
        compare.show()
        QTimer.singleShot(900, last)

    def last() -> None:
        grab(out / "screenshot-compare.png")
        app.quit()

    QTimer.singleShot(1200, signed_meeting)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
