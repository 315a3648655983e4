"""Types a decision, undoes and redoes it with Ctrl+Y in a real window on the X11 platform.

Run by tests/gui/test_redo_keys.py under Xvfb: the offscreen platform uses Windows' keys, where
Ctrl+Y is the text field's own redo anyway. Prints the decision field's text at the end.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path


def main(folder: str) -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from dirdesk.gui.context import AppContext
    from dirdesk.gui.main_window import MainWindow
    from dirdesk.gui.settings import Settings
    from dirdesk.services.demo import fill_demo
    from dirdesk.services.meetings import MeetingService
    from dirdesk.services.plan import PlanService
    from dirdesk.storage.database import Database

    app = QApplication(["dirdesk"])
    today = dt.date(2026, 11, 23)
    db = Database(f"sqlite:///{Path(folder) / 'redo.sqlite3'}")
    fill_demo(db, today=today)
    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(meetings=MeetingService(db), plan=PlanService(db), settings=settings,
                     board="Direktionen", today=today)
    window = MainWindow(ctx)
    window.show()
    window.open_start_meeting()
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(0))
    live.decision.setFocus()
    live.decision.setPlainText("")
    QTest.keyClicks(live.decision, "Godkendt")
    QTest.keyClick(live.decision, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = live.decision.toPlainText()
    QTest.keyClick(live.decision, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    print(f"{undone}|{live.decision.toPlainText()}")
    window.document.flush()
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
