"""Closed content: nowhere in any part of a published file, all of it in the internal one."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from dirdesk.export import DocumentKind, export_document
from tests.export.office import package_texts
from tests.export.sample import CLOSED_MARKERS, closed_meeting


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_published_file_holds_no_closed_content_in_any_part(kind: DocumentKind, tmp_path: Path) -> None:
    target = tmp_path / "published.docx"
    export_document(closed_meeting(), kind, target)
    parts = package_texts(target)
    leaks = [(marker, name) for name, text in parts.items() for marker in CLOSED_MARKERS if marker in text]
    assert leaks == []


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_internal_file_holds_all_closed_content(kind: DocumentKind, tmp_path: Path) -> None:
    target = tmp_path / "internal.docx"
    export_document(closed_meeting(), kind, target, internal=True)
    everything = "\n".join(package_texts(target).values())
    expected = [m for m in CLOSED_MARKERS if kind is DocumentKind.REFERAT or m != "ZZDECISIONMARK"]
    assert [m for m in expected if m not in everything] == []


def test_published_closed_item_shows_number_title_and_closed_only(tmp_path: Path) -> None:
    target = tmp_path / "published.docx"
    export_document(closed_meeting(), DocumentKind.REFERAT, target)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    at = texts.index("3. Personalesag")
    assert texts[at + 1] == "Lukket sag"
    assert texts[at + 2] == "4. Udmøntningsplan 2025-2028"  # nothing else of item 3
    assert "3. Lukket punkt - Personalesag" in texts
    assert texts[texts.index("3. Lukket punkt - Personalesag") + 1] == "1.\t(Lukket bilag)"
    assert any(t.startswith("3.\tPersonalesag\t") for t in texts)  # the contents keep the public title


def test_published_grid_row_of_a_closed_item_shows_its_title_only(tmp_path: Path) -> None:
    target = tmp_path / "published.docx"
    export_document(closed_meeting(), DocumentKind.REFERAT, target)
    schedule = docx.Document(str(target)).tables[0]
    row = next(r for r in schedule.rows if r.cells[0].text == "10.45")
    assert row.cells[1].text == "Personalesag"


def test_internal_marks_closed_content_as_closed(tmp_path: Path) -> None:
    target = tmp_path / "internal.docx"
    export_document(closed_meeting(), DocumentKind.REFERAT, target, internal=True)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    at = texts.index("3. Personalesag")
    assert texts[at + 1] == "ZZJOURNALMARK\tZZCASEMARK\tLukket sag"
    assert "1\tLukket\tZZITEMATTTITLEMARK\tZZITEMATTDOCMARK" in texts
    assert "2\tLukket\tZZATTTITLEMARK\tZZATTDOCMARK" in texts
