"""The window's layout between runs: captured when it closes, restored when it opens (per
set of screens), laid out afresh by "Nulstil layout". The window's own code only asks."""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize

from dirdesk.gui.settings import WindowLayout, screen_key

if TYPE_CHECKING:
    from PySide6.QtWidgets import QHeaderView, QMenu, QSplitter

    from dirdesk.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# Qt's window state is saved with this number: a layout saved by a window with other docks is
# not restored (restoreState refuses another version) and the default is used instead.
LAYOUT_VERSION = 1


class Headed:
    """A named table's or tree's header, whose state (column widths, order, sort) is kept."""

    def __init__(self, header: QHeaderView) -> None:
        self._header = header

    def header(self) -> QHeaderView:
        return self._header


def current_screens() -> str:
    from PySide6.QtGui import QGuiApplication

    return screen_key(screen.size() for screen in QGuiApplication.screens())


def share_by_stretch(splitter: QSplitter) -> None:
    """Give a splitter's parts their share of its length by their stretch factors."""
    from PySide6.QtCore import Qt

    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    policies = [w.sizePolicy() for i in range(splitter.count()) if (w := splitter.widget(i))]
    shares = [max(1, p.horizontalStretch() if horizontal else p.verticalStretch())
              for p in policies]
    total = sum(splitter.sizes())
    if total <= 0:
        return
    default_sizes = getattr(splitter, "default_sizes", None)  # a pane's own rule
    if callable(default_sizes):
        splitter.setSizes(default_sizes(total))
    else:
        splitter.setSizes([total * share // sum(shares) for share in shares])



class LayoutKeeper(QObject):
    """Keeps the layout of ``window`` (a MainWindow with its panes and docks)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending_layout: WindowLayout | None = None  # restored once the window is shown
        self._pending_defaults = False  # the default splitter sizes and dock widths, once shown
        self._pending_state = False  # the kept docks' widths, once the docks are laid out
        # A window filled in place (on the screen before its panes came, as at start-up) lets the
        # loop lay out its new docks once before their widths are set; one shown later needs not.
        self._docks_settled = not window.isVisible()
        self._unshared: set[QSplitter] = set()  # never shown since laid out afresh: no sizes yet
        self._default_state = window.saveState(LAYOUT_VERSION)
        self._default_headers: dict[str, QByteArray] = {}

    def add_actions(self, view_menu: QMenu) -> None:
        """Vis ▸ Mødeoplysninger i dagsordenen and Vis ▸ Nulstil layout."""
        from PySide6.QtGui import QAction

        w = self.window
        # The agenda's facts fold away on a low screen; shown again from here (or by dragging).
        w.facts_action = QAction(self.tr("Meeting &facts in the agenda"), w)
        w.facts_action.setCheckable(True)
        w.facts_action.toggled.connect(self._show_facts)
        view_menu.aboutToShow.connect(
            lambda: w.facts_action.setChecked(w.agenda_pane.facts_shown()))
        view_menu.addAction(w.facts_action)
        view_menu.addSeparator()
        w.reset_layout_action = QAction(self.tr("&Reset layout"), w)
        w.reset_layout_action.setToolTip(self.tr(
            "Panes, columns and the window's size as the first time on this screen"))
        w.reset_layout_action.triggered.connect(self.reset)
        view_menu.addAction(w.reset_layout_action)

    def _show_facts(self, shown: bool) -> None:
        self.window.agenda_pane.show_facts(shown)
        if shown:
            self.window.tabs.setCurrentWidget(self.window.agenda_pane)

    def shown(self) -> None:
        """The window is shown: what waited for its real size is applied."""
        if self._pending_layout is not None or self._pending_defaults:
            self._apply_pending()

    def capture(self) -> WindowLayout:
        """The window's whole layout as it is now: geometry, docks, every named splitter and
        every named table's column widths."""
        w = self.window
        from PySide6.QtWidgets import QSplitter

        return WindowLayout(
            w.saveGeometry(), w.saveState(LAYOUT_VERSION),
            {s.objectName(): s.saveState() for s in w.findChildren(QSplitter)
             if s.objectName() and s not in self._unshared},  # never shown: the default again
            {name: view.header().saveState() for name, view in self.headed_views().items()})

    def headed_views(self) -> dict[str, Headed]:
        w = self.window
        from PySide6.QtWidgets import QTableView, QTreeView

        views: dict[str, Headed] = {}
        for view in w.findChildren(QTreeView):
            if view.objectName():
                views[view.objectName()] = Headed(view.header())
        for table in w.findChildren(QTableView):
            if table.objectName():
                views[table.objectName()] = Headed(table.horizontalHeader())
        return views

    def restore(self) -> None:
        """What was left on these screens; the default layout for them if nothing was."""
        w = self.window
        self._default_headers = {name: view.header().saveState()
                                 for name, view in self.headed_views().items()}
        self._default_state = w.saveState(LAYOUT_VERSION)
        layout = w.ctx.settings.layout(w.screens())
        if layout is None or not w.restoreGeometry(layout.geometry):
            self._apply_defaults()
            return
        # A window on the screen already (filled in place at start-up) takes the docks' widths
        # once it has laid out its docks: taken before, under Windows' asynchronous sizing the
        # forward plan and search got a third of the window each and the meeting was squeezed.
        # A window not yet shown takes them now and lays them out with itself.
        self._pending_state = w.isVisible()
        if not self._pending_state:
            w.restoreState(layout.state, LAYOUT_VERSION)
        self._pending_layout = layout
        self._apply_pending()

    def reset(self) -> None:
        """"Nulstil layout": the layout the window has on these screens the first time."""
        w = self.window
        w.ctx.settings.forget_layout(w.screens())
        w.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in (w.plan_dock, w.search_dock, w.followups_dock):
            dock.show()
        w.search_dock.raise_()
        views = self.headed_views()
        for name, state in self._default_headers.items():
            if name in views:
                views[name].header().restoreState(state)
        w.agenda_pane.grid.view.reset_columns()  # its widths follow its width again
        self._apply_defaults()

    NARROW = 1440  # px (Qt's): below this the default layout puts the panes in one column of tabs

    def _apply_defaults(self) -> None:
        w = self.window
        from PySide6.QtCore import QRect

        screen = w.screen().availableGeometry()
        # Designed for 1366x768: a small screen is filled; a large one gets a window of
        # 1600x1000 at most, in its middle. That is the whole window, its title bar and frame
        # included (known once it is on the screen, as at start-up): the inside alone put the
        # title bar above the top of the screen on Windows, out of the mouse's reach.
        size = screen.size().boundedTo(self._default_size())
        frame, inside = w.frameGeometry(), w.geometry()
        w.setGeometry(QRect(screen.topLeft(), size).translated(
            (screen.width() - size.width()) // 2, (screen.height() - size.height()) // 2)
            .adjusted(inside.left() - frame.left(), inside.top() - frame.top(),
                      inside.right() - frame.right(), inside.bottom() - frame.bottom()))
        self._pending_layout = None
        self._pending_defaults = True
        self._apply_pending()

    @staticmethod
    def _default_size() -> QSize:
        from PySide6.QtCore import QSize

        return QSize(1600, 1000)

    def _apply_pending(self) -> None:
        """Splitter sizes and dock widths take only once the window has its real size and its
        docks have been laid out: when it is shown, or, for a window already on the screen
        (filled in place at start-up), once the loop has laid out the docks just added."""
        w = self.window
        if not w.isVisible():
            return
        if not self._docks_settled:
            self._docks_settled = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._apply_pending)
            return
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QSplitter

        self._settle()
        layout, self._pending_layout = self._pending_layout, None
        if layout is not None:
            if self._pending_state:  # (see restore)
                self._pending_state = False
                w.restoreState(layout.state, LAYOUT_VERSION)
                self._settle()
            splitters = {s.objectName(): s for s in w.findChildren(QSplitter)}
            for name, state in layout.splitters.items():
                if name in splitters:
                    splitters[name].restoreState(state)
            views = self.headed_views()
            for name, state in layout.headers.items():
                if name in views:
                    views[name].header().restoreState(state)
            if "gridTable" in layout.headers:  # widths restored are kept, not refitted
                w.agenda_pane.grid.view.keep_columns()
        if self._pending_defaults:
            self._pending_defaults = False
            width = w.width()
            if width < self.NARROW:
                # A laptop's screen: the panes share one column as tabs, the meeting gets the
                # rest (at 1024 px: 240 and 784).
                for dock in (w.search_dock, w.followups_dock):  # tabs of one area only
                    w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
                w.tabifyDockWidget(w.plan_dock, w.search_dock)
                w.tabifyDockWidget(w.search_dock, w.followups_dock)
                w.plan_dock.raise_()
                w.resizeDocks([w.plan_dock], [max(240, width * 22 // 100)],
                                 Qt.Orientation.Horizontal)
            else:
                # The forward plan and the right-hand panes get a fifth of the window each,
                # the meeting the rest (at 1600 px: 352, 288 and 960).
                w.resizeDocks([w.plan_dock, w.search_dock],
                                 [width * 22 // 100, width * 18 // 100],
                                 Qt.Orientation.Horizontal)
            self._settle()
            for splitter in w.findChildren(QSplitter):
                if splitter.isVisible():
                    share_by_stretch(splitter)
                    # Again once the meeting shown has settled the window (its status bar).
                    QTimer.singleShot(0, functools.partial(share_by_stretch, splitter))
                else:  # on a tab not shown: its parts get their shares once it is
                    self._unshared.add(splitter)
                    splitter.installEventFilter(self)
        self._settle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent, QTimer
        from PySide6.QtWidgets import QSplitter

        if (event.type() == QEvent.Type.Show and isinstance(watched, QSplitter)
                and watched in self._unshared):
            self._unshared.discard(watched)
            watched.removeEventFilter(self)
            # Shown now, laid out to its real size a moment later.
            QTimer.singleShot(0, lambda: share_by_stretch(watched))
        return super().eventFilter(watched, event)

    def _settle(self) -> None:
        """Lay out every widget now (sizes are otherwise set on the next pass of the loop)."""
        w = self.window
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QWidget

        for widget in [w, *w.findChildren(QWidget)]:
            if (layout := widget.layout()) is not None:
                layout.activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def save(self) -> None:
        w = self.window
        w.ctx.settings.set_layout(w.screens(), self.capture())
        w.ctx.settings.sync()
        # In the log, for whoever looks into a layout that came back wrong (and make windows).
        frame = w.frameGeometry()
        log.info("Layout kept for the screens %s: window frame %d,%d %dx%d; forward plan %d px, "
                 "search %d px wide", w.screens(), frame.x(), frame.y(), frame.width(),
                 frame.height(), w.plan_dock.width(), w.search_dock.width())

