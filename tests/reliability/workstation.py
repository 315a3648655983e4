"""One workstation of test_many_workstations.py: mixed writes as fast as it can, no retries.

Every write prints ``ack KIND TARGET TOKEN REVISION`` after the service returned, or
``told KIND TARGET TOKEN`` when it was refused with a conflict (a ``UserError`` naming it).
Anything else (a traceback, IntegrityError, "database is locked") ends the process non-zero.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys

from dirdesk.domain.messages import UserError
from dirdesk.domain.model import AgendaItem, Meeting
from dirdesk.services.meetings import (
    DecisionChanged,
    ImportConflict,
    ItemRemoved,
    MeetingChanged,
    MeetingExists,
    MeetingService,
)
from dirdesk.services.plan import NoteChanged, PlanService
from dirdesk.storage.database import Database

BOARD = "Direktionen"
DAY = dt.date(2025, 1, 29)
PLANNED = [dt.date(2025, 2, 5), dt.date(2025, 2, 12), dt.date(2025, 2, 19)]
NEW_BOARD = "Nyt udvalg"
CONFLICTS = (MeetingChanged, DecisionChanged, ItemRemoved, ImportConflict, NoteChanged, MeetingExists)


def replacement(token: str, board: str = BOARD, day: dt.date = DAY) -> Meeting:
    """The meeting file a replace brings: four items, each title naming the import."""
    return Meeting(board=board, date=day, start=dt.time(9), end=dt.time(12), location="Rådhuset",
                   items=tuple(AgendaItem(f"{token} punkt {k}") for k in range(1, 5)))


def main() -> None:
    url, worker, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(worker)
    with Database(url) as db:
        meetings, plan = MeetingService(db), PlanService(db)

        def say(kind: str, target: dt.date | str, token: str, revision: int | None) -> None:
            if revision is None:
                print(f"told {kind} {target} {token}", flush=True)
            else:
                print(f"ack {kind} {target} {token} {revision}", flush=True)

        # All workstations at once: a meeting each into a board that does not exist yet.
        day = dt.date(2025, 3, 3) + dt.timedelta(weeks=int(worker[1:]))
        result = meetings.import_meeting(replacement(f"{worker}-board", NEW_BOARD, day))
        say("board", day, f"{worker}-board", result.meeting.revision)
        for n in range(rounds):
            token = f"{worker}-{n}"
            kind = rng.choice(["replace", "save", "decide", "note", "cancel", "uncancel", "window"])
            target: dt.date = DAY if kind in ("replace", "save", "decide") else rng.choice(PLANNED)
            revision: int | None = None
            try:
                if kind == "replace":
                    revision = meetings.import_meeting(replacement(token), replace=True).meeting.revision
                elif kind in ("save", "window"):  # a window's whole-meeting save of its copy
                    copy = meetings.get(target, BOARD)
                    note = f"{copy.note} {token}" if copy.note else token
                    revision = meetings.save(dataclasses.replace(copy, note=note)).revision
                elif kind == "decide":
                    copy = meetings.get(target, BOARD)
                    item = copy.items[rng.randrange(len(copy.items))]
                    text = f"{item.decision} {token}" if item.decision else token
                    revision = meetings.set_decision(BOARD, target, item.uid, text, base=item.decision)
                elif kind == "note":  # the forward plan's note, based on the note it showed
                    old = meetings.get(target, BOARD).note
                    revision = plan.set_note(BOARD, target, f"{old} {token}" if old else token, base=old)
                elif kind == "cancel":
                    revision = plan.cancel(BOARD, target, f"Aflyst {token}")
                else:
                    revision = plan.uncancel(BOARD, target)
            except CONFLICTS:
                pass
            except UserError as other:
                raise SystemExit(f"{kind} {target} {token}: {other}") from None
            say(kind, target, token, revision)


if __name__ == "__main__":
    main()
