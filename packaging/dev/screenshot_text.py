"""Screenshots of the item text as it will print, and of spelling: run under Xvfb.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/dev/screenshot_text.py OUT_DIR

Opens the demo, types a formatted section with a misspelt word into an item, and takes the
whole X screen with ImageMagick's ``import``: the editor (screenshot-text-editor.png), the
suggestions on right-click (screenshot-text-spelling.png), the item as the document shows it
(screenshot-text-preview.png), a decision typed in the live minutes (screenshot-text-live.png).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TEXT = (
    "Direktionen **godkendte** oplægget med *disse* bemærkninger til referrat:\n\n"
    "- Økonomi følger op\n  - senest den **20. november**\n- HR orienteres\n"
    "1. Første skridt\n2. Andet skridt\n\nSagen genoptages\npå næste møde.")


def main() -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dirdesk.app import build_window, install_translators
    from dirdesk.gui.editing.spelling import SuggestionMenu
    from dirdesk.services.demo import fill_demo
    from dirdesk.storage.database import Database

    url = f"sqlite:///{tempfile.mkdtemp()}/demo.sqlite3"
    with Database(url) as db:
        fill_demo(db, today=dt.date.today())
    app = QApplication(sys.argv)
    install_translators(app)
    window: object = build_window(url, app)
    w: object = window
    w.setGeometry(0, 0, 1440, 900)  # type: ignore[attr-defined]
    w.show()  # type: ignore[attr-defined]
    w.open_start_meeting()  # type: ignore[attr-defined]
    pane = w.agenda_pane  # type: ignore[attr-defined]
    editor = pane.editor
    state: dict[str, object] = {}

    def grab(name: str) -> None:
        subprocess.run(["import", "-window", "root", str(out / name)], check=True)

    def step1() -> None:
        pane.items_view.setCurrentIndex(pane.items_model.index(2))
        editor.sections.setCurrentRow(1)
        editor.text.setPlainText(TEXT)
        editor.text.setFocus()
        editor.journal.setText("0030.10")
        QTimer.singleShot(800, step2)

    def step2() -> None:
        grab("screenshot-text-editor.png")
        field = editor.text
        cursor = field.document().find("referrat")
        cursor.setPosition(cursor.selectionStart() + 2)
        pos = field.cursorRect(cursor).center()
        menu = next(c for c in field.children() if isinstance(c, SuggestionMenu)).menu_at(pos)
        state["menu"] = menu
        menu.popup(field.viewport().mapToGlobal(pos))
        QTimer.singleShot(800, step3)

    def step3() -> None:
        grab("screenshot-text-spelling.png")
        state["menu"].close()  # type: ignore[attr-defined]
        editor.journal.setText("00.30.10.G01")
        editor.preview_toggle.click()
        QTimer.singleShot(800, step4)

    def step4() -> None:
        grab("screenshot-text-preview.png")
        editor.preview_toggle.click()
        w.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        live = w.live_pane  # type: ignore[attr-defined]
        live.list.setCurrentIndex(live.items.index(2))
        live.decision.setPlainText(
            "Direktionen **godkendte** indstillingen med disse bemærkninger:\n\n"
            "1. Evalueringen deles med *alle* chefer\n2. Nytårskuren 2026 planlægges som i år")
        live.decision.setFocus()
        QTimer.singleShot(800, step5)

    def step5() -> None:
        grab("screenshot-text-live.png")
        app.quit()

    QTimer.singleShot(1500, step1)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
