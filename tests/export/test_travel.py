"""Documents that travel: page numbers stored in the file, headings, a tagged and archivable PDF.

Each document is read the way it is met outside dirdesk: its XML as Word shows it without
updating a field (Protected View, Word Online, a mail preview), its PDF through pikepdf
(structure tree, language, PDF/UA and PDF/A identification), and the OOXML validator.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from lxml import etree

from dirdesk.catalogue import danish
from dirdesk.domain.model import Meeting
from dirdesk.export import DocumentKind, export_meeting
from dirdesk.export.layout import fields
from tests.export.conftest import REFERENCE_MEETINGS, reference_meeting
from tests.export.office import PDFTOTEXT, SOFFICE, pdf_pages
from tests.export.sample import big_meeting, closed_meeting, small_meeting

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
needs_office = pytest.mark.skipif(not SOFFICE or not PDFTOTEXT,
                                  reason="LibreOffice or pdftotext is not installed")


def part(docx: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(docx) as archive:
        return etree.fromstring(archive.read(name))


def parts(docx: Path, prefix: str) -> list[etree._Element]:
    with zipfile.ZipFile(docx) as archive:
        return [etree.fromstring(archive.read(n)) for n in archive.namelist()
                if n.startswith(prefix) and n.endswith(".xml")]


def result_text(field) -> str:
    return "".join(t.text or "" for r in field.result_runs() for t in r.iter(f"{W}t"))


@dataclass
class Travelled:
    name: str
    meeting: Meeting
    docx: Path
    pdf: Path
    notice: object


SOURCES = {**{name: (name, kind) for name, kind in REFERENCE_MEETINGS.items()},
           "synthetic-40-items": ("", DocumentKind.REFERAT)}


@pytest.fixture(scope="module", params=sorted(SOURCES))
def travelled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Travelled:
    if not SOFFICE or not PDFTOTEXT:
        pytest.skip("LibreOffice or pdftotext is not installed")
    fixture, kind = SOURCES[request.param]
    meeting = reference_meeting(fixture) if fixture else big_meeting(40)
    target = tmp_path_factory.mktemp(request.param) / "document.docx"
    exported = export_meeting(meeting, kind, target, pdf=True)
    assert exported.pdf is not None
    return Travelled(request.param, meeting, target, exported.pdf, exported.notice)


def toc_pages(docx: Path) -> dict[str, str]:
    """Each PAGEREF's bookmark and the page number stored as its result."""
    body = part(docx, "word/document.xml")
    return {f.words[1]: result_text(f) for f in fields(body) if f.words[:1] == ["PAGEREF"]}


def heading_pages(pdf: Path) -> dict[str, int]:
    """Each heading of the PDF's outline (bookmarks LibreOffice makes from the headings) and
    the page it is on."""
    with pikepdf.open(pdf) as document:
        numbers = {page.obj.objgen: n for n, page in enumerate(document.pages, start=1)}
        found = {}
        with document.open_outline() as outline:
            stack = list(outline.root)
            while stack:
                item = stack.pop()
                stack.extend(item.children)
                dest = item.destination
                if dest is None and item.action is not None:
                    dest = item.action.get("/D")
                if isinstance(dest, pikepdf.Array):
                    found[item.title] = numbers[dest[0].objgen]
        return found


@needs_office
def test_every_page_field_has_its_result_and_the_contents_match_the_pdf(travelled: Travelled) -> None:
    assert travelled.notice is None
    stored = toc_pages(travelled.docx)
    items = travelled.meeting.items
    assert len(stored) == len(items) + 1  # the items and the attachment overview
    assert all(re.fullmatch(r"[1-9][0-9]*", page) for page in stored.values()), stored
    # The page of each heading in LibreOffice's PDF is the number Word shows without updating.
    outline = heading_pages(travelled.pdf)
    pages = pdf_pages(travelled.pdf)
    shown = [outline[f"{n}. {item.title}"] for n, item in enumerate(items, start=1)] + [outline["Bilagsoversigt"]]
    assert [int(p) for p in stored.values()] == shown
    # And the contents show those numbers (a tab stop beyond a right indent once hid them).
    visible = [int(m.group(1)) for page in pages[:4] for line in page.splitlines()
               if (m := re.search(r"\.{4,}\s*(\d+)\s*$", line))]
    assert visible == shown
    for number, (item, page) in enumerate(zip(items, shown, strict=False), start=1):
        assert re.search(rf"^\s*{number}\. {re.escape(item.title.split()[0])}", pages[page - 1], re.M), \
            (number, page)
    # The footer's page number has a result too, and nothing asks Word to update fields.
    for footer in parts(travelled.docx, "word/footer"):
        page_fields = [f for f in fields(footer) if f.words[:1] == ["PAGE"]]
        assert page_fields and all(result_text(f).strip() for f in page_fields)
    settings = part(travelled.docx, "word/settings.xml")
    assert settings.find(f"{W}updateFields") is None
    mode = [c.get(f"{W}val") for c in settings.iter(f"{W}compatSetting") if c.get(f"{W}name") == "compatibilityMode"]
    assert mode == ["15"]


@needs_office
def test_the_laid_out_document_passes_openxml_audit(travelled: Travelled) -> None:
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator().validate(str(travelled.docx))
    assert result.error_count == 0, [str(e) for e in result.errors[:5]]


def test_a_failing_libreoffice_leaves_the_page_numbers_to_word(tmp_path: Path) -> None:
    soffice = tmp_path / "soffice"
    soffice.write_text("#!/bin/sh\nexit 3\n")
    soffice.chmod(0o755)
    target = tmp_path / "referat.docx"
    exported = export_meeting(small_meeting(), DocumentKind.REFERAT, target, find_soffice=lambda: soffice)
    assert target.exists() and exported.notice is not None
    assert exported.notice.text(danish()).startswith("LibreOffice kunne ikke sætte dokumentet op (")
    assert part(target, "word/settings.xml").find(f"{W}updateFields") is not None


@needs_office
def test_only_styles_the_document_uses(travelled: Travelled) -> None:
    styles = part(travelled.docx, "word/styles.xml")
    defined = {s.get(f"{W}styleId"): s for s in styles.findall(f"{W}style")}
    used: set[str] = set()
    for root in [part(travelled.docx, "word/document.xml"), *parts(travelled.docx, "word/header"),
                 *parts(travelled.docx, "word/footer")]:
        for tag in ("pStyle", "rStyle", "tblStyle"):
            used |= {el.get(f"{W}val") for el in root.iter(f"{W}{tag}")}
    reached = set(used)
    for style_id in list(used):
        while style_id in defined:
            based = defined[style_id].find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
            if style_id:
                reached.add(style_id)
    unused = {s for s, el in defined.items()
              if s not in reached and el.get(f"{W}default") != "1"
              and not any(s == n.get(f"{W}val") for d in defined.values() for n in d.iter(f"{W}next", f"{W}link"))}
    assert unused == set()
    assert len(defined) < 50  # python-docx's template alone brings ~160


@needs_office
def test_the_pdf_is_tagged_with_headings_tables_language_and_pdf_ua(travelled: Travelled) -> None:
    with pikepdf.open(travelled.pdf) as document:
        root = document.Root
        assert str(root.Lang) == "da-DK"
        assert bool(root.MarkInfo.Marked)
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        roles: dict[str, int] = {}
        role_map = {str(k): str(v) for k, v in root.StructTreeRoot.get("/RoleMap", {}).items()}
        stack = [root.StructTreeRoot.K]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(node)
            elif isinstance(node, pikepdf.Dictionary):
                if "/S" in node:
                    role = role_map.get(str(node.S), str(node.S))
                    roles[role] = roles.get(role, 0) + 1
                if "/K" in node:
                    stack.append(node.K)
        meta = document.open_metadata()
        assert meta.get("pdfuaid:part") == "1"
        assert meta.get("dc:title", "").startswith(travelled.meeting.board)
        outline_titles = set(heading_pages(travelled.pdf))
    items = len(travelled.meeting.items)
    # H1: items, contents, overview, signatures; H2: sections and decisions.
    assert roles.get("/H1") == items + 3
    assert roles.get("/H2", 0) >= items
    assert roles.get("/Table", 0) >= 1 and roles.get("/TH", 0) >= 2
    assert {"Indholdsfortegnelse", "Bilagsoversigt", "Underskriftsside"} <= outline_titles


@needs_office
def test_table_rows_do_not_split_and_no_empty_spacer_paragraphs(travelled: Travelled) -> None:
    body = part(travelled.docx, "word/document.xml").find(f"{W}body")
    for tbl in body.iter(f"{W}tbl"):
        rows = tbl.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    # Between the blocks of the body (not in table cells nor the signature lines) no empty paragraph.
    empty = [p for p in body.findall(f"{W}p")
             if not "".join(t.text or "" for t in p.iter(f"{W}t")).strip()
             and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") != "DDSignatureLine"]
    assert empty == []


@needs_office
def test_archive_copy_is_pdf_a_2b(tmp_path: Path) -> None:
    exported = export_meeting(small_meeting(), DocumentKind.REFERAT, tmp_path / "referat.docx", archive=True)
    assert exported.pdf is not None
    with pikepdf.open(exported.pdf) as document:
        meta = document.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "B")
        assert meta.get("pdfuaid:part") == "1"
        for page in document.pages:  # fonts embedded
            for font in page.Resources.get("/Font", {}).values():
                descendants = font.get("/DescendantFonts", [font])
                for f in descendants:
                    descriptor = f.get("/FontDescriptor")
                    assert descriptor is not None and any(
                        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_without_libreoffice_word_is_asked_to_update_and_the_user_told(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    exported = export_meeting(small_meeting(), DocumentKind.REFERAT, target, find_soffice=lambda: None)
    assert exported.pdf is None and exported.notice is not None
    assert "sidetal udfyldes, når Word opdaterer felterne" in exported.notice.text(danish())
    settings = part(target, "word/settings.xml")
    assert settings.find(f"{W}updateFields").get(f"{W}val") == "true"


def test_word_title_and_headings_are_words_own_styles(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    export_meeting(small_meeting(), DocumentKind.REFERAT, target, find_soffice=lambda: None)
    styles = {s.get(f"{W}styleId"): s for s in part(target, "word/styles.xml").findall(f"{W}style")}
    body = part(target, "word/document.xml")
    by_style: dict[str, list[str]] = {}
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        if style is not None and text:
            by_style.setdefault(style.get(f"{W}val"), []).append(text)

    def level(style_id: str) -> str | None:
        while style_id in styles:
            lvl = styles[style_id].find(f"{W}pPr/{W}outlineLvl")
            if lvl is not None:
                return lvl.get(f"{W}val")
            based = styles[style_id].find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else ""
        return None

    assert by_style["Title"] == [small_meeting().board]
    assert styles["Heading1"].find(f"{W}name").get(f"{W}val") == "heading 1"
    assert by_style["Heading1"][0].startswith("1. ")
    level_1 = {t for s, texts in by_style.items() if level(s) == "0" for t in texts}
    level_2 = {t for s, texts in by_style.items() if level(s) == "1" for t in texts}
    assert {"Indholdsfortegnelse", "Bilagsoversigt", "Underskriftsside"} <= level_1
    assert any(t.startswith("Beslutning i ") for t in level_2)
    assert set(by_style["Heading2"]) <= level_2
    docdefaults_lang = part(target, "word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert docdefaults_lang.get(f"{W}val") == "da-DK"
    with zipfile.ZipFile(target) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "<dc:title>Direktionen – Referat – " in core and "<dc:subject>Referat</dc:subject>" in core


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("internal", [False, True])
def test_openxml_audit_finds_no_error(kind: DocumentKind, internal: bool, tmp_path: Path) -> None:
    from openxml_audit import OpenXmlValidator

    target = tmp_path / "document.docx"
    # The closed meeting has every kind of content: grid, plan, lists, closed items, decisions.
    export_meeting(closed_meeting(), kind, target, internal=internal, find_soffice=lambda: None)
    result = OpenXmlValidator().validate(str(target))
    assert result.error_count == 0, [str(e) for e in result.errors[:5]]
    assert result.is_valid
