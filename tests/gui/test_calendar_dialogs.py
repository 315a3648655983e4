"""The political calendar dialog and the meeting calendar export, driven as a user would."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from dirdesk import paths
from dirdesk.domain.ics import read_calendar
from dirdesk.domain.political import CommitteeMeeting

pytestmark = pytest.mark.gui

SAMPLE = paths.resources_dir() / "demo" / "politisk-kalender.ics"


def calendar_dialog(ctx: Any, qtbot: Any) -> Any:
    from dirdesk.gui.dialogs.calendar import PoliticalCalendarDialog

    dialog = PoliticalCalendarDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.told = []
    dialog.inform = lambda text: dialog.told.append(("info", text))
    dialog.warn = lambda text: dialog.told.append(("warning", text))
    return dialog


def test_the_model_is_a_proper_qt_model(ctx: Any, qtbot: Any, qtmodeltester: Any) -> None:
    dialog = calendar_dialog(ctx, qtbot)
    assert dialog.model.rowCount() == 14  # the demo's calendar
    qtmodeltester.check(dialog.model)


def test_entry_dialog_gives_the_meeting_typed(qtbot: Any) -> None:
    from PySide6.QtCore import QDate, QTime

    from dirdesk.gui.dialogs.calendar import CommitteeMeetingDialog

    d = CommitteeMeetingDialog(None, day=dt.date(2026, 12, 1))
    qtbot.addWidget(d)
    d.committee.setCurrentIndex(d.committee.findData("KB"))
    d.date.setDate(QDate(2026, 12, 8))
    d.timed.setChecked(True)
    d.time.setTime(QTime(19, 0))
    d.name.setText("Kommunalbestyrelsestemamøde")
    d.location.setText("Byrådssalen")
    assert d.meeting() == CommitteeMeeting("KB", "Kommunalbestyrelsestemamøde", dt.date(2026, 12, 8),
                                           dt.time(19, 0), "Byrådssalen")
    d.name.clear()
    d.timed.setChecked(False)
    assert d.meeting().label == "Kommunalbestyrelsesmøde" and d.meeting().start is None
    # A body that is not one of the committees, typed in.
    d.committee.setEditText("Ældrerådet")
    assert d.meeting().committee == "Ældrerådet"
    d.committee.setEditText("  ")
    assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()
    # Editing keeps what the dialog does not show.
    known = CommitteeMeeting("ØK", "Økonomiudvalget", dt.date(2026, 12, 1), dt.time(14, 0), "Lokale 1",
                             uid="u@x", id=7)
    again = CommitteeMeetingDialog(known)
    qtbot.addWidget(again)
    assert again.meeting() == known


def test_adding_editing_and_deleting_an_entry(ctx: Any, qtbot: Any) -> None:
    dialog = calendar_dialog(ctx, qtbot)
    before = dialog.model.rowCount()
    wanted = CommitteeMeeting("KFU", "Kultur- og Fritidsudvalget", dt.date(2026, 12, 14), dt.time(15, 0),
                              "Kulturhuset")
    dialog.ask_meeting = lambda _current: wanted
    dialog.add_button.click()
    assert dialog.model.rowCount() == before + 1
    chosen = dialog.selected()
    assert chosen is not None and chosen.label == "Kultur- og Fritidsudvalgsmøde"
    shown = [dialog.model.index(dialog.view.currentIndex().row(), c).data() for c in range(5)]
    assert shown == ["14. dec. 2026", "15.00", "KFU", "Kultur- og Fritidsudvalgsmøde", "Kulturhuset"]

    dialog.ask_meeting = lambda current: dataclasses.replace(current, location="Rådhuset")
    dialog.edit_button.click()
    assert dialog.selected().location == "Rådhuset"

    dialog.confirm = lambda _question: False
    dialog.delete_button.click()
    assert dialog.model.rowCount() == before + 1
    dialog.confirm = lambda question: "Kultur- og Fritidsudvalgsmøde" in question
    dialog.delete_button.click()
    assert dialog.model.rowCount() == before
    # Stored: a fresh dialog shows the same.
    assert calendar_dialog(ctx, qtbot).model.meetings == dialog.model.meetings


def test_importing_a_file(ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog = calendar_dialog(ctx, qtbot)
    for m in list(dialog.model.meetings):
        dialog.service.remove(m.id)
    dialog.refresh()
    assert dialog.model.rowCount() == 0
    dialog.ask_file = lambda: SAMPLE
    dialog.import_button.click()
    assert dialog.model.rowCount() == 14
    kind, text = dialog.told[-1]
    assert kind == "info" and "14" in text and "2" in text
    # Again: nothing new.
    assert dialog.import_file(SAMPLE)
    assert dialog.model.rowCount() == 14 and dialog.told[-1][1].startswith("0")


def test_a_bad_file_is_one_clear_danish_message(danish: None, ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog = calendar_dialog(ctx, qtbot)
    before = list(dialog.model.meetings)
    bad = tmp_path / "kalender.ics"
    bad.write_bytes(SAMPLE.read_bytes().replace(b"END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE",
                                                b"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE", 1))
    assert not dialog.import_file(bad)
    kind, text = dialog.told[-1]
    assert kind == "warning"
    assert text.startswith(("Intet blev importeret.", "Nothing was imported."))
    assert "kalender.ics: ikke en gyldig kalenderfil (.ics): linje " in text
    assert "BEGIN:VEVENT, før den på linje" in text
    assert dialog.model.meetings == before
    # Cancelling the file dialog does nothing.
    dialog.ask_file = lambda: None
    assert not dialog.import_file()


def test_export_writes_an_ics_that_reads_back(danish: None, ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    from dirdesk.gui.dialogs.calendar import ExportCalendarDialog

    d = ExportCalendarDialog(ctx)
    qtbot.addWidget(d)
    told: list[str] = []
    d.warn = told.append
    assert d.path.text().endswith("Direktionen mødekalender.ics")
    d.first.setDate(QDate(2026, 11, 1))
    d.last.setDate(QDate(2027, 2, 28))
    target = tmp_path / "mødekalender.ics"
    target.write_bytes(b"old")
    d.path.setText(str(target))
    d.buttons.button(d.buttons.StandardButton.Save).click()
    assert told == [] and d.written == target
    events = read_calendar(target.read_bytes())
    coming = next(e for e in events if e.date == dt.date(2026, 11, 25))
    assert coming.summary == "Direktionsmøde" and coming.start == dt.time(9, 0)
    assert "1. Beslutningsprotokoller og dagsordener (borgmester deltager)" in coming.description
    assert any(e.cancelled for e in events)  # the Christmas closure
    assert not list(tmp_path.glob(".*.tmp"))

    d.last.setDate(QDate(2026, 10, 1))
    assert not d.export(target)
    assert told == ["Perioden slutter, før den begynder."] or told == ["The period ends before it begins."]
    d.last.setDate(QDate(2027, 2, 28))
    assert not d.export(tmp_path / "findes-ikke" / "x.ics")
    assert "kan ikke skrive" in told[-1]


def test_menu_actions_open_the_dialogs(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from dirdesk.gui.dialogs import calendar as calendar_dialogs

    opened: list[str] = []
    monkeypatch.setattr(calendar_dialogs.PoliticalCalendarDialog, "exec",
                        lambda self: opened.append(self.objectName()) or 0)
    monkeypatch.setattr(calendar_dialogs.ExportCalendarDialog, "exec",
                        lambda self: opened.append(self.objectName()) or 0)
    window.political_action.trigger()
    window.export_calendar_action.trigger()
    assert opened == ["PoliticalCalendarDialog", "ExportCalendarDialog"]


def test_a_meeting_made_from_the_forward_plan_has_item_one_from_the_calendar(window: Any) -> None:
    """End to end in the window's services: the demo's calendar, a new agenda, item 1."""
    ctx = window.ctx
    day = dt.date(2026, 12, 2)
    meeting = ctx.meetings.create_from_plan(ctx.board, day)
    case = next(s for s in meeting.items[0].sections if getattr(s, "heading", "") == "Sagsfremstilling")
    # December's first Council meeting was the day before: the next round.
    assert case.text.startswith("Rul december: ØK d. 15/12 2026, KB d. 22/12 2026")
    assert "- Miljø- og Teknikudvalgsmøde d. 30. november" in case.text  # held since 25 November
    assert "- Arbejdsmarkedsudvalgsmøde d. 2. december" in case.text
