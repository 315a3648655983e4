"""What every pane shares: the services, the app-wide signals, the editing machinery, the settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from dirdesk.gui.editing.model import Editing
from dirdesk.gui.settings import Settings
from dirdesk.services.board import BoardService
from dirdesk.services.calendar import CalendarService
from dirdesk.services.followups import CarryOverService, FollowUpService
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.services.political import PoliticalCalendarService
from dirdesk.services.proceedings import ProceedingsService


class AppSignals(QObject):
    """Say what changed and who changed it, so that a pane can skip its own edits.

    ``initiator`` is the object that made the change (a pane), or ``None``.
    """

    meeting_changed = Signal(str, object, object)  # board, date, initiator
    plan_changed = Signal(object)  # initiator
    meeting_opened = Signal(str, object)  # board, date
    status_message = Signal(str)
    followups_changed = Signal(object)  # initiator
    show_item = Signal(str, object, str)  # board, date, item uid: open the meeting at the item


@dataclass
class AppContext:
    """The services are built once (by ``app.build_window``); the ones not given are built here
    on the meetings' database."""

    meetings: MeetingService
    plan: PlanService
    settings: Settings
    signals: AppSignals = field(default_factory=AppSignals)
    editing: Editing = field(default_factory=Editing)
    board: str = "Direktionen"
    today: dt.date = field(default_factory=dt.date.today)
    followups: FollowUpService = None  # type: ignore[assignment]  # built in __post_init__
    carry_over: CarryOverService = None  # type: ignore[assignment]  # built in __post_init__
    calendar: CalendarService = None  # type: ignore[assignment]  # built in __post_init__
    boards: BoardService = None  # type: ignore[assignment]  # built in __post_init__
    political: PoliticalCalendarService = None  # type: ignore[assignment]  # built in __post_init__
    proceedings: ProceedingsService = None  # type: ignore[assignment]  # built in __post_init__

    def __post_init__(self) -> None:
        db = self.meetings.db
        self.followups = self.followups or FollowUpService(db)
        self.carry_over = self.carry_over or CarryOverService(db)
        self.calendar = self.calendar or CalendarService(db)
        self.boards = self.boards or BoardService(db)
        self.political = self.political or PoliticalCalendarService(db)
        self.proceedings = self.proceedings or ProceedingsService(db)
