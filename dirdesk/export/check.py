"""Tjek før offentliggørelse of one document: its published text, and its own accessibility.

The text searched is what the published document prints (``publish.published``); the
accessibility checks read the rendered document: language, headings, table headers, title.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn

from dirdesk.domain.model import Meeting
from dirdesk.domain.publication_check import (
    Finding,
    FindingKind,
    closed_pieces,
    find_closed,
    find_in,
    meeting_texts,
)
from dirdesk.export.publish import published

NAMES_FILE = "offentliggoerelse-navne.txt"  # one name a line, in the user's config folder


def read_names(path: Path) -> list[str]:
    """The names of a list file (one a line; empty lines and lines starting with # skipped)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def check_text(meeting: Meeting, names: Sequence[str] = (), decisions: bool = True) -> list[Finding]:
    """Personal data and closed content in the text the published version of ``meeting`` prints
    (``decisions``: a REFERAT's)."""
    texts = meeting_texts(published(meeting), decisions)
    return find_in(texts, names) + find_closed(texts, closed_pieces(meeting))


def check_accessibility(document: Document) -> list[Finding]:
    """What a screen reader or an accessibility checker would miss in the rendered document."""
    findings: list[Finding] = []

    def fault(what: str) -> None:
        findings.append(Finding(FindingKind.ACCESSIBILITY, "Dokumentet", what))

    styles = document.styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if lang is None or (lang.get(qn("w:val")) or "").lower() != "da-dk":
        fault("sproget er ikke angivet som dansk (da-DK) i basisdokumentet")
    if not (document.core_properties.title or "").strip():
        fault("dokumentet har ingen titel")
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}

    def level(style_id: str | None) -> str | None:
        seen = set()
        while style_id and style_id in by_id and style_id not in seen:
            seen.add(style_id)
            lvl = by_id[style_id].find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if lvl is not None:
                value: str | None = lvl.get(qn("w:val"))
                return value
            based = by_id[style_id].find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return None

    body = document.element.body
    levels = [level(p.get(qn("w:val"))) for p in body.iter(qn("w:pStyle"))]
    if "0" not in levels:
        fault("ingen overskrifter på niveau 1 (punkternes overskrifter)")
    if "1" not in levels:
        fault("ingen overskrifter på niveau 2 (afsnittenes overskrifter)")
    for number, tbl in enumerate(body.iter(qn("w:tbl")), start=1):
        first = tbl.find(qn("w:tr"))
        if first is None or first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None:
            fault(f"tabel {number} har ingen markeret overskriftsrække")
    return findings
