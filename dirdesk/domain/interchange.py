"""The meeting file format ``dirdesk-meeting/1``: reading with exact faults, and writing.

``read_meeting`` checks everything the schema says (and a few things it cannot: an item
reference past the last item, an end before the start, a date twice in the plan) and names the
place of the first fault as a JSON path (``items[3].attachments[0]``). ``meeting_document``
writes the canonical form: every defaulted property present.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

from dirdesk.domain.messages import ENGLISH, Decimal, Language, Message, marked
from dirdesk.domain.model import (
    CLOSED_ROW_TITLE,
    AgendaItem,
    Attachment,
    ForwardPlanSnapshot,
    Guest,
    Insert,
    InsertKind,
    Meeting,
    MeetingStatus,
    Participation,
    Person,
    PlanRow,
    ScheduleSlot,
    Section,
    SectionLike,
)

FORMAT = "dirdesk-meeting/1"

MAX_FILE_BYTES = 20_000_000
"""The largest meeting file read (20 MB): a meeting of 40 items with long texts is well under
1 MB, and a file this size imports in seconds (benchmarks/bounded.py)."""


MAX_TEXT_BYTES = 400_000
"""The longest text (UTF-8 bytes; a section's heading and text together). PostgreSQL's search
index (``tsvector``) holds at most 1,048,575 bytes per text, counting each distinct word and two
bytes for each place it occurs: up to about 2.5 times the text's own size for short distinct
words. 400,000 bytes always fits; SQLite would take more, so a file that imports into one
database imports into the other only with the limit enforced for both."""

MAX_ENTRIES = 5_000
"""The most entries of the file's lists together (items, sections, attachments, grid rows,
members, absentees, plan rows and points): each becomes rows in the database."""

MAX_PLAN_ROWS = 100
"""The most forward-plan rows (two years of weekly meetings): each coming one is a meeting."""


def too_large(source: str, size: int) -> Message:
    """The fault of a file over ``MAX_FILE_BYTES``."""
    return Message("{source}: the file is {size} MB; a meeting file holds at most {limit} MB",
                   source=source, size=Decimal(size / 1_000_000), limit=MAX_FILE_BYTES // 1_000_000)

# ASCII digits only, and nothing after (``$`` would let a trailing newline through, ``\d`` any
# script's digits): exactly the schema's patterns.
_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])", re.ASCII)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)

# Faults in the spec's English, keys of the catalogue (Danish in parts/messages.json);
# ``{…}`` are filled from Problem.args.
_MESSAGES: dict[str, str] = {
    "json": marked("not valid JSON: {detail} (line {line}, column {column})"),
    "utf8": marked("not UTF-8 text: byte {byte} at position {pos}"),
    "type": marked("expected {expected}, found {found}"),
    "missing": marked("missing required property \"{name}\""),
    "unknown": marked("unknown property {name}"),
    "duplicate_key": marked("property {name} given twice"),
    "empty": marked("must not be empty"),
    "file_size": marked("the file is {size} MB; a meeting file holds at most {limit} MB"),
    "text_bytes": marked("is {size} bytes long (UTF-8); the search index holds at most {limit} in "
                         "one text"),
    "entries": marked("the file has more than {limit} entries in its lists (items, sections, "
                      "attachments, grid rows, people, plan rows and points together)"),
    "plan_rows": marked("the forward plan has {count} rows; at most {limit}"),
    "nul": marked("contains a NUL character (\\u0000), which no database can store"),
    "surrogate": marked("contains {value}, half of a UTF-16 pair and not a character"),
    "too_long": marked("is {length} characters long; the database holds at most {limit}"),
    "format": marked("unknown format {value}; expected \"dirdesk-meeting/1\""),
    "date": marked("{value} is not a date (YYYY-MM-DD)"),
    "no_such_date": marked("{value} is not a date that exists"),
    "time": marked("{value} is not a time of day (HH:MM, 00:00 to 23:59)"),
    "insert": marked("{value} is not an insert; expected schedule, forward_plan, undated or follow_ups"),
    "not_member": marked("{value} is not a member or absentee of the meeting"),
    "section": marked("expected a section {{\"heading\", \"text\"}} or an insert {{\"insert\"}}"),
    "minimum": marked("{value} is less than {minimum}"),
    "item_ref": marked("refers to item {value}, but the meeting has {count} items"),
    "end_before_start": marked("end {end} is before start {start}"),
    "duplicate_date": marked("date {value} is already in the plan (rows[{other}])"),
}

_TYPE_NAMES = {
    "object": marked("an object"),
    "array": marked("an array"),
    "string": marked("a string"),
    "boolean": marked("true or false"),
    "integer": marked("an integer"),
    "null": marked("null"),
    "number": marked("a number"),
    "string or null": marked("a string or null"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One fault in a meeting file: where it is (a JSON path) and what it is."""

    path: str
    code: str
    args: tuple[tuple[str, str], ...] = ()

    def text(self, language: Language = ENGLISH) -> str:
        """The fault in ``language``, after the place it is at."""
        values: dict[str, object] = dict(self.args)
        if self.code == "type":
            values = {name: Message(_TYPE_NAMES[str(v)]) for name, v in values.items()}
        text = Message(_MESSAGES[self.code], **values).text(language)
        return f"{self.path}: {text}" if self.path else text

    def __str__(self) -> str:
        return self.text()


class MeetingFileError(ValueError):
    """A meeting file that is not a valid ``dirdesk-meeting/1`` document."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.text())
        self.problem = problem


# A value quoted in a message is cut to this many characters: a fault must stay one readable line
# when the file holds megabytes in the wrong place.
_SHOWN = 80


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


def _fail(path: str, code: str, **args: object) -> NoReturn:
    raise MeetingFileError(Problem(path, code, tuple((k, _shown(v)) for k, v in args.items())))


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _type_fault(path: str, expected: str, value: object) -> NoReturn:
    found = _json_type(value)
    _fail(path, "type", expected=expected, found=found)


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


# Characters json.dumps leaves as they are but a terminal or str.splitlines() takes as control:
# DEL, the C1 controls (NEL, CSI), the Unicode line and paragraph separators, lone surrogates.
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _quote(value: object) -> str:
    """``value`` as JSON on one line, safe to print: every control character escaped."""
    try:
        quoted = json.dumps(value, ensure_ascii=False)
    except RecursionError:  # nested just short of what the parser refuses, quoted a bit deeper
        quoted = "[…]" if isinstance(value, list) else "{…}"
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _text_fault(value: str, path: str) -> None:
    if "\x00" in value:
        _fail(path, "nul")
    surrogate = _SURROGATE.search(value)
    if surrogate:
        _fail(path, "surrogate", value=f"\\u{ord(surrogate.group()):04x}")
    _text_size(value, path)


def _text_size(value: str, path: str) -> None:
    if len(value) * 4 > MAX_TEXT_BYTES and len(value.encode("utf-8")) > MAX_TEXT_BYTES:
        _fail(path, "text_bytes", size=len(value.encode("utf-8")),
              limit=MAX_TEXT_BYTES)


_SURROGATE = re.compile("[\ud800-\udfff]")


# --- reading -------------------------------------------------------------------------------

def parse_json(data: bytes) -> Any:
    """The JSON value in ``data``; faults in the encoding or syntax name line and column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail("", "utf8", byte=f"0x{data[exc.start]:02x}", pos=exc.start)

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for key, value in pairs:
            if key in obj:
                raise _DuplicateKey(_quote(key))
            obj[key] = value
        return obj

    try:
        return json.loads(text, object_pairs_hook=no_duplicates)
    except _DuplicateKey as exc:
        _fail("", "duplicate_key", name=exc.args[0])
    except json.JSONDecodeError as exc:
        _fail("", "json", detail=exc.msg, line=exc.lineno, column=exc.colno)
    except RecursionError:
        _fail("", "json", detail="nested too deeply", line="?", column="?")
    except ValueError:
        # Python refuses to convert an integer of more than sys.get_int_max_str_digits() digits.
        long = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1},}}", text)
        at = long.start() if long else 0
        line = text.count("\n", 0, at) + 1
        _fail("", "json", detail="number too long", line=line, column=at - text.rfind("\n", 0, at))


class _DuplicateKey(Exception):
    pass


def read_meeting(data: bytes) -> Meeting:
    """The meeting in a ``dirdesk-meeting/1`` file's bytes, or ``MeetingFileError``."""
    if len(data) > MAX_FILE_BYTES:
        _fail("", "file_size", size=f"{len(data) / 1_000_000:.1f}", limit=MAX_FILE_BYTES // 1_000_000)
    return meeting_from_document(parse_json(data))


T = TypeVar("T")


def _object(value: object, path: str, required: Sequence[str],
            allowed: Sequence[str]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        _type_fault(path, "object", value)
    for key in value:
        if key not in allowed:
            _fail(path, "unknown", name=_quote(key))
    for key in required:
        if key not in value:
            _fail(path, "missing", name=key)
    return value


def _array(obj: Mapping[str, Any], key: str, path: str,
           each: Callable[[Any, str], T]) -> tuple[T, ...]:
    value = obj.get(key, [])
    here = _join(path, key)
    if not isinstance(value, list):
        _type_fault(here, "array", value)
    return tuple(each(v, _join(here, i)) for i, v in enumerate(value))


def _string(value: object, path: str, non_empty: bool = False) -> str:
    if not isinstance(value, str):
        _type_fault(path, "string", value)
    if non_empty and not value:
        _fail(path, "empty")
    _text_fault(value, path)
    return value


def _opt_string(obj: Mapping[str, Any], key: str, path: str, nullable: bool) -> str | None:
    if key not in obj:
        return None
    value = obj[key]
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        _type_fault(_join(path, key), "string or null" if nullable else "string", value)
    _text_fault(value, _join(path, key))
    return value


# The longest text the database stores in these places (String(n) in dirdesk.storage.tables;
# a test keeps the two in step). SQLite would store more and PostgreSQL refuse it, so a file
# that imports into one imports into the other.
MAX_LENGTH = {"board": 200, "location": 500, "person": 200, "number": 100, "period": 500}


def _limited(value: str | None, path: str, kind: str) -> str | None:
    if value is not None and len(value) > MAX_LENGTH[kind]:
        _fail(path, "too_long", length=len(value), limit=MAX_LENGTH[kind])
    return value


def _bool(obj: Mapping[str, Any], key: str, path: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        _type_fault(_join(path, key), "boolean", value)
    return value


def _time(value: object, path: str) -> dt.time:
    if not isinstance(value, str):
        _type_fault(path, "string", value)
    m = _TIME.fullmatch(value)
    if not m:
        _fail(path, "time", value=_quote(value))
    return dt.time(int(m.group(1)), int(m.group(2)))


def _date(value: object, path: str) -> dt.date:
    if not isinstance(value, str):
        _type_fault(path, "string", value)
    m = _DATE.fullmatch(value)
    if not m:
        _fail(path, "date", value=_quote(value))
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        _fail(path, "no_such_date", value=_quote(value))


def _person(value: object, path: str) -> Person:
    obj = _object(value, path, ("name",), ("name", "title"))
    name = _string(obj["name"], _join(path, "name"), non_empty=True)
    title = _opt_string(obj, "title", path, nullable=False)
    _limited(name, _join(path, "name"), "person")
    _limited(title, _join(path, "title"), "person")
    return Person(name=name, title=title)


def _section(value: object, path: str) -> SectionLike:
    if not isinstance(value, dict):
        _type_fault(path, "object", value)
    if "insert" in value:
        obj = _object(value, path, ("insert",), ("insert",))
        kind = obj["insert"]
        if not isinstance(kind, str) or kind not in InsertKind._value2member_map_:
            _fail(_join(path, "insert"), "insert", value=_quote(kind))
        return Insert(InsertKind(kind))
    if "heading" not in value and "text" not in value:
        _fail(path, "section")
    obj = _object(value, path, ("heading", "text"), ("heading", "text"))
    section = Section(heading=_string(obj["heading"], _join(path, "heading")),
                      text=_string(obj["text"], _join(path, "text")))
    _text_size(f"{section.heading}\n{section.text}", path)  # one text in the search index
    return section


def _attachment(value: object, path: str) -> Attachment:
    obj = _object(value, path, (), ("title", "closed", "doc_no"))
    return Attachment(title=_opt_string(obj, "title", path, nullable=True),
                      closed=_bool(obj, "closed", path),
                      doc_no=_limited(_opt_string(obj, "doc_no", path, nullable=True),
                                      _join(path, "doc_no"), "number"))


def _guest(value: object, path: str) -> Guest:
    obj = _object(value, path, (), ("name", "role"))
    name = _limited(_opt_string(obj, "name", path, nullable=False), _join(path, "name"), "person")
    role = _limited(_opt_string(obj, "role", path, nullable=False), _join(path, "role"), "person")
    if not (name or role):
        _fail(path, "empty")
    return Guest(name or "", role or "")


def _member_name(value: object, path: str) -> str:
    name = _string(value, path, non_empty=True)
    _limited(name, path, "person")
    return name


_PARTICIPATION = ("guests", "away", "inhabil", "arrives", "leaves")


def _participation(obj: Mapping[str, Any], path: str) -> Participation:
    return Participation(
        guests=_array(obj, "guests", path, _guest),
        **{key: _array(obj, key, path, _member_name) for key in _PARTICIPATION[1:]})


def _item(value: object, path: str) -> AgendaItem:
    obj = _object(value, path, ("title",), ("title", "closed", "journal_no", "case_no",
                                            "sections", "attachments", "decision", "started",
                                            *_PARTICIPATION))
    return AgendaItem(
        participation=_participation(obj, path),
        started=_time(obj["started"], _join(path, "started")) if "started" in obj else None,
        title=_string(obj["title"], _join(path, "title"), non_empty=True),
        closed=_bool(obj, "closed", path),
        journal_no=_limited(_opt_string(obj, "journal_no", path, nullable=True),
                            _join(path, "journal_no"), "number"),
        case_no=_limited(_opt_string(obj, "case_no", path, nullable=True),
                         _join(path, "case_no"), "number"),
        sections=_array(obj, "sections", path, _section),
        attachments=_array(obj, "attachments", path, _attachment),
        decision=_opt_string(obj, "decision", path, nullable=True),
    )


def _slot(value: object, path: str) -> ScheduleSlot:
    obj = _object(value, path, ("start", "title"), ("start", "title", "text", "item", "public_text"))
    item: int | None = None
    if "item" in obj:
        raw = obj["item"]
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, bool) or not isinstance(raw, int):
            _type_fault(_join(path, "item"), "integer", raw)
        if raw < 1:
            _fail(_join(path, "item"), "minimum", value=raw, minimum=1)
        item = raw
    return ScheduleSlot(start=_time(obj["start"], _join(path, "start")),
                        title=_string(obj["title"], _join(path, "title"), non_empty=True),
                        text=_opt_string(obj, "text", path, nullable=False),
                        item=item, public_text=_bool(obj, "public_text", path))


def _plan_row(value: object, path: str) -> PlanRow:
    obj = _object(value, path, (), ("date", "note", "cancelled", "points"))
    raw_date = obj.get("date")
    note = _opt_string(obj, "note", path, nullable=False)
    if raw_date is None:  # a closed period: its note becomes the period's label
        _limited(note, _join(path, "note"), "period")
    return PlanRow(
        date=None if raw_date is None else _date(raw_date, _join(path, "date")),
        note=note,
        cancelled=_bool(obj, "cancelled", path),
        points=_array(obj, "points", path, _string),
    )


def _forward_plan(value: object, path: str) -> ForwardPlanSnapshot:
    obj = _object(value, path, (), ("rows", "undated"))
    if isinstance(obj.get("rows"), list) and len(obj["rows"]) > MAX_PLAN_ROWS:
        _fail(_join(path, "rows"), "plan_rows", count=len(obj["rows"]), limit=MAX_PLAN_ROWS)
    rows = _array(obj, "rows", path, _plan_row)
    seen: dict[dt.date, int] = {}
    for i, row in enumerate(rows):
        if row.date is None:
            continue
        if row.date in seen:
            _fail(_join(_join(_join(path, "rows"), i), "date"), "duplicate_date",
                  value=row.date.isoformat(), other=seen[row.date])
        seen[row.date] = i
    return ForwardPlanSnapshot(rows=rows, undated=_array(obj, "undated", path, _string))


def _count_entries(doc: Mapping[str, Any]) -> None:
    """``MAX_ENTRIES`` over the lists of a document read without faults, named at the first
    entry past the limit."""
    count = 0

    def add(values: object, path: str) -> None:
        nonlocal count
        if not isinstance(values, list):
            return
        if count + len(values) > MAX_ENTRIES:
            _fail(f"{path}[{MAX_ENTRIES - count}]", "entries", limit=MAX_ENTRIES)
        count += len(values)

    for key in ("members", "absent", "items", "schedule"):
        add(doc.get(key), key)
    for i, item in enumerate(doc.get("items", [])):
        for key in ("sections", "attachments", *_PARTICIPATION):
            add(item.get(key), f"items[{i}].{key}")
    plan = doc.get("forward_plan") or {}
    add(plan.get("rows"), "forward_plan.rows")
    for i, row in enumerate(plan.get("rows", [])):
        add(row.get("points"), f"forward_plan.rows[{i}].points")
    add(plan.get("undated"), "forward_plan.undated")


_TOP = ("format", "board", "date", "start", "end", "location", "members", "absent", "items",
        "schedule", "forward_plan", "finished")


def meeting_from_document(doc: object) -> Meeting:
    """The meeting a parsed JSON document describes, or ``MeetingFileError`` at its first fault."""
    if not isinstance(doc, dict):
        _type_fault("", "object", doc)
    if "format" in doc and doc["format"] != FORMAT:
        _fail("format", "format", value=_quote(doc["format"]))
    obj = _object(doc, "", ("format", "board", "date", "start", "end", "location", "members",
                            "items"), _TOP)
    board = _string(obj["board"], "board", non_empty=True)
    _limited(board, "board", "board")
    date = _date(obj["date"], "date")
    start = _time(obj["start"], "start")
    end = _time(obj["end"], "end")
    if end < start:
        _fail("end", "end_before_start", end=_quote(obj["end"]), start=_quote(obj["start"]))
    items = _array(obj, "items", "", _item)
    schedule = _array(obj, "schedule", "", _slot)
    for i, slot in enumerate(schedule):
        if slot.item is not None and slot.item > len(items):
            _fail(f"schedule[{i}].item", "item_ref", value=slot.item, count=len(items))
    plan = _forward_plan(obj["forward_plan"], "forward_plan") if "forward_plan" in obj else None
    _count_entries(doc)
    members = _array(obj, "members", "", _person)
    absent = _array(obj, "absent", "", _person)
    names = {p.name for p in (*members, *absent)}
    for i, item in enumerate(items):
        for key in _PARTICIPATION[1:]:
            for j, name in enumerate(getattr(item.participation, key)):
                if name not in names:
                    _fail(f"items[{i}].{key}[{j}]", "not_member", value=_quote(name))
    finished = _time(obj["finished"], "finished") if "finished" in obj else None
    decided = any(item.decision for item in items)
    return Meeting(
        board=board,
        date=date,
        start=start,
        end=end,
        location=_limited(_string(obj["location"], "location"), "location", "location") or "",
        members=members,
        absent=absent,
        items=items,
        schedule=schedule,
        forward_plan=plan,
        finished=finished,
        status=MeetingStatus.HELD if decided else MeetingStatus.AGENDA_ISSUED,
    )


# --- writing -------------------------------------------------------------------------------

def _hhmm(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _person_doc(p: Person) -> dict[str, Any]:
    return {"title": p.title, "name": p.name} if p.title is not None else {"name": p.name}


def _section_doc(s: SectionLike) -> dict[str, Any]:
    if isinstance(s, Insert):
        return {"insert": s.kind.value}
    return {"heading": s.heading, "text": s.text}


def _slot_doc(s: ScheduleSlot, items: Sequence[AgendaItem]) -> dict[str, Any]:
    item = items[s.item - 1] if s.item is not None and 1 <= s.item <= len(items) else None
    if s.closed and not (item is not None and item.closed):
        # The format has no access for a row (a row has its item's): a closed row not linked
        # to a closed item is written as the published documents print it, never as typed.
        # (The same rule as ``export.publish``: the text only where it was marked public.)
        s = ScheduleSlot(s.start, item.title if item else CLOSED_ROW_TITLE,
                         s.text if s.public_text else None, s.item, public_text=s.public_text)
    doc: dict[str, Any] = {"start": _hhmm(s.start), "title": s.title}
    if s.text is not None:
        doc["text"] = s.text
    if s.item is not None:
        doc["item"] = s.item
    if s.public_text:  # written only when set: a file without it reads as before
        doc["public_text"] = True
    return doc


def _row_doc(r: PlanRow) -> dict[str, Any]:
    doc: dict[str, Any] = {"date": r.date.isoformat() if r.date else None}
    if r.note is not None:
        doc["note"] = r.note
    doc["cancelled"] = r.cancelled
    doc["points"] = list(r.points)
    return doc


def _item_doc(item: AgendaItem) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "title": item.title,
        "closed": item.closed,
        "journal_no": item.journal_no,
        "case_no": item.case_no,
        "sections": [_section_doc(s) for s in item.sections],
        "attachments": [
            {"title": a.title, "closed": a.closed, "doc_no": a.doc_no}
            for a in item.attachments
        ],
        "decision": item.decision,
    }
    # The properties of the meeting as it ran are written only where they say something: a
    # meeting without them gives the same file as before they existed.
    p = item.participation
    if p.guests:
        doc["guests"] = [{k: v for k, v in (("name", g.name), ("role", g.role)) if v}
                         for g in p.guests]
    for key in _PARTICIPATION[1:]:
        if getattr(p, key):
            doc[key] = list(getattr(p, key))
    if item.started is not None:
        doc["started"] = _hhmm(item.started)
    return doc


def meeting_document(meeting: Meeting) -> dict[str, Any]:
    """The canonical ``dirdesk-meeting/1`` document of ``meeting``."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "board": meeting.board,
        "date": meeting.date.isoformat(),
        "start": _hhmm(meeting.start),
        "end": _hhmm(meeting.end),
        "location": meeting.location,
        "members": [_person_doc(p) for p in meeting.members],
        "absent": [_person_doc(p) for p in meeting.absent],
        "items": [_item_doc(item) for item in meeting.items],
        "schedule": [_slot_doc(s, meeting.items) for s in meeting.schedule],
    }
    if meeting.forward_plan is not None:
        doc["forward_plan"] = {
            "rows": [_row_doc(r) for r in meeting.forward_plan.rows],
            "undated": list(meeting.forward_plan.undated),
        }
    if meeting.finished is not None:
        doc["finished"] = _hhmm(meeting.finished)
    return doc


def write_meeting(meeting: Meeting) -> bytes:
    """The file bytes of ``meeting``: UTF-8 JSON, two-space indent, Danish letters as they are."""
    text = json.dumps(meeting_document(meeting), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
