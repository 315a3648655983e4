"""The Qt binding itself: a fault in it ends the window however right dirdesk's code is."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_calls_of_void_qt_methods_do_not_free_none() -> None:
    """PySide6 6.12.0 on Python 3.11 returns None from a void method (``setText``,
    ``setModified``, …) without taking a reference; after a few thousand calls None is freed
    and Python aborts. The window makes that many calls in minutes of typing."""
    script = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range(20_000):
            label.setText("x")
        print(sys.getrefcount(None) - before)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 100  # the references to None are kept as taken
