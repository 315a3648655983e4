"""The main window: forward plan on the left, the open meeting's agenda and live minutes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from dirdesk.domain.messages import UserError
from dirdesk.gui.editing.model import shortcuts
from dirdesk.gui.formats import clock, date_in_sentence, genitive
from dirdesk.gui.layout import current_screens
from dirdesk.gui.settings import Settings
from dirdesk.gui.wording import shown

if TYPE_CHECKING:
    from threading import Thread

    from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QDockWidget

    from dirdesk.gui.context import AppContext
    from dirdesk.gui.instance import DatabaseLock

# The window is shown before the database is opened, so this module imports nothing that
# reaches SQLAlchemy: the panes and dialogs are imported when the window is given its context.
# Nor the Qt classes only the full window uses: PySide6 makes each class's Python enums when
# it is first named (QMessageBox's, or the Qt namespace's, take milliseconds).


class _Open(Protocol):
    """The database the window works on (gui does not import storage)."""

    def close(self) -> None: ...


class MainWindow(QMainWindow):
    """The window of the board's meetings.

    ``MainWindow(ctx)`` is the whole window. ``MainWindow()`` is the window as it first
    appears at start-up, where it was left last time, saying that the database is being
    opened; ``attach(ctx)`` then fills it, in the same place on the screen.
    """

    database: _Open | None = None  # kept open while the window lives (app.build_window)
    facts_action: QAction  # Vis ▸ Mødeoplysninger; with Nulstil layout made by the LayoutKeeper
    reset_layout_action: QAction
    database_lock: DatabaseLock | None = None  # the claim on a SQLite file, held as long
    snapshot_of: tuple[str | None] | None = None  # (--db,): keep the meeting shown (gui.preview)
    daily_copy: Thread | None = None  # the day's copy of the database, being written (app.py)

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.ctx: AppContext  # set by attach(): until then the window only says it is opening
        self._attached = False
        if ctx is None:
            self._show_opening()
        else:
            self.attach(ctx)

    @property
    def attached(self) -> bool:
        """Whether the window has its context (the database is open and a board chosen)."""
        return self._attached

    def _show_opening(self) -> None:
        self.setWindowTitle("dirdesk")
        geometry = Settings().geometry(current_screens())
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        from dirdesk.gui.preview import OpeningPlaceholder

        self.setCentralWidget(OpeningPlaceholder(self))

    def attach(self, ctx: AppContext) -> None:
        """Build the panes, menus and docks on ``ctx``: the window as the user works with it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QDockWidget, QTabWidget

        from dirdesk.gui.agenda.pane import AgendaPane
        from dirdesk.gui.dialogs.meeting import ask_keep_mine, ask_keep_my_decision, ask_new_version
        from dirdesk.gui.editing.document import OpenMeeting
        from dirdesk.gui.editing.model import PLAN
        from dirdesk.gui.followups.pane import FollowUpsPane
        from dirdesk.gui.live.pane import LivePane
        from dirdesk.gui.plan.pane import PlanPane
        from dirdesk.gui.search.pane import SearchPane

        self.ctx = ctx
        self._attached = True
        self.setWindowTitle(self.tr("dirdesk – {board}").format(board=ctx.board))
        self.document = OpenMeeting(ctx, self)

        self.plan_pane = PlanPane(ctx, self)
        self.plan_dock = QDockWidget(self.tr("Forward plan"), self)
        self.plan_dock.setObjectName("PlanDock")
        self.plan_dock.setWidget(self.plan_pane)
        self.plan_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                   | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.plan_dock)

        self.search_pane = SearchPane(ctx, self)
        self.search_dock = self._dock(self.tr("Search"), "SearchDock", self.search_pane)
        self.followups_pane = FollowUpsPane(ctx, self)
        self.followups_dock = self._dock(self.tr("Follow-ups"), "FollowUpsDock", self.followups_pane)
        self.tabifyDockWidget(self.search_dock, self.followups_dock)
        self.search_dock.raise_()
        ctx.signals.show_item.connect(self.show_item)

        self.agenda_pane = AgendaPane(ctx, self.document, self)
        self.live_pane = LivePane(ctx, self.document, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("MeetingTabs")
        self.tabs.addTab(self.agenda_pane, self.tr("&Agenda"))
        self.tabs.addTab(self.live_pane, self.tr("&Minutes (live)"))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self.document.commit_pending())
        self.undo_group = ctx.editing.group
        self.plan_undo = ctx.editing.stack(PLAN)
        ctx.editing.activate(PLAN)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists only in a QApplication
        app.focusChanged.connect(self._focus_changed)
        from dirdesk.gui.editing.state import show_meeting_state

        self.meeting_state = show_meeting_state(self.document, self.agenda_pane, self.live_pane,
                                                (self.live_pane.proposals,))

        self.save_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_label)
        self.document.saved.connect(
            lambda at: self.save_label.setText(self.tr("Saved {time}").format(time=clock(at))))
        self.document.save_failed.connect(
            lambda why: self.save_label.setText(self.tr("NOT SAVED – retrying: {why}").format(
                why=why)))
        ctx.signals.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.document.changed.connect(self._update_title)
        self.document.changed.connect(self._update_meeting_actions)
        self.document.resolve_conflict = lambda conflict: ask_keep_mine(self, conflict)
        self.document.resolve_decision = (
            lambda conflict, mine: ask_keep_my_decision(self, conflict, mine))
        self.document.ask_new_version = lambda meeting: ask_new_version(self, meeting)
        self.document.reloaded.connect(lambda why: self.statusBar().showMessage(
            self.tr("Someone else changed the meeting; their changes are shown: {what}").format(
                what=why), 15000))
        self.plan_pane.meeting_activated.connect(self.open_meeting)
        self._say_if_no_spelling()

        from dirdesk.gui.layout import LayoutKeeper

        self.layout_keeper = LayoutKeeper(self)
        self._build_menus()
        self._update_meeting_actions()
        self.layout_keeper.restore()

    def _say_if_no_spelling(self) -> None:
        """Once a run: without a Danish dictionary the text fields are not spell checked."""
        from dirdesk.gui.editing.spelling import spelling

        if not spelling().available:
            self.statusBar().showMessage(self.tr(
                "Spelling is off: no Danish dictionary was found (on Debian: apt install "
                "hunspell-da)"), 30_000)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Undo acts on the document in front: the forward plan, or the open meeting."""
        from dirdesk.gui.editing.model import PLAN

        if new is None or not self._attached:
            return
        if self.plan_dock.isAncestorOf(new):
            self.ctx.editing.activate(PLAN)
        elif self.tabs.isAncestorOf(new) and self.document.key is not None:
            self.ctx.editing.activate(self.document.key)

    def show_item(self, board: str, date: dt.date, uid: str) -> None:
        """Open the meeting on ``date`` at the item ``uid`` (from search or the follow-ups)."""
        if board != self.ctx.board:
            return
        meeting = self.document.meeting
        if meeting is None or meeting.date != date:
            self.open_meeting(date)
        if uid:
            self.agenda_pane.select_item(uid)
            self.live_pane.select_item(uid)

    def search_all(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_pane.field.setFocus()
        self.search_pane.field.selectAll()

    # --- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = QAction(self.tr("&Export to Word…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_meeting)
        file_menu.addAction(self.export_action)
        self.export_calendar_action = QAction(self.tr("Export meeting &calendar (.ics)…"), self)
        self.export_calendar_action.triggered.connect(self._export_calendar)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # The group's actions follow the active stack's text; triggered, they commit what is
        # pending first (the typing is then the step undone, as in Word).
        editing = self.ctx.editing
        self.undo_action = editing.group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(editing.undo)
        self.undo_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action = editing.group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(editing.redo)
        # Ctrl+Y and Ctrl+Shift+Z on every platform (Linux's standard key is only the second).
        self.redo_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Y",
                                            "Ctrl+Shift+Z"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Search all meetings…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_action.triggered.connect(self.search_all)
        edit_menu.addAction(self.find_action)

        meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.next_status_action = QAction(self.tr("Mark as &next step"), self)
        self.next_status_action.triggered.connect(self.advance_status)
        meeting_menu.addAction(self.next_status_action)
        from dirdesk.gui.editing.state import unlock_action

        self.unlock_action = unlock_action(self.document, self)
        meeting_menu.addAction(self.unlock_action)
        self.history_action = QAction(self.tr("&History and versions…"), self)
        self.history_action.triggered.connect(self.show_history)
        meeting_menu.addAction(self.history_action)
        self.political_action = QAction(self.tr("&Political calendar…"), self)
        self.political_action.triggered.connect(self._political_calendar)
        meeting_menu.addAction(self.political_action)
        meeting_menu.addSeparator()
        from dirdesk.gui.dialogs.board_settings import open_board_settings

        self.board_settings_action = QAction(self.tr("&Settings of {board}…").format(
            board=self.ctx.board, owner=genitive(self.ctx.board)), self)
        self.board_settings_action.triggered.connect(lambda: open_board_settings(self.ctx, self))
        meeting_menu.addAction(self.board_settings_action)
        meeting_menu.addAction(self.plan_pane.row_actions.periods_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.half_year_action = QAction(self.tr("&Half-year in the forward plan"), self)
        self.half_year_action.setCheckable(True)
        self.half_year_action.setShortcut(QKeySequence("Ctrl+H"))
        self.half_year_action.setChecked(self.ctx.settings.half_year)
        self.half_year_action.toggled.connect(self.plan_pane.set_half_year)
        view_menu.addAction(self.half_year_action)
        view_menu.addAction(self.plan_dock.toggleViewAction())
        view_menu.addAction(self.search_dock.toggleViewAction())
        view_menu.addAction(self.followups_dock.toggleViewAction())
        self.agenda_action = QAction(self.tr("&Agenda"), self)
        self.agenda_action.setShortcut(QKeySequence("Ctrl+1"))
        self.agenda_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.live_action = QAction(self.tr("&Minutes (live)"), self)
        self.live_action.setShortcut(QKeySequence("Ctrl+2"))
        self.live_action.triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        view_menu.addAction(self.agenda_action)
        view_menu.addAction(self.live_action)
        self.layout_keeper.add_actions(view_menu)  # Mødeoplysninger, Nulstil layout

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About dirdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from dirdesk import __version__

        QMessageBox.about(self, self.tr("About dirdesk"), self.tr(
            "dirdesk {version}\n\nAgenda, minutes and forward plan of the board.").format(
                version=__version__))

    # --- meetings -----------------------------------------------------------------------------

    def open_meeting(self, date: dt.date) -> None:
        from PySide6.QtWidgets import QMessageBox

        try:
            self.document.open(self.ctx.board, date)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the meeting"), shown(exc))
            return
        self.ctx.settings.last_meeting = date
        self._keep_snapshot()
        self._focus_changed(None, self.focusWidget())  # the plan in front stays the one undone

    def _keep_snapshot(self) -> None:  # the meeting shown, shown at once next time (gui.preview)
        if self.snapshot_of is not None:
            from dirdesk.gui.preview import keep_snapshot

            keep_snapshot(self.snapshot_of[0], self.document.meeting)

    def open_start_meeting(self) -> None:
        """Open the meeting of last time, or else the next coming one, or the latest.

        Asked of the database date by date (a few index seeks), not by listing every meeting:
        the start must not grow with the years of meetings behind it."""
        meetings, board = self.ctx.meetings, self.ctx.board
        last = self.ctx.settings.last_meeting
        if last is not None and meetings.dates_with_items(
                board, after=last - dt.timedelta(days=1), before=last + dt.timedelta(days=1)):
            self.open_meeting(last)
            return
        found = (meetings.dates_with_items(board, after=self.ctx.today - dt.timedelta(days=1))[:1]
                 or meetings.dates_with_items(board, last=1))
        if found:
            self.open_meeting(found[0])

    def _update_title(self, _initiator: object = None) -> None:
        meeting = self.document.meeting
        if meeting is None:
            self.setWindowTitle(self.tr("dirdesk – {board}").format(board=self.ctx.board))
        else:
            from dirdesk.gui.editing.state import status_text

            self.setWindowTitle(self.tr("dirdesk – {board}, {date} · {status}").format(
                board=meeting.board, date=date_in_sentence(meeting.date), status=status_text(meeting)))

    NEXT_STEP = {  # by MeetingStatus value
        "planned": QT_TRANSLATE_NOOP("MainWindow", "Mark the agenda as &issued"),
        "agenda_issued": QT_TRANSLATE_NOOP("MainWindow", "Mark the meeting as &held"),
        "held": QT_TRANSLATE_NOOP("MainWindow", "Mark the minutes as &signed…"),
    }

    def _update_meeting_actions(self, _initiator: object = None) -> None:
        meeting = self.document.meeting
        self.history_action.setEnabled(meeting is not None)
        step = None if meeting is None else self.NEXT_STEP.get(meeting.status.value)
        self.next_status_action.setEnabled(step is not None)
        self.next_status_action.setText(self.tr(str(step)) if step else
                                        self.tr("Mark as &next step"))

    def advance_status(self, *, confirm: bool = True) -> None:
        """Agenda issued → held → minutes signed; signing asks first."""
        from PySide6.QtWidgets import QMessageBox

        from dirdesk.domain.model import MeetingStatus, StatusError, next_status

        meeting = self.document.meeting
        if meeting is None:
            return
        try:
            status = next_status(meeting.status)
        except StatusError:
            return
        if status is MeetingStatus.MINUTES_SIGNED and confirm and QMessageBox.question(
                self, self.tr("Sign the minutes"), self.tr(
                    "Mark the minutes of {date} as signed by the members? After this, a change "
                    "makes a new version.").format(date=date_in_sentence(meeting.date))
        ) != QMessageBox.StandardButton.Yes:
            return
        self.document.set_status(status)

    def show_history(self) -> None:
        if self.document.meeting is not None:
            self.document.flush()
            from dirdesk.gui.dialogs.meeting import HistoryDialog

            HistoryDialog(self.ctx, self.document.meeting, self).exec()

    def _export_calendar(self) -> None:
        from dirdesk.gui.dialogs.calendar import export_meeting_calendar

        export_meeting_calendar(self.ctx, self)

    def _political_calendar(self) -> None:
        from dirdesk.gui.dialogs.calendar import show_political_calendar

        show_political_calendar(self.ctx, self)

    def export_meeting(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        from dirdesk.gui.dialogs.export import ExportDialog

        if self.document.meeting is None:
            QMessageBox.information(self, self.tr("Export"), self.tr("Open a meeting first."))
            return
        self.document.flush()
        focused = QApplication.focusWidget()
        ExportDialog(self.ctx, self.document.meeting, self).exec()
        # After the dialog and its "Open it now?" the keyboard is back where it was.
        self.activateWindow()
        if focused is not None and self.isAncestorOf(focused):
            focused.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # --- layout (kept and restored by dirdesk/gui/layout.py) --------------------------------

    def screens(self) -> str:
        """The set of screens the layout is kept for (see ``settings.screen_key``)."""
        return current_screens()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._attached:
            self.layout_keeper.shown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._attached:  # closed while the database was being opened: nothing to keep
            super().closeEvent(event)
            return
        self.document.flush()
        from dirdesk.gui.dialogs.meeting import close_unsaved

        if self.document.has_unsaved and not close_unsaved(self):  # the user keeps it open
            event.ignore()
            return
        self._keep_snapshot()
        self.layout_keeper.save()
        super().closeEvent(event)

