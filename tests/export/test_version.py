"""The document states the meeting's version: "Version 2" under the title once a signed REFERAT changed."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from dirdesk.domain.model import MeetingStatus
from dirdesk.export import DocumentKind, render_bytes
from tests.export.sample import small_meeting
from tests.export.test_document import lines, read

BASE_WITHOUT_VERSION_STYLE = "base-without-dd-version.docx"


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def header_text(document: docx.document.Document) -> str:
    return " ".join(p.text for section in document.sections for p in section.header.paragraphs)


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_version_1_is_the_document_it_always_was(kind: DocumentKind) -> None:
    plain = small_meeting()
    assert plain.version == 1
    signed = dataclasses.replace(plain, status=MeetingStatus.MINUTES_SIGNED)
    # Byte for byte: neither the default version nor signing changes a version 1 document.
    assert parts(render_bytes(signed, kind)) == parts(render_bytes(plain, kind))
    document = read(render_bytes(plain, kind))
    assert not any(line.startswith("Version") for line in lines(document))
    assert document.core_properties.version == ""
    assert "Version" not in header_text(document)


def test_version_2_under_the_title_in_the_header_and_in_the_properties() -> None:
    meeting = dataclasses.replace(small_meeting(), version=2, status=MeetingStatus.HELD)
    document = read(render_bytes(meeting, DocumentKind.REFERAT))
    texts = [p.text for p in document.paragraphs]
    assert texts[:3] == ["Direktionen", "REFERAT", "Version 2"]
    assert document.paragraphs[2].style.name == "DD Version"
    assert "Version 2" in header_text(document)
    props = document.core_properties
    assert props.version == "2"
    assert props.subject == "Referat, version 2"
    assert props.revision == 1


def test_signed_new_version_of_the_minutes_says_so() -> None:
    meeting = dataclasses.replace(small_meeting(), version=3, status=MeetingStatus.MINUTES_SIGNED)
    referat = read(render_bytes(meeting, DocumentKind.REFERAT))
    assert [p.text for p in referat.paragraphs][2] == "Version 3 – underskrevet"
    # An agenda is never signed: it states the version only.
    dagsorden = read(render_bytes(meeting, DocumentKind.DAGSORDEN))
    assert [p.text for p in dagsorden.paragraphs][2] == "Version 3"


def test_internal_version_2_keeps_the_internal_notice() -> None:
    meeting = dataclasses.replace(small_meeting(), version=2)
    document = read(render_bytes(meeting, DocumentKind.REFERAT, internal=True))
    texts = [p.text for p in document.paragraphs]
    assert texts[2] == "Version 2"
    assert texts[3].startswith("Intern udgave")
    assert "Intern udgave – indeholder lukkede punkter · Version 2" in header_text(document)
    assert document.core_properties.subject == ("Referat (intern udgave – indeholder lukkede punkter), "
                                                "version 2")


def test_no_custom_properties_for_the_version() -> None:
    meeting = dataclasses.replace(small_meeting(), version=2)
    names = parts(render_bytes(meeting, DocumentKind.REFERAT))
    assert "docProps/custom.xml" not in names
    assert b"<cp:version>2</cp:version>" in names["docProps/core.xml"]


def test_a_base_without_the_version_style_still_works(tmp_path: Path) -> None:
    """A secretariat's own base made before "DD Version" existed: the document kind's style."""
    from dirdesk.export import default_base_document

    base = docx.Document(str(default_base_document()))
    for style in base.styles.element.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) == "DD Version":
            base.styles.element.remove(style)
    path = tmp_path / BASE_WITHOUT_VERSION_STYLE
    base.save(str(path))
    meeting = dataclasses.replace(small_meeting(), version=2)
    document = read(render_bytes(meeting, DocumentKind.REFERAT, base_document=path))
    assert document.paragraphs[2].text == "Version 2"
    assert document.paragraphs[2].style.name == "DD Document Kind"
