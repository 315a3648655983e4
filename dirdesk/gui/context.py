"""What every pane shares: the services, the app-wide signals, the editing machinery, the settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from dirdesk.gui.editing import Editing
from dirdesk.gui.settings import Settings
from dirdesk.services.followups import CarryOverService, FollowUpService
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService


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
    meetings: MeetingService
    plan: PlanService
    settings: Settings
    signals: AppSignals = field(default_factory=AppSignals)
    editing: Editing = field(default_factory=Editing)
    board: str = "Direktionen"
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def followups(self) -> FollowUpService:
        return FollowUpService(self.meetings.db)

    @property
    def carry_over(self) -> CarryOverService:
        return CarryOverService(self.meetings.db)
