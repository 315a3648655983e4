"""The form of an item as the board writes it: its usual sections and its journal and case numbers.

The usual headings and their order are the board's own (tests/reference: Sagsgang or
Sagsansvarlig, Baggrund, Sagsfremstilling, Økonomiske konsekvenser, Indstilling). A journal
number is a KLE number ``NN.NN.NN``, optionally with its facet (``G01``; the board's own
documents also write a three-digit ``000``); a case number is ``YY/NNNN`` (year and a serial
number of four or five digits). The window shows these rules; it does not make them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from dirdesk.domain.model import Section, SectionLike

USUAL_HEADINGS = ("Sagsgang", "Baggrund", "Sagsfremstilling", "Økonomiske konsekvenser", "Indstilling")
# A heading the board writes in a usual heading's place.
_SAME_AS = {"sagsansvarlig": "sagsgang"}

JOURNAL_FORMAT = "NN.NN.NN"
CASE_FORMAT = "ÅÅ/NNNN"
_JOURNAL = re.compile(r"\d{2}\.\d{2}\.\d{2}(?:[.\- ]?[A-ZÆØÅ]\d{2}|\.\d{3})?", re.IGNORECASE)
_CASE = re.compile(r"\d{2}/\d{4,5}")


class NumberFault(enum.Enum):
    """What is wrong with a journal or case number."""

    JOURNAL = "journal"  # not NN.NN.NN with an optional facet
    CASE = "case"  # not YY/NNNN


def journal_fault(text: str | None) -> NumberFault | None:
    """``NumberFault.JOURNAL`` unless ``text`` is empty or a KLE number (ASCII digits only)."""
    value = (text or "").strip()
    return None if not value or (value.isascii() and _JOURNAL.fullmatch(value)) else NumberFault.JOURNAL


def case_fault(text: str | None) -> NumberFault | None:
    """``NumberFault.CASE`` unless ``text`` is empty or ``YY/NNNN`` (ASCII digits only)."""
    value = (text or "").strip()
    return None if not value or (value.isascii() and _CASE.fullmatch(value)) else NumberFault.CASE


def _key(heading: str) -> str:
    key = heading.strip().rstrip(":").casefold()
    return _SAME_AS.get(key, key)


def missing_usual(sections: Sequence[SectionLike]) -> list[str]:
    """The usual headings ``sections`` lack, in their order."""
    present = {_key(s.heading) for s in sections if isinstance(s, Section)}
    return [h for h in USUAL_HEADINGS if _key(h) not in present]


def with_usual_sections(sections: Sequence[SectionLike]) -> tuple[SectionLike, ...]:
    """``sections`` with each missing usual heading added, empty, in the usual order: after the
    usual section before it that is there, or else before the first usual one after it."""
    out = list(sections)
    order = {_key(h): i for i, h in enumerate(USUAL_HEADINGS)}
    for heading in missing_usual(sections):
        rank = order[_key(heading)]
        ranks = [order.get(_key(s.heading), -1) if isinstance(s, Section) else -1 for s in out]
        before = [i for i, r in enumerate(ranks) if 0 <= r < rank]
        after = [i for i, r in enumerate(ranks) if r > rank]
        at = before[-1] + 1 if before else after[0] if after else len(out)
        out.insert(at, Section(heading, ""))
    return tuple(out)
