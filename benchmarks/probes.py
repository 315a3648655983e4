"""Child processes of the benchmarks, each started fresh: ``python benchmarks/probes.py MODE [URL]``.

- ``bare-paint``: the floor of start-up, a bare QMainWindow of the app's size; prints the
  monotonic clock at its first paint, as ``DIRDESK_BENCH_FIRST_PAINT`` makes the app do.
- ``bare-memory``: that window shown; prints its peak resident memory (VmHWM, kB).
- ``app-memory URL``: the app's window on the database at URL with its largest meeting open,
  agenda and live minutes both shown; prints the peak resident memory.
- ``docx-floor CONTENT.json BASE.docx OUT.docx``: the floor of ``dirdesk export FILE.json``, a
  plain python-docx script writing the same text: the paragraphs and tables listed in
  CONTENT.json (``export_bench.content_of`` of dirdesk's own output) added to the base
  document without styles, then saved. Imports json and docx, nothing else.

This file imports nothing of dirdesk in the bare modes: the floor is PySide6 alone.
"""

from __future__ import annotations

import os
import sys
import time


def peak_rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def settle(app: object, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def bare(mode: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1400, 900)
    if mode == "bare-memory":
        window.show()
        settle(app)
        print(f"PEAK_RSS_KB {peak_rss_kb()}", flush=True)
        return

    def report(painted: float) -> None:
        print(f"DIRDESK_FIRST_PAINT {painted:.6f}", flush=True)
        os._exit(0)

    class FirstPaint(QObject):  # the clock read at the paint event, as dirdesk/app.py does
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                painted = time.monotonic()
                QTimer.singleShot(0, lambda: report(painted))
            return False

    window.installEventFilter(FirstPaint(window))
    window.show()
    app.exec()


def app_memory(url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from dirdesk.app import build_window, install_translators

    app = QApplication(sys.argv)
    _translators = install_translators(app)
    window = build_window(url, app)
    window.show()  # type: ignore[attr-defined]
    largest = max((m for m in window.ctx.meetings.summaries(window.ctx.board)),  # type: ignore[attr-defined]
                  key=lambda m: m.item_count)
    window.open_meeting(largest.date)  # type: ignore[attr-defined]
    settle(app)
    window.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle(app)
    window.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    settle(app)
    print(f"PEAK_RSS_KB {peak_rss_kb()} ITEMS {largest.item_count}", flush=True)
    window.database.close()  # type: ignore[attr-defined]


def docx_floor(content_file: str, base: str, out: str) -> None:
    import json

    import docx

    document = docx.Document(base)
    with open(content_file, encoding="utf-8") as source:
        content = json.load(source)
    for kind, value in content:
        if kind == "p":
            document.add_paragraph(value[0])
        else:
            rows = value[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for row, texts in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, texts, strict=True):
                    cell.text = text
    document.save(out)


if __name__ == "__main__":
    if sys.argv[1] == "docx-floor":
        docx_floor(*sys.argv[2:5])
    elif sys.argv[1] == "app-memory":
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        app_memory(sys.argv[2])
    else:
        bare(sys.argv[1])
