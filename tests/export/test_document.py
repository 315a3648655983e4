"""The exported Word document read back with python-docx: what a reader of the file would see."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import stat
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from dirdesk.catalogue import danish
from dirdesk.domain.messages import UserError
from dirdesk.domain.model import AgendaItem, Section
from dirdesk.export import DocumentKind, default_base_document, export_document, render_bytes
from tests.export.sample import small_meeting


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def lines(document: docx.document.Document) -> list[str]:
    """Body paragraphs' text in order, table cells included where they stand."""
    out = []
    body = document.element.body
    for el in body.iter(qn("w:p")):
        out.append(Paragraph(el, None).text)
    return out


def styled(document: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


@pytest.fixture(scope="module")
def referat() -> docx.document.Document:
    return read(render_bytes(small_meeting(), DocumentKind.REFERAT))


@pytest.fixture(scope="module")
def dagsorden() -> docx.document.Document:
    return read(render_bytes(small_meeting(), DocumentKind.DAGSORDEN))


def test_top_of_document_names_board_kind_and_facts(referat, dagsorden) -> None:
    assert lines(referat)[:2] == ["Direktionen", "REFERAT"]
    assert lines(dagsorden)[:2] == ["Direktionen", "DAGSORDEN"]
    facts = styled(referat, "DD Fact")
    assert facts == [
        "Sted:\tMødelokale 250, rådhuset",
        "Dato:\tOnsdag den 13. november 2024",
        "Start kl.:\t9:00",
        "Slut kl.:\t13:00",
        "Medlemmer:\tKommunaldirektør Jonas Kroustrup\nVelfærdsdirektør Lene Mehlsen Thomsen\n"
        "Fællesforvaltningsdirektør Kim Bruun Nielsen",
        "Fraværende:\tFællesforvaltningsdirektør Kim Bruun Nielsen",
    ]


def test_contents_lists_items_and_overview_with_page_references(referat) -> None:
    entries = [p for p in referat.paragraphs if p.style.name == "DD TOC Entry"]
    assert [p.text.rstrip("\t") for p in entries] == [
        "1.\tBeslutningsprotokoller og dagsordener",
        "2.\tSager til behandling og tidsplan",
        "3.\tUdmøntningsplan 2025-2028",
        "4.\tGennemgang af portefølje og tre næstkommende møder",
        "Bilagsoversigt",
    ]
    targets = []
    for p in entries:
        instr = "".join(t.text for t in p._p.iter(qn("w:instrText"))).split()
        assert instr[0] == "PAGEREF"
        targets.append(instr[1])
    bookmarked = {b.get(qn("w:name")): b.getparent() for b in referat.element.body.iter(qn("w:bookmarkStart"))}
    headings = ["".join(t.text for t in bookmarked[name].iter(qn("w:t"))) for name in targets]
    assert headings == ["1. Beslutningsprotokoller og dagsordener", "2. Sager til behandling og tidsplan",
                        "3. Udmøntningsplan 2025-2028",
                        "4. Gennemgang af portefølje og tre næstkommende møder", "Bilagsoversigt"]
    # dot leaders up to a right-aligned page number
    style = referat.styles["DD TOC Entry"]
    tabs = style.element.pPr.find(qn("w:tabs"))
    assert any(t.get(qn("w:val")) == "right" and t.get(qn("w:leader")) == "dot" for t in tabs)


def test_item_shows_heading_access_sections_attachments_and_decision(referat) -> None:
    text = lines(referat)
    start = text.index("3. Udmøntningsplan 2025-2028")
    assert text[start:start + 9] == [
        "3. Udmøntningsplan 2025-2028",
        "00.30.10.S00\t24/7615\tÅben sag",
        "Baggrund",
        "Udmøntningsplanen blev drøftet.",
        "Bilag:",
        "1\tÅben\tUdmøntningsplan\t20408/25",
        "2\tLukket",
        "Beslutning i Direktionen den 13-11-2024",
        "Sagen udsættes til et senere møde",
    ]


def test_agenda_has_no_decisions(dagsorden) -> None:
    text = lines(dagsorden)
    assert not any(line.startswith("Beslutning i") for line in text)
    assert "Sagen udsættes til et senere møde" not in text


def test_items_after_the_first_start_on_a_new_page(referat) -> None:
    headings = [p for p in referat.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == 4
    assert headings[0].paragraph_format.page_break_before is False
    assert all(h.paragraph_format.page_break_before is None for h in headings[1:])
    assert referat.styles["Heading 1"].paragraph_format.page_break_before is True
    for name in ("Heading 1", "Heading 2", "DD Decision Heading", "DD Attachments Heading",
                 "DD TOC Heading", "DD Overview Item"):
        assert referat.styles[name].paragraph_format.keep_with_next is True, name


def test_bold_italic_and_lists_at_their_levels(referat) -> None:
    para = next(p for p in referat.paragraphs if p.text.startswith("Følgende politiske"))
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in para.runs] == [
        ("Følgende ", False, False), ("politiske", True, False), (" udvalgsmøder er ", False, False),
        ("blevet", False, True), (" afholdt:", False, False)]
    levels = {}
    for p in referat.paragraphs:
        num = p._p.pPr.numPr if p._p.pPr is not None else None
        if num is not None:
            levels[p.text] = (p.style.name, int(num.ilvl.val))
    assert levels["Gruppeformandsmøde d. 12. november"] == ("DD List Bullet", 0)
    assert levels["Arbejdsmarkedsudvalgsmøde d. 20. november"] == ("DD List Bullet 2", 1)
    assert levels["Tredje niveau ærø"] == ("DD List Bullet 3", 2)
    assert levels["Første punkt"] == ("DD List Number", 0)
    assert levels["indrykket"] == ("DD List Number 2", 1)


def numbering_of(document, text: str) -> tuple[int, int, str]:
    """(numId, start, level text) of the list paragraph with ``text``."""
    p = next(p for p in document.paragraphs if p.text == text)
    num_id = int(p._p.pPr.numPr.numId.val)
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    override = num.find(qn("w:lvlOverride"))
    start = int(override.find(qn("w:startOverride")).get(qn("w:val"))) if override is not None else 1
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    level = int(p._p.pPr.numPr.ilvl.val)
    lvl = next(lv for lv in abstract.findall(qn("w:lvl")) if lv.get(qn("w:ilvl")) == str(level))
    return num_id, start, lvl.find(qn("w:lvlText")).get(qn("w:val"))


def test_numbered_lists_restart_and_keep_their_marker(referat) -> None:
    first = numbering_of(referat, "Første punkt")
    second = numbering_of(referat, "Andet punkt")
    third = numbering_of(referat, "Tredje punkt")  # "3)" after a paragraph: a new list from 3
    new = numbering_of(referat, "Ny liste")  # "1." : a new list, dot-delimited
    assert first[0] == second[0] and first[1:] == (1, "%1)")
    assert third[0] != first[0] and third[1:] == (3, "%1)")
    assert new[0] not in (first[0], third[0]) and new[1:] == (1, "%1.")


def test_control_characters_never_break_an_export(referat) -> None:
    para = next(p for p in referat.paragraphs if p.text.startswith("Tekst fra e-mail"))
    assert para.text == "Tekst fra e-mail\nmed sideskift og klokke."  # form feed → break
    assert para._p.find(".//" + qn("w:br")) is not None


def test_control_characters_in_every_field(tmp_path: Path) -> None:
    dirty = "A\x00b\x01c\x0bd\x0ce\x1ff\ufffe"
    meeting = dataclasses.replace(
        small_meeting(), board=f"Direktionen{dirty}", location=dirty,
        items=(AgendaItem(title=f"Titel {dirty}", journal_no=dirty, case_no=dirty,
                          sections=(Section(dirty, dirty),), decision=dirty),))
    target = tmp_path / "dirty.docx"
    export_document(meeting, DocumentKind.REFERAT, target, internal=True)
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "DirektionenAbc\nd\nef"
    assert "1. Titel Abc\nd\nef" in texts
    assert "Abc\nd\nef\tAbc\nd\nef\tÅben sag" in texts  # journal and case numbers


def test_tables_have_fixed_widths_and_repeat_their_header(referat) -> None:
    schedule, plan = referat.tables
    for tbl, heads in ((schedule, ["Tid", "Punkt"]), (plan, ["Dato", "Punkter"])):
        assert [c.text for c in tbl.rows[0].cells] == heads
        tbl_pr = tbl._tbl.tblPr
        assert tbl_pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [int(g.get(qn("w:w"))) for g in tbl._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) == 9355
        for row in tbl._tbl.tr_lst:
            widths = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in row.tc_lst]
            assert widths == grid
        assert tbl.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [r.cells[0].text for r in schedule.rows] == ["Tid", "9.00", "10.30", "11.00", "13.00"]
    assert schedule.rows[1].cells[1].text == "Beslutningsprotokoller og dagsordener\nBorgmester deltager under behandlingen"
    assert [r.cells[0].text for r in plan.rows[1:]] == [
        "5. feb.\nKim Bruun Nielsen deltager ikke på mødet.", "12. feb.", "Jule- og nytårslukket", "11. juni"]
    assert plan.rows[2].cells[1].text == "Vinterferie"


def test_undated_points_follow_their_label(referat) -> None:
    text = lines(referat)
    at = text.index("Punkter som afventer dato:")
    assert text[at + 1] == "Regeringens lovprogram. Direktionen drøfter regeringens lovprogram."
    p = next(p for p in referat.paragraphs if p.text == text[at + 1])
    assert p.style.name == "DD List Bullet"


def test_overview_and_signature_page(referat) -> None:
    text = lines(referat)
    at = text.index("Bilagsoversigt", text.index("1. Beslutningsprotokoller og dagsordener"))
    assert text[at:at + 6] == [
        "Bilagsoversigt",
        "1. Beslutningsprotokoller og dagsordener", "1.\tKønsidentitet - kommissorium (21037/25)",
        "3. Udmøntningsplan 2025-2028", "1.\tUdmøntningsplan (20408/25)", "2.\t(Lukket bilag)"]
    assert [t for t in text[at + 6:] if t] == [
        "Underskriftsside", "Kommunaldirektør Jonas Kroustrup", "Velfærdsdirektør Lene Mehlsen Thomsen",
        "Fællesforvaltningsdirektør Kim Bruun Nielsen"]
    # each member signs on a line of their own: a bordered paragraph right above the name
    names = [p for p in referat.paragraphs if p.style.name == "DD Signature"]
    assert len(names) == 3
    for name in names:
        line = name._p.getprevious()
        assert line.pPr.pStyle.val == referat.styles["DD Signature Line"].style_id
    assert referat.styles["DD Signature Heading"].paragraph_format.page_break_before is True


def test_all_attachments_closed_lists_item_as_closed_point() -> None:
    from dirdesk.domain.model import Attachment
    meeting = dataclasses.replace(small_meeting(), items=(
        AgendaItem(title="Økonomi", attachments=(Attachment("x", closed=True, doc_no="1/24"),)),))
    text = lines(read(render_bytes(meeting, DocumentKind.REFERAT)))
    at = text.index("1. Lukket punkt - Økonomi")
    assert text[at + 1] == "1.\t(Lukket bilag)"


def test_footer_carries_board_date_and_page_number(referat) -> None:
    footer = referat.sections[0].footer
    text = "".join(t.text or "" for t in footer._element.iter(qn("w:t")))
    assert text.startswith("Direktionen 13-11-2024")
    instr = "".join(t.text for t in footer._element.iter(qn("w:instrText")))
    assert "PAGE" in instr
    header = "".join(t.text or "" for t in referat.sections[0].header._element.iter(qn("w:t")))
    assert "{" not in header and "Intern" not in header


def test_internal_version_says_so() -> None:
    document = read(render_bytes(small_meeting(), DocumentKind.REFERAT, internal=True))
    assert lines(document)[2] == "Intern udgave – indeholder lukkede punkter"
    header = "".join(t.text or "" for t in document.sections[0].header._element.iter(qn("w:t")))
    assert header == "Intern udgave – indeholder lukkede punkter"


def test_page_is_a4_and_language_danish(referat) -> None:
    section = referat.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert section.left_margin >= Cm(2)
    lang = referat.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "da-DK"


def test_properties_come_from_the_meeting_only(referat) -> None:
    props = referat.core_properties
    assert props.title == "Direktionen – Referat – Onsdag den 13. november 2024"
    assert props.author == "Direktionen"
    assert props.language == "da-DK"
    assert props.created == dt.datetime(2024, 11, 13, 8, 0, tzinfo=dt.UTC)  # 9:00 in Copenhagen
    assert props.comments == "" and props.keywords == "" and props.category == ""
    assert props.last_modified_by == ""


def test_properties_and_parts_of_a_used_base_are_not_inherited(tmp_path: Path) -> None:
    base = docx.Document(str(default_base_document()))
    base.core_properties.author = "Hemmelig Sekretær"
    base.core_properties.comments = "intern note om base"
    base.core_properties.keywords = "basekeyword"
    base.add_paragraph("Gammel tekst fra skabelonen")
    path = tmp_path / "used-base.docx"
    base.save(str(path))
    with zipfile.ZipFile(path, "a") as archive:  # the kind of part Word adds: custom properties
        archive.writestr("docProps/custom.xml", "<Properties>customsecret</Properties>")
    data = render_bytes(small_meeting(), DocumentKind.DAGSORDEN, base_document=path)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        everything = " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    for leftover in ("Hemmelig Sekretær", "intern note om base", "basekeyword", "Gammel tekst", "python-docx"):
        assert leftover not in everything


def test_same_meeting_twice_gives_the_same_text() -> None:
    a = read(render_bytes(small_meeting(), DocumentKind.REFERAT))
    b = read(render_bytes(small_meeting(), DocumentKind.REFERAT))
    assert lines(a) == lines(b)
    assert a.core_properties.created == b.core_properties.created


def test_base_document_missing_a_style_is_named(tmp_path: Path) -> None:
    base = docx.Document(str(default_base_document()))
    style = base.styles["DD Decision Heading"]
    style.element.getparent().remove(style.element)
    path = tmp_path / "base.docx"
    base.save(str(path))
    with pytest.raises(UserError) as caught:
        render_bytes(small_meeting(), DocumentKind.REFERAT, base_document=path)
    assert '"DD Decision Heading"' in caught.value.text()
    assert '"DD Decision Heading"' in caught.value.text(danish())


def test_base_document_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "base.docx"
    path.write_text("not a zip")
    with pytest.raises(UserError, match="not a Word document"):
        render_bytes(small_meeting(), DocumentKind.REFERAT, base_document=path)
    with pytest.raises(UserError, match="does not exist"):
        render_bytes(small_meeting(), DocumentKind.REFERAT, base_document=tmp_path / "none.docx")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a folder the user cannot write")
def test_unwritable_target_gets_one_message_and_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "referat.docx"
    target.write_bytes(b"old document")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(UserError) as caught:
            export_document(small_meeting(), DocumentKind.REFERAT, target)
        assert str(target) in caught.value.text()
        assert target.read_bytes() == b"old document"
        assert os.listdir(folder) == ["referat.docx"]
    finally:
        folder.chmod(stat.S_IRWXU)


def test_failed_export_leaves_existing_file_byte_identical(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    export_document(small_meeting(), DocumentKind.REFERAT, target)
    before = target.read_bytes()
    broken = tmp_path / "broken-base.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(UserError):
        export_document(small_meeting(), DocumentKind.DAGSORDEN, target, base_document=broken)
    assert target.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["broken-base.docx", "referat.docx"]


def test_target_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        export_document(small_meeting(), DocumentKind.REFERAT, tmp_path / "nowhere" / "referat.docx")


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder"):
        export_document(small_meeting(), DocumentKind.REFERAT, tmp_path)
