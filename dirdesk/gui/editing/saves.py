"""What the open meeting's writer thread runs, and what it hands back to the window's thread.

Two kinds of save go to the one writer (``writer.py``), one at a time, in the order made: the
whole meeting after a structural edit (a grid row moved, an item added), and the decisions
typed live since the last save. Their outcomes come back by request id (``document.py``).
Beside them, the small helpers of the open meeting that ``document.py`` uses (a meeting's item
ids, a decision put in place, settling memory once a meeting is shown).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Hashable
from dataclasses import dataclass

from dirdesk.domain.model import Meeting
from dirdesk.services.meetings import DecisionChanged, MeetingService

Written = tuple[list[tuple[str, str | None, int]], DecisionChanged | None]
"""(uid, text, revision) of each decision stored, and the conflict that stopped the rest."""


@dataclass(frozen=True)
class DecisionsJob:
    """Decisions typed since the last save, by item uid, handed to the writer."""

    request: int
    key: Hashable  # the meeting's
    pending: dict[str, str | None]


@dataclass(frozen=True)
class MeetingJob:
    """The whole meeting as shown when it was handed to the writer (typed decisions in it)."""

    request: int
    key: Hashable
    meeting: Meeting
    initiator: object


Job = DecisionsJob | MeetingJob


def write_decisions(meetings: MeetingService, board: str, date: dt.date,
                    pending: dict[str, str | None], bases: dict[str, str | None]) -> Written:
    """On the writer thread: store each decision, based on the text last stored for it. A
    decision someone else changed stops here; the window asks the user about it."""
    written: list[tuple[str, str | None, int]] = []
    for uid, text in pending.items():
        try:
            revision = meetings.set_decision(board, date, uid, text, base=bases[uid])
        except DecisionChanged as conflict:
            return written, conflict
        written.append((uid, text, revision))
    return written, None


def uids(meeting: Meeting) -> list[str]:
    return [item.uid for item in meeting.items]


def with_decision(meeting: Meeting, uid: str, text: str | None, revision: int | None = None) -> Meeting:
    return dataclasses.replace(
        meeting, revision=meeting.revision if revision is None else revision,
        items=tuple(dataclasses.replace(item, decision=text) if item.uid == uid else item
                    for item in meeting.items))


def settle_memory() -> None:
    """Collect now, then keep what is alive out of later collections.

    Python's full collection walks every object the program holds (the window, SQLAlchemy's
    caches, the open meeting): about 50 ms here, at a moment nobody chooses — in the middle
    of typing a decision. Done once when a meeting has been opened, later collections walk
    only what was made since, a millisecond or two.
    """
    gc.collect()
    gc.freeze()
