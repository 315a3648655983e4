"""``dirdesk export … --for-member NAME``: the internal copy made for one member leaves out the
closed content of the items they are inhabil in; a name of nobody at the meeting is refused."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dirdesk.domain.interchange import write_meeting
from dirdesk.domain.model import Meeting, Participation, Section
from tests.cli.test_commands import run
from tests.export.office import package_texts
from tests.export.sample import CLOSED_MARKERS, closed_meeting

# The markers of the closed item 3; the other two are of an open item's closed attachment.
ITEM_MARKERS = [m for m in CLOSED_MARKERS if m not in ("ZZATTTITLEMARK", "ZZATTDOCMARK")]
INHABIL = "Jonas Kroustrup"


def inhabil_meeting() -> Meeting:
    m = closed_meeting()
    # The sample's pasted NUL is for the exporter; a meeting file refuses it.
    items = [dataclasses.replace(i, sections=tuple(
        dataclasses.replace(s, text=s.text.replace("\x00", "")) if isinstance(s, Section) else s
        for s in i.sections)) for i in m.items]
    items[2] = dataclasses.replace(items[2], participation=Participation(inhabil=(INHABIL,)))
    return dataclasses.replace(m, items=tuple(items))


@pytest.fixture
def meeting_file(tmp_path: Path) -> Path:
    path = tmp_path / "møde.json"
    path.write_bytes(write_meeting(inhabil_meeting()))
    return path


def everything(path: Path) -> str:
    return "\n".join(package_texts(path).values())


def test_the_copy_for_the_inhabil_member_has_none_of_the_items_closed_content(
        meeting_file: Path, tmp_path: Path) -> None:
    theirs, others = tmp_path / "jonas.docx", tmp_path / "lene.docx"
    # Any case and spacing, with or without the title: as a secretary types it.
    result = run("export", str(meeting_file), "--as", "referat", "--for-member",
                 "kommunaldirektør  jonas kroustrup", "-o", str(theirs))
    assert result.returncode == 0, result.stderr
    assert "internal" in result.stdout and "Kommunaldirektør Jonas Kroustrup" in result.stdout
    found = [(marker, part) for part, text in package_texts(theirs).items()
             for marker in ITEM_MARKERS if marker in text]
    assert found == []
    text = everything(theirs)
    assert "Lukket sag" in text and "Personalesag" in text  # the item is there, without content
    assert "ZZATTTITLEMARK" in text  # still the internal copy: another closed attachment
    assert run("export", str(meeting_file), "--as", "referat", "--for-member",
               "Lene Mehlsen Thomsen", "-o", str(others)).returncode == 0
    assert [m for m in CLOSED_MARKERS if m not in everything(others)] == []


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "C.UTF-8"}, 'dirdesk: --for-member "Jens Hansen": not a member of the meeting of '
                          "2024-11-13 (members: "),
    ({"LANG": "da_DK.UTF-8"}, 'dirdesk: --for-member "Jens Hansen": ikke medlem ved mødet '
                              "2024-11-13 (medlemmer: "),
])
def test_a_name_of_nobody_at_the_meeting_is_one_message_and_exit_2(
        meeting_file: Path, tmp_path: Path, env: dict[str, str], expected: str) -> None:
    target = tmp_path / "x.docx"
    result = run("export", str(meeting_file), "--as", "referat", "--for-member", "Jens Hansen",
                 "-o", str(target), env={"LC_ALL": "", "LC_MESSAGES": "", **env})
    assert result.returncode == 2
    assert result.stderr.startswith(expected), result.stderr
    assert "Jonas Kroustrup" in result.stderr  # who could be meant
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()
