"""Exporting from the window: the published version by default, said plainly; the file read back."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tests.export.office import docx_text

pytestmark = pytest.mark.gui


def dialog(window: Any, qtbot: Any) -> Any:
    from dirdesk.gui.dialogs.export import ExportDialog

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
    text = docx_text(target)
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
        written[internal] = docx_text(tmp_path / f"{internal}.docx")
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


def test_pdf_option_disabled_with_the_reason_without_libreoffice(danish: None, window: Any, qtbot: Any) -> None:
    from dirdesk.gui.dialogs.export import ExportDialog

    d = ExportDialog(window.ctx, window.document.meeting, window, find_soffice=lambda: None)
    qtbot.addWidget(d)
    d.show()
    reason = "LibreOffice er ikke installeret – PDF kræver LibreOffice"
    english = "LibreOffice is not installed – PDF needs LibreOffice"
    assert not d.pdf.isEnabled() and not d.pdf.isChecked()
    assert d.pdf.toolTip() in (reason, english)
    assert d.pdf_reason.isVisible() and d.pdf_reason.text().startswith(d.pdf.toolTip())
    # The table of contents' page numbers are left to Word, and the dialog says so.
    assert "sidetal udfyldes, når Word opdaterer felterne" in d.pdf_reason.text()
    assert not d.archive.isEnabled()


def test_pdf_option_enabled_where_libreoffice_is_found(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from dirdesk.gui.dialogs.export import ExportDialog

    d = ExportDialog(window.ctx, window.document.meeting, window,
                     find_soffice=lambda: tmp_path / "soffice")
    qtbot.addWidget(d)
    d.show()
    assert d.pdf.isEnabled() and not d.pdf.isChecked()
    assert not d.pdf_reason.isVisible()


@pytest.mark.libreoffice
def test_word_and_pdf_from_the_dialog(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from tests.export.office import PDFTOTEXT, SOFFICE, pdf_pages

    if not SOFFICE or not PDFTOTEXT:
        pytest.skip("LibreOffice or pdftotext is not installed")
    d = dialog(window, qtbot)
    assert d.pdf.isEnabled()
    d.pdf.setChecked(True)
    target = tmp_path / "dagsorden.docx"
    d.path.setText(str(target))
    d.export()
    assert d.written == target and d.written_pdf == tmp_path / "dagsorden.pdf"
    pages = pdf_pages(d.written_pdf)
    assert "DAGSORDEN" in pages[0] and "Udmøntningsplan 2025-2028" in "".join(pages)


def test_a_failing_conversion_is_said_and_writes_nothing(danish: None, window: Any, qtbot: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dirdesk.gui.dialogs.export import ExportDialog

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    broken = tmp_path / "soffice"
    broken.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    good_pdf = tmp_path / "referat.pdf"
    good_pdf.write_bytes(b"%PDF-1.4 the good one")
    window.document.flush()
    d = ExportDialog(window.ctx, window.document.meeting, window, find_soffice=lambda: broken)
    qtbot.addWidget(d)
    d.pdf.setChecked(True)
    d.path.setText(str(tmp_path / "referat.docx"))
    d.export()
    assert d.written is None and said and "PDF'en blev ikke skrevet" in said[0]
    assert good_pdf.read_bytes() == b"%PDF-1.4 the good one"
    assert not (tmp_path / "referat.docx").exists()


def test_referat_shows_and_prints_the_plan_as_it_stands_now(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from dirdesk.gui.dialogs.export import ExportDialog

    window.document.flush()
    meeting = window.document.meeting
    plan = meeting.forward_plan
    assert plan is not None
    later = next(r.date for r in plan.rows if r.date is not None and not r.cancelled)
    window.ctx.plan.cancel(meeting.board, later, "Aflyst – ZZPLANMARK")
    d = ExportDialog(window.ctx, meeting, window, find_soffice=lambda: None)
    qtbot.addWidget(d)
    d.ask_to_open = lambda _path: False
    d.show()
    d.agenda.setChecked(True)
    assert not d.plan_changes.isVisible()  # the agenda keeps the plan it was issued with
    d.minutes.setChecked(True)
    assert d.refresh.isVisible() and d.refresh.isChecked()
    assert "Aflyst – ZZPLANMARK" in d.plan_changes.text() and "Udgår:" in d.plan_changes.text()
    for keep, name in ((False, "now.docx"), (True, "kept.docx")):
        d.refresh.setChecked(not keep)
        d.path.setText(str(tmp_path / name))
        d.export()
    assert "ZZPLANMARK" in docx_text(tmp_path / "now.docx")
    assert "ZZPLANMARK" not in docx_text(tmp_path / "kept.docx")


def test_a_cpr_number_stops_the_published_export_until_confirmed(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from dirdesk.domain.model import Section

    meeting = window.document.meeting
    items = list(meeting.items)
    items[1] = dataclasses.replace(items[1], sections=(Section("Baggrund", "Borger 010190-1234 har klaget."),))
    window.document.replace(dataclasses.replace(meeting, items=tuple(items)))
    asked: list[list[str]] = []
    for confirm in (False, True):
        d = dialog(window, qtbot)
        d.confirm_findings = lambda findings, answer=confirm: asked.append([f.line() for f in findings]) or answer
        target = tmp_path / f"{confirm}.docx"
        d.path.setText(str(target))
        d.export()
        assert target.exists() is confirm
    assert asked[0] == asked[1] and asked[0][0].startswith("CPR-nummer – Punkt 2") and "010190-1234" in asked[0][0]
    # The internal version is not published: nothing is asked.
    d = dialog(window, qtbot)
    d.confirm_findings = lambda findings: pytest.fail("asked about the internal version")
    d.internal.setChecked(True)
    d.path.setText(str(tmp_path / "intern.docx"))
    d.export()
    assert (tmp_path / "intern.docx").exists()


def test_the_file_label_is_the_file_fields_buddy(window: Any, qtbot: Any) -> None:
    # The row's label had no buddy, so Qt drew its "&" as it is: the user read "&Fil:".
    from PySide6.QtWidgets import QLabel

    d = dialog(window, qtbot)
    label = next(w for w in d.findChildren(QLabel) if w.buddy() is d.path)
    assert label.text().replace("&", "") in {"Fil:", "File:"}


def test_a_typed_file_name_without_docx_gets_it(window: Any, qtbot: Any, tmp_path: Path) -> None:
    # "Vælg …" added .docx, a name typed into the field was written as it stood: a Word
    # document called "referat" that Word and the file manager did not know.
    folder = tmp_path / "ud"
    folder.mkdir()
    d = dialog(window, qtbot)
    d.path.setText(str(folder / "referat"))
    d.buttons.button(d.buttons.StandardButton.Save).click()
    assert d.written == folder / "referat.docx"
    assert sorted(p.name for p in folder.iterdir()) == ["referat.docx"]
    assert "DAGSORDEN" in docx_text(folder / "referat.docx")


def test_a_published_export_renders_its_document_once(window: Any, qtbot: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The check before publishing reads the very document the export then writes."""
    from dirdesk.export.exporter import MeetingExporter

    renders: list[str] = []
    real = MeetingExporter.render

    def counted(self: MeetingExporter) -> object:
        renders.append(self.kind_label)
        return real(self)

    monkeypatch.setattr(MeetingExporter, "render", counted)
    d = dialog(window, qtbot)
    assert not d.internal.isChecked()
    d.minutes.setChecked(True)
    d.path.setText(str(tmp_path / "referat.docx"))
    d.export()
    assert d.written == tmp_path / "referat.docx"
    assert renders == ["REFERAT"]
