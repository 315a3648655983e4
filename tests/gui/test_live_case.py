"""The live pane in the meeting as it runs: when it begins, actual times by moving on, the case's
Indstilling and one-key decisions, participants per item — by keyboard."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from dirdesk.domain import timing
from dirdesk.domain.model import Section

pytestmark = pytest.mark.gui

COMING = dt.date(2026, 11, 25)
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def reopened(window: Any) -> Any:
    """The open meeting as a restart reads it, once the window's saves under way (off its
    thread) are done."""
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    window.document.wait_for_saves()
    with Database(window.ctx.meetings.db.url) as db:
        return MeetingService(db).get(COMING, "Direktionen")


def at(live: Any, hour: int, minute: int, day: dt.date = COMING) -> None:
    live.now = live.case.now = lambda: dt.datetime.combine(day, dt.time(hour, minute))


def test_before_the_meeting_the_pane_says_when_it_begins(window: Any) -> None:
    live = window.live_pane
    at(live, 3, 22)
    live.update_clock()
    assert "Mødet begynder kl. 9.00" in live.clock.text()
    assert "foran" not in live.planned.text() and "ahead" not in live.planned.text()
    at(live, 15, 0, COMING - dt.timedelta(days=1))
    live.update_clock()
    assert "Mødet begynder 25.11. kl. 9.00" in live.clock.text()


def test_moving_through_the_items_records_when_each_started(window: Any, qtbot: Any) -> None:
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(0))
    live.decision.setFocus()
    at(live, 9, 2)
    qtbot.keyClick(live.decision, Qt.Key.Key_T, CTRL | SHIFT)  # the first item starts now
    times = [(9, 31), (10, 5), (10, 40)]
    for hour, minute in times:
        at(live, hour, minute)
        qtbot.keyClick(live.decision, Qt.Key.Key_Return, CTRL)
    stored = reopened(window)
    started = [i.started for i in stored.items[:4]]
    assert started == [dt.time(9, 2), dt.time(9, 31), dt.time(10, 5), dt.time(10, 40)]
    # Going back and forth does not move a start already recorded.
    qtbot.keyClick(live.decision, Qt.Key.Key_Up, ALT)
    at(live, 10, 50)
    qtbot.keyClick(live.decision, Qt.Key.Key_Return, CTRL)
    assert reopened(window).items[3].started == dt.time(10, 40)
    assert "startede 10.40" in live.case.times.text() or "started 10.40" in live.case.times.text()
    use = timing.time_use(reopened(window))
    assert [u.actual for u in use[:3]] == [29, 34, 35]


def test_the_case_and_a_one_key_decision_that_can_be_edited(window: Any, qtbot: Any) -> None:
    doc = window.document
    meeting = doc.meeting
    item = dataclasses.replace(meeting.items[3], sections=(
        Section("Sagsfremstilling", "Lang baggrund ZZBAGGRUND."),
        Section("Indstilling", "Det indstilles, at direktionen godkender planen.")))
    doc.replace(dataclasses.replace(meeting, items=(*meeting.items[:3], item, *meeting.items[4:])))
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(3))
    live.decision.setFocus()
    assert "godkender planen" in live.case.case.toPlainText()
    assert "ZZBAGGRUND" not in live.case.case.toPlainText()  # folded
    qtbot.keyClick(live.decision, Qt.Key.Key_I, CTRL | SHIFT)
    assert "ZZBAGGRUND" in live.case.case.toPlainText()
    qtbot.keyClick(live.decision, Qt.Key.Key_1, ALT)
    assert live.decision.toPlainText() == "Indstillingen godkendes."
    qtbot.keyClicks(live.decision, " Økonomichefen følger op.")
    doc.flush()
    assert reopened(window).items[3].decision == "Indstillingen godkendes. Økonomichefen følger op."


def test_participants_are_entered_by_keyboard_and_printed_in_the_grid(window: Any, qtbot: Any) -> None:
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(3))
    live.decision.setFocus()
    member = window.document.meeting.members[0]

    def fill() -> None:
        from dirdesk.gui.dialogs.participation import ParticipationDialog
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ParticipationDialog)
        qtbot.keyClicks(dialog.guest_edit, "Bettina Andersen (Økonomichef)")
        qtbot.keyClick(dialog.guest_edit, Qt.Key.Key_Return)
        dialog.inhabil.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(live.decision, Qt.Key.Key_D, CTRL | SHIFT)
    stored = reopened(window).items[3]
    assert stored.participation.inhabil == (member.name,)
    assert stored.participation.guests[0].display == "Bettina Andersen (Økonomichef)"
    assert "deltog ikke i behandlingen af punktet på grund af inhabilitet" in live.case.people.text()
    window.ctx.editing.undo()
    assert not reopened(window).items[3].participation


def test_the_internal_copy_for_an_inhabil_member_leaves_out_the_item(
        window: Any, qtbot: Any, tmp_path: Any) -> None:
    import docx

    from dirdesk.domain.model import Participation
    from dirdesk.gui.dialogs.export import ExportDialog

    meeting = window.document.meeting
    member = meeting.members[0]
    items = list(meeting.items)
    items[2] = dataclasses.replace(items[2], closed=True,
                                   participation=Participation(inhabil=(member.name,)))
    window.document.replace(dataclasses.replace(meeting, items=tuple(items)))
    secret = "Norddjurs Kommunes nytårskur har været afholdt siden 2022"
    written = {}
    for name in (None, member.name):
        d = ExportDialog(window.ctx, window.document.meeting, window)
        qtbot.addWidget(d)
        d.ask_to_open = lambda _path: False
        d.internal.setChecked(True)
        assert d.for_member.isEnabled()
        d.for_member.setCurrentIndex(d.for_member.findData(name))
        target = tmp_path / f"{name}.docx"
        d.path.setText(str(target))
        d.export()
        document = docx.Document(str(target))
        written[name] = "\n".join([p.text for p in document.paragraphs] + [
            c.text for t in document.tables for r in t.rows for c in r.cells])
    assert secret in written[None]
    assert secret not in written[member.name] and "Lukket sag" in written[member.name]


def test_a_point_postponed_to_a_meeting_with_an_agenda_is_offered_onto_it(
        window: Any, qtbot: Any) -> None:
    from tests.gui.test_week import type_decision

    ctx = window.ctx
    coming = ctx.plan.plan("Direktionen", COMING).upcoming(COMING, 1)[0].date
    ctx.meetings.create_from_plan("Direktionen", coming)  # its agenda is made already
    bar = window.live_pane.proposals
    type_decision(window, qtbot, 3, "Sagen udsættes til næste møde.")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.carry is not None, timeout=3000)
    title = bar.carry.title
    live = window.live_pane
    assert bar.buttons[0].text().endswith("(F9)")
    qtbot.keyClick(live.decision, Qt.Key.Key_F9)  # into the forward plan, by keyboard
    qtbot.waitUntil(lambda: any("dagsorden" in b.text() or "agenda" in b.text()
                                for b in bar.buttons), timeout=3000)
    assert "dagsorden" in bar.buttons[0].text() or "agenda" in bar.buttons[0].text()
    qtbot.keyClick(live.decision, Qt.Key.Key_F9)  # and onto its agenda
    later = ctx.meetings.get(coming, "Direktionen")
    number = next(n for n, i in enumerate(later.items, 1) if i.title == title)
    assert any(s.item == number for s in later.schedule)


def test_a_follow_up_gets_a_due_date_and_the_list_goes_to_word(
        window: Any, qtbot: Any, tmp_path: Any) -> None:
    import docx

    from dirdesk.gui.followups.pane import FollowUpDialog

    pane = window.followups_pane
    entry = pane.shown[0]
    dialog = FollowUpDialog(entry, [], pane)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.due, "31.02.2027")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # no such date
    dialog.due.clear()
    qtbot.keyClicks(dialog.due, "15.03.2027")
    assert save.isEnabled()
    pane.edit(entry.id, dialog.owner.text(), dialog.task.text(), dialog.due_date() or None)
    again = next(e for e in pane.shown if e.id == entry.id)
    assert again.due == dt.date(2027, 3, 15)
    assert "15. mar. 2027" in pane.model.where(again)
    target = tmp_path / "opfølgning.docx"
    pane.export_to(target)
    rows = [[c.text for c in r.cells] for r in docx.Document(str(target)).tables[0].rows]
    assert [entry.task, "15-03-2027"] == [rows[1 + pane.shown.index(again)][1],
                                          rows[1 + pane.shown.index(again)][2]]
    assert len(rows) == 1 + len([e for e in pane.shown if not e.item_closed])


def test_guests_entered_on_the_agenda_are_printed_in_its_grid(window: Any, qtbot: Any) -> None:
    from dirdesk.domain.participation import slot_text_with_guests

    pane = window.agenda_pane
    window.tabs.setCurrentIndex(0)
    number = next(s.item for s in window.document.meeting.schedule
                  if s.item and "deltager" not in (s.text or ""))
    pane.items_view.setCurrentIndex(pane.items_model.index(number - 1, 0))
    pane.items_view.setFocus()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.guest_edit, "Karen Meisner (Stabschef)")
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(pane.items_view, Qt.Key.Key_D, CTRL | SHIFT)
    stored = reopened(window)
    guests = stored.items[number - 1].participation.guests
    assert [g.display for g in guests] == ["Karen Meisner (Stabschef)"]
    row = next(s for s in stored.schedule if s.item == number)
    assert "Stabschef Karen Meisner deltager under behandlingen." in (
        slot_text_with_guests(row.text, guests) or "")
