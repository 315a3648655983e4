"""Limits one database has hold for both; adding many plan points takes linear time."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

from dirdesk.cli import main
from dirdesk.domain.interchange import MAX_TEXT_BYTES, read_meeting
from dirdesk.services.meetings import MeetingService
from dirdesk.storage.database import Database
from tests.cli.test_commands import run, write
from tests.conftest import fixture_files
from tests.domain.test_interchange import minimal


def test_a_section_too_long_for_the_search_index_is_refused_on_both(db_url: str,
                                                                     tmp_path: Path) -> None:
    # 1.5 MB: "string is too long for tsvector" on PostgreSQL, stored silently by SQLite.
    doc = minimal()
    doc["items"][1]["sections"][0]["text"] = "Økonomiudvalget behandler sagen. " * 45_000
    bad = write(tmp_path / "long.json", doc)
    result = run("import", str(bad), "--db", db_url)
    assert result.returncode == 2
    size = len(doc["items"][1]["sections"][0]["text"].encode())
    assert result.stderr.strip() == (
        f"dirdesk: {bad}: items[1].sections[0].text: is {size} bytes long (UTF-8); the search index "
        f"holds at most {MAX_TEXT_BYTES} in one text")


def test_a_text_at_the_limit_imports_into_both(db_url: str, tmp_path: Path) -> None:
    doc = minimal()
    doc["items"][3]["decision"] = "Grænsetilfælde " + _distinct_short_words(MAX_TEXT_BYTES - 20)
    assert main(["import", str(write(tmp_path / "m.json", doc)), "--db", db_url]) == 0
    with Database(db_url) as db:
        assert [h.kind for h in MeetingService(db).search("grænsetilfælde")] == ["decision"]


def _distinct_short_words(size: int) -> str:
    """Different words, shortest first: what fills PostgreSQL's tsvector fastest per byte."""
    import itertools
    import string

    letters = string.ascii_lowercase + string.digits
    words: list[str] = []
    length = 0
    for n in itertools.count(2):
        for chars in itertools.product(letters, repeat=n):
            if length + n + 1 > size:
                return " ".join(words)
            words.append("x" + "".join(chars) if chars[0].isdigit() else "".join(chars))
            length += len(words[-1]) + 1
    raise AssertionError


def test_a_decision_pasted_in_the_window_beyond_the_limit_is_saved_on_both(db: Database) -> None:
    service = MeetingService(db)
    meeting = service.import_meeting(read_meeting(fixture_files()[-1].read_bytes())).meeting
    item = meeting.items[3]
    # 1.6 MB of distinct words: too long for a tsvector, so PostgreSQL refused the save.
    text = "Grænseprøveord " + " ".join(f"ord{i}" for i in range(200_000))
    service.set_decision(meeting.board, meeting.date, item.uid, text, base=item.decision)
    assert service.get(meeting.date).items[3].decision == text  # kept whole
    assert [h.kind for h in service.search("grænseprøveord")] == ["decision"]  # indexed, cut


def _import_seconds(url: str, undated: int) -> float:
    meeting = read_meeting(json.dumps(minimal()).encode())
    plan = dataclasses.replace(meeting.forward_plan,  # type: ignore[type-var]
                               undated=tuple(f"Sag nummer {i}" for i in range(undated)))
    with Database(url) as db:
        start = time.perf_counter()
        MeetingService(db).import_meeting(dataclasses.replace(meeting, forward_plan=plan))
        return time.perf_counter() - start


def test_points_awaiting_a_date_import_in_linear_time(tmp_path: Path) -> None:
    # Each point was added after loading all the points before it: 4,000 took 99 s.
    small = min(_import_seconds(f"sqlite:///{tmp_path / f'a{i}.sqlite3'}", 150) for i in range(2))
    large = _import_seconds(f"sqlite:///{tmp_path / 'b.sqlite3'}", 1500)
    assert large < 30 * small, (small, large)


def test_a_moved_grid_row_writes_the_grid_in_one_statement(db_url: str) -> None:
    """A grid move saves the grid rows in one INSERT, whatever rows lack a text or an item
    (a row without them was left out of the others' batch: 21 INSERTs for a 30-row grid), and
    the grid reads back as it was saved."""
    from sqlalchemy import event

    from dirdesk.domain import grid

    reference = read_meeting(fixture_files()[-1].read_bytes())
    with Database(db_url) as db:
        service = MeetingService(db)
        base = service.save(reference)
        assert len({(s.text is None, s.item is None) for s in base.schedule}) > 1
        inserts: list[str] = []
        event.listen(db.engine, "before_cursor_execute",
                     lambda _c, _cur, statement, *_rest: inserts.append(statement)
                     if statement.startswith("INSERT INTO schedule_slots") else None)
        moved = grid.move_row(base, 1, 3)
        stored = service.save(moved, base=base)
        assert len(inserts) == 1
        assert service.get(moved.date, moved.board).schedule == moved.schedule
        assert stored.revision == base.revision + 1
