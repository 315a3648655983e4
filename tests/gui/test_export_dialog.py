"""Exporting from the window: the published version by default, said plainly; the file read back."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import docx
import pytest

pytestmark = pytest.mark.gui


def text_of(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def dialog(window: Any, qtbot: Any) -> Any:
    from dirdesk.gui.export_dialog import ExportDialog

    window.document.flush()
    d = ExportDialog(window.ctx, window.document.meeting, window)
    qtbot.addWidget(d)
    d.ask_to_open = lambda _path: True
    d.opened = []
    d.open_file = d.opened.append
    return d


def test_published_referat_from_the_dialog(window: Any, qtbot: Any, tmp_path: Path) -> None:
    live = window.live_pane
    live.list.setCurrentIndex(live.items.index(3))
    qtbot.keyClicks(live.decision, "Direktionen besluttede at gå videre med planen.")
    d = dialog(window, qtbot)
    assert not d.internal.isChecked()
    assert "Offentlig" in d.version.text() or "Published" in d.version.text()
    d.minutes.setChecked(True)
    target = tmp_path / "referat.docx"
    d.path.setText(str(target))
    d.buttons.button(d.buttons.StandardButton.Save).click()
    assert d.written == target and d.opened == [target]
    text = text_of(target)
    assert "REFERAT" in text and "Udmøntningsplan 2025-2028" in text
    assert "Direktionen besluttede at gå videre med planen." in text


def test_internal_and_published_differ_on_a_closed_item(window: Any, qtbot: Any,
                                                         tmp_path: Path) -> None:
    meeting = window.document.meeting
    items = list(meeting.items)
    items[2] = dataclasses.replace(items[2], closed=True, sections=items[2].sections)
    window.document.replace(dataclasses.replace(meeting, items=tuple(items)))
    secret = "Norddjurs Kommunes nytårskur har været afholdt siden 2022"
    written = {}
    for internal in (False, True):
        d = dialog(window, qtbot)
        d.internal.setChecked(internal)
        if internal:
            assert "INTERN" in d.version.text() or "INTERNAL" in d.version.text()
        d.path.setText(str(tmp_path / f"{internal}.docx"))
        d.export()
        written[internal] = text_of(tmp_path / f"{internal}.docx")
    assert secret not in written[False] and "Lukket sag" in written[False]
    assert secret in written[True]


def test_an_unwritable_target_is_said_in_the_dialog(window: Any, qtbot: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    d = dialog(window, qtbot)
    d.path.setText(str(tmp_path / "no" / "such" / "folder" / "x.docx"))
    d.export()
    assert d.written is None and said and "x.docx" in said[0]
    assert d.result() == 0  # the dialog stays open for another try
