"""Search reads only the newest of a common word's entries, each typed word spelled out as the
index's words that begin with it: the same hits as reading every entry of the typed prefixes,
whatever order the meetings were written and rewritten in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import Meeting
from dirdesk.services.meetings import MeetingService
from dirdesk.storage import search_repository
from dirdesk.storage.database import Database
from tests.conftest import fixture_files

# All of a word's entries, in the order the search promises: what the search must equal.
EVERY_HIT = ("SELECT m.date, e.item_uid, e.kind, e.text FROM search_fts "
             "JOIN search_entries e ON e.id = search_fts.rowid JOIN meetings m ON m.id = e.meeting_id "
             "LEFT JOIN items i ON i.meeting_id = e.meeting_id AND i.uid = e.item_uid "
             "WHERE search_fts MATCH ? ORDER BY m.date DESC, i.position, e.id LIMIT ?")
WORDS = ["direktionen", "økonomi", "budget", "sag", "direktionen budget", "b", "ß"]
DATES = [dt.date(2024, 1, 3) + dt.timedelta(weeks=w) for w in range(12)]


def template() -> Meeting:
    return read_meeting(fixture_files()[-1].read_bytes())


class NewestHits(RuleBasedStateMachine):
    """Meetings added and saved again in any order (ids then follow no date order); after each
    step every word, at several limits and probe sizes, finds what reading every entry finds."""

    @initialize()
    def open(self) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="dirdesk-search-")
        self.db = Database(f"sqlite:///{Path(self.folder.name) / 'dirdesk.sqlite3'}")
        self.service = MeetingService(self.db)
        self.base = template()
        self.held: list[dt.date] = []

    @rule(date=st.sampled_from(DATES))
    def add(self, date: dt.date) -> None:
        if date not in self.held:
            self.service.import_meeting(dataclasses.replace(self.base, date=date, forward_plan=None))
            self.held.append(date)

    @rule(data=st.data())
    def save_again(self, data: st.DataObject) -> None:
        if self.held:  # a rewrite gives the meeting's entries new, highest ids
            date = data.draw(st.sampled_from(self.held))
            meeting = self.service.get(date)
            items = list(meeting.items)
            items[0] = dataclasses.replace(items[0], title=items[0].title + " budget")
            self.service.save(dataclasses.replace(meeting, items=tuple(items)))

    @invariant()
    def same_hits_as_reading_every_entry(self) -> None:
        if not hasattr(self, "db"):
            return
        raw = sqlite3.connect(self.db.sqlite_path)  # type: ignore[arg-type]
        try:
            for word in WORDS:
                match = search_repository.fts5_query(word)
                for limit in (1, 5, 40):
                    expected = [(dt.date.fromisoformat(d), u, k, t)
                                for d, u, k, t in raw.execute(EVERY_HIT, (match, limit))]
                    # A word's forms spelled out, or (at most one form listed) matched as a prefix.
                    for probe, forms in ((0, 16), (3, 1), (500, 16)):
                        with pytest.MonkeyPatch.context() as patch:
                            patch.setattr(search_repository, "WALK_FROM", probe)
                            patch.setattr(search_repository, "MAX_FORMS", forms)
                            hits = search_repository.search_sqlite(raw, word, limit)
                        assert [(h.date, h.item_uid, h.kind, h.text) for h in hits] == expected, (
                            word, limit, probe, forms)
        finally:
            raw.close()

    def teardown(self) -> None:
        if hasattr(self, "db"):
            self.db.close()
            self.folder.cleanup()


TestNewestHits = NewestHits.TestCase
TestNewestHits.settings = settings(max_examples=12, stateful_step_count=8, deadline=None)
