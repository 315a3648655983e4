"""What changed between two copies of a meeting, in Danish words the secretariat can act on."""

from __future__ import annotations

from dirdesk.domain.model import AgendaItem, Meeting


def _label(number: int, item: AgendaItem) -> str:
    return f"Punkt {number} ({item.title})"


def differences(base: Meeting, theirs: Meeting) -> list[str]:
    """Lines such as ``Punkt 3 (Økonomi): beslutningen er ændret``; empty if nothing changed.

    Items are matched by identity, so a renumbering reads as a move, not as new items.
    """
    lines: list[str] = []
    if (base.start, base.end, base.location) != (theirs.start, theirs.end, theirs.location):
        lines.append("Mødets tid eller sted er ændret")
    if (base.members, base.absent) != (theirs.members, theirs.absent):
        lines.append("Deltagere eller afbud er ændret")
    if base.note != theirs.note:
        lines.append("Bemærkningen til mødet er ændret")
    if base.status is not theirs.status:
        lines.append("Mødets status er ændret")
    mine = {item.uid: (n, item) for n, item in enumerate(base.items, 1)}
    other = {item.uid: (n, item) for n, item in enumerate(theirs.items, 1)}
    for uid, (n, item) in mine.items():
        if uid not in other:
            lines.append(f"{_label(n, item)} er fjernet")
    for uid, (n, item) in other.items():
        if uid not in mine:
            lines.append(f"{_label(n, item)} er tilføjet")
            continue
        old_n, old = mine[uid]
        what = []
        if old.title != item.title:
            what.append("titlen")
        if old.closed != item.closed:
            what.append("lukket/åben")
        if (old.journal_no, old.case_no) != (item.journal_no, item.case_no):
            what.append("journal- eller sagsnummer")
        if old.sections != item.sections:
            what.append("teksten")
        if old.attachments != item.attachments:
            what.append("bilagene")
        if old.decision != item.decision:
            what.append("beslutningen")
        if what:
            lines.append(f"{_label(n, item)}: {_join(what)} er ændret")
        if old_n != n:
            lines.append(f"{_label(n, item)} er flyttet fra punkt {old_n}")
    if base.schedule != theirs.schedule:
        lines.append("Tidsplanen er ændret")
    if base.forward_plan != theirs.forward_plan:
        lines.append("Punkter til kommende møder er ændret")
    return lines


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " og " + words[-1]
