"""The usual sections of an item and the forms of journal and case numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dirdesk.domain.item_form import (
    USUAL_HEADINGS,
    NumberFault,
    case_fault,
    journal_fault,
    missing_usual,
    with_usual_sections,
)
from dirdesk.domain.model import Insert, InsertKind, Section

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_the_usual_headings_are_those_of_the_boards_own_items_in_their_order():
    seen = []
    for path in FIXTURES.glob("direktionen-*.json"):
        for item in json.loads(path.read_text())["items"]:
            headings = [s.get("heading") for s in item.get("sections", []) if isinstance(s, dict)]
            seen.append([("Sagsgang" if h == "Sagsansvarlig" else h) for h in headings if h in
                         (*USUAL_HEADINGS, "Sagsansvarlig")])
    for headings in seen:  # every item keeps the usual order
        assert headings == sorted(headings, key=USUAL_HEADINGS.index)
    assert {h for hs in seen for h in hs} == set(USUAL_HEADINGS)


def test_a_new_item_gets_every_usual_section_in_one_step():
    sections = with_usual_sections(())
    assert [s.heading for s in sections] == list(USUAL_HEADINGS)
    assert missing_usual(sections) == []


def test_missing_sections_go_where_the_usual_order_puts_them():
    grid = Insert(InsertKind.SCHEDULE)
    sections = (Section("Sagsansvarlig", "Direktør"), grid, Section("Indstilling", "At …"))
    out = with_usual_sections(sections)
    assert [getattr(s, "heading", "grid") for s in out] == [
        "Sagsansvarlig", "Baggrund", "Sagsfremstilling", "Økonomiske konsekvenser", "grid", "Indstilling"]
    assert out[0].text == "Direktør" and out[-1].text == "At …"


@pytest.mark.parametrize("number", ["00.30.10", "00.30.10.S00", "00.01.00.000", "27.24.00G01",
                                    "27.24.00-g01", "85.02.02 P20", "", "  "])
def test_journal_numbers_of_the_kle_form_pass(number):
    assert journal_fault(number) is None


@pytest.mark.parametrize("number", ["0030.10", "00.30.1", "00.30.10.S0", "24/7615", "٠٠.٣٠.١٠", "00.30.10.XYZ"])
def test_other_journal_numbers_are_faults(number):
    assert journal_fault(number) is NumberFault.JOURNAL


@pytest.mark.parametrize("number", ["24/7615", "25/10234", " 24/9198 ", None])
def test_case_numbers_of_the_form_yy_nnnn_pass(number):
    assert case_fault(number) is None


@pytest.mark.parametrize("number", ["2024/7615", "24-7615", "24/76", "00.30.10", "٢٤/٧٦١٥"])
def test_other_case_numbers_are_faults(number):
    assert case_fault(number) is NumberFault.CASE
