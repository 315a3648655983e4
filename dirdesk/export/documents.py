"""The two document kinds: DAGSORDEN (the agenda) and REFERAT (the minutes, with decisions)."""

from __future__ import annotations

from dirdesk.domain.danish import numeric_date
from dirdesk.domain.model import AgendaItem
from dirdesk.export import proceedings
from dirdesk.export.base import Styles
from dirdesk.export.exporter import MeetingExporter
from dirdesk.export.wordml import Story


class AgendaExporter(MeetingExporter):
    """DAGSORDEN: the items as they will be treated, without decisions."""

    kind_label = "DAGSORDEN"
    kind_name = "Dagsorden"


class MinutesExporter(MeetingExporter):
    """REFERAT: each item followed by ``Beslutning i <board> den DD-MM-YYYY`` and the decision."""

    kind_label = "REFERAT"
    kind_name = "Referat"
    signed_by_members = True

    def after_item(self, story: Story, number: int, item: AgendaItem) -> None:
        proceedings.write_absences(self, story, number)  # inhabilitet, members away
        if not (item.decision and item.decision.strip()):
            return
        story.paragraph(self.sid(Styles.DECISION_HEADING),
                        f"Beslutning i {self.meeting.board} den {numeric_date(self.meeting.date)}")
        self.text.write(story, item.decision, self.sid(Styles.DECISION))

    def after_items(self, story: Story) -> None:
        if self.internal:
            proceedings.write_time_use(self, story)
