"""WordprocessingML building blocks: paragraphs, runs, fields, bookmarks, links and fixed tables.

Everything is built as lxml elements in python-docx's element classes, which is several times
faster than python-docx's object layer for documents of a few hundred paragraphs and gives
exact control over what Word and LibreOffice need (field runs, tab stops, ``tblGrid``).
All text passes through ``dirdesk.domain.text.xml_safe``: characters XML cannot hold are
dropped and a form feed or vertical tab becomes a line break.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from dirdesk.domain.text import LINE_BREAK, Run, xml_safe

Element: TypeAlias = etree._Element

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def element(tag: str, **attrs: str) -> Element:
    """A new ``w:`` element; attribute names are given without prefix (``val="x"``)."""
    el: Element = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    return el


def sub(parent: Element, tag: str, **attrs: str) -> Element:
    el = element(tag, **attrs)
    parent.append(el)
    return el


class Story:
    """Appends block content (paragraphs, tables) to a body or a table cell, in order."""

    def __init__(self, container: Element) -> None:
        self._container = container
        sect_pr = container.find(qn("w:sectPr"))
        self._anchor: Element | None = sect_pr if sect_pr is not None else None
        self._gap = 0

    def gap(self, twips: int) -> None:
        """Room before the next paragraph (after a table) as its spacing, not an empty paragraph:
        a screen reader announces an empty paragraph as "blank"."""
        self._gap = twips

    def append(self, block: Element) -> Element:
        if self._gap and block.tag == qn("w:p"):
            ppr = block.find(qn("w:pPr"))
            if ppr is None:
                ppr = element("w:pPr")
                block.insert(0, ppr)
            if ppr.find(qn("w:spacing")) is None:
                ppr.append(element("w:spacing", before=str(self._gap)))  # after pStyle … numPr
        if block.tag in (qn("w:p"), qn("w:tbl")):
            self._gap = 0
        if self._anchor is not None:
            self._anchor.addprevious(block)
        else:
            self._container.append(block)
        return block

    def paragraph(self, style_id: str, text: str = "", *, page_break_before: bool | None = None,
                  bold: bool = False) -> Element:
        p = paragraph(style_id, page_break_before=page_break_before)
        if text:
            add_text(p, text, bold=bold)
        return self.append(p)

    @property
    def is_empty(self) -> bool:
        return not any(child.tag in (qn("w:p"), qn("w:tbl")) for child in self._container)


def paragraph(style_id: str, *, page_break_before: bool | None = None,
              num: tuple[int, int] | None = None) -> Element:
    """An empty paragraph of a style; ``num`` is ``(numId, level)`` for a list entry."""
    p = element("w:p")
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:pStyle", val=style_id)
    if page_break_before is not None:
        sub(ppr, "w:pageBreakBefore", val="1" if page_break_before else "0")
    if num is not None:
        num_pr = sub(ppr, "w:numPr")
        sub(num_pr, "w:ilvl", val=str(num[1]))
        sub(num_pr, "w:numId", val=str(num[0]))
    return p


def _run(bold: bool, italic: bool, char_style: str | None) -> Element:
    r = element("w:r")
    if bold or italic or char_style:
        rpr = sub(r, "w:rPr")
        if char_style:
            sub(rpr, "w:rStyle", val=char_style)
        if bold:
            sub(rpr, "w:b")
            sub(rpr, "w:bCs")
        if italic:
            sub(rpr, "w:i")
            sub(rpr, "w:iCs")
    return r


def add_text(parent: Element, text: str, *, bold: bool = False, italic: bool = False,
             char_style: str | None = None) -> None:
    """Append ``text`` as one run to a paragraph (or hyperlink): tabs and breaks become elements."""
    text = xml_safe(text).replace("\n", LINE_BREAK)
    if not text:
        return
    r = _run(bold, italic, char_style)
    start = 0
    for index, char in enumerate(text):
        if char in ("\t", LINE_BREAK):
            _add_t(r, text[start:index])
            sub(r, "w:tab" if char == "\t" else "w:br")
            start = index + 1
    _add_t(r, text[start:])
    parent.append(r)


def _add_t(r: Element, text: str) -> None:
    if not text:
        return
    t = sub(r, "w:t")
    t.text = text
    if text[0].isspace() or text[-1].isspace():
        t.set(_XML_SPACE, "preserve")


def add_runs(parent: Element, runs: Iterable[Run]) -> None:
    for run in runs:
        add_text(parent, run.text, bold=run.bold, italic=run.italic)


def add_field(parent: Element, instruction: str, cached: str = "") -> None:
    """A complex field (``PAGE``, ``PAGEREF x \\h``): Word and LibreOffice compute its result."""
    sub(sub(parent, "w:r"), "w:fldChar", fldCharType="begin")
    instr = sub(sub(parent, "w:r"), "w:instrText")
    instr.text = f" {instruction} "
    instr.set(_XML_SPACE, "preserve")
    sub(sub(parent, "w:r"), "w:fldChar", fldCharType="separate")
    if cached:
        add_text(parent, cached)
    sub(sub(parent, "w:r"), "w:fldChar", fldCharType="end")


def bookmark(p: Element, name: str, bookmark_id: int) -> None:
    """Mark the whole paragraph's text as bookmark ``name`` (a PAGEREF target)."""
    start = element("w:bookmarkStart", id=str(bookmark_id), name=name)
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    sub(p, "w:bookmarkEnd", id=str(bookmark_id))


def hyperlink(p: Element, anchor: str) -> Element:
    """An internal link to bookmark ``anchor``; runs appended to it are clickable."""
    link = sub(p, "w:hyperlink", anchor=anchor, history="1")
    return link


@dataclass(frozen=True, slots=True)
class Column:
    heading: str
    width: int  # twips


def table(style_id: str, columns: Sequence[Column], heading_style: str) -> Element:
    """A fixed-layout table with a header row that repeats on every page it runs over.

    Widths are set three times over (``tblW``, ``tblGrid/gridCol``, ``tcW`` on every cell,
    ``tblLayout fixed``) because Word reads one and LibreOffice another.
    """
    tbl = element("w:tbl")
    tbl_pr = sub(tbl, "w:tblPr")
    sub(tbl_pr, "w:tblStyle", val=style_id)
    sub(tbl_pr, "w:tblW", w=str(sum(c.width for c in columns)), type="dxa")
    sub(tbl_pr, "w:tblLayout", type="fixed")
    sub(tbl_pr, "w:tblLook", val="0020", firstRow="1", lastRow="0", firstColumn="0",
        lastColumn="0", noHBand="1", noVBand="1")
    grid = sub(tbl, "w:tblGrid")
    for column in columns:
        sub(grid, "w:gridCol", w=str(column.width))
    header = add_row(tbl, columns, header=True)
    for cell, column in zip(header, columns, strict=True):
        p = sub(cell, "w:p")
        sub(sub(p, "w:pPr"), "w:pStyle", val=heading_style)
        add_text(p, column.heading)
    return tbl


def add_row(tbl: Element, columns: Sequence[Column], *, header: bool = False) -> list[Element]:
    """A new row; returns its cells, each empty (fill with ``Story(cell)``, then ``close_cell``)."""
    tr = sub(tbl, "w:tr")
    tr_pr = sub(tr, "w:trPr")
    # No row is split over a page (a long grid row continued under an empty time cell);
    # the header row is marked as such (repeated on each page, a TH in a tagged PDF).
    sub(tr_pr, "w:cantSplit")
    if header:
        sub(tr_pr, "w:tblHeader")
    cells = []
    for column in columns:
        tc = sub(tr, "w:tc")
        sub(sub(tc, "w:tcPr"), "w:tcW", w=str(column.width), type="dxa")
        cells.append(tc)
    return cells


def close_cell(tc: Element, style_id: str) -> None:
    """A cell must end with a paragraph: give an empty one if nothing was written."""
    if tc.find(qn("w:p")) is None and tc.find(qn("w:tbl")) is None:
        sub(sub(sub(tc, "w:p"), "w:pPr"), "w:pStyle", val=style_id)
