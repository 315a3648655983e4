"""The first start on an empty database (a new user's own file): the welcome, no error."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_the_program_starts_on_an_empty_database(tmp_path: Path, qapp: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dirdesk import app
    from dirdesk.gui.main_window import MainWindow

    errors: list[BaseException] = []
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    monkeypatch.setattr(app, "_show_unexpected_error", lambda _k, value, _t: errors.append(value))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() sets its own
    # Half a second of the running window (an error after the welcome shows must be seen), then
    # exit() — not quit(), which closes every window and leaves later tests without one.
    QTimer.singleShot(500, lambda: QApplication.exit(0))
    never_hang = QTimer()
    never_hang.setSingleShot(True)
    never_hang.timeout.connect(lambda: QApplication.exit(1))
    never_hang.start(30_000)
    try:
        assert app.run(f"sqlite:///{tmp_path / 'ny.sqlite3'}") == 0
    finally:
        never_hang.stop()
    assert errors == []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.database is not None:
            widget.close()
            widget.database.close()
            widget.database_lock.release()
            widget.deleteLater()
    QApplication.processEvents()
