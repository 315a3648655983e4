"""Historik: every kept version opens read-only, and two versions can be compared."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

pytestmark = pytest.mark.gui

PAST = dt.date(2025, 1, 29)


def _second_version(window: Any) -> tuple[str, str]:
    """Sign the past meeting, make version 2 and change item 1's decision in it."""
    window.open_meeting(PAST)
    window.advance_status(confirm=False)
    signed = window.document.meeting.items[0].decision
    window.document.ask_new_version = lambda meeting: "Rettelse af beslutningen"
    assert window.document.choose_to_edit()
    uid = window.document.meeting.items[0].uid
    window.document.set_decision(uid, "Direktionen godkendte indstillingen med en rettelse.")
    window.document.flush()
    return signed, "Direktionen godkendte indstillingen med en rettelse."


def test_the_signed_version_opens_read_only_from_the_history(window: Any) -> None:
    from dirdesk.gui.dialogs.meeting import HistoryDialog

    signed, _now = _second_version(window)
    dialog = HistoryDialog(window.ctx, window.document.meeting, window)
    box = dialog.findChild(QPushButton, "openVersion")
    assert box is not None  # was: the versions only named in a line of text
    labels = [dialog.versions.list.item(r).text() for r in range(dialog.versions.list.count())]
    assert labels[0].startswith("Version 1") and "Rettelse af beslutningen" in labels[0]
    assert labels[1].startswith("Version 2")
    dialog.versions.list.setCurrentRow(0)
    viewer = dialog.versions.open_version()
    shown = viewer.text.toPlainText()
    assert signed.split("\n")[0].replace("**", "") in shown
    assert "med en rettelse" not in shown
    assert viewer.text.isReadOnly() and "version 1" in viewer.windowTitle()
    viewer.close()
    dialog.close()


def test_two_versions_compared_show_what_changed(window: Any) -> None:
    from dirdesk.gui.dialogs.meeting import HistoryDialog

    _signed, now = _second_version(window)
    dialog = HistoryDialog(window.ctx, window.document.meeting, window)
    compare = dialog.versions.compare()
    assert compare.older_box.currentIndex() == 0 and compare.newer_box.currentIndex() == 1
    assert "beslutningen er ændret" in compare.summary.text()
    html = compare.text.toHtml()
    assert now in compare.text.toPlainText()
    assert "line-through" in html  # the old words struck through
    assert "Sted:" not in compare.text.toPlainText()  # only what changed, under its item
    compare.whole_box.setChecked(True)
    assert "Sted:" in compare.text.toPlainText() and now in compare.text.toPlainText()
    compare.newer_box.setCurrentIndex(0)  # a version against itself
    assert compare.summary.text() in ("Ingen forskelle.", "No differences.")
    compare.close()
    dialog.close()
