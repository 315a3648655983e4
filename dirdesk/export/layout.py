"""Page numbers stored in the Word file: LibreOffice lays the document out, its PDF says where.

Word shows a field's stored result until fields are updated, and in Protected View, Word
Online, a phone or a mail preview it never updates them: a ``PAGEREF`` without a result shows
blank there. So the export lays the document out once with LibreOffice (the PDF engine
already), reads from that PDF on which page each bookmark landed (LibreOffice writes Word
bookmarks as named destinations) and writes the numbers into the fields' result runs.

Measured on the reference REFERAT (LibreOffice 7.4, 2 cores): rendering to PDF and reading
the destinations ~3.3 s; a LibreOffice .docx round trip that stores the results ~2.4 s, but
an export with ``--pdf`` would need both conversions (~5.7 s) where this needs one, whose PDF
is the one written. The results do not change the layout: the numbers sit after a right tab.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from docx.oxml.ns import qn

from dirdesk.export.wordml import Element, add_text

FIELD_BEGIN, FIELD_SEPARATE, FIELD_END = "begin", "separate", "end"


def destination_name(bookmark: str) -> str:
    """The name LibreOffice gives a bookmark's PDF destination: other than A-Z, a-z, 0-9 and
    ``-`` each UTF-8 byte as two hex digits (``_DDPunkt1`` → ``5FDDPunkt1``)."""
    out = []
    for char in bookmark:
        if char.isascii() and (char.isalnum() or char == "-"):
            out.append(char)
        else:
            out.extend(f"{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out)


def bookmark_pages(pdf: Path, bookmarks: Iterable[str]) -> dict[str, int]:
    """The page (1-based) of each of ``bookmarks`` found among ``pdf``'s named destinations."""
    import pikepdf  # only an export with LibreOffice needs it

    with pikepdf.open(pdf) as document:
        page_numbers = {page.obj.objgen: number for number, page in enumerate(document.pages, start=1)}
        destinations: dict[str, object] = {}
        dests = document.Root.get("/Dests")
        if isinstance(dests, pikepdf.Dictionary):
            destinations.update((str(key)[1:], dests[key]) for key in dests.keys())  # noqa: SIM118
        names = document.Root.get("/Names")
        if isinstance(names, pikepdf.Dictionary) and "/Dests" in names:
            destinations.update((str(key), value) for key, value in pikepdf.NameTree(names.Dests).items())
        pages: dict[str, int] = {}
        for bookmark in bookmarks:
            dest = destinations.get(bookmark, destinations.get(destination_name(bookmark)))
            if isinstance(dest, pikepdf.Dictionary):
                dest = dest.get("/D")
            if isinstance(dest, pikepdf.Array) and len(dest) and isinstance(dest[0], pikepdf.Dictionary):
                page = page_numbers.get(dest[0].objgen)
                if page is not None:
                    pages[bookmark] = page
        return pages


class Field:
    """One complex field of a story: its instruction and the runs that hold its result."""

    def __init__(self, begin: Element) -> None:
        self.begin = begin
        self.instruction = ""
        self.separate: Element | None = None
        self.end: Element | None = None

    @property
    def words(self) -> list[str]:
        return self.instruction.split()

    def result_runs(self) -> list[Element]:
        """The runs between ``separate`` and ``end`` (in one paragraph or link)."""
        if self.separate is None or self.end is None:
            return []
        runs, run = [], self.separate.getnext()
        while run is not None and run is not self.end:
            runs.append(run)
            run = run.getnext()
        return runs

    def has_result(self) -> bool:
        return any((t.text or "").strip() for r in self.result_runs() for t in r.iter(qn("w:t")))

    def set_result(self, text: str) -> None:
        """Replace the result with ``text``, in the formatting of the field's first run."""
        if self.end is None:
            return
        parent = self.end.getparent()
        if self.separate is None:  # a field without a result part gets one
            separate = self.begin.makeelement(qn("w:r"), {})
            separate.append(separate.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): FIELD_SEPARATE}))
            self.end.addprevious(separate)
            self.separate = separate
        for run in self.result_runs():
            parent.remove(run)
        holder = parent.makeelement(qn("w:p"), {})
        add_text(holder, text)
        new_run = holder[0]
        rpr = self.begin.find(qn("w:rPr"))
        if rpr is not None:
            new_run.insert(0, _copy(rpr))
        self.end.addprevious(new_run)


def _copy(el: Element) -> Element:
    import copy

    return copy.deepcopy(el)


def fields(root: Element) -> list[Field]:
    """The complex fields under ``root`` whose three marks sit in runs of one parent (as the
    export writes them, and Word's own TOC and page number fields)."""
    found: list[Field] = []
    open_fields: list[Field] = []
    for run in root.iter(qn("w:r")):
        char = run.find(qn("w:fldChar"))
        if char is not None:
            kind = char.get(qn("w:fldCharType"))
            if kind == FIELD_BEGIN:
                open_fields.append(Field(run))
            elif kind == FIELD_SEPARATE and open_fields:
                open_fields[-1].separate = run
            elif kind == FIELD_END and open_fields:
                field = open_fields.pop()
                field.end = run
                if field.begin.getparent() is run.getparent():
                    found.append(field)
            continue
        if open_fields and open_fields[-1].separate is None:
            for instr in run.iter(qn("w:instrText")):
                open_fields[-1].instruction += instr.text or ""
    return found


def page_references(body: Element) -> list[str]:
    """The bookmarks the document's ``PAGEREF`` fields point to, in order."""
    return [f.words[1] for f in fields(body) if len(f.words) > 1 and f.words[0].upper() == "PAGEREF"]


def fill_page_fields(body: Element, furniture: Iterable[Element], pages: dict[str, int]) -> list[str]:
    """Write each ``PAGEREF``'s page from ``pages`` and give a ``PAGE`` field without a result
    "1"; returns the bookmarks that have no page (their field keeps what it had)."""
    missing: list[str] = []
    for field in fields(body):
        words = field.words
        if len(words) > 1 and words[0].upper() == "PAGEREF":
            if words[1] in pages:
                field.set_result(str(pages[words[1]]))
            else:
                missing.append(words[1])
    for root in furniture:
        for field in fields(root):
            if field.words[:1] in (["PAGE"], ["page"]) and not field.has_result():
                field.set_result("1")
    return missing
