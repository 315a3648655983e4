"""A line break typed inside a decision is a line break in the REFERAT, not a joined line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from dirdesk.export import DocumentKind, export_document
from tests.export.office import SOFFICE, convert
from tests.export.sample import small_meeting

DECISION = "Direktionen godkendte indstillingen.\nØkonomichefen følger op.\n\nSagen er afsluttet."


def _referat(tmp_path: Path) -> Path:
    meeting = small_meeting()
    first = dataclasses.replace(meeting.items[0], decision=DECISION)
    meeting = dataclasses.replace(meeting, items=(first, *meeting.items[1:]))
    target = tmp_path / "referat.docx"
    export_document(meeting, DocumentKind.REFERAT, target, internal=True)
    return target


def test_a_single_enter_is_a_line_break_in_the_same_paragraph(tmp_path: Path) -> None:
    document = docx.Document(str(_referat(tmp_path)))
    para = next(p for p in document.paragraphs if p.text.startswith("Direktionen godkendte"))
    assert para.text == "Direktionen godkendte indstillingen.\nØkonomichefen følger op."
    assert para._p.find(".//" + qn("w:br")) is not None
    # The blank line still starts a paragraph of its own.
    assert any(p.text == "Sagen er afsluttet." for p in document.paragraphs)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_the_two_lines(tmp_path: Path) -> None:
    text = convert(_referat(tmp_path), "txt:Text", tmp_path).read_text(encoding="utf-8-sig")
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("Direktionen godkendte indstillingen.")
    assert lines[at + 1] == "Økonomichefen følger op."
