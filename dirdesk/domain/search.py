"""What search finds and how typed text becomes words: no storage, no syntax."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+")  # letters and digits; "_" separates, as in FTS5's unicode61


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place a search found: the meeting, the item (if any), what kind of text, the text."""

    board: str
    date: dt.date
    item_uid: str | None
    item_number: int | None
    item_title: str | None
    kind: str  # title, section, decision, attachment, follow_up, note
    text: str


def words(query: str) -> list[str]:
    """The words of a typed query, lower-cased, without duplicates, in order."""
    return list(dict.fromkeys(WORD.findall(query.casefold())))
