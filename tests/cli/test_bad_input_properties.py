"""Bad meeting files through the real command line: one clear message, exit 2, nothing changed.

Hypothesis mutates valid meeting files (the minimal one and the three reference fixtures) in
memory: wrong types, missing and unknown properties, nasty text, dates and times out of range,
duplicates, invalid UTF-8 and BOMs, deep nesting, megabytes of text. Each file goes through
``dirdesk import`` and ``dirdesk export`` (the two commands that read a meeting file) by
``dirdesk.cli.main`` in this process, and a handful through a real ``python -m dirdesk``.

The oracle is the reader itself (``read_meeting``, tested on its own in
``tests/domain/test_interchange_properties.py``): where it finds a fault the command must print
exactly that fault, on one line, after the file's name, exit 2 and leave the database content
and the existing output file as they were; where the file is valid the command must succeed
(exit 0) and the database hold exactly the meeting the file describes.

The database is compared by a SHA-256 of ``sqlite3``'s ``iterdump()`` (schema and every row),
not of the file's bytes: opening a WAL database and closing it again may checkpoint and rewrite
pages without changing any content, which is not a change a user can see, while any row added,
changed or removed is.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dirdesk.cli import main
from dirdesk.domain.interchange import MeetingFileError, Problem, meeting_document, read_meeting
from tests.conftest import fixture_files
from tests.domain.test_interchange import minimal, paths_of

# --- the files mutated -----------------------------------------------------------------------

BASES: list[dict[str, Any]] = [minimal()] + [
    json.loads(p.read_text(encoding="utf-8")) for p in fixture_files()]


def leaves(doc: Any, want: Callable[[tuple[Any, ...], Any], bool]) -> list[tuple[Any, ...]]:
    found = []
    for path in paths_of(doc)[1:]:
        node: Any = doc
        for key in path:
            node = node[key]
        if want(path, node):
            found.append(path)
    return found


PATHS = [paths_of(b)[1:] for b in BASES]
STRINGS = [leaves(b, lambda _p, v: isinstance(v, str)) for b in BASES]
DATE_OR_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{2}:\d{2})$")
WHENS = [leaves(b, lambda _p, v: isinstance(v, str) and bool(DATE_OR_TIME.match(v))) for b in BASES]

# Placed in a document, then replaced in its JSON text by something json.dumps cannot make.
SENTINEL = "\uE000SENTINEL\uE000"

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=False),
    st.text(max_size=20), st.sampled_from(["", "09:00", "2025-02-05", "ja", "true", "1"]))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8)

nasty_char = st.sampled_from(
    [chr(c) for c in range(1, 32)] + ["\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufeff", "\ufffe",
                                      "\uffff", "\U0010ffff", "\u202e", "\u200b", "æ", "Ø", "\\", '"'])
nasty_text = st.lists(st.one_of(nasty_char, st.text(max_size=3)), max_size=12).map("".join)
# JSON escapes of lone surrogates: valid JSON, but not text any database can store.
surrogate_escape = st.integers(0xD800, 0xDFFF).map(lambda c: f"\\u{c:04x}")
out_of_range = st.sampled_from([
    "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "-001-01-01", "2025-00-10",
    "2025-13-01", "2025-02-29", "2024-02-29", "2025-04-31", "2025-1-5", "25-01-29", "２０２５-01-29",
    "24:00", "23:60", "-1:00", "9:00", "09:00:00", "99:99", "00:00", "23:59", "0900", "٠٩:٠٠",
    "", " 09:00", "2025-01-29T09:00",
])


@st.composite
def structural(draw: st.DrawFn) -> tuple[bytes, tuple[Any, ...] | None]:
    """A base with one property deleted, replaced by any JSON value, or an unknown one added."""
    b = draw(st.integers(0, len(BASES) - 1))
    path = draw(st.sampled_from(PATHS[b]))
    how = draw(st.sampled_from(["delete", "replace", "add", "duplicate"]))
    doc = copy.deepcopy(BASES[b])
    parent: Any = doc
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if how == "delete":
        del parent[key]
    elif how == "replace":
        parent[key] = draw(json_value)
    elif how == "add" and isinstance(parent[key], dict):
        parent[key][draw(st.text(min_size=1, max_size=10))] = draw(json_value)
    elif how == "add" and isinstance(parent, dict):
        parent[draw(st.text(min_size=1, max_size=10))] = draw(json_value)
        path = path[:-1]
    elif isinstance(parent, list):  # duplicate: an item, slot, row or section twice
        parent.insert(key, copy.deepcopy(parent[key]))
    else:  # "add" to a list element that is not an object, or a value twice as a list
        parent[key] = [parent[key], parent[key]]
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode(), path


@st.composite
def textual(draw: st.DrawFn) -> tuple[bytes, tuple[Any, ...] | None]:
    """Nasty text, surrogates, out-of-range dates and times, deep nesting, duplicate keys."""
    b = draw(st.integers(0, len(BASES) - 1))
    doc = copy.deepcopy(BASES[b])
    kind = draw(st.sampled_from(["nasty", "surrogate", "when", "deep", "duplicate_key",
                                 "slot_refs"]))
    if kind == "slot_refs":
        # Several grid rows for one item number, some past the last item, some below 1.
        refs = draw(st.lists(st.integers(-2, len(doc["items"]) + 2), min_size=1, max_size=6))
        doc["schedule"] = [{"start": "09:00", "title": f"Række {i}", "item": r}
                           for i, r in enumerate(refs)]
        return json.dumps(doc).encode(), ("schedule",)
    if kind == "when":
        path = draw(st.sampled_from(WHENS[b]))
        replacement = json.dumps(draw(out_of_range))
    else:
        path = draw(st.sampled_from(STRINGS[b] if kind in ("nasty", "surrogate") else PATHS[b]))
        if kind == "nasty":
            replacement = json.dumps(draw(nasty_text), ensure_ascii=draw(st.booleans()))
        elif kind == "surrogate":
            replacement = '"a' + draw(surrogate_escape) + 'b"'
        elif kind == "deep":
            depth = draw(st.sampled_from([100, 900, 990, 1_000, 5_000, 100_000]))
            opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
            replacement = opener * depth + "1" + closer * depth
        else:  # duplicate_key: the property given again in the same object
            replacement = f'"x", {json.dumps(path[-1])}: "y"'
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    if kind == "duplicate_key" and not isinstance(node, dict):
        return json.dumps(doc).encode(), path  # in an array: the valid file as it is
    node[path[-1]] = SENTINEL
    text = json.dumps(doc, ensure_ascii=False).replace(json.dumps(SENTINEL, ensure_ascii=False),
                                                       replacement)
    return text.encode("utf-8", "surrogatepass"), path


@st.composite
def byte_level(draw: st.DrawFn) -> tuple[bytes, tuple[Any, ...] | None]:
    """Invalid UTF-8, other encodings, BOMs, truncation, a stray byte."""
    b = draw(st.integers(0, len(BASES) - 1))
    data = json.dumps(BASES[b], ensure_ascii=False).encode("utf-8")
    kind = draw(st.sampled_from(["insert", "flip", "truncate", "encoding", "bom"]))
    at = draw(st.integers(0, len(data)))
    if kind == "insert":
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    elif kind == "flip" and at < len(data):
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    elif kind == "truncate":
        data = data[:at]
    elif kind == "encoding":
        data = data.decode("utf-8").encode(draw(st.sampled_from(
            ["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"])), errors="replace")
    elif kind == "bom":
        bom = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xff\xfe",
                                    b"\xfe\xff", b"\x00\x00\xfe\xff"]))
        data = bom + data
    return data, None


bad_file = st.one_of(structural(), textual(), byte_level())


# --- what the command must do ---------------------------------------------------------------

ROOT_CODES = {"json", "utf8", "duplicate_key", "type", "missing", "unknown", "format"}
CROSS_CODES = {"item_ref", "end_before_start", "duplicate_date"}
PLACE = re.compile(r"^[a-z_]+(\[\d+\])*(\.[a-z_]+(\[\d+\])*)*$")


def place_keys(place: str) -> tuple[Any, ...]:
    return tuple(int(i) if i else k for k, i in re.findall(r"([a-z_]+)|\[(\d+)\]", place))


def oracle(data: bytes) -> Problem | dict[str, Any]:
    """The reader's verdict: its fault, or the canonical document of the meeting."""
    try:
        return meeting_document(read_meeting(data))
    except MeetingFileError as exc:
        return exc.problem


def assert_one_clear_message(err: str, file: Path, problem: Problem,
                             mutated: tuple[Any, ...] | None) -> None:
    assert "Traceback" not in err
    assert err.endswith("\n") and err.count("\n") == 1, err[:500]
    assert err.splitlines() == [f"dirdesk: {file}: {problem.text()}"]
    assert len(err) < 400, err
    if problem.path:
        assert PLACE.match(problem.path), problem.path
    else:
        assert problem.code in ROOT_CODES, problem
    if problem.code == "json":
        assert re.search(r"\(line (\d+|\?), column (\d+|\?)\)$", err), err
    if mutated is not None and problem.code not in CROSS_CODES:
        # The place named is where the file was changed, or inside or around it.
        here = place_keys(problem.path)
        n = min(len(here), len(mutated))
        assert here[:n] == mutated[:n], (problem.path, mutated)


def digest(path: Path) -> str:
    """SHA-256 of the database's schema and every row, as sqlite3 dumps them."""
    conn = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for line in conn.iterdump():
            h.update(line.encode("utf-8", "surrogatepass"))
        return h.hexdigest()
    finally:
        conn.close()


class Workspace:
    """One database per test: a pristine copy made once, put back after a successful import."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pristine = folder / "pristine.sqlite3"
        self.db = folder / "dirdesk.sqlite3"
        self.url = f"sqlite:///{self.db}"
        self.file = folder / "meeting.json"
        self.out = folder / "out.docx"
        seed = minimal()
        seed["date"] = "2019-06-05"  # a date no mutation makes: valid files never clash with it
        self.file.write_text(json.dumps(seed), encoding="utf-8")
        assert main(["import", str(self.file), "--db", f"sqlite:///{self.pristine}"]) == 0
        self.pristine_digest = digest(self.pristine)
        self.reset()

    def reset(self) -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.pristine, self.db)

    def stored(self, board: str, date: str) -> dict[str, Any]:
        import datetime as dt

        from dirdesk.services.meetings import MeetingService
        from dirdesk.storage.database import Database

        with Database(self.url) as db:
            return meeting_document(MeetingService(db).get(dt.date.fromisoformat(date), board))


@pytest.fixture
def workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str],
              monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    # What is checked here is reading any file and writing a whole document or nothing; laying
    # each document out in LibreOffice (seconds each) is tested in tests/export/test_travel.py.
    monkeypatch.setenv("DIRDESK_LIBREOFFICE", "none")
    ws = Workspace(tmp_path)
    capsys.readouterr()
    yield ws


COUNTS: dict[str, int] = {}


def check_import(ws: Workspace, capsys: pytest.CaptureFixture[str], data: bytes,
                 mutated: tuple[Any, ...] | None) -> None:
    ws.file.write_bytes(data)
    expected = oracle(data)
    rc = main(["import", str(ws.file), "--db", ws.url])
    out, err = capsys.readouterr()
    if isinstance(expected, Problem):
        COUNTS["import refused"] = COUNTS.get("import refused", 0) + 1
        assert rc == 2, (rc, out, err)
        assert out == ""
        assert_one_clear_message(err, ws.file, expected, mutated)
        assert digest(ws.db) == ws.pristine_digest
    else:
        COUNTS["import accepted"] = COUNTS.get("import accepted", 0) + 1
        assert (rc, err) == (0, ""), err
        assert out.startswith("Imported the meeting of ")
        assert ws.stored(expected["board"], expected["date"]) == expected
        ws.reset()


OLD_OUTPUT = b"an earlier export that must survive a bad source"


def check_export(ws: Workspace, capsys: pytest.CaptureFixture[str], data: bytes,
                 mutated: tuple[Any, ...] | None, kind: str, internal: bool) -> None:
    ws.file.write_bytes(data)
    ws.out.write_bytes(OLD_OUTPUT)
    expected = oracle(data)
    rc = main(["export", str(ws.file), "--as", kind, "-o", str(ws.out),
               *(["--internal"] if internal else [])])
    out, err = capsys.readouterr()
    if isinstance(expected, Problem):
        COUNTS["export refused"] = COUNTS.get("export refused", 0) + 1
        assert rc == 2, (rc, out, err)
        assert out == ""
        assert_one_clear_message(err, ws.file, expected, mutated)
        assert ws.out.read_bytes() == OLD_OUTPUT
    else:
        COUNTS["export accepted"] = COUNTS.get("export accepted", 0) + 1
        # A written published document may carry the check before publishing's warnings.
        warnings = "".join(line for line in err.splitlines(keepends=True)
                           if not line.startswith("Tjek før offentliggørelse: "))
        assert (rc, warnings) == (0, ""), err
        with zipfile.ZipFile(ws.out) as docx:
            assert "word/document.xml" in docx.namelist()
    assert sorted(p.name for p in ws.folder.iterdir() if p.name.startswith(".")) == []


# --- the tests -------------------------------------------------------------------------------

SETTINGS = settings(deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture,
                                           HealthCheck.large_base_example])


IMPORT_CASES = 600
EXPORT_CASES = 500


@settings(SETTINGS, max_examples=IMPORT_CASES)
@given(case=bad_file)
def _import_cases(ws: Workspace, capsys: pytest.CaptureFixture[str],
                  case: tuple[bytes, tuple[Any, ...] | None]) -> None:
    check_import(ws, capsys, *case)


@settings(SETTINGS, max_examples=EXPORT_CASES)
@given(case=bad_file, kind=st.sampled_from(["dagsorden", "referat"]), internal=st.booleans())
def _export_cases(ws: Workspace, capsys: pytest.CaptureFixture[str],
                  case: tuple[bytes, tuple[Any, ...] | None], kind: str, internal: bool) -> None:
    check_export(ws, capsys, *case, kind, internal)


def test_import_of_any_file_is_the_meeting_or_one_clear_fault(
        workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    COUNTS.clear()
    _import_cases(workspace, capsys)
    with capsys.disabled():
        print(f"\n  import: {COUNTS}")
    # Both halves of the either/or were tried, most cases being faults.
    assert COUNTS["import refused"] > COUNTS["import accepted"] > 0


def test_export_of_any_file_is_a_document_or_one_clear_fault(
        workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    COUNTS.clear()
    _export_cases(workspace, capsys)
    with capsys.disabled():
        print(f"\n  export: {COUNTS}")
    assert COUNTS["export refused"] > COUNTS["export accepted"] > 0


HUGE_PLACES = [("board",), ("location",), ("items", 0, "title"), ("items", 3, "decision"),
               ("items", 1, "sections", 0, "text"), ("items", 3, "journal_no"),
               ("members", 0, "name"), ("schedule", 0, "title"), ("forward_plan", "undated", 0)]


@settings(SETTINGS, max_examples=6)
@given(place=st.sampled_from(HUGE_PLACES), megabytes=st.integers(1, 3),
       piece=st.sampled_from(["æøå ", "x", "Linje\n", "**fed** ", "- punkt\n"]),
       command=st.sampled_from(["import", "export"]))
def test_megabytes_of_text_anywhere(workspace: Workspace, capsys: pytest.CaptureFixture[str],
                                    place: tuple[Any, ...], megabytes: int, piece: str,
                                    command: str) -> None:
    doc = minimal()
    node: Any = doc
    for key in place[:-1]:
        node = node[key]
    node[place[-1]] = piece * (megabytes * 1_000_000 // len(piece.encode()))
    data = json.dumps(doc, ensure_ascii=False).encode()
    if command == "import":
        check_import(workspace, capsys, data, place)
    else:
        check_export(workspace, capsys, data, place, "referat", True)


@pytest.mark.parametrize(("name", "value", "message"), [
    ("surrogate", '"Dir\\ud800"', r'board: contains \ud800, half of a UTF-16 pair and not a character'),
    ("long board", json.dumps("B" * 201), "board: is 201 characters long; the database holds at most 200"),
    ("huge number", "1" + "0" * 5000, "not valid JSON: number too long (line 1, column "),
    ("newline key", None, r'unknown property "a\nb"'),
    ("deep", "[" * 100_000 + "]" * 100_000, "not valid JSON: nested too deeply"),
    ("megabyte format", json.dumps("f" * 2_000_000), 'format: unknown format "fffff'),
])
def test_faults_found_by_the_properties(workspace: Workspace, capsys: pytest.CaptureFixture[str],
                                        name: str, value: str | None, message: str) -> None:
    doc = minimal()
    if value is None:
        doc["a\nb"] = 1
        text = json.dumps(doc)
    else:
        where = "format" if name == "megabyte format" else "board"
        doc[where] = SENTINEL
        text = json.dumps(doc, ensure_ascii=False).replace(json.dumps(SENTINEL, ensure_ascii=False), value)
    workspace.file.write_text(text, encoding="utf-8", errors="surrogatepass")
    assert main(["import", str(workspace.file), "--db", workspace.url]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"dirdesk: {workspace.file}: {message}")
    assert err.count("\n") == 1 and len(err) < 400
    assert digest(workspace.db) == workspace.pristine_digest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True,
                          text=True, env={**os.environ}, timeout=120)


SUBPROCESS_CASES = {
    "deep nesting": b'{"format": "dirdesk-meeting/1", "board": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
    "invalid utf-8": json.dumps(minimal(), ensure_ascii=False).encode().replace("ø".encode(), b"\xf8", 1),
    "utf-16 with BOM": json.dumps(minimal()).encode("utf-16"),
    "surrogate escape": json.dumps(minimal()).replace('"Direktionen"', '"\\udc80"', 1).encode(),
    "control characters in a key": json.dumps({**minimal(), "\x1b[2J\u2028x": 1}).encode(),
}


@pytest.mark.parametrize("name", sorted(SUBPROCESS_CASES))
def test_in_a_real_process(name: str, workspace: Workspace) -> None:
    data = SUBPROCESS_CASES[name]
    workspace.file.write_bytes(data)
    problem = oracle(data)
    assert isinstance(problem, Problem)
    workspace.out.write_bytes(OLD_OUTPUT)
    for args in (["import", str(workspace.file), "--db", workspace.url],
                 ["export", str(workspace.file), "--as", "referat", "-o", str(workspace.out)]):
        result = run(*args)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr == f"dirdesk: {workspace.file}: {problem.text()}\n"
        assert result.stdout == ""
    assert digest(workspace.db) == workspace.pristine_digest
    assert workspace.out.read_bytes() == OLD_OUTPUT


def test_length_limits_of_the_reader_are_those_of_the_database() -> None:
    from dirdesk.domain.interchange import MAX_LENGTH
    from dirdesk.storage.tables import Base

    tables = Base.metadata.tables

    def length(table: str, column: str) -> int:
        return int(tables[table].c[column].type.length)  # type: ignore[attr-defined]

    assert {
        "board": length("boards", "name"),
        "location": min(length("boards", "location"), length("meetings", "location")),
        "person": min(length(t, c) for t in ("board_members", "meeting_people")
                      for c in ("title", "name")),
        "number": min(length("items", "journal_no"), length("items", "case_no"),
                      length("attachments", "doc_no")),
        "period": length("closed_periods", "label"),
    } == MAX_LENGTH
