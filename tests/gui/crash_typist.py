"""Run by test_crash_recovery: the real window, typing a decision until it is killed.

    python crash_typist.py DB_URL

Prints ``typed N T`` (flushed) after each chunk: N characters typed so far, T the wall clock.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = "Direktionen drøftede sagen og besluttede at gå videre. Økonomi følger op. " * 40
CHUNK = 3


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from dirdesk.app import build_window

    app = QApplication(sys.argv)
    window = build_window(sys.argv[1], app)
    window.show()  # type: ignore[attr-defined]
    window.open_start_meeting()  # type: ignore[attr-defined]
    live = window.live_pane  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    live.list.setCurrentIndex(live.items.index(0))
    live.decision.setFocus()
    typed = 0

    def type_some() -> None:
        nonlocal typed
        QTest.keyClicks(live.decision, TEXT[typed:typed + CHUNK])
        typed += CHUNK
        print(f"typed {typed} {time.time():.3f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_some)
    timer.start(50)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
