"""What a decision text implies: a postponement to carry the item over, and follow-ups."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from dirdesk.domain.danish import MONTHS
from dirdesk.domain.text import plain


class CarryOver(enum.StrEnum):
    ON_DATE = "on_date"
    NEXT_MEETING = "next_meeting"
    UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Postponement:
    """A decision that puts the item back in the forward plan, and where."""

    kind: CarryOver
    date: dt.date | None = None
    wording: str = ""


_MONTH = "|".join(MONTHS)
_ON_DATE = re.compile(
    rf"(?:bringes|behandles|tages op|udsættes|flyttes|udskydes|udskudt)\b[^.]*?"
    rf"\bden (\d{{1,2}})\. ({_MONTH})(?: (\d{{4}}))?", re.IGNORECASE)
_NEXT = re.compile(r"\b(?:udsættes|udskydes|udskudt|udsat|flyttes|bringes)\b[^.]*\bnæste møde\b",
                   re.IGNORECASE)
_LATER = re.compile(r"\b(?:udsættes|udskydes|udskudt|udsat)\b[^.]*\b(?:senere møde|senere)\b",
                    re.IGNORECASE)


def postponement(decision: str | None, meeting_date: dt.date) -> Postponement | None:
    """The carry-over a decision asks for, or ``None`` (it is only a proposal to the user)."""
    if not decision:
        return None
    text = " ".join(plain(decision).split())
    m = _ON_DATE.search(text)
    if m:
        day, month = int(m.group(1)), MONTHS.index(m.group(2).lower()) + 1
        year = int(m.group(3)) if m.group(3) else meeting_date.year
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
        if date is not None:
            if not m.group(3) and date <= meeting_date:
                date = date.replace(year=year + 1)
            return Postponement(CarryOver.ON_DATE, date, m.group(0))
    m = _NEXT.search(text)
    if m:
        return Postponement(CarryOver.NEXT_MEETING, None, m.group(0))
    m = _LATER.search(text)
    if m:
        return Postponement(CarryOver.UNDATED, None, m.group(0))
    return None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Who follows up what, read off a decision: ``Velfærdsdirektør Lene Mehlsen følger op``."""

    owner: str
    task: str


# A sentence ends at . ! ? before a word that does not start in lower case: "1. kvartal",
# "den 3. marts" and "bl.a. økonomi" go on (Danish ordinals and abbreviations).
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?![a-zæøå])")
_FOLLOWS = re.compile(r"^(?P<owner>.+?)\s+følger\s+op\b(?P<rest>.*)$", re.IGNORECASE)
# Where a clause of its own begins inside a sentence: "…, og økonomichefen følger op". A comma
# alone does not ("Direktør for Teknik, Miljø og Klima Jens Hansen følger op"), nor "og" alone
# ("Lene Mehlsen og Bettina Andersen følger op": both follow up).
_CLAUSE = re.compile(r"(?:;\s*|,\s*(?:og|men|mens|samt|så|at|idet|hvorefter)\s+)", re.IGNORECASE)


def follow_ups(decision: str | None) -> list[FollowUp]:
    """Every "… følger op" in the decision, with the sentence before it as the task (or, where
    the owner's clause follows another in the same sentence, that clause)."""
    if not decision:
        return []
    found: list[FollowUp] = []
    for paragraph in plain(decision).split("\n"):
        sentences = [s.strip() for s in _SENTENCE.split(paragraph) if s.strip()]
        for i, sentence in enumerate(sentences):
            m = _FOLLOWS.match(sentence)
            if not m:
                continue
            owner = m.group("owner").strip(" ,.")
            rest = m.group("rest").strip(" .")
            task = sentences[i - 1].rstrip(".") if i > 0 else ""
            clauses = list(_CLAUSE.finditer(owner))
            if clauses:  # the owner is the last clause's subject; the sentence before, the task
                task, owner = owner[:clauses[-1].start()].strip(" ,;"), owner[clauses[-1].end():]
                owner = owner[:1].upper() + owner[1:]
            if rest:
                task = f"{task} ({rest})" if task else rest
            found.append(FollowUp(owner=owner, task=task))
    return found
