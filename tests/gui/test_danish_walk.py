"""The Danish window, walked as a new user would: every widget, menu, action, dialog, tooltip
and status message reachable on the demo database reads as a Danish secretary writes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.danish_walk import Walk, menu_actions, strings, through_modals
from tests.gui.test_week import type_decision

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def danish_window(ctx: Any, qapp: Any, qtbot: Any) -> Iterator[Any]:
    from dirdesk.app import install_translators
    from dirdesk.gui.main_window import MainWindow

    translators = install_translators(qapp)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.show()
        win.open_start_meeting()
        yield win
        win.document.flush()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def walk_window(window: Any, qtbot: Any) -> Walk:
    walk = Walk()
    ctx = window.ctx
    for summary in ctx.meetings.summaries(ctx.board):  # what the meetings say is the secretariat's
        strings(ctx.meetings.get(summary.date, ctx.board), walk.data)
        strings(ctx.plan.plan(ctx.board, summary.date), walk.data)
    window.statusBar().messageChanged.connect(lambda text: walk.see("status bar", text))
    window.ctx.signals.status_message.connect(lambda text: walk.see("status message", text))
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        walk.visited.clear()
        walk.widget(window, f"tab {tab}/")

    # A decision that postpones its item: the proposal, carrying it, what the status bar says.
    type_decision(window, qtbot, 3, "Sagen udsættes til et senere møde.")
    bar = window.live_pane.proposals
    qtbot.waitUntil(lambda: bar.isVisible() and bar.carry is not None, timeout=5000)
    walk.visited.clear()
    walk.widget(bar, "proposals/")
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    # ... and one carried to a dated meeting.
    type_decision(window, qtbot, 4, "Sagen udsættes til næste møde.")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.carry is not None, timeout=5000)
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    window.document.flush()
    QApplication.processEvents()
    start = window.document.meeting.date

    # Every menu's actions, each dialog they open walked and closed unanswered.
    quit_text = QCoreApplication.translate("MainWindow", "&Quit")
    for action in menu_actions(a.menu() for a in window.menuBar().actions() if a.menu()):
        if action.text() == quit_text or not action.isEnabled():
            continue
        walk.visited.clear()
        through_modals(walk, f"menu {action.text()!r}", action.trigger)
    walk.visited.clear()
    walk.widget(window, "after the menus/")
    if window.next_status_action.isEnabled():  # now held: signing asks first
        through_modals(walk, "next step", window.next_status_action.trigger)

    # The panes' own actions (context menus, buttons' actions) on the first coming meeting, and
    # on the points awaiting a date: each dialog walked and closed unanswered.
    from PySide6.QtGui import QAction

    from dirdesk.gui.plan.rows import RowKind

    plan = window.plan_pane
    in_menus = set(menu_actions(a.menu() for a in window.menuBar().actions() if a.menu()))
    meeting = next(r for r in plan.model.rows() if r.kind is RowKind.MEETING and r.points)
    for index in (plan.model.meeting_index(meeting.date), plan.model.point_index(meeting.points[0].id)):
        assert index.isValid()
        plan.view.setCurrentIndex(index)
        for action in window.findChildren(QAction):
            walk.action("actions", action)  # a context menu's: its text and tooltip
            if action in in_menus or action.text() == quit_text or not action.isEnabled():
                continue
            if action.menu() is not None or not action.text():
                continue
            walk.visited.clear()
            through_modals(walk, f"action {action.text()!r}", action.trigger)

    # A planned date without an agenda: the question before drafting it, for each.
    window.half_year_action.setChecked(True)  # the half-year: dates without an agenda yet
    with_agenda = {s.date for s in ctx.meetings.summaries(ctx.board) if s.item_count}
    planned = [r for r in plan.model.rows() if r.kind is RowKind.MEETING and r.date not in with_agenda
               and not r.meeting.cancelled]
    for row in planned:
        through_modals(walk, f"open {row.date}", lambda row=row: plan.open_date(row.date))
    drafted = next((r.date for r in planned if r.points), planned[0].date)
    ctx.meetings.create_from_plan(ctx.board, drafted)

    # The histories: the meeting with carried-over items, and one drafted from the plan.
    from dirdesk.gui.dialogs.meeting import HistoryDialog

    for date in (start, drafted):
        history = HistoryDialog(ctx, ctx.meetings.get(date, ctx.board), window)
        history.show()
        walk.visited.clear()
        walk.widget(history, f"history {date}/")
        history.close()

    # The dialogs no menu opens by itself: opened by their class (or the function that asks),
    # walked, closed unanswered.
    import datetime as dt

    from dirdesk.gui.dialogs.calendar import CommitteeMeetingDialog
    from dirdesk.gui.dialogs.meeting import ask_keep_mine, ask_keep_my_decision, ask_new_version
    from dirdesk.gui.dialogs.participation import ask_participation
    from dirdesk.gui.dialogs.periods import ClosedPeriodEditor
    from dirdesk.gui.followups.pane import FollowUpDialog
    from dirdesk.services.meetings import DecisionChanged, MeetingChanged

    meeting = ctx.meetings.get(start, ctx.board)
    entries = window.followups_pane.model.entries
    for name, make in (
            ("committee meeting", lambda: CommitteeMeetingDialog(None, window, day=start)),
            ("closed period", lambda: ClosedPeriodEditor(None, ctx.today, window)),
            ("follow-up", lambda: FollowUpDialog(entries[0], [e.owner for e in entries], window))):
        dialog = make()
        dialog.show()
        walk.visited.clear()
        walk.widget(dialog, f"dialog {name}/")
        dialog.reject()
    changed = MeetingChanged(meeting, ["Punkt 2: titel"], "anne", dt.datetime(2026, 11, 25, 10, 23, 54))
    for name, ask in (
            ("participation", lambda: ask_participation(ctx, meeting, 2, window)),
            ("someone else saved", lambda: ask_keep_mine(window, changed)),
            ("their decision", lambda: ask_keep_my_decision(
                window, DecisionChanged(2, meeting.items[1].title, "Deres tekst"), "Min tekst")),
            ("new version", lambda: ask_new_version(window, meeting))):
        walk.visited.clear()
        through_modals(walk, f"dialog {name}", ask)

    # A closed item among them (the demo has none): how the lists mark it.
    import dataclasses

    meeting = ctx.meetings.get(start, ctx.board)
    closed = dataclasses.replace(meeting.items[1], closed=True)
    ctx.meetings.save(dataclasses.replace(meeting, items=(meeting.items[0], closed, *meeting.items[2:])),
                      base=meeting)

    # Every meeting of the database opened, its agenda and minutes walked.
    for summary in [s for s in ctx.meetings.summaries(ctx.board) if s.item_count]:
        window.open_meeting(summary.date)
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            walk.visited.clear()
            walk.widget(window, f"meeting {summary.date}, tab {tab}/")
    return walk


# Triggering every action of the plan with a point selected: one of them starts editing a cell
# that cannot be edited there (Qt says so; nothing happens to the user). Not a language fault.
@pytest.mark.qt_log_ignore("edit: editing failed")
def test_the_danish_window_reads_as_a_danish_secretary_writes(danish_window: Any, qtbot: Any) -> None:
    walk = walk_window(danish_window, qtbot)
    assert len(walk.texts) > 300  # the walk saw the window, not an empty frame
    dialogs = {where.split("/")[0] for where, _text in walk.texts
               if where.startswith(("menu ", "action ", "dialog "))}
    # Export, calendar export, history, periods, about, political calendar, settings (menus);
    # cancel and move a meeting (the plan's actions); seven opened by their class.
    assert len(dialogs) >= 16, sorted(dialogs)
    faults = walk.faults()
    # The board's settings are its own: "Direktionens indstillinger", not an "udvalg"'s.
    settings = danish_window.board_settings_action.text().replace("&", "")
    if settings != "Direktionens indstillinger …":
        faults.append(f"the board's settings are called {settings!r}")
    assert faults == [], "\n".join(faults)
