"""Word export of a meeting: DAGSORDEN and REFERAT, published (closed content left out) or internal.

``export_document`` is what the command line and the application call; ``render_document``
and ``render_bytes`` give the document without writing a file (tests, benchmarks, previews).
"""

from __future__ import annotations

import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document

from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.model import Meeting
from dirdesk.domain.publication_check import Finding
from dirdesk.export.base import BaseDocumentError, Styles, default_base_document
from dirdesk.export.check import check_accessibility, check_text
from dirdesk.export.documents import AgendaExporter, MinutesExporter
from dirdesk.export.exporter import MeetingExporter
from dirdesk.export.layout import bookmark_pages, fill_page_fields, page_references
from dirdesk.export.pdf import Finder, PdfError, export_with_pdf, find_libreoffice, pdf_target
from dirdesk.files import write_atomically

__all__ = ["PAGE_NUMBERS_LATER", "BaseDocumentError", "DocumentKind", "EmptyMinutes", "Exported",
           "PdfError", "Styles", "default_base_document", "export_document", "export_meeting",
           "Rendered", "find_libreoffice", "pdf_target", "prepublication_check",
           "refuse_empty_minutes", "render", "render_bytes", "render_document"]

# Said by the export dialog and the command line when the page numbers are not in the file.
PAGE_NUMBERS_LATER = Message(
    "{reason}: the page numbers of the table of contents are filled in when Word updates the "
    "fields (Word asks when the document is opened)", reason=Message("LibreOffice is not installed"))


class DocumentKind(enum.StrEnum):
    DAGSORDEN = "dagsorden"
    REFERAT = "referat"


_EXPORTERS: dict[DocumentKind, type[MeetingExporter]] = {
    DocumentKind.DAGSORDEN: AgendaExporter,
    DocumentKind.REFERAT: MinutesExporter,
}


def _exporter(meeting: Meeting, kind: DocumentKind, internal: bool,
              base_document: Path | None) -> MeetingExporter:
    base = Path(base_document) if base_document is not None else default_base_document()
    return _EXPORTERS[DocumentKind(kind)](meeting, internal=internal, base_document=base)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One rendering of a document, handed to both the check before publishing and the export:
    a published export renders its document once (the check reads the rendered document)."""

    exporter: MeetingExporter
    document: Document
    meeting: Meeting
    kind: DocumentKind
    internal: bool

    def serves(self, meeting: Meeting, kind: DocumentKind, internal: bool) -> None:
        """Refuse to stand for another document than the one rendered (a programming error)."""
        if (self.meeting, self.kind, self.internal) != (meeting, DocumentKind(kind), internal):
            raise ValueError("the rendered document is not the one asked for")


def render(meeting: Meeting, kind: DocumentKind, *, internal: bool = False,
           base_document: Path | None = None) -> Rendered:
    """The document rendered once, to be checked (``prepublication_check``) and written
    (``export_meeting``) without rendering it again."""
    exporter = _exporter(meeting, kind, internal, base_document)
    return Rendered(exporter, exporter.render(), meeting, DocumentKind(kind), internal)


class EmptyMinutes(UserError):
    """A REFERAT of a date without an agenda: nothing was decided, nothing is written."""


def refuse_empty_minutes(meeting: Meeting, kind: DocumentKind) -> None:
    """Raise ``EmptyMinutes`` for a REFERAT of a meeting without items (a planned date)."""
    if DocumentKind(kind) is DocumentKind.REFERAT and not meeting.items:
        raise EmptyMinutes(Message(
            "{date}: the meeting has no agenda (no items): there is no REFERAT to write",
            date=meeting.date.isoformat()))  # the place: the date as typed


def _not_laid_out(reason: Message) -> Message:
    return Message("{reason}: the page numbers of the table of contents are filled in when Word "
                   "updates the fields (Word asks when the document is opened)", reason=reason)


@dataclass(frozen=True, slots=True)
class Exported:
    """What an export wrote: the .docx, its PDF (or None), and why page numbers are missing."""

    docx: Path
    pdf: Path | None
    notice: Message | None = None  # None: every page number is stored in the file

    @property
    def page_numbers(self) -> bool:
        return self.notice is None


def export_meeting(meeting: Meeting, kind: DocumentKind, target: Path, *, internal: bool = False,
                   base_document: Path | None = None, pdf: bool = False, archive: bool = False,
                   find_soffice: Finder = find_libreoffice,
                   rendered: Rendered | None = None) -> Exported:
    """Write the document to ``target`` with the page numbers of its fields stored in it.

    Where LibreOffice is installed it lays the document out (one conversion to PDF, which is
    also the PDF written with ``pdf``; ``archive`` makes it PDF/A-2b) and the page of every
    ``PAGEREF`` is written into the field. Without LibreOffice, or when it fails on a Word-only
    export, the document asks Word to update its fields on opening instead and
    ``Exported.notice`` says so; a PDF cannot be made then (``PdfError``). Files are written
    atomically: a failure leaves existing ones as they were. ``rendered``: the document as
    ``render`` made it for the check before publishing, written without rendering it again.
    """
    target = Path(target)
    refuse_empty_minutes(meeting, kind)
    if rendered is not None:
        rendered.serves(meeting, kind, internal)
    pdf = pdf or archive
    if pdf:
        pdf_target(target)  # a bad name fails before the work is done
    soffice = find_soffice()
    if soffice is not None or pdf:
        if rendered is None:
            rendered = render(meeting, kind, internal=internal, base_document=base_document)
        exporter, document = rendered.exporter, rendered.document
        rendered = None  # filled in with page numbers now: a fallback renders afresh
        body = document.element.body
        unread: list[str] = []

        def finish(laid_out: Path) -> bytes:
            references = page_references(body)
            try:
                pages = bookmark_pages(laid_out, references)
            except Exception:  # noqa: BLE001  # an unreadable PDF: the numbers are left to Word
                pages = {}
            unread.extend(fill_page_fields(body, exporter.base.header_footer_roots(), pages))
            if unread:
                exporter.base.ask_to_update_fields()
            return _bytes(document)

        try:
            written = export_with_pdf(_bytes(document), target, soffice=soffice, finder=find_soffice,
                                      archive=archive, finish=finish, write_pdf=pdf)
        except PdfError as exc:
            if pdf:
                raise
            failed = exc.message
        else:
            notice = _not_laid_out(Message("LibreOffice's layout lacks some headings")) if unread else None
            return Exported(target, written if pdf else None, notice)
    else:
        failed = None
    if rendered is None:
        rendered = render(meeting, kind, internal=internal, base_document=base_document)
    exporter, document = rendered.exporter, rendered.document
    exporter.base.ask_to_update_fields()
    write_atomically(target, lambda tmp: document.save(str(tmp)))
    return Exported(target, None, PAGE_NUMBERS_LATER if failed is None else _not_laid_out(
        Message("LibreOffice could not lay the document out ({fault})", fault=failed)))


def _bytes(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_document(meeting: Meeting, kind: DocumentKind, target: Path, *, internal: bool = False,
                    base_document: Path | None = None, pdf: bool = False,
                    find_soffice: Finder = find_libreoffice) -> Path | None:
    """Write the document to ``target``, atomically: a failure leaves an existing file as it was.

    With ``pdf`` also its PDF beside it (``pdf_target``), converted by LibreOffice before either
    file is written; returns the PDF's path (None without ``pdf``).

    Raises ``BaseDocumentError`` for an unusable base document, ``dirdesk.files.OutputError``
    for a target that cannot be written and ``PdfError`` when LibreOffice is missing or fails
    (all ``UserError``).
    """
    return export_meeting(meeting, kind, target, internal=internal, base_document=base_document,
                          pdf=pdf, find_soffice=find_soffice).pdf


def prepublication_check(meeting: Meeting, kind: DocumentKind, *, names: Sequence[str] = (),
                         base_document: Path | None = None,
                         rendered: Rendered | None = None) -> list[Finding]:
    """Tjek før offentliggørelse: what the published ``kind`` of ``meeting`` should not print,
    and what its document lacks for accessibility. ``Finding.blocks`` marks a CPR number.
    ``rendered``: the published document as ``render`` made it (else it is rendered here)."""
    if rendered is None:
        rendered = render(meeting, kind, base_document=base_document)
    rendered.serves(meeting, kind, False)
    document = rendered.document
    decisions = DocumentKind(kind) is DocumentKind.REFERAT
    findings = check_text(meeting, names, decisions) + check_accessibility(document)
    return sorted(findings, key=lambda f: not f.blocks)  # what blocks first


def render_document(meeting: Meeting, kind: DocumentKind, *, internal: bool = False,
                    base_document: Path | None = None) -> Document:
    """The document as a python-docx ``Document``, not written anywhere."""
    return _exporter(meeting, kind, internal, base_document).render()


def render_bytes(meeting: Meeting, kind: DocumentKind, *, internal: bool = False,
                 base_document: Path | None = None) -> bytes:
    """The .docx file's bytes."""
    return _exporter(meeting, kind, internal, base_document).to_bytes()
