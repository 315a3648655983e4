"""The documents follow the meeting as it ran: inhabilitet, guests, attendance, Tidsforbrug,
follow-ups; the internal copy for an inhabil member holds none of the item's closed content."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest

from dirdesk.domain.model import (
    FollowUpLine,
    Guest,
    Insert,
    InsertKind,
    Meeting,
    Participation,
    Section,
)
from dirdesk.export import DocumentKind, export_document
from dirdesk.export.proceedings import export_follow_up_list, for_member
from tests.export.conftest import reference_meeting
from tests.export.office import package_texts
from tests.export.sample import CLOSED_MARKERS, closed_meeting, small_meeting

INHABIL = ("Kommunaldirektør Jonas Kroustrup deltog ikke i behandlingen af punktet på grund af "
           "inhabilitet.")
# The markers of the closed item 3; the other two are of an open item's closed attachment.
ITEM_MARKERS = [m for m in CLOSED_MARKERS if m not in ("ZZATTTITLEMARK", "ZZATTDOCMARK")]


def with_item(meeting: Meeting, number: int, **changes: object) -> Meeting:
    items = list(meeting.items)
    items[number - 1] = dataclasses.replace(items[number - 1], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(meeting, items=tuple(items))


def texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_referat_prints_the_inhabilitet_line_under_the_item(tmp_path: Path) -> None:
    m = with_item(small_meeting(), 2, participation=Participation(inhabil=("Jonas Kroustrup",)))
    target = tmp_path / "referat.docx"
    export_document(m, DocumentKind.REFERAT, target)
    lines = texts(target)
    at = lines.index(INHABIL)
    heading = max(i for i, t in enumerate(lines[:at]) if t.startswith(("1. ", "2. ", "3. ")))
    assert lines[heading].startswith("2. ")
    export_document(m, DocumentKind.DAGSORDEN, tmp_path / "dagsorden.docx")
    assert INHABIL not in texts(tmp_path / "dagsorden.docx")  # the agenda is before the meeting


def test_the_internal_copy_for_the_inhabil_member_has_none_of_the_items_closed_content(
        tmp_path: Path) -> None:
    m = with_item(closed_meeting(), 3, participation=Participation(inhabil=("Jonas Kroustrup",)))
    theirs, others = tmp_path / "jonas.docx", tmp_path / "lene.docx"
    export_document(for_member(m, "Jonas Kroustrup"), DocumentKind.REFERAT, theirs, internal=True)
    export_document(for_member(m, "Lene Mehlsen Thomsen"), DocumentKind.REFERAT, others, internal=True)
    parts = package_texts(theirs)
    assert [(k, n) for n, t in parts.items() for k in ITEM_MARKERS if k in t] == []
    everything = "\n".join(package_texts(others).values())
    assert [k for k in CLOSED_MARKERS if k not in everything] == []
    # The rest of the internal copy is still there for them: the other closed attachment.
    assert "ZZATTTITLEMARK" in "\n".join(parts.values())
    assert INHABIL in texts(others)


def test_the_grid_prints_the_guests_entered_once_for_each_item(tmp_path: Path) -> None:
    ref = reference_meeting("direktionen-2025-01-29-referat")
    # The secretariat enters the guests on the items instead of typing them in the grid.
    slots = tuple(dataclasses.replace(s, text=None) if s.item == 4 else s for s in ref.schedule)
    m = with_item(dataclasses.replace(ref, schedule=slots), 4, participation=Participation(
        guests=(Guest("", "Borgmester"), Guest("Bettina Andersen", "Økonomichef"))))
    target = tmp_path / "dagsorden.docx"
    export_document(m, DocumentKind.DAGSORDEN, target)
    grid = docx.Document(str(target)).tables[0]
    row = next(r for r in grid.rows if r.cells[0].text == "10.45")
    assert row.cells[1].text.endswith(
        "Borgmester og økonomichef Bettina Andersen deltager under behandlingen.")
    # A row whose text already says who takes part is not given the line twice.
    typed = next(r for r in grid.rows if r.cells[0].text == "10.30")
    assert typed.cells[1].text.count("deltager under behandlingen") == 1


def test_the_reference_grid_is_printed_from_the_guests_entered_per_item(tmp_path: Path) -> None:
    # Done when: the 2025-01-29 agenda, whose grid names who takes part in each slot, prepared
    # with guests per item instead: its published grid prints their lines from those guests.
    ref = reference_meeting("direktionen-2025-01-29-referat")
    borgmester, bettina = Guest("", "Borgmester"), Guest("Bettina Andersen", "Økonomichef")
    vicki = Guest("Vicki Nygaard", "Specialkonsulent")
    guests = {1: (borgmester,), 3: (borgmester, vicki, Guest("Vivian Voldby",
                                                             "Kommunikationsmedarbejder")),
              4: (borgmester, bettina), 6: (bettina,), 8: (vicki,)}
    slots = tuple(dataclasses.replace(s, text=None) if s.item in guests else s
                  for s in ref.schedule)
    m = dataclasses.replace(ref, schedule=slots)
    for number, who in guests.items():
        m = with_item(m, number, participation=Participation(guests=who))
    target = tmp_path / "dagsorden.docx"
    export_document(m, DocumentKind.DAGSORDEN, target)
    rows = {r.cells[0].text: r.cells[1].text for r in docx.Document(str(target)).tables[0].rows}
    assert rows["9.00"].endswith("\nBorgmester deltager under behandlingen.")
    # Word for word the line the secretariat typed in the reference grid.
    typed = next(s.text for s in ref.schedule if s.item == 3)
    assert rows["10.30"].endswith("\n" + typed)
    assert rows["10.45"].endswith("Borgmester og økonomichef Bettina Andersen deltager under "
                                  "behandlingen.")
    assert rows["11.20"].endswith("Økonomichef Bettina Andersen deltager under behandlingen.")
    assert rows["12.45"].endswith("Specialkonsulent Vicki Nygaard deltager under behandlingen.")
    assert rows["11.05"].endswith("Stabschef Karen Meisner faciliterer punktet.")  # its own text


def test_the_facts_follow_who_came_late_and_left_early(tmp_path: Path) -> None:
    m = small_meeting()
    m = with_item(m, 2, participation=Participation(arrives=("Kim Bruun Nielsen",)))
    m = with_item(m, 1, participation=Participation(leaves=("Lene Mehlsen Thomsen",)))
    m = dataclasses.replace(m, members=m.members[:2])
    target = tmp_path / "referat.docx"
    export_document(m, DocumentKind.REFERAT, target)
    body = "\n".join(texts(target))
    assert "Velfærdsdirektør Lene Mehlsen Thomsen (til og med punkt 1)" in body
    assert "Fællesforvaltningsdirektør Kim Bruun Nielsen (fra punkt 2)" in body
    facts = body[body.index("Fraværende:"):].split("\n")[0]
    assert "Kim Bruun" not in facts


def test_the_internal_referat_prints_tidsforbrug_and_the_published_does_not(tmp_path: Path) -> None:
    m = small_meeting()
    grid_items = [s.item for s in m.schedule if s.item]
    starts = [dt.time(9, 0), dt.time(9, 50), dt.time(10, 40), dt.time(11, 30)]
    for number, at in zip(grid_items, starts, strict=False):
        m = with_item(m, number, started=at)
    m = dataclasses.replace(m, finished=dt.time(12, 55))
    internal, public = tmp_path / "intern.docx", tmp_path / "offentlig.docx"
    export_document(m, DocumentKind.REFERAT, internal, internal=True)
    export_document(m, DocumentKind.REFERAT, public)
    assert "Tidsforbrug" in texts(internal) and "Tidsforbrug" not in texts(public)
    table = docx.Document(str(internal)).tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["Punkt", "Start", "Planlagt", "Faktisk", "Forskel"]
    first = [c.text for c in table.rows[1].cells]
    assert first[1] == "9.00" and first[3] == "50 min."
    assert table.rows[-1].cells[0].text == "I alt"


@pytest.mark.parametrize("internal", [False, True])
def test_the_opfolgning_insert_lists_what_is_due(tmp_path: Path, internal: bool) -> None:
    m = small_meeting()
    m = with_item(m, 1, sections=(Section("Sagsgang", "DIR"), Insert(InsertKind.FOLLOW_UPS)))
    m = dataclasses.replace(m, follow_ups=(
        FollowUpLine("Velfærdsdirektør Lene Mehlsen Thomsen", "Plan for 1. kvartal 2027",
                     dt.date(2024, 11, 10), "29. oktober 2024, punkt 4: Udmøntningsplan"),
        FollowUpLine("HR-chef", "ZZFOLLOWMARK personalesag", None, "Lukket", closed=True)))
    target = tmp_path / "dagsorden.docx"
    export_document(m, DocumentKind.DAGSORDEN, target, internal=internal)
    everything = "\n".join(package_texts(target).values())
    assert "Plan for 1. kvartal 2027" in everything
    assert ("ZZFOLLOWMARK" in everything) is internal


def test_the_follow_up_list_is_a_word_document(tmp_path: Path) -> None:
    lines = [FollowUpLine("Økonomichef Bettina Andersen", "Budgetopfølgning", dt.date(2025, 3, 1),
                          "29. januar 2025, punkt 4: Udmøntningsplan"),
             FollowUpLine("HR-chef", "ZZFOLLOWMARK", closed=True)]
    target = export_follow_up_list("Direktionen", lines, tmp_path / "opfølgning.docx",
                                   today=dt.date(2025, 2, 3))
    document = docx.Document(str(target))
    assert "Opfølgningsliste pr. 03-02-2025" in [p.text for p in document.paragraphs]
    rows = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert rows == [["Ansvarlig", "Opgave", "Frist", "Fra"],
                    ["Økonomichef Bettina Andersen", "Budgetopfølgning", "01-03-2025",
                     "29. januar 2025, punkt 4: Udmøntningsplan"]]
    assert "ZZFOLLOWMARK" not in "\n".join(package_texts(target).values())


@pytest.fixture(autouse=True)
def _word_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # What is asserted is in the .docx itself: no LibreOffice layout needed (seconds each).
    monkeypatch.setenv("DIRDESK_LIBREOFFICE", "none")
