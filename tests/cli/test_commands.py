"""The command line as a user runs it: import, dump, demo, and every kind of bad input."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dirdesk.cli import main
from tests.conftest import fixture_files
from tests.domain.test_interchange import minimal


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """dirdesk in its own process, as a user or a script starts it."""
    return subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120)


def write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def content_digest(url: str) -> str:
    """A checksum of every row of every table: equal digests mean nothing changed."""
    from sqlalchemy import MetaData, create_engine, select

    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in sorted(meta.sorted_tables, key=lambda t: t.name):
            digest.update(table.name.encode())
            for row in conn.execute(select(table).order_by(*table.primary_key.columns or table.columns)):
                digest.update(repr(tuple(row)).encode())
    engine.dispose()
    return digest.hexdigest()


def test_import_then_dump_gives_the_file_back(tmp_path: Path, db_url: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path / "m.json", minimal())
    assert main(["import", str(source), "--db", db_url]) == 0
    said = capsys.readouterr().out
    assert "Imported the meeting of Direktionen on 2025-01-29: 4 items" in said
    out = tmp_path / "out.json"
    assert main(["dump", "2025-01-29", "-o", str(out), "--db", db_url]) == 0
    dumped = json.loads(out.read_text(encoding="utf-8"))
    assert dumped["items"][3]["attachments"][0]["doc_no"] == "20408/25"
    assert dumped["forward_plan"]["undated"] == ["Regeringens lovprogram"]
    assert "Mødelokale 250, rådhuset" in out.read_text(encoding="utf-8")  # not \u-escaped


@pytest.mark.parametrize("fixture", fixture_files(), ids=lambda p: p.stem)
def test_every_fixture_round_trips(fixture: Path, tmp_path: Path, db_url: str) -> None:
    from tests.normalise import normalised

    assert main(["import", str(fixture), "--db", db_url]) == 0
    out = tmp_path / "dump.json"
    assert main(["dump", json.loads(fixture.read_text())["date"], "-o", str(out),
                 "--db", db_url]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == normalised(
        json.loads(fixture.read_text(encoding="utf-8")))


def test_there_are_three_reference_fixtures() -> None:
    assert [p.name for p in fixture_files()] == [
        "direktionen-2023-11-22-dagsorden.json", "direktionen-2024-11-13-referat.json",
        "direktionen-2025-01-29-referat.json"]


def test_import_fills_the_live_forward_plan_without_duplicates(tmp_path: Path, db_url: str) -> None:
    from dirdesk.storage.database import Database
    from dirdesk.storage.repository import PlanRepository

    source = write(tmp_path / "m.json", minimal())
    assert main(["import", str(source), "--db", db_url]) == 0
    assert main(["import", str(source), "--db", db_url, "--replace"]) == 0
    import datetime as dt
    with Database(db_url) as db, db.session() as s:
        plan = PlanRepository(s).plan("Direktionen", dt.date(2025, 1, 29))
    assert [(m.date, [p.text for p in m.points]) for m in plan.meetings] == [
        (dt.date(2025, 2, 5), ["Ny model for sygefravær"])]
    assert [p.text for p in plan.undated] == ["Regeringens lovprogram"]


BAD: list[tuple[str, Any, str]] = [
    ("malformed", '{"format": "dirdesk-meeting/1", "board": }', "not valid JSON: Expecting value (line 1, column 42)"),
    ("wrong version", {**minimal(), "format": "dirdesk-meeting/2"}, 'format: unknown format "dirdesk-meeting/2"'),
    ("no such date", {**minimal(), "date": "2025-02-29"}, 'date: "2025-02-29" is not a date that exists'),
    ("bad time", {**minimal(), "start": "25:99"}, 'start: "25:99" is not a time of day'),
    ("typo", {**minimal(), "items": [{"title": "a", "attachments": [{"docno": "1"}]}]},
     'items[0].attachments[0]: unknown property "docno"'),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_file_one_message_exit_2_nothing_changed(name: str, content: Any, message: str,
                                                     tmp_path: Path, db_url: str) -> None:
    write(tmp_path / "good.json", minimal())
    assert main(["import", str(tmp_path / "good.json"), "--db", db_url]) == 0
    before = content_digest(db_url)
    bad = tmp_path / "bad.json"
    if isinstance(content, str):
        bad.write_text(content, encoding="utf-8")
    else:
        write(bad, content)
    result = run("import", str(bad), "--db", db_url)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"dirdesk: {bad}: {message}"] or (
        result.stderr.startswith(f"dirdesk: {bad}: {message}"))
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert content_digest(db_url) == before


def test_duplicate_meeting_date_is_refused_without_replace(tmp_path: Path, db_url: str) -> None:
    first = write(tmp_path / "a.json", minimal())
    assert main(["import", str(first), "--db", db_url]) == 0
    before = content_digest(db_url)
    changed = minimal()
    changed["items"][0]["title"] = "Et andet punkt"
    second = write(tmp_path / "b.json", changed)
    result = run("import", str(second), "--db", db_url)
    assert result.returncode == 2
    assert result.stderr.strip() == ("dirdesk: Direktionen already has a meeting on 2025-01-29; "
                                     "use --replace to replace it")
    assert content_digest(db_url) == before
    assert run("import", str(second), "--db", db_url, "--replace").returncode == 0
    assert content_digest(db_url) != before


def test_unreadable_paths(tmp_path: Path, db_url: str) -> None:
    missing = run("import", str(tmp_path / "nope.json"), "--db", db_url)
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"dirdesk: {tmp_path / 'nope.json'}: cannot read: No such file or directory"
    folder = run("import", str(tmp_path), "--db", db_url)
    assert folder.returncode == 2 and "cannot read: it is a folder" in folder.stderr


def test_a_database_that_cannot_be_opened(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not sqlite" * 1000)
    write(tmp_path / "m.json", minimal())
    result = run("import", str(tmp_path / "m.json"), "--db", f"sqlite:///{junk}")
    assert result.returncode == 2
    assert result.stderr.startswith(f"dirdesk: {junk}: cannot open the database: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert junk.read_bytes() == b"not sqlite" * 1000


def test_dump_of_a_day_without_meeting_and_a_bad_date(db_url: str) -> None:
    assert run("dump", "2025-06-04", "--db", db_url).stderr.strip() == \
        "dirdesk: there is no meeting on 2025-06-04"
    bad = run("dump", "2025-13-01", "--db", db_url)
    assert bad.returncode == 2
    assert bad.stderr.strip() == "dirdesk: 2025-13-01: not a date that exists (expected YYYY-MM-DD)"


def test_dump_does_not_replace_a_good_file_when_it_fails(tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "keep.json"
    out.write_text("old content", encoding="utf-8")
    assert run("dump", "2030-01-01", "-o", str(out), "--db", db_url).returncode == 2
    assert out.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir() if p.name != "dirdesk.sqlite3" and
            not p.name.startswith("dirdesk.sqlite3-")] == ["keep.json"]


def test_danish_locale_gets_danish_messages(tmp_path: Path, db_url: str) -> None:
    bad = write(tmp_path / "bad.json", {**minimal(), "start": "25:99"})
    result = run("import", str(bad), "--db", db_url, env={"LANG": "da_DK.UTF-8"})
    assert result.stderr.strip() == f'dirdesk: {bad}: start: "25:99" er ikke et klokkeslæt (TT:MM, 00:00 til 23:59)'


def test_no_display_says_so_instead_of_aborting(db_url: str) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "dirdesk", "--db", db_url],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("dirdesk: no display:")
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    # The command that works, on the same database (not the default one).
    assert f"xvfb-run -a {sys.executable} -m dirdesk --db {db_url}" in result.stderr


def test_usage_errors_exit_2() -> None:
    result = run("export", "2025-01-29")
    assert result.returncode == 2 and "--as" in result.stderr


def test_the_demo_ships_the_reference_fixtures() -> None:
    from dirdesk import paths

    shipped = sorted((paths.resources_dir() / "demo").glob("*.json"))
    assert [p.name for p in shipped] == [p.name for p in fixture_files()]
    for ours, fixture in zip(shipped, fixture_files(), strict=True):
        assert ours.read_bytes() == fixture.read_bytes(), ours.name


def test_demo_fills_a_database_with_the_references_and_a_coming_meeting(db_url: str,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", db_url]) == 0
    assert "3 reference meetings" in capsys.readouterr().out
    assert main(["demo", "--db", db_url]) == 0  # again: the same database, nothing doubled
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    with Database(db_url) as db:
        summaries = MeetingService(db).summaries("Direktionen")
        import datetime as dt
        coming = [s for s in summaries if s.date >= dt.date.today() and s.item_count]
        assert len(coming) == 1
        assert len([s for s in summaries if s.date > coming[0].date]) >= 8
        plan = MeetingService(db).get(dt.date(2024, 11, 13))
        assert len(plan.items) == 4


def test_export_from_a_file_and_from_the_database(tmp_path: Path, db_url: str) -> None:
    import docx

    fixture = fixture_files()[-1]
    from_file = tmp_path / "fil.docx"
    result = run("export", str(fixture), "--as", "referat", "-o", str(from_file))
    assert result.returncode == 0, result.stderr
    assert main(["import", str(fixture), "--db", db_url]) == 0
    from_db = tmp_path / "db.docx"
    assert main(["export", "2025-01-29", "--as", "referat", "-o", str(from_db), "--db", db_url]) == 0

    def text(path: Path) -> list[str]:
        return [p.text for p in docx.Document(str(path)).paragraphs]

    assert text(from_file) == text(from_db)
    assert "Beslutning i Direktionen den 29-01-2025" in text(from_db)


def test_export_to_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "x.docx"
    result = run("export", str(fixture_files()[-1]), "--as", "dagsorden", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"dirdesk: {target}: cannot write")
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_keeps_a_good_file_when_the_source_is_bad(tmp_path: Path) -> None:
    good = tmp_path / "referat.docx"
    assert run("export", str(fixture_files()[-1]), "--as", "referat", "-o", str(good)).returncode == 0
    before = good.read_bytes()
    bad = write(tmp_path / "bad.json", {**minimal(), "start": "25:99"})
    result = run("export", str(bad), "--as", "referat", "-o", str(good))
    assert result.returncode == 2 and "25:99" in result.stderr
    assert good.read_bytes() == before


def test_the_specification_names_every_command_and_option() -> None:
    # docs/interchange.md is the command line's public description: a command or option added
    # to the program without it (or one it describes that the program dropped) fails here.
    import argparse
    import re

    from dirdesk.cli import _parser

    spec = (Path(__file__).resolve().parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `dirdesk ?([a-z]*)([^`]*)` \|", spec, flags=re.M)
    documented = {command: set(re.findall(r"--?[a-z][a-z-]*", rest)) for command, rest in rows}
    parser = _parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))

    def options(p: argparse.ArgumentParser) -> set[str]:
        return {s for a in p._actions for s in a.option_strings if s not in ("-h", "--help", "--version")}

    program = {"": options(parser), **{name: options(p) for name, p in sub.choices.items()}}
    short = {"-o"}  # the table writes "-o OUT"; the program has "-o" and "--output"
    assert {c: f - short for c, f in documented.items()} == {c: f - short - {"--output"} for c, f in program.items()}
