"""Generates ``dirdesk/resources/dirdesk-base.docx``, the base document every Word export starts from.

Run once after a change (``python dirdesk/resources/make_base_document.py``) and commit the output.
The base starts from python-docx's default template and makes it A4, Danish, Calibri 11 pt,
with one named style per element of the documents (``DD …``), list numbering at three
levels, and a footer with the board, the date and the page number. A secretariat restyles
the documents by editing the generated file in Word; the style names must stay (see
``README-base-document.md``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

OUTPUT = Path(__file__).resolve().parent / "dirdesk-base.docx"

FONT = "Calibri"  # Carlito is metric-compatible and stands in for it on Linux
ACCENT = "1F3A5F"  # dark municipal blue for headings
GREY = "595959"
TEXT_WIDTH = 9355  # twips: A4 21 cm minus 2.5 cm left and 2 cm right margin

W = nsdecls("w")


def _style(
    kind: str,
    style_id: str,
    name: str,
    body: str,
    based_on: str | None = "Normal",
    next_id: str | None = None,
) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = f'<w:next w:val="{next_id}"/>' if next_id else ""
    custom = "" if style_id in BUILT_IN else ' w:customStyle="1"'
    priority = f'<w:uiPriority w:val="{BUILT_IN[style_id]}"/>' if style_id in BUILT_IN else ""
    return (
        f'<w:style {W} w:type="{kind}"{custom} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}{nxt}{priority}<w:qFormat/>{body}</w:style>'
    )


# Word's own styles the documents use, restyled to the documents' look (style id: Word's UI
# priority): a screen reader, Word's navigation pane and a tagged PDF know them as the title
# and headings. The other headings (contents, overview, signatures, decisions) are DD styles
# based on them, at the same outline level.
BUILT_IN = {"Title": 10, "Heading1": 9, "Heading2": 9}


def _para(
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    based_on: str = "Normal",
    next_id: str | None = None,
) -> str:
    return _style("paragraph", style_id, name, f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr>", based_on, next_id)


def _spacing(before: int = 0, after: int = 0) -> str:
    return f'<w:spacing w:before="{before * 20}" w:after="{after * 20}"/>'


def _size(points: float) -> str:
    half = int(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


def _color(rgb: str) -> str:
    return f'<w:color w:val="{rgb}"/>'


BOLD = "<w:b/><w:bCs/>"
ITALIC = "<w:i/><w:iCs/>"
KEEP = "<w:keepNext/><w:keepLines/>"
LEVEL_1, LEVEL_2 = '<w:outlineLvl w:val="0"/>', '<w:outlineLvl w:val="1"/>'
NO_PAGE_BREAK = '<w:pageBreakBefore w:val="0"/>'
NO_RULE = '<w:pBdr><w:bottom w:val="nil"/></w:pBdr>'  # Heading 1's rule under it, taken away
# Right tab stops sit at the right margin, never beyond a right indent: in Word 2013 mode
# (compatibilityMode 15) LibreOffice no longer lets a tab run over the indent, and a page
# number after such a tab is not shown at all.
RIGHT_TAB_DOTS = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"'


def _table_style(style_id: str, name: str) -> str:
    borders = "".join(
        f"<w:{side} {BORDER}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    body = (
        '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        f"<w:rPr>{_size(10)}</w:rPr>"
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders>"
        '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE3EC"/></w:tcPr></w:tblStylePr>'
    )
    return _style("table", style_id, name, body, based_on="TableNormal")


def _list_levels(kind: str) -> str:
    """Three levels of a list: bullets (•, –, ▪) or numbers (1., a., i.); 0.63 cm per level."""
    levels = []
    for level in range(3):
        left = 360 + level * 357
        if kind == "bullet":
            text, fmt, font = (
                ("•", "–", "▪")[level],
                "bullet",
                f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/></w:rPr>',
            )
        else:
            fmt = ("decimal", "lowerLetter", "lowerRoman")[level]
            text, font = f"%{level + 1}.", ""
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{font}</w:lvl>'
        )
    return "".join(levels)


ABSTRACT_BULLET, ABSTRACT_NUMBER = 901, 902
NUM_BULLET, NUM_NUMBER = 901, 902


def _list_style(style_id: str, name: str, num_id: int, level: int) -> str:
    return _para(
        style_id,
        name,
        f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        + _spacing(0, 3)
        + "<w:contextualSpacing/>",
    )


STYLES = [
    _para("Title", "Title", _spacing(0, 0) + KEEP, BOLD + _size(26) + _color(ACCENT)),
    _para(
        "DDDocumentKind",
        "DD Document Kind",
        _spacing(0, 18) + KEEP,
        BOLD + _size(16) + _color(ACCENT) + '<w:spacing w:val="40"/>',
    ),
    _para("DDVersion", "DD Version", _spacing(0, 12) + KEEP, BOLD + _size(12) + _color(ACCENT)),
    _para(
        "DDInternalNotice",
        "DD Internal Notice",
        _spacing(0, 12) + '<w:pBdr><w:top w:val="single" w:sz="8" w:space="2" w:color="C00000"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="2" w:color="C00000"/></w:pBdr>',
        BOLD + _size(10) + _color("C00000"),
    ),
    _para(
        "DDFact",
        "DD Fact",
        _spacing(0, 3) + '<w:tabs><w:tab w:val="left" w:pos="1701"/></w:tabs>'
        '<w:ind w:left="1701" w:hanging="1701"/>',
    ),
    _style(
        "character", "DDFactLabel", "DD Fact Label", f"<w:rPr>{BOLD}</w:rPr>", based_on="DefaultParagraphFont"
    ),
    _para("DDTOCHeading", "DD TOC Heading", _spacing(24, 6) + KEEP + NO_PAGE_BREAK + NO_RULE + LEVEL_1,
          BOLD + _size(14) + _color(ACCENT), based_on="Heading1", next_id="DDTOCSide"),
    _para("DDTOCSide", "DD TOC Side", _spacing(0, 2) + KEEP + '<w:jc w:val="right"/>', BOLD + _size(10)),
    _para(
        "DDTOCEntry",
        "DD TOC Entry",
        _spacing(0, 4) + f'<w:tabs><w:tab w:val="left" w:pos="425"/>'
        f'<w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        '<w:ind w:left="425" w:hanging="425"/>',
    ),
    _para(
        "Heading1",
        "heading 1",
        _spacing(18, 4) + KEEP + "<w:pageBreakBefore/>"
        f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{ACCENT}"/></w:pBdr>'
        '<w:outlineLvl w:val="0"/>',
        BOLD + _size(15) + _color(ACCENT),
    ),
    _para(
        "DDAccess",
        "DD Access",
        _spacing(0, 12) + KEEP + '<w:tabs><w:tab w:val="left" w:pos="1701"/>'
        '<w:tab w:val="left" w:pos="3119"/></w:tabs>',
        _size(9.5) + _color(GREY),
    ),
    _para(
        "Heading2", "heading 2", _spacing(10, 2) + KEEP + LEVEL_2, BOLD + _size(11) + _color(ACCENT)
    ),
    _para("DDBody", "DD Body", _spacing(0, 6)),
    _list_style("DDListBullet", "DD List Bullet", NUM_BULLET, 0),
    _list_style("DDListBullet2", "DD List Bullet 2", NUM_BULLET, 1),
    _list_style("DDListBullet3", "DD List Bullet 3", NUM_BULLET, 2),
    _list_style("DDListNumber", "DD List Number", NUM_NUMBER, 0),
    _list_style("DDListNumber2", "DD List Number 2", NUM_NUMBER, 1),
    _list_style("DDListNumber3", "DD List Number 3", NUM_NUMBER, 2),
    _table_style("DDScheduleTable", "DD Schedule Table"),
    _table_style("DDPlanTable", "DD Plan Table"),
    _para("DDTableHeading", "DD Table Heading", _spacing(0, 0) + KEEP, BOLD + _size(10)),
    _para("DDTableText", "DD Table Text", _spacing(0, 3), _size(10)),
    _para("DDScheduleTime", "DD Schedule Time", _spacing(0, 0), BOLD + _size(10)),
    _para("DDScheduleTitle", "DD Schedule Title", _spacing(0, 2), BOLD + _size(10)),
    _para("DDPlanDate", "DD Plan Date", _spacing(0, 0), BOLD + _size(10)),
    _para("DDPlanNote", "DD Plan Note", _spacing(2, 0), ITALIC + _size(9)),
    _para("DDUndatedLabel", "DD Undated Label", _spacing(8, 3) + KEEP, BOLD),
    _para("DDAttachmentsHeading", "DD Attachments Heading", _spacing(10, 2) + KEEP, BOLD + _color(ACCENT)),
    _para(
        "DDAttachment",
        "DD Attachment",
        _spacing(0, 2) + '<w:tabs><w:tab w:val="left" w:pos="397"/>'
        f'<w:tab w:val="left" w:pos="1247"/><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        '<w:ind w:left="1247" w:hanging="1247"/>',
        _size(10),
    ),
    _para(
        "DDDecisionHeading",
        "DD Decision Heading",
        _spacing(14, 4)
        + KEEP
        + LEVEL_2
        + f'<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="{ACCENT}"/></w:pBdr>',
        BOLD + _size(11.5) + _color(ACCENT),
        based_on="Heading2",
    ),
    _para("DDDecision", "DD Decision", _spacing(0, 6), based_on="DDBody"),
    _para(
        "DDOverviewHeading",
        "DD Overview Heading",
        _spacing(0, 10) + KEEP + "<w:pageBreakBefore/>"
        f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{ACCENT}"/></w:pBdr>'
        '<w:outlineLvl w:val="0"/>',
        BOLD + _size(15) + _color(ACCENT),
        based_on="Heading1",
    ),
    _para("DDOverviewItem", "DD Overview Item", _spacing(8, 2) + KEEP, BOLD),
    _para(
        "DDOverviewAttachment",
        "DD Overview Attachment",
        _spacing(0, 2) + '<w:tabs><w:tab w:val="left" w:pos="794"/></w:tabs>'
        '<w:ind w:left="794" w:hanging="397"/>',
    ),
    _para(
        "DDSignatureHeading",
        "DD Signature Heading",
        _spacing(0, 12) + KEEP + "<w:pageBreakBefore/>" + NO_RULE + LEVEL_1,
        BOLD + _size(15) + _color(ACCENT),
        based_on="Heading1",
    ),
    _para(
        # An empty paragraph whose bottom border is the line to sign on, then the name under it
        # (two styles: consecutive paragraphs with the same border share one border in Word).
        "DDSignatureLine",
        "DD Signature Line",
        _spacing(54, 0) + KEEP
        + '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
        f'<w:ind w:right="{TEXT_WIDTH - 5103}"/>',
    ),
    _para("DDSignature", "DD Signature", _spacing(2, 0) + "<w:keepLines/>"),
    _para(
        "DDHeader", "DD Header", _spacing(0, 0) + '<w:jc w:val="right"/>', BOLD + _size(9) + _color("C00000")
    ),
    _para(
        "DDFooter",
        "DD Footer",
        _spacing(0, 0) + f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f'<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="8C8C8C"/></w:pBdr>',
        _size(9) + _color(GREY),
    ),
]


# Word refuses a file whose property elements are out of schema order; styles are written
# for reading above and put in order here.
_PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
_RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]


def _in_schema_order(style) -> None:  # type: ignore[no-untyped-def]
    for tag, order in (("w:pPr", _PPR_ORDER), ("w:rPr", _RPR_ORDER)):
        for props in style.iter(qn(tag)):
            children = list(props)
            children.sort(key=lambda el: order.index(el.tag.split("}")[1]))
            for child in children:
                props.append(child)


def _set_defaults(styles_el) -> None:  # type: ignore[no-untyped-def]
    defaults = styles_el.find(qn("w:docDefaults"))
    defaults.getparent().replace(
        defaults,
        parse_xml(
            f"<w:docDefaults {W}><w:rPrDefault><w:rPr>"
            f'<w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
            f'{_size(11)}<w:lang w:val="da-DK" w:eastAsia="da-DK" w:bidi="ar-SA"/>'
            "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
            '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )


def _set_normal(styles_el) -> None:  # type: ignore[no-untyped-def]
    for style in styles_el.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == "Normal":
            for old in style.findall(qn("w:rPr")):
                style.remove(old)
            style.append(parse_xml(f'<w:rPr {W}><w:lang w:val="da-DK" w:eastAsia="da-DK"/></w:rPr>'))


def _numbering(document) -> None:  # type: ignore[no-untyped-def]
    numbering = document.part.numbering_part.element
    for tag in ("w:abstractNum", "w:num"):
        for old in numbering.findall(qn(tag)):
            numbering.remove(old)
    abstract = [
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:name w:val="{name}"/>{_list_levels(kind)}</w:abstractNum>'
        )
        for aid, name, kind in (
            (ABSTRACT_BULLET, "DD Bullets", "bullet"),
            (ABSTRACT_NUMBER, "DD Numbers", "number"),
        )
    ]
    nums = [
        parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
        for nid, aid in ((NUM_BULLET, ABSTRACT_BULLET), (NUM_NUMBER, ABSTRACT_NUMBER))
    ]
    for element in abstract + nums:  # all abstractNum before any num, as the schema orders them
        numbering.append(element)


def _footer_and_header(document) -> None:  # type: ignore[no-untyped-def]
    section = document.sections[0]
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = document.styles["DD Footer"]
    paragraph.add_run("{udvalg} {dato}\tSide ")
    for element in (
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'),
        parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'),
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'),
        parse_xml(f"<w:r {W}><w:t>1</w:t></w:r>"),
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'),
    ):
        paragraph._p.append(element)
    header = section.header
    header.is_linked_to_previous = False
    header_paragraph = header.paragraphs[0]
    header_paragraph.style = document.styles["DD Header"]
    header_paragraph.add_run("{udgave}")


def _clean_package(document) -> None:  # type: ignore[no-untyped-def]
    """Drop what the default template carries and a base should not: preview, custom XML."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.CUSTOM_PROPERTIES, RT.EXTENDED_PROPERTIES):
            del package.rels[rel_id]
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype in (
            RT.CUSTOM_XML,
            "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
        ):
            del document.part.rels[rel_id]
    props = document.core_properties
    for name in (
        "title",
        "subject",
        "author",
        "keywords",
        "comments",
        "last_modified_by",
        "category",
        "content_status",
        "identifier",
        "language",
        "version",
    ):
        setattr(props, name, "")
    props.revision = 1
    settings = document.settings.element
    for tag in ("w:rsids", "w:attachedTemplate", "w:docVars", "w:savePreviewPicture"):
        for old in settings.findall(qn(tag)):
            settings.remove(old)
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), "da-DK")
    for tag in ("w:decimalSymbol", "w:listSeparator"):
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), "," if tag == "w:decimalSymbol" else ";")


def build(output: Path = OUTPUT) -> None:
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)

    styles_el = document.styles.element
    _set_defaults(styles_el)
    _set_normal(styles_el)
    for old in styles_el.findall(qn("w:style")):
        if old.get(qn("w:styleId")) in BUILT_IN:
            styles_el.remove(old)
    for xml in STYLES:
        style = parse_xml(xml)
        _in_schema_order(style)
        styles_el.append(style)
    _numbering(document)
    _footer_and_header(document)
    _clean_package(document)
    document.save(str(output))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    print(f"wrote {OUTPUT if len(sys.argv) < 2 else sys.argv[1]}")
