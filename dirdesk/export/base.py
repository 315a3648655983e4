"""The base document: loading it, checking its styles, and clearing what it must not pass on.

A secretariat restyles the documents by editing ``dirdesk/resources/dirdesk-base.docx`` in Word.
Whatever else Word leaves in that file (its text, comments, custom properties, document
variables, the author's name) is removed here, so that a document carries only what the
meeting puts into it.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.text import LINE_BREAK, xml_safe
from dirdesk.export.wordml import Element
from dirdesk.paths import resources_dir

BASE_DOCUMENT_NAME = "dirdesk-base.docx"


def default_base_document() -> Path:
    return resources_dir() / BASE_DOCUMENT_NAME


class BaseDocumentError(UserError):
    """The base document cannot be used: missing, not a .docx, or lacking a style."""


@dataclass(frozen=True, slots=True)
class StyleNeed:
    name: str
    kind: str  # "paragraph", "character" or "table"


class Styles:
    """The style names the exporters use; each must be defined in the base document."""

    TITLE = StyleNeed("Title", "paragraph")  # Word's own, restyled in the base
    DOCUMENT_KIND = StyleNeed("DD Document Kind", "paragraph")
    INTERNAL_NOTICE = StyleNeed("DD Internal Notice", "paragraph")
    FACT = StyleNeed("DD Fact", "paragraph")
    FACT_LABEL = StyleNeed("DD Fact Label", "character")
    TOC_HEADING = StyleNeed("DD TOC Heading", "paragraph")
    TOC_SIDE = StyleNeed("DD TOC Side", "paragraph")
    TOC_ENTRY = StyleNeed("DD TOC Entry", "paragraph")
    ITEM_HEADING = StyleNeed("heading 1", "paragraph")  # Word's Heading 1
    ACCESS = StyleNeed("DD Access", "paragraph")
    SECTION_HEADING = StyleNeed("heading 2", "paragraph")  # Word's Heading 2
    BODY = StyleNeed("DD Body", "paragraph")
    LIST_BULLET = (
        StyleNeed("DD List Bullet", "paragraph"),
        StyleNeed("DD List Bullet 2", "paragraph"),
        StyleNeed("DD List Bullet 3", "paragraph"),
    )
    LIST_NUMBER = (
        StyleNeed("DD List Number", "paragraph"),
        StyleNeed("DD List Number 2", "paragraph"),
        StyleNeed("DD List Number 3", "paragraph"),
    )
    SCHEDULE_TABLE = StyleNeed("DD Schedule Table", "table")
    PLAN_TABLE = StyleNeed("DD Plan Table", "table")
    TABLE_HEADING = StyleNeed("DD Table Heading", "paragraph")
    TABLE_TEXT = StyleNeed("DD Table Text", "paragraph")
    SCHEDULE_TIME = StyleNeed("DD Schedule Time", "paragraph")
    SCHEDULE_TITLE = StyleNeed("DD Schedule Title", "paragraph")
    PLAN_DATE = StyleNeed("DD Plan Date", "paragraph")
    PLAN_NOTE = StyleNeed("DD Plan Note", "paragraph")
    UNDATED_LABEL = StyleNeed("DD Undated Label", "paragraph")
    ATTACHMENTS_HEADING = StyleNeed("DD Attachments Heading", "paragraph")
    ATTACHMENT = StyleNeed("DD Attachment", "paragraph")
    DECISION_HEADING = StyleNeed("DD Decision Heading", "paragraph")
    DECISION = StyleNeed("DD Decision", "paragraph")
    OVERVIEW_HEADING = StyleNeed("DD Overview Heading", "paragraph")
    OVERVIEW_ITEM = StyleNeed("DD Overview Item", "paragraph")
    OVERVIEW_ATTACHMENT = StyleNeed("DD Overview Attachment", "paragraph")
    SIGNATURE_HEADING = StyleNeed("DD Signature Heading", "paragraph")
    SIGNATURE_LINE = StyleNeed("DD Signature Line", "paragraph")
    SIGNATURE = StyleNeed("DD Signature", "paragraph")

    # Styles added after secretariats may have made their own base document: used where the
    # base defines them, else the style named beside them.
    OPTIONAL: ClassVar[dict[str, StyleNeed]] = {
        "DD Version": DOCUMENT_KIND,  # "Version 2" under the document kind
    }

    @classmethod
    def all(cls) -> list[StyleNeed]:
        needs: list[StyleNeed] = []
        for value in vars(cls).values():
            if isinstance(value, StyleNeed):
                needs.append(value)
            elif isinstance(value, tuple):
                needs.extend(v for v in value if isinstance(v, StyleNeed))
        return needs


# Relationships of the main document part a generated document keeps; everything else the
# base may carry (comments, people, custom XML, glossary, images of its old body, links,
# macros) is dropped, and with it the part.
_KEPT_DOCUMENT_RELS = {
    RT.STYLES,
    RT.NUMBERING,
    RT.SETTINGS,
    RT.FONT_TABLE,
    RT.WEB_SETTINGS,
    RT.THEME,
    RT.HEADER,
    RT.FOOTER,
    RT.FOOTNOTES,
    RT.ENDNOTES,
}
# Package-level relationships kept: the document and its core properties (rewritten below).
_KEPT_PACKAGE_RELS = {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES}
# settings.xml elements that can carry the base author's data or fight the export.
_DROPPED_SETTINGS = (
    "w:attachedTemplate",
    "w:docVars",
    "w:rsids",
    "w:documentProtection",
    "w:writeProtection",
    "w:removePersonalInformation",
    "w:updateFields",
    "w:mailMerge",
    "w:saveThroughXslt",
    "w:attachedSchema",
)


_AFTER_UPDATE_FIELDS = {
    qn(f"w:{name}")
    for name in [
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    ]
} | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}


# settings.xml elements that follow w:compat in the schema's order.
_AFTER_COMPAT = {
    qn(f"w:{name}")
    for name in ["docVars", "rsids", "attachedSchema", "themeFontLang", "clrSchemeMapping",
                 "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
                 "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                 "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"]
} | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}


def _error(message: Message) -> BaseDocumentError:
    return BaseDocumentError(message)


class BaseDocument:
    """A freshly loaded copy of the base document, emptied, with its styles resolved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.document = self._load(path)
        self._style_ids = self._resolve_styles()

    @staticmethod
    def _load(path: Path) -> Document:
        if not path.is_file():
            raise _error(Message("{path}: the base document does not exist", path=path))
        try:
            return docx.Document(str(path))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise _error(Message("{path}: the base document is not a Word document (.docx): {fault}",
                                 path=path, fault=exc)) from None
        except OSError as exc:
            raise _error(Message("{path}: the base document cannot be read: {fault}",
                                 path=path, fault=exc.strerror or exc)) from None

    def _resolve_styles(self) -> dict[str, str]:
        found: dict[str, tuple[str, str]] = {}
        for style in self.document.styles.element.findall(qn("w:style")):
            name_el = style.find(qn("w:name"))
            if name_el is not None:
                found[name_el.get(qn("w:val")) or ""] = (
                    style.get(qn("w:styleId")) or "",
                    style.get(qn("w:type")) or "paragraph",
                )
        ids: dict[str, str] = {}
        for need in Styles.all():
            if need.name not in found:
                raise _error(Message('{path}: the base document lacks the {kind} style "{name}"',
                                     path=self.path, kind=need.kind, name=need.name))
            style_id, kind = found[need.name]
            if kind != need.kind:
                raise _error(Message(
                    '{path}: the style "{name}" in the base document is a {kind} style, not a '
                    "{needed} style", path=self.path, name=need.name, kind=kind, needed=need.kind))
            ids[need.name] = style_id
        for name, fallback in Styles.OPTIONAL.items():
            style_id, kind = found.get(name, ("", ""))
            ids[name] = style_id if kind == fallback.kind else ids[fallback.name]
        return ids

    def style_id(self, need: StyleNeed | str) -> str:
        """The id of a needed style, or of an optional one by name (its fallback's if absent)."""
        return self._style_ids[need if isinstance(need, str) else need.name]

    # --- lists --------------------------------------------------------------------------

    def numbering_root(self) -> Element:
        root: Element = self.document.part.numbering_part.element
        return root

    def list_num_id(self, need: StyleNeed) -> int:
        """The ``numId`` a list style refers to (its bullets or numbering)."""
        style = self.document.styles.element.get_by_id(self.style_id(need))
        num_id = None
        if style is not None:
            for el in style.iter(qn("w:numId")):
                num_id = el.get(qn("w:val"))
        nums = {n.get(qn("w:numId")) for n in self.numbering_root().findall(qn("w:num"))}
        if num_id is None or num_id not in nums or num_id == "0":
            raise _error(Message('{path}: the style "{name}" in the base document has no list '
                                 "numbering", path=self.path, name=need.name))
        return int(num_id)

    def abstract_num_id(self, num_id: int) -> int:
        for num in self.numbering_root().findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                abstract = num.find(qn("w:abstractNumId"))
                if abstract is not None:
                    return int(abstract.get(qn("w:val")) or "0")
        raise _error(Message("{path}: list {number} in the base document has no definition",
                             path=self.path, number=num_id))

    # --- clearing -----------------------------------------------------------------------

    def clear(self) -> None:
        """Remove the base's own body text and every part and property it must not pass on."""
        body = self.document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        part = self.document.part
        for rel_id, rel in list(part.rels.items()):
            if rel.reltype not in _KEPT_DOCUMENT_RELS:
                del part.rels[rel_id]
        # Headers and footers not used by the section properties (Word keeps stale ones).
        used = {ref.get(qn("r:id")) for ref in body.iter(qn("w:headerReference"), qn("w:footerReference"))}
        for rel_id, rel in list(part.rels.items()):
            if rel.reltype in (RT.HEADER, RT.FOOTER) and rel_id not in used:
                del part.rels[rel_id]
        package = part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype not in _KEPT_PACKAGE_RELS:
                del package.rels[rel_id]
        for rel in part.rels.values():
            if rel.reltype in (RT.FOOTNOTES, RT.ENDNOTES):
                root = _part_element(rel.target_part)
                for note in list(root):
                    if note.get(qn("w:type")) in (None, "normal"):
                        root.remove(note)
        settings = self.document.settings.element
        for tag in _DROPPED_SETTINGS:
            for old in settings.findall(qn(tag)):
                settings.remove(old)

    def header_footer_roots(self) -> list[Element]:
        return [
            _part_element(rel.target_part)
            for rel in self.document.part.rels.values()
            if rel.reltype in (RT.HEADER, RT.FOOTER)
        ]

    def ask_to_update_fields(self) -> None:
        """Word recomputes the table of contents' page references when the file is opened.

        Word keeps a field's last result until fields are updated; with this setting it offers
        to update them on opening. LibreOffice computes page references at layout anyway.
        """
        settings = self.document.settings.element
        update = settings.makeelement(qn("w:updateFields"), {qn("w:val"): "true"})
        for child in settings:  # schema order: before the first of the elements that follow it
            if child.tag in _AFTER_UPDATE_FIELDS:
                child.addprevious(update)
                return
        settings.append(update)

    def word_2013_mode(self) -> None:
        """``compatibilityMode`` 15: Word opens the document without "Compatibility Mode"."""
        settings = self.document.settings.element
        compat = settings.find(qn("w:compat"))
        if compat is None:
            compat = settings.makeelement(qn("w:compat"), {})
            for child in settings:
                if child.tag in _AFTER_COMPAT:
                    child.addprevious(compat)
                    break
            else:
                settings.append(compat)
        for old in compat.findall(qn("w:useFELayout")):  # a Word 2010 East Asian layout switch
            compat.remove(old)
        mode = next((c for c in compat.findall(qn("w:compatSetting"))
                     if c.get(qn("w:name")) == "compatibilityMode"), None)
        if mode is None:
            mode = compat.makeelement(qn("w:compatSetting"), {
                qn("w:name"): "compatibilityMode", qn("w:uri"): "http://schemas.microsoft.com/office/word"})
            compat.insert(0, mode)
        mode.set(qn("w:val"), "15")

    def keep_used_styles(self) -> None:
        """Remove every style the document does not use (python-docx's template brings ~150).

        Used: referred to by the body, a header, footer or notes part, or a list level; kept
        with them the styles those are based on, link to or are followed by, and the defaults.
        """
        styles = self.document.styles.element
        by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
        roots = [self.document.element.body, self.numbering_root(), *self.header_footer_roots()]
        roots += [_part_element(rel.target_part) for rel in self.document.part.rels.values()
                  if rel.reltype in (RT.FOOTNOTES, RT.ENDNOTES)]
        wanted = [s for s, el in by_id.items() if el.get(qn("w:default")) in ("1", "true", "on")]
        for root in roots:
            for ref in root.iter(qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"),
                                 qn("w:numStyleLink"), qn("w:styleLink")):
                wanted.append(ref.get(qn("w:val")))
        kept: set[str] = set()
        while wanted:
            style_id = wanted.pop()
            if style_id in kept or style_id not in by_id:
                continue
            kept.add(style_id)
            for ref in by_id[style_id].iter(qn("w:basedOn"), qn("w:link"), qn("w:next"),
                                            qn("w:numStyleLink"), qn("w:styleLink")):
                wanted.append(ref.get(qn("w:val")))
        for style_id, el in by_id.items():
            if style_id not in kept:
                styles.remove(el)

    def set_properties(
        self, *, title: str, subject: str, author: str, created: dt.datetime, language: str,
        version: str = "",
    ) -> None:
        """Core properties from the meeting; every other property the base had is cleared."""
        props = self.document.core_properties
        element = props._element
        for child in list(element):
            element.remove(child)
        # Word's core properties hold at most 255 characters (python-docx refuses more).
        props.title = one_line(title)[:255]
        props.subject = one_line(subject)[:255]
        props.author = one_line(author)[:255]
        props.language = language
        props.created = created
        props.modified = created
        props.revision = 1
        if version:
            props.version = one_line(version)[:255]


def one_line(text: str) -> str:
    """``text`` storable where no line break can stand (properties, a header's placeholder)."""
    return " ".join(xml_safe(text).replace(LINE_BREAK, " ").split())


def _part_element(part: Any) -> Element:
    """The root element of a header, footer or notes part (python-docx XmlPart)."""
    root: Element = part.element
    return root


def fill_placeholders(root: Element, values: dict[str, str]) -> None:
    """Replace ``{name}`` placeholders in the text of a header or footer.

    Word may split a placeholder over several runs when the secretariat edits the base, so
    each stretch of consecutive text outside fields (up to a tab or break) is joined,
    replaced, and put back into its first run (field results, such as the page number, are left alone).
    """
    for p in root.iter(qn("w:p")):
        if not any("{" in (t.text or "") for t in p.iter(qn("w:t"))):
            continue
        stretches: list[list[Element]] = [[]]
        depth = 0
        for el in p.iter(qn("w:t"), qn("w:fldChar"), qn("w:fldSimple"), qn("w:tab"), qn("w:br"), qn("w:cr")):
            if el.tag in (qn("w:tab"), qn("w:br"), qn("w:cr")):
                stretches.append([])
            elif el.tag == qn("w:fldChar"):
                kind = el.get(qn("w:fldCharType"))
                depth += 1 if kind == "begin" else -1 if kind == "end" else 0
                stretches.append([])
            elif el.tag == qn("w:fldSimple"):
                stretches.append([])
            elif depth == 0 and not _inside_simple_field(el):
                stretches[-1].append(el)
        for stretch in stretches:
            if not stretch:
                continue
            joined = "".join(t.text or "" for t in stretch)
            replaced = joined
            for name, value in values.items():
                replaced = replaced.replace("{" + name + "}", one_line(value))
            if replaced != joined:
                stretch[0].text = replaced
                stretch[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                for t in stretch[1:]:
                    t.text = ""


def _inside_simple_field(el: Element) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == qn("w:fldSimple"):
            return True
        parent = parent.getparent()
    return False
