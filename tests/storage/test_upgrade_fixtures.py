"""Databases of every earlier released schema open in today's program with every row kept.

``tests/fixtures/databases/schema-XXXX.sqlite3`` are made once per released schema by
``make_fixtures.py`` beside them and never remade: they stand for the files users have.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import alembic.op
import pytest
from sqlalchemy.exc import OperationalError

from dirdesk.cli import main
from dirdesk.domain.model import Insert, InsertKind, MeetingStatus, Section
from dirdesk.storage.database import Database, DatabaseError, head_revision
from dirdesk.storage.repository import BoardRepository, MeetingRepository, PlanRepository

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
RELEASED = ["0001", "0002", "0003", "0004", "0005"]


def test_there_is_a_fixture_for_every_schema_before_the_current_one() -> None:
    from tests.storage.test_migrations import REVISIONS

    assert head_revision() == REVISIONS[-1]
    assert sorted(p.name for p in FIXTURES.glob("schema-*.sqlite3")) == [
        f"schema-{r}.sqlite3" for r in REVISIONS[:-1]]


def copy_of(revision: str, tmp_path: Path) -> Path:
    target = tmp_path / "dirdesk.sqlite3"
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite3", target)
    return target


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'")]
        result = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    conn.close()
    return result


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def dump_digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def integrity(path: Path) -> tuple[str, list[object]]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        conn.close()


@pytest.mark.parametrize("revision", RELEASED)
def test_fixture_has_rows_in_every_table_of_its_schema(revision: str) -> None:
    found = counts(FIXTURES / f"schema-{revision}.sqlite3")
    assert revision_of(FIXTURES / f"schema-{revision}.sqlite3") == revision
    assert found.pop("alembic_version") == 1
    assert found and all(found.values()), found
    assert ("meeting_events" in found) == (revision >= "0002")


@pytest.mark.parametrize("revision", RELEASED)
def test_upgrade_keeps_every_row_and_the_meeting_reads_back(revision: str, tmp_path: Path) -> None:
    path = copy_of(revision, tmp_path)
    before = counts(path)
    with Database(f"sqlite:///{path}") as db:
        backup = db.backup_path
        with db.session() as s:
            meeting = MeetingRepository(s).get("Direktionen", dt.date(2025, 1, 29))
            history = MeetingRepository(s).history("Direktionen", dt.date(2025, 1, 29))
            board = BoardRepository(s).get("Direktionen")
            plan = PlanRepository(s).plan("Direktionen", dt.date(2025, 1, 29))
            planned = MeetingRepository(s).get("Direktionen", dt.date(2025, 3, 5))
    after = counts(path)
    assert revision_of(path) == head_revision()
    assert {t: after[t] for t in before} == before  # every row of every table kept
    assert integrity(path) == ("ok", [])

    assert meeting is not None and board is not None and planned is not None
    assert meeting.status is MeetingStatus.MINUTES_SIGNED and meeting.revision == 7
    assert meeting.version == 1  # the column 0003 added, with its default
    assert [i.title for i in meeting.items] == [
        "Beslutningsprotokoller og dagsordener", "Sager til behandling og tidsplan",
        "Personalesag", "Gennemgang af portefølje"]
    assert [i.decision for i in meeting.items][0] == "Godkendt."
    assert meeting.items[3].decision == (
        "Direktionen besluttede …\n\n- Økonomichef Bettina Andersen følger op.")
    closed = meeting.items[2]
    assert (closed.closed, closed.journal_no, closed.case_no) == (True, "81.00.00.G01", "25/1234")
    assert [(a.title, a.closed, a.doc_no) for a in closed.attachments] == [
        ("Fortroligt notat", True, "99999/25")]
    assert meeting.items[1].sections == (
        Section("Sagsfremstilling", "Direktionen har følgende punkter til behandling:"),
        Insert(InsertKind.SCHEDULE))
    assert meeting.items[0].uid == "a" * 32
    assert [(s.start, s.item) for s in meeting.schedule] == [
        (dt.time(9, 0), 1), (dt.time(10, 30), 3), (dt.time(11, 0), None), (dt.time(13, 0), None)]
    # 0004: the row of the closed item is closed (it stays closed if ever unlinked).
    assert [s.closed for s in meeting.schedule] == [False, True, False, False]
    assert not any(s.public_text for s in meeting.schedule)  # the column 0005 added: closed
    assert [p.display for p in meeting.members] == [
        "Kommunaldirektør Jonas Kroustrup", "Velfærdsdirektør Lene Mehlsen Thomsen"]
    assert [p.name for p in meeting.absent] == ["Kim Bruun Nielsen"]
    assert meeting.forward_plan is not None
    assert meeting.forward_plan.undated == ("Regeringens lovprogram",)
    assert [r.cancelled for r in meeting.forward_plan.rows] == [False, True, False]

    assert [m.name for m in board.members][0] == "Jonas Kroustrup"
    assert [(s.title, s.closed) for s in board.standing_items] == [
        ("Beslutningsprotokoller og dagsordener", False), ("Personalesager", True)]
    assert [(m.date, [p.text for p in m.points], m.cancelled) for m in plan.meetings] == [
        (dt.date(2025, 2, 5), ["Ny model for sygefravær"], False),
        (dt.date(2025, 2, 12), [], True),
        (dt.date(2025, 3, 5), ["Drøftelse af centralt budget"], False)]
    assert plan.meetings[0].note == "Kim Bruun Nielsen deltager ikke på mødet."
    assert [p.text for p in plan.undated] == [
        "Regeringens lovprogram", "Status på digitaliseringsstrategien"]
    assert [p.label for p in plan.closed_periods] == ["Jule- og nytårslukket"]
    assert [i.title for i in planned.items] == ["Beslutningsprotokoller og dagsordener"]
    assert [kind for _at, kind, _who, _detail in history] == (
        ["imported", "changed", "signed"] if revision >= "0002" else [])

    # The copy taken before the upgrade is the old database, whole.
    assert backup is not None and backup.name.startswith(f"dirdesk.sqlite3.before-upgrade-{revision}-")
    assert revision_of(backup) == revision
    assert counts(backup) == before
    assert integrity(backup) == ("ok", [])


@pytest.mark.parametrize("revision", RELEASED)
def test_an_upgrade_that_fails_half_way_leaves_the_old_database(
        revision: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy_of(revision, tmp_path)
    before, digest = counts(path), dump_digest(path)

    # 0003 adds a column and creates its tables, then sets up the search index with
    # op.execute: fail there, as a full disk would, after half the schema has changed.
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("CREATE VIRTUAL TABLE search_fts …", {},
                               sqlite3.OperationalError("database or disk is full"))

    # From 0003 the only step left is 0004's new column: fail there.
    monkeypatch.setattr(alembic.op, "add_column" if revision >= "0003" else "execute", disk_full)
    with pytest.raises(DatabaseError, match="cannot open the database: database or disk is full"):
        Database(f"sqlite:///{path}")
    monkeypatch.undo()

    # Nothing of the half-done upgrade is left: same schema, same rows, same revision.
    assert revision_of(path) == revision
    assert dump_digest(path) == digest
    assert integrity(path) == ("ok", [])
    backups = list(tmp_path.glob("dirdesk.sqlite3.before-upgrade-*.bak"))
    assert len(backups) == 1
    assert revision_of(backups[0]) == revision and counts(backups[0]) == before
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT title FROM items WHERE closed = 1").fetchone() == ("Personalesag",)
    conn.close()

    # The next start upgrades it.
    Database(f"sqlite:///{path}").close()
    assert revision_of(path) == head_revision()
    assert {t: n for t, n in counts(path).items() if t in before} == before


def test_a_database_from_a_newer_program_is_refused_by_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """(``test_database.py`` checks the refusal itself; this is what a user sees.)"""
    path = copy_of("0002", tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = path.read_bytes()
    assert main(["dump", "2025-01-29", "--db", f"sqlite:///{path}"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"dirdesk: {path}: the database was made by a newer version of dirdesk (schema 9999); "
        f"this program knows schemas up to {head_revision()}. Install the newer dirdesk to open it."]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dirdesk.sqlite3"]  # no backup, no WAL


def test_upgrade_on_postgresql_keeps_every_row(postgres_admin_url: str | None) -> None:
    """The 0002 fixture's rows, copied into a PostgreSQL database at 0002, then upgraded."""
    if postgres_admin_url is None:
        pytest.skip("no PostgreSQL server here")
    from sqlalchemy import MetaData, create_engine, func, select, text

    from tests import postgres
    from tests.storage.test_migrations import upgrade_to

    source = create_engine(f"sqlite:///{FIXTURES / 'schema-0002.sqlite3'}")
    with postgres.fresh_database(postgres_admin_url) as url:
        upgrade_to(url, "0002")
        engine = create_engine(url)
        old, new = MetaData(), MetaData()
        old.reflect(source)
        new.reflect(engine)
        before: dict[str, int] = {}
        with source.connect() as src, engine.begin() as dst:
            for table in new.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(r._mapping) for r in src.execute(select(old.tables[table.name]))]
                dst.execute(table.insert(), rows)
                before[table.name] = len(rows)
                if "id" in table.c:
                    dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                     f"(SELECT max(id) FROM {table.name}))"))
        source.dispose()
        assert all(before.values())

        with Database(url) as db, db.session() as s:
            meeting = MeetingRepository(s).get("Direktionen", dt.date(2025, 1, 29))
            plan = PlanRepository(s).plan("Direktionen", dt.date(2025, 1, 29))
        assert meeting is not None and meeting.items[2].closed and meeting.version == 1
        assert meeting.items[3].decision is not None and "Bettina" in meeting.items[3].decision
        assert [p.text for p in plan.undated][0] == "Regeringens lovprogram"
        after = MetaData()
        after.reflect(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert {t: conn.execute(select(func.count()).select_from(after.tables[t])).scalar_one()
                    for t in before} == before
        engine.dispose()
