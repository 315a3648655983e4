"""The composition root: paths → logging → database → services → QApplication → window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType
from typing import TYPE_CHECKING

from dirdesk import paths

if TYPE_CHECKING:  # PySide6 and the window are imported when used: the command line needs neither
    from collections.abc import Callable

    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

    from dirdesk.gui.context import AppContext
    from dirdesk.gui.main_window import MainWindow
    from dirdesk.services.meetings import MeetingService
    from dirdesk.services.plan import PlanService

log = logging.getLogger("dirdesk")


class _PasswordsHidden(logging.Formatter):
    """Log lines with the password of any database URL in them shown as ``***``."""

    def format(self, record: logging.LogRecord) -> str:
        from dirdesk.domain.messages import hide_passwords

        return hide_passwords(super().format(record))


def setup_logging() -> None:
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(folder / "dirdesk.log", maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(_PasswordsHidden("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_translators(app: QApplication) -> list[QTranslator]:
    """Danish for our strings and Qt's own (standard buttons read "Gem", "Annuller")."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_da", qt_dir),
                         ("dirdesk_da", str(paths.resources_dir() / "translations"))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return translators


def build_window(db_url: str | None, app: QApplication,
                 window: MainWindow | None = None) -> MainWindow:
    """The main window on the database at ``db_url``, every part wired up.

    ``window``, a ``MainWindow()`` already on the screen, is filled in place; without one a new
    window is made.
    """
    from dirdesk.domain.messages import UserError
    from dirdesk.gui.context import AppContext
    from dirdesk.gui.instance import claim
    from dirdesk.gui.main_window import MainWindow
    from dirdesk.gui.settings import Settings
    from dirdesk.services.board import BoardService
    from dirdesk.services.calendar import CalendarService
    from dirdesk.services.followups import CarryOverService, FollowUpService
    from dirdesk.services.meetings import MeetingService
    from dirdesk.services.plan import PlanService
    from dirdesk.services.political import PoliticalCalendarService
    from dirdesk.storage.database import Database

    db = Database(db_url)
    try:
        lock = None if db.sqlite_path is None else claim(db.sqlite_path)
    except UserError:
        db.close()
        raise
    from dirdesk.services.backup import daily_copy_beside_start

    # At most one copy a day, of the database as found now, written while the window opens.
    daily_copy = daily_copy_beside_start(db.url, Settings().backup_keep_days)
    plan = PlanService(db)
    meetings = MeetingService(db)
    boards = plan.boards()
    # Every service once, here: the panes and dialogs take them from the context.
    services = dict(followups=FollowUpService(db), carry_over=CarryOverService(db),
                    calendar=CalendarService(db), boards=BoardService(db),
                    political=PoliticalCalendarService(db))

    def context(board: str) -> AppContext:
        return AppContext(meetings=meetings, plan=plan, settings=Settings(), board=board,
                          **services)  # type: ignore[arg-type]  # (the keywords above)

    if not isinstance(window, MainWindow):
        window = MainWindow()
    if boards:
        window.attach(context(boards[0]))
    else:  # the first start: the window is built once the welcome has made a board
        _welcome(window, meetings, plan, context)
    # What start-up made lives as long as the window: out of the collector's way, so that a
    # full collection later (~50 ms over all of it) never pauses typing in the meeting.
    gc.freeze()
    # Saves (decisions, and the whole meeting after a structural edit) run on a thread of their
    # own; the window's thread gets Python back from it within a millisecond, not Python's
    # default five (a repaint or a key that needed Python waited that long, again and again).
    sys.setswitchinterval(0.001)
    window.database = db
    window.daily_copy = daily_copy  # running, if a copy is being made
    window.database_lock = lock  # held while the window lives
    return window


def _welcome(window: MainWindow, meetings: MeetingService, plan: PlanService,
             context: Callable[[str], AppContext]) -> None:
    """Show the welcome in ``window``; the board it makes gets the whole window."""
    import datetime as dt

    from dirdesk.gui.welcome import WelcomePane

    welcome = WelcomePane(meetings, plan, dt.date.today(), window)
    window.setCentralWidget(welcome)

    def start(board: str) -> None:
        window.attach(context(board))
        window.open_start_meeting()
        if window.document.meeting is None:  # a new board: its next meeting, to begin on
            _open_next_meeting(window)

    welcome.board_ready.connect(start)


def _open_next_meeting(window: MainWindow) -> None:
    """Open the next planned meeting, its agenda drafted first if it has none (a new board:
    from the standing items, with the board's members)."""
    import datetime as dt

    ctx = window.ctx
    plan = ctx.plan.plan(ctx.board, ctx.today - dt.timedelta(days=1))
    date = next((m.date for m in plan.meetings if not m.cancelled and m.date >= ctx.today), None)
    if date is None:
        return
    if not any(m.date == date and m.item_count for m in ctx.meetings.summaries(ctx.board)):
        ctx.meetings.create_from_plan(ctx.board, date)
        ctx.signals.plan_changed.emit(None)
    window.open_meeting(date)


def run(db_url: str | None) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    setup_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("dirdesk")
    app.setOrganizationName("dirdesk")
    app.setApplicationDisplayName("dirdesk")
    # Ties the window to packaging/linux/dk.dirdesk.Dirdesk.desktop (its icon in the task bar).
    app.setDesktopFileName("dk.dirdesk.Dirdesk")
    app.setWindowIcon(app_icon())
    # Taken out again when run() returns: a test (or a second run) in the same process starts
    # from Qt's own strings and locale.
    locale_before = QLocale()
    translators = install_translators(app)
    sys.excepthook = _show_unexpected_error
    try:
        return _open_and_run(db_url, app)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale_before)


def _open_and_run(db_url: str | None, app: QApplication) -> int:
    """Show the window at once, then open the database into it (SQLAlchemy and the migrations
    take most of a start: the user sees the window meanwhile, not nothing)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from dirdesk.domain.messages import UserError
    from dirdesk.gui.main_window import MainWindow

    window = MainWindow()
    bench = os.environ.get("DIRDESK_BENCH_FIRST_PAINT")
    if bench == "1":
        _exit_on_first_paint(window)
    opened: list[bool] = []

    def open_database() -> None:
        if opened:
            return
        opened.append(True)
        try:
            build_window(db_url, app, window)
        except UserError as exc:
            from PySide6.QtWidgets import QMessageBox

            from dirdesk.gui.wording import shown

            QMessageBox.critical(window, "dirdesk", shown(exc))
            window.hide()
            app.exit(2)
            return
        if window.attached:  # else the welcome is shown: no meeting yet
            window.open_start_meeting()
        if bench in ("meeting", "editable"):  # the open meeting to work on: the tabs' first paint
            central = window.centralWidget()
            if central is not None:
                _exit_on_first_paint(central)
        quit_after = os.environ.get("DIRDESK_QUIT_AFTER_MS")
        if quit_after:  # the package smoke test: open, draw, quit (tests/packaging/test_bundle.py)
            QTimer.singleShot(int(quit_after), app.quit)

    class AfterFirstPaint(QObject):
        def __init__(self, then: Callable[[], None], parent: QObject) -> None:
            super().__init__(parent)
            self.then = then

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.then)  # once the frame is on the screen
            return False

    def show_kept_meeting() -> None:
        """The meeting shown last time, read-only, while the database is being opened."""
        from dirdesk.gui.preview import MeetingPreview, load_snapshot

        meeting = None if opened else load_snapshot(db_url)
        if meeting is None:
            open_database()
            return
        preview = MeetingPreview(meeting, window)
        if bench == "meeting":  # the meeting on the screen
            _exit_on_first_paint(preview)
        preview.installEventFilter(AfterFirstPaint(open_database, preview))
        window.setCentralWidget(preview)

    window.snapshot_of = (db_url,)
    window.installEventFilter(AfterFirstPaint(show_kept_meeting, window))
    QTimer.singleShot(500, open_database)  # a window never exposed (minimised) opens anyway
    window.show()
    try:
        return app.exec()
    finally:
        # The window is closed: the database is free for the next start at once, not only when
        # this process has finished exiting.
        lock = getattr(window, "database_lock", None)
        if lock is not None:
            lock.release()


def app_icon() -> QIcon:
    """The application icon at every size drawn from dirdesk/resources/icons/dirdesk.svg."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(paths.resources_dir() / "icons" / f"dirdesk-{size}.png"))
    return icon


def _exit_on_first_paint(window: QWidget) -> None:
    """Benchmark hook: once ``window`` has first been painted, print the monotonic clock and exit.

    ``benchmarks/run.py`` compares the time from process start to this line with a bare
    QMainWindow started the same way (``DIRDESK_BENCH_FIRST_PAINT=1``: the window's first
    frame; ``=meeting``: the meeting shown in it).
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    def report(painted: float) -> None:
        print(f"DIRDESK_FIRST_PAINT {painted:.6f}", flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                painted = time.monotonic()
                QTimer.singleShot(0, lambda: report(painted))
            return False

    window.installEventFilter(FirstPaint(window))


def _show_unexpected_error(kind: type[BaseException], value: BaseException,
                           tb: TracebackType | None) -> None:
    """An unexpected error: logged, and a dialog with the details to copy; the data is saved."""
    from dirdesk.domain.messages import hide_passwords

    details = hide_passwords("".join(traceback.format_exception(kind, value, tb)))
    log.error("unexpected error\n%s", details)
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("dirdesk")
    box.setText(QApplication.translate(
        "dirdesk", "Something unexpected went wrong. What you have typed is saved.\n\n"
        "Please send the details below to whoever supports dirdesk."))
    box.setDetailedText(details)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()
