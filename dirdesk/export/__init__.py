"""Word export of a meeting: DAGSORDEN and REFERAT, published (closed content left out) or internal.

``export_document`` is what the command line and the application call; ``render_document``
and ``render_bytes`` give the document without writing a file (tests, benchmarks, previews).
"""

from __future__ import annotations

import enum
from pathlib import Path

from docx.document import Document

from dirdesk.domain.model import Meeting
from dirdesk.export.base import BaseDocumentError, Styles, default_base_document
from dirdesk.export.documents import AgendaExporter, MinutesExporter
from dirdesk.export.exporter import MeetingExporter
from dirdesk.export.pdf import Finder, PdfError, export_with_pdf, find_libreoffice, pdf_target

__all__ = ["BaseDocumentError", "DocumentKind", "PdfError", "Styles", "default_base_document",
           "export_document", "find_libreoffice", "pdf_target", "render_bytes", "render_document"]


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
    exporter = _exporter(meeting, kind, internal, base_document)
    if not pdf:
        exporter.save(Path(target))
        return None
    pdf_target(Path(target))  # a bad name fails before the work is done
    return export_with_pdf(exporter.to_bytes(), Path(target), finder=find_soffice)


def render_document(meeting: Meeting, kind: DocumentKind, *, internal: bool = False,
                    base_document: Path | None = None) -> Document:
    """The document as a python-docx ``Document``, not written anywhere."""
    return _exporter(meeting, kind, internal, base_document).render()


def render_bytes(meeting: Meeting, kind: DocumentKind, *, internal: bool = False,
                 base_document: Path | None = None) -> bytes:
    """The .docx file's bytes."""
    return _exporter(meeting, kind, internal, base_document).to_bytes()
