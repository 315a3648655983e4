"""The meeting file format: exact faults for bad files, canonical output, schema agreement."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from dirdesk.catalogue import danish
from dirdesk.domain.interchange import MeetingFileError, meeting_document, read_meeting

# The format's public definition, docs/meeting.schema.json: the reader must agree with it.
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "meeting.schema.json"


def minimal() -> dict[str, Any]:
    return {
        "format": "dirdesk-meeting/1", "board": "Direktionen", "date": "2025-01-29",
        "start": "09:00", "end": "13:00", "location": "Mødelokale 250, rådhuset",
        "members": [{"title": "Kommunaldirektør", "name": "Jonas Kroustrup"}],
        "items": [
            {"title": "Beslutningsprotokoller og dagsordener"},
            {"title": "Sager til behandling og tidsplan",
             "sections": [{"heading": "Sagsgang", "text": "DIR"}, {"insert": "schedule"}]},
            {"title": "Evaluering af Nytårskur 2025", "attachments": [{"closed": True}]},
            {"title": "Udmøntningsplan", "journal_no": "00.30.10.S00", "case_no": "24/7615",
             "attachments": [{"title": "Udmøntningsplan 2025-2028", "doc_no": "20408/25"}],
             "decision": "Direktionen besluttede …"},
        ],
        "schedule": [{"start": "09:00", "title": "Beslutningsprotokoller", "item": 1},
                     {"start": "13:00", "title": "Mødet afsluttes"}],
        "forward_plan": {"rows": [{"date": "2025-02-05", "points": ["Ny model for sygefravær"]},
                                  {"date": None, "note": "Jule- og nytårslukket"}],
                         "undated": ["Regeringens lovprogram"]},
    }


def paths_of(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path (keys and indexes) of every node of a JSON document, the root's () first."""
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found += paths_of(child, prefix + (key,))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += paths_of(child, prefix + (i,))
    return found


def fault(doc: Any) -> str:
    with pytest.raises(MeetingFileError) as info:
        read_meeting(json.dumps(doc, ensure_ascii=False).encode())
    return str(info.value)


def with_change(path: list[Any], value: Any, delete: bool = False) -> dict[str, Any]:
    doc = minimal()
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return doc


@pytest.mark.parametrize(("path", "value", "message"), [
    (["items", 3, "attachments", 0, "docno"], "1", 'items[3].attachments[0]: unknown property "docno"'),
    (["format"], "dirdesk-meeting/2", 'format: unknown format "dirdesk-meeting/2"; expected "dirdesk-meeting/1"'),
    (["date"], "2025-02-30", 'date: "2025-02-30" is not a date that exists'),
    (["date"], "29-01-2025", 'date: "29-01-2025" is not a date (YYYY-MM-DD)'),
    (["start"], "25:99", 'start: "25:99" is not a time of day (HH:MM, 00:00 to 23:59)'),
    (["schedule", 1, "start"], "9.00", 'schedule[1].start: "9.00" is not a time of day'),
    (["end"], "08:00", 'end: end "08:00" is before start "09:00"'),
    (["items", 0, "title"], "", "items[0].title: must not be empty"),
    (["items", 2, "closed"], "ja", "items[2].closed: expected true or false, found a string"),
    (["items", 1, "sections", 1, "insert"], "plan", 'items[1].sections[1].insert: "plan" is not an insert'),
    (["items", 1, "sections", 0], {"heading": "Sagsgang"}, 'items[1].sections[0]: missing required property "text"'),
    (["schedule", 0, "item"], 9, "schedule[0].item: refers to item 9, but the meeting has 4 items"),
    (["schedule", 0, "item"], 0, "schedule[0].item: 0 is less than 1"),
    (["forward_plan", "rows", 1, "date"], "2025-02-05", "forward_plan.rows[1].date: date 2025-02-05 is already in the plan (rows[0])"),
    (["members", 0], {"title": "Direktør"}, 'members[0]: missing required property "name"'),
    (["members"], {"name": "x"}, "members: expected an array, found an object"),
    (["items", 3, "decision"], "Beslutning\u0000", "items[3].decision: contains a NUL character"),
    (["items", 1, "sections", 0, "text"], "\u0000", "items[1].sections[0].text: contains a NUL character"),
])
def test_each_fault_names_its_place(path: list[Any], value: Any, message: str) -> None:
    assert fault(with_change(path, value)).startswith(message)


def test_missing_required_top_level_property() -> None:
    assert fault(with_change(["location"], None, delete=True)) == 'missing required property "location"'


def test_not_json_and_not_utf8() -> None:
    with pytest.raises(MeetingFileError, match=r"not valid JSON: .* \(line 1, column 2\)"):
        read_meeting(b"{oops}")
    with pytest.raises(MeetingFileError, match="not UTF-8 text: byte 0xf8 at position 12"):
        read_meeting('{"board": "Møde"}'.encode("latin-1"))
    with pytest.raises(MeetingFileError, match='property "board" given twice'):
        read_meeting(b'{"board": "a", "board": "b"}')


def test_danish_wording_of_a_fault() -> None:
    with pytest.raises(MeetingFileError) as info:
        read_meeting(json.dumps(with_change(["items", 3, "attachments", 0, "docno"], 1)).encode())
    assert info.value.problem.text(danish()) == 'items[3].attachments[0]: ukendt egenskab "docno"'


def test_output_is_canonical_with_defaults_and_valid_against_the_schema() -> None:
    doc = meeting_document(read_meeting(json.dumps(minimal()).encode()))
    assert doc["absent"] == [] and doc["items"][0]["closed"] is False
    assert doc["items"][0]["sections"] == [] and doc["items"][0]["decision"] is None
    assert doc["items"][2]["attachments"] == [{"title": None, "closed": True, "doc_no": None}]
    assert doc["forward_plan"]["rows"][1] == {"date": None, "note": "Jule- og nytårslukket",
                                              "cancelled": False, "points": []}
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc)


def test_reader_and_schema_agree_on_mutations() -> None:
    # Every single-property removal or type change the schema rejects, the reader rejects too.
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    base = minimal()
    cases = 0

    def walk(node: Any, path: list[Any]) -> None:
        nonlocal cases
        keys = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) \
            if isinstance(node, list) else []
        for key, child in keys:
            for replacement in (42, "x", None, [], {}, True):
                doc = copy.deepcopy(base)
                target: Any = doc
                for k in path:
                    target = target[k]
                target[key] = replacement
                schema_ok = validator.is_valid(doc)
                try:
                    read_meeting(json.dumps(doc).encode())
                    reader_ok = True
                except MeetingFileError:
                    reader_ok = False
                # The reader may be stricter (semantic checks), never looser.
                assert not (reader_ok and not schema_ok), (path + [key], replacement)
                cases += 1
            walk(child, path + [key])

    walk(base, [])
    assert cases > 300


def full() -> dict[str, Any]:
    """``minimal()`` with every optional property of the format given a value."""
    doc = minimal()
    doc["absent"] = [{"title": "Direktør", "name": "Kim Bruun"}]
    doc["schedule"][0]["text"] = "Borgmester deltager under behandlingen."
    doc["schedule"][0]["public_text"] = True
    doc["forward_plan"]["rows"][0].update(note="Kim Bruun deltager ikke på mødet", cancelled=True)
    name = doc["members"][0]["name"]
    doc["items"][0].update(guests=[{"name": "Bettina Andersen", "role": "Økonomichef"}],
                           away=[name], inhabil=[name], arrives=["Kim Bruun"], leaves=[name],
                           started="09:05")
    doc["items"][0]["sections"] = [{"insert": "follow_ups"}]
    doc["finished"] = "12:40"
    return doc


def test_writer_writes_every_property_of_the_schema_and_no_other() -> None:
    # The schema in docs/ and the code must not drift apart either way: a property the
    # writer adds without the schema, or one the schema names that the writer drops, fails.
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    doc = meeting_document(read_meeting(json.dumps(full()).encode()))
    written: dict[str, set[str]] = {}

    def resolve(node: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        ref = node.get("$ref", "")
        name = ref.rsplit("/", 1)[-1]
        return (name, schema["$defs"][name]) if ref else ("", node)

    def walk(value: Any, node: dict[str, Any], name: str) -> None:
        if "$ref" in node:
            name, node = resolve(node)
        if "oneOf" in node:  # a section: the branch whose required properties are present
            branch = next(b for b in node["oneOf"] if set(b["required"]) <= set(value))
            walk(value, branch, f"{name}/{'+'.join(branch['required'])}")
            return
        if isinstance(value, dict) and "properties" in node:
            written.setdefault(name, set()).update(value)
            for key, child in value.items():
                walk(child, node["properties"][key], "")
        elif isinstance(value, list) and "items" in node:
            for child in value:
                walk(child, node["items"], "")

    walk(doc, schema, "meeting")
    expected = {"meeting": set(schema["properties"])}
    for name, node in schema["$defs"].items():
        if "properties" in node:
            expected[name] = set(node["properties"])
        for branch in node.get("oneOf", []):
            expected[f"{name}/{'+'.join(branch['required'])}"] = set(branch["properties"])
    assert written == expected


def test_the_meeting_as_it_ran_round_trips_and_an_old_file_reads_unchanged() -> None:
    old = read_meeting(json.dumps(minimal()).encode())
    assert all(not item.participation and item.started is None for item in old.items)
    assert old.finished is None
    assert "guests" not in json.dumps(meeting_document(old))  # the old file, as it was written
    ran = read_meeting(json.dumps(full()).encode())
    first = ran.items[0]
    assert first.participation.guests[0].display == "Bettina Andersen (Økonomichef)"
    assert first.participation.inhabil == ("Jonas Kroustrup",)
    assert first.started == dt.time(9, 5) and ran.finished == dt.time(12, 40)
    again = read_meeting(json.dumps(meeting_document(ran)).encode())
    assert again == ran and again.items[0].participation == first.participation


def test_a_participant_who_is_not_a_member_is_named_with_its_place() -> None:
    doc = minimal()
    doc["items"][1]["inhabil"] = ["Ukendt Person"]
    assert fault(doc) == 'items[1].inhabil[0]: "Ukendt Person" is not a member or absentee of the meeting'
    doc = minimal()
    doc["items"][0]["guests"] = [{}]
    assert fault(doc) == "items[0].guests[0]: must not be empty"
