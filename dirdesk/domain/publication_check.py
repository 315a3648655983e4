"""Tjek før offentliggørelse: personal data and closed content in the text a document publishes.

A published DAGSORDEN or REFERAT goes on the municipality's website. Before it is written the
text it will print is searched for CPR numbers (``DDMMYY-XXXX`` whose first six digits are a
date), e-mail addresses, phone numbers, names from the secretariat's list (staff in personnel
cases, citizens) and anything of a closed item that has found its way into open text. A CPR
number blocks the export until the secretariat confirms; the rest are warnings.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dirdesk.domain.model import AgendaItem, Insert, Meeting


class FindingKind(enum.StrEnum):
    CPR = "cpr"
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"
    CLOSED = "closed"
    ACCESSIBILITY = "accessibility"


LABELS = {
    FindingKind.CPR: "CPR-nummer",
    FindingKind.EMAIL: "E-mailadresse",
    FindingKind.PHONE: "Telefonnummer",
    FindingKind.NAME: "Navn fra listen",
    FindingKind.CLOSED: "Tekst fra et lukket punkt",
    FindingKind.ACCESSIBILITY: "Tilgængelighed",
}


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    place: str  # where, in the document's words: "Punkt 3 · Baggrund", "Tidsplan 10.30"
    found: str  # what was found (or, for accessibility, what is wrong)

    @property
    def blocks(self) -> bool:
        """A CPR number stops a published export until the secretariat confirms."""
        return self.kind is FindingKind.CPR

    def line(self) -> str:
        return f"{LABELS[self.kind]} – {self.place}: {self.found}"


@dataclass(frozen=True, slots=True)
class Text:
    place: str
    text: str


# DDMMYY, an optional hyphen or space, four digits; not part of a longer number or a date
# range such as 2025-2028.
_CPR = re.compile(r"(?<![\d/.-])(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?![\d/-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# A Danish number: eight digits, alone or in pairs/fours split by spaces (not a year range
# such as 2025-2028), with or without +45 / 0045.
_PHONE = re.compile(r"(?<![\w/.,+-])(?:(?:\+|00)45[\s-]?)?(?:\d{8}|\d{2}(?:\s\d{2}){3}|\d{4}\s\d{4})"
                    r"(?![\w/-]|[.,]\d|\s\d)")


def _plausible_date(day: int, month: int, year: int) -> bool:
    for century in (1900, 2000):
        try:
            dt.date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False


def cpr_numbers(text: str) -> list[str]:
    found = []
    for m in _CPR.finditer(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if _plausible_date(day, month, year):
            found.append(m[0])
    return found


def find_in(texts: Iterable[Text], names: Sequence[str] = ()) -> list[Finding]:
    """CPR numbers, e-mail addresses, phone numbers and listed names in ``texts``."""
    name_patterns = [(name, re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE))
                     for name in names if name.strip()]
    findings: list[Finding] = []
    for t in texts:
        cprs = cpr_numbers(t.text)
        findings += [Finding(FindingKind.CPR, t.place, c) for c in cprs]
        findings += [Finding(FindingKind.EMAIL, t.place, m[0]) for m in _EMAIL.finditer(t.text)]
        findings += [Finding(FindingKind.PHONE, t.place, m[0]) for m in _PHONE.finditer(t.text)
                     if not any(m[0].replace(" ", "") in c.replace(" ", "").replace("-", "") for c in cprs)]
        findings += [Finding(FindingKind.NAME, t.place, name) for name, pattern in name_patterns
                     if pattern.search(t.text)]
    return findings


def meeting_texts(meeting: Meeting, decisions: bool = True) -> list[Text]:
    """Every text a document of ``meeting`` prints, with its place (a DAGSORDEN: ``decisions``
    False, it prints none)."""
    texts = [Text("Mødet", meeting.location)]
    if meeting.note:
        texts.append(Text("Mødet", meeting.note))
    texts += [Text("Medlemmer", p.display) for p in (*meeting.members, *meeting.absent)]
    for number, item in enumerate(meeting.items, start=1):
        texts += _item_texts(number, item, decisions)
    for slot in meeting.schedule:
        where = f"Tidsplan {slot.start.hour}.{slot.start.minute:02d}"
        texts += [Text(where, slot.title)] + ([Text(where, slot.text)] if slot.text else [])
    if meeting.forward_plan is not None:
        for row in meeting.forward_plan.rows:
            where = f"Kommende møder {row.date.isoformat()}" if row.date else "Kommende møder"
            texts += [Text(where, p) for p in (row.note, *row.points) if p]
        texts += [Text("Punkter som afventer dato", p) for p in meeting.forward_plan.undated]
    return texts


def _item_texts(number: int, item: AgendaItem, decisions: bool) -> list[Text]:
    where = f"Punkt {number}"
    texts = [Text(where, item.title)]
    texts += [Text(where, n) for n in (item.journal_no, item.case_no) if n]
    for section in item.sections:
        if not isinstance(section, Insert):
            place = f"{where} · {section.heading or 'tekst'}"
            texts.append(Text(place, f"{section.heading}\n{section.text}"))
    for index, attachment in enumerate(item.attachments, start=1):
        texts += [Text(f"{where} · bilag {index}", t) for t in (attachment.title, attachment.doc_no) if t]
    if item.decision and decisions:
        texts.append(Text(f"{where} · beslutning", item.decision))
    return texts


MIN_CLOSED_PIECE = 12  # characters: shorter pieces ("Baggrund", "Godkendt.") are not telling


def closed_pieces(meeting: Meeting) -> list[str]:
    """What only the internal version may print: the closed items' own text and numbers and
    the closed attachments' titles and numbers, in pieces (lines, sentences) worth searching for."""
    pieces: list[str] = []
    for item in meeting.items:
        texts: list[str] = []
        if item.closed:
            texts += [item.case_no or ""]  # a journal number is a shared KLE class, not the case
            texts += [s.text for s in item.sections if not isinstance(s, Insert)]
            texts += [item.decision or ""]
            texts += [t for a in item.attachments for t in (a.title, a.doc_no) if t]
        texts += [t for a in item.attachments if a.closed for t in (a.title, a.doc_no) if t]
        for text in texts:
            for piece in re.split(r"(?<=[.!?])\s+|\n+", text):
                piece = piece.strip(" -*#\t.!?;:,")
                if len(piece) >= MIN_CLOSED_PIECE or (piece and any(c.isdigit() for c in piece)
                                                      and len(piece) >= 5):
                    pieces.append(piece)
    return pieces


def find_closed(texts: Iterable[Text], pieces: Sequence[str]) -> list[Finding]:
    folded = [(p, p.casefold()) for p in dict.fromkeys(pieces)]
    return [Finding(FindingKind.CLOSED, t.place, piece) for t in texts
            for piece, low in folded if low in t.text.casefold()]
