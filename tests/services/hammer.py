"""A workstation that edits one meeting as fast as it can (run by test_lost_updates.py).

Each successful save adds one token, printed only after the save returned: the whole
meeting (its note, a structural save) or one decision (the live minute-taker's save). A save
overtaken by another workstation's is retried on a fresh read, as the window does after
"Brug deres version".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys

from dirdesk.services.meetings import DecisionChanged, MeetingChanged, MeetingService
from dirdesk.storage.database import Database


def main() -> None:
    url, worker, rounds, date = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    day = dt.date.fromisoformat(date)
    rng = random.Random(worker)
    conflicts = 0
    with Database(url) as db:
        service = MeetingService(db)
        for n in range(rounds):
            token = f"{worker}-{n}"
            whole = rng.random() < 0.5
            while True:
                meeting = service.get(day, "Direktionen")
                try:
                    if whole:
                        note = f"{meeting.note} {token}" if meeting.note else token
                        service.save(dataclasses.replace(meeting, note=note))
                    else:
                        item = meeting.items[rng.randrange(len(meeting.items))]
                        text = f"{item.decision} {token}" if item.decision else token
                        service.set_decision(meeting.board, day, item.uid, text, base=item.decision)
                    break
                except (MeetingChanged, DecisionChanged):
                    conflicts += 1
            print(f"saved {token}", flush=True)
    print(f"conflicts {conflicts}", flush=True)


if __name__ == "__main__":
    main()
