"""Property tests: whatever a meeting file holds, reading it gives a meeting or one clear fault."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dirdesk.domain.interchange import MeetingFileError, meeting_document, read_meeting
from tests.domain.test_interchange import minimal, paths_of

PATH = re.compile(r"^([a-z_]+(\[\d+\])*(\.[a-z_]+(\[\d+\])*)*: )?\S")

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False),
    st.text(max_size=30), st.sampled_from(["25:99", "09:00", "2025-02-30", "2025-01-29", ""]))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)


BASE = minimal()
ALL_PATHS = paths_of(BASE)[1:]


def mutate(doc: dict[str, Any], path: tuple[Any, ...], how: str, value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    parent: Any = doc
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if how == "delete":
        del parent[key]
    elif how == "replace":
        parent[key] = value
    elif how == "add" and isinstance(parent, dict):
        parent[f"{key}_x"] = value
    return doc


def check(data: bytes) -> None:
    try:
        meeting = read_meeting(data)
    except MeetingFileError as exc:
        text = str(exc)
        assert "\n" not in text and PATH.match(text), text
        assert "Traceback" not in text
        return
    # What is accepted writes out and reads back to the same meeting.
    again = read_meeting(json.dumps(meeting_document(meeting)).encode())
    assert again == meeting


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(ALL_PATHS), how=st.sampled_from(["delete", "replace", "add"]),
       value=json_value)
def test_mutated_files_give_a_meeting_or_one_clear_fault(path: tuple[Any, ...], how: str,
                                                        value: Any) -> None:
    check(json.dumps(mutate(BASE, path, how, value)).encode())


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash_the_reader(data: bytes) -> None:
    check(data)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=200))
def test_any_text_in_a_field_is_kept_exactly(text: str) -> None:
    doc = copy.deepcopy(BASE)
    doc["items"][0]["title"] = text or "x"
    doc["items"][1]["sections"][0]["text"] = text
    meeting = read_meeting(json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    assert meeting.items[0].title == (text or "x")
    assert meeting.items[1].sections[0].text == text  # type: ignore[union-attr]


def test_deep_nesting_is_one_clear_fault() -> None:
    deep = b'{"format": "dirdesk-meeting/1", "board": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    try:
        read_meeting(deep)
    except MeetingFileError as exc:
        assert str(exc).startswith(("board:", "not valid JSON"))
    else:
        raise AssertionError("accepted")
