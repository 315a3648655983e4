"""Export test fixtures: the reference meetings, and each exported once and converted by LibreOffice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import Meeting
from dirdesk.export import DocumentKind, export_document
from tests.export.office import PDFTOTEXT, SOFFICE, convert, pdf_pages

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
REFERENCE = ROOT / "tests" / "reference"

REFERENCE_MEETINGS = {
    "direktionen-2023-11-22-dagsorden": DocumentKind.DAGSORDEN,
    "direktionen-2024-11-13-referat": DocumentKind.REFERAT,
    "direktionen-2025-01-29-referat": DocumentKind.REFERAT,
}


def reference_meeting(name: str) -> Meeting:
    path = FIXTURES / f"{name}.json"
    if not path.exists():
        pytest.skip(f"{path.name} is not there yet")
    return read_meeting(path.read_bytes())


@dataclass
class Converted:
    """One reference meeting exported (published) and read back through LibreOffice."""

    name: str
    meeting: Meeting
    docx: Path
    text: str
    pages: list[str]


@pytest.fixture(scope="session", params=sorted(REFERENCE_MEETINGS))
def converted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Converted:
    if not SOFFICE or not PDFTOTEXT:
        pytest.skip("LibreOffice or pdftotext is not installed")
    name = request.param
    meeting = reference_meeting(name)
    folder = tmp_path_factory.mktemp(name)
    docx = folder / f"{name}.docx"
    export_document(meeting, REFERENCE_MEETINGS[name], docx)
    text = convert(docx, "txt:Text", folder).read_text(encoding="utf-8-sig")
    pages = pdf_pages(convert(docx, "pdf", folder))
    return Converted(name, meeting, docx, text, pages)
