"""The REFERAT's forward plan: the plan as it stands after the meeting, not when it was issued.

A DAGSORDEN prints the forward plan as it stood when the agenda was issued (its snapshot). By
the time the REFERAT is written the meeting may have cancelled a later date and postponed
points (to the next meeting, to a named date, to awaiting a date): those decisions are in the
live plan, so the REFERAT's plan block is taken from there, and the secretariat is shown what
changed against the snapshot before the document is written (it may keep the old one).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from dirdesk.domain.danish import short_date
from dirdesk.domain.forward_plan import ForwardPlan
from dirdesk.domain.model import ForwardPlanSnapshot, Meeting

DEFAULT_MEETINGS = 3  # coming meetings an agenda shows, as the draft of a new agenda does


@dataclass(frozen=True, slots=True)
class PlanRefresh:
    """The meeting's plan snapshot and the one the live plan gives now."""

    old: ForwardPlanSnapshot | None
    new: ForwardPlanSnapshot

    @property
    def changed(self) -> bool:
        return self.old != self.new

    def changes(self) -> list[str]:
        """What the new plan block says differently, in Danish, one line each."""
        old_lines = _lines(self.old) if self.old is not None else []
        new_lines = _lines(self.new)
        gone = [f"Udgår: {line}" for line in old_lines if line not in new_lines]
        added = [f"Nyt: {line}" for line in new_lines if line not in old_lines]
        return gone + added


def _lines(plan: ForwardPlanSnapshot) -> list[str]:
    lines = []
    for row in plan.rows:
        when = short_date(row.date) if row.date is not None else (row.note or "")
        if row.date is not None and row.cancelled:
            lines.append(f"{when}: {row.note or 'Aflyst'}")
            continue
        if row.date is not None and row.note:
            lines.append(f"{when}: {row.note}")
        if row.date is None and not row.points:
            lines.append(when)
        lines.extend(f"{when}: {point}" for point in row.points)
    lines.extend(f"Afventer dato: {point}" for point in plan.undated)
    return lines


def shown_meetings(plan: ForwardPlanSnapshot | None) -> int:
    """How many coming meetings (not cancelled) a plan block shows."""
    if plan is None:
        return DEFAULT_MEETINGS
    return sum(1 for row in plan.rows if row.date is not None and not row.cancelled) or DEFAULT_MEETINGS


def refresh_plan(meeting: Meeting, live: ForwardPlan) -> PlanRefresh:
    """The plan block after ``meeting``: the live plan's next meetings, as many as it showed."""
    new = live.snapshot(meeting.date, count=shown_meetings(meeting.forward_plan))
    return PlanRefresh(meeting.forward_plan, new)


def with_plan(meeting: Meeting, refresh: PlanRefresh) -> Meeting:
    return dataclasses.replace(meeting, forward_plan=refresh.new)

