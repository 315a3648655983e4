"""The search index: every text of a meeting as a row, found by SQLite FTS5 or PostgreSQL GIN.

Typed text never reaches the index's query language as syntax: it is cut into words (letters
and digits, Danish letters included), each word is quoted and matched as a prefix, and all
words must match. ``udvalg-møde``, ``"budget``, ``AND`` or ``*`` are just words or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from dirdesk.domain.interchange import MAX_TEXT_BYTES
from dirdesk.domain.model import Meeting, Section
from dirdesk.domain.search import SearchHit, words
from dirdesk.domain.text import plain
from dirdesk.storage.tables import SearchEntryRow

if TYPE_CHECKING:
    from dirdesk.storage.database import Database

WALK_FROM = 500
"""Found more entries than this: only the newest of them, and the few older ones that can still
belong to the newest meetings, are read (see ``_newest``)."""



def fts5_query(query: str) -> str | None:
    """An FTS5 MATCH expression of the typed words (each quoted, prefix), or None if no words."""
    terms = words(query)
    return " ".join(f'"{w}"*' for w in terms) if terms else None


# Words whose lower case the index's tokenizer makes as ``casefold`` does: only these are
# looked up in the index's word list (see ``expanded_query``); any other is matched as a prefix.
_PLAIN_WORD = re.compile(r"[a-z0-9æøåäöüé]+")
MAX_FORMS = 16
"""More words than this begin with a typed word (a letter or two): it is matched as a prefix."""


def expanded_query(raw: sqlite3.Connection, query: str) -> str | None:
    """``fts5_query`` with each word's prefix spelled out as the index's words that begin with
    it: ``("direktionen" OR "direktionens")``, the same entries as ``"direktionen"*``.

    FTS5 answers a prefix by gathering every entry of every word it covers before the first
    is handed out (45 ms for a word in most entries of fifty years); an OR of whole words is
    read lazily, newest first, and stops. The words come from the index's own list, a seek
    each (``fts5vocab``), so the match is exact. None where no word was typed.
    """
    terms = words(query)
    if not terms:
        return None
    try:
        raw.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words "
                    "USING fts5vocab(main, search_fts, 'instance')")
    except sqlite3.Error:  # no fts5vocab in this SQLite: prefixes as they are
        return fts5_query(query)
    groups = []
    for word in terms:
        forms = _forms(raw, word) if _PLAIN_WORD.fullmatch(word) else None
        if not forms:  # none at all: the prefix finds nothing either, and says so at once
            groups.append(f'"{word}"*')
        else:
            groups.append("(" + " OR ".join('"' + form.replace('"', '""') + '"' for form in forms) + ")")
    return " AND ".join(groups)


def _forms(raw: sqlite3.Connection, word: str) -> list[str] | None:
    """The index's words that begin with ``word``, one seek each; None if more than MAX_FORMS."""
    forms: list[str] = []
    start = word
    while True:
        row = raw.execute("SELECT term FROM temp.search_words WHERE term >= ? LIMIT 1",
                          (start,)).fetchone()
        if row is None or not row[0].startswith(word):
            return forms
        if len(forms) == MAX_FORMS:
            return None
        forms.append(row[0])
        start = row[0] + "\x00"  # the smallest text after it


def tsquery(query: str) -> str | None:
    """A PostgreSQL ``to_tsquery('simple', …)`` text of the typed words, or None if no words."""
    terms = words(query)
    return " & ".join(f"'{w}':*" for w in terms) if terms else None


def indexable(body: str) -> str:
    """``body`` cut to ``MAX_TEXT_BYTES`` of UTF-8: PostgreSQL refuses a longer text in its
    search index ("string is too long for tsvector"), SQLite would take it; the same on both.

    The meeting file reader refuses such texts; this keeps a text pasted in the window from
    making a save fail on PostgreSQL only.
    """
    if len(body) * 4 <= MAX_TEXT_BYTES:
        return body
    return body.encode("utf-8")[:MAX_TEXT_BYTES].decode("utf-8", errors="ignore")


_PLAIN_UP_TO = 100_000
_MARKS = re.compile(r"\*+")


def searchable(text: str) -> str:
    """The words of a section or decision for the index: ``plain`` (markup resolved, as a hit
    shows it), except for a text of more than 100,000 characters, whose asterisks are just
    dropped. The index finds the same words either way (an asterisk is no letter to FTS5 or
    PostgreSQL), and a 20 MB meeting file of marked-up text imports in seconds, not a minute.
    """
    return plain(text) if len(text) <= _PLAIN_UP_TO else _MARKS.sub("", text)


def entries(meeting: Meeting) -> list[tuple[str | None, str, str]]:
    """(item uid, kind, text) for everything searchable in ``meeting``."""
    found: list[tuple[str | None, str, str]] = []
    if meeting.note:
        found.append((None, "note", meeting.note))
    for item in meeting.items:
        found.append((item.uid, "title", item.title))
        for section in item.sections:
            if isinstance(section, Section) and (section.heading or section.text):
                body = searchable(section.text) if section.text else ""
                found.append((item.uid, "section", "\n".join(p for p in (section.heading, body) if p)))
        for attachment in item.attachments:
            label = " ".join(p for p in (attachment.doc_no, attachment.title) if p)
            if label:
                found.append((item.uid, "attachment", label))
        if item.decision:
            found.append((item.uid, "decision", searchable(item.decision)))
    return found


class SearchRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def reindex(self, meeting_id: int, meeting: Meeting) -> None:
        """Replace the meeting's own entries (follow-ups are kept: they are indexed on their own)."""
        self.session.execute(delete(SearchEntryRow).where(
            SearchEntryRow.meeting_id == meeting_id, SearchEntryRow.kind != "follow_up"))
        self.session.add_all(SearchEntryRow(meeting_id=meeting_id, item_uid=uid, kind=kind,
                                            text=indexable(body))
                             for uid, kind, body in entries(meeting))

    def set_text(self, meeting_id: int, item_uid: str | None, kind: str, body: str | None) -> None:
        """Replace the entries of one kind of one item (a decision typed live, its follow-ups)."""
        self.session.execute(delete(SearchEntryRow).where(
            SearchEntryRow.meeting_id == meeting_id, SearchEntryRow.item_uid == item_uid,
            SearchEntryRow.kind == kind))
        if body:
            self.session.add(SearchEntryRow(meeting_id=meeting_id, item_uid=item_uid, kind=kind,
                                            text=indexable(searchable(body) if kind == "decision"
                                                           else body)))

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Newest meetings first; within a meeting, in item order."""
        if self.session.get_bind().dialect.name != "sqlite":
            match = tsquery(query)
            if match is None:
                return []
            return self._hits("to_tsvector('simple', e.text) @@ to_tsquery('simple', :q)",
                              {"q": match, "n": limit})
        # The session's own sqlite3 connection: a common word is in tens of thousands of
        # entries, and rows through SQLAlchemy's result cost ten times what sqlite3 takes.
        raw = self.session.connection().connection.driver_connection
        assert raw is not None
        return search_sqlite(raw, query, limit)

    def _hits(self, where: str, params: dict[str, object]) -> list[SearchHit]:
        rows = self.session.execute(text(HITS.format(where=where, limit=":n")), params)
        return [_hit(*row) for row in rows]


HITS = ("SELECT b.name, m.date, e.item_uid, i.position, i.title, e.kind, e.text "
        "FROM search_entries e JOIN meetings m ON m.id = e.meeting_id "
        "JOIN boards b ON b.id = m.board_id "
        "LEFT JOIN items i ON i.meeting_id = e.meeting_id AND i.uid = e.item_uid "
        "WHERE {where} ORDER BY m.date DESC, i.position, e.id LIMIT {limit}")


def _hit(board: str, date: dt.date | str, uid: str | None, position: int | None,
         title: str | None, kind: str, body: str) -> SearchHit:
    if isinstance(date, str):  # SQLite hands back a date as text
        date = dt.date.fromisoformat(date)
    return SearchHit(board, date, uid, None if position is None else position + 1, title, kind,
                     body)


def search_sqlite(raw: sqlite3.Connection, query: str, limit: int = 100) -> list[SearchHit]:
    """Search on a plain sqlite3 connection: the FTS5 index for the entries, then their
    meetings and items; newest meetings first, within a meeting in item order."""
    match = expanded_query(raw, query)
    if match is None:
        return []
    # The index hands out its entries highest id first and stops: a common word (in most
    # entries) costs what a rare one does, not what all its entries would.
    probe = max(WALK_FROM, limit)
    found = [r for (r,) in raw.execute(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        (match, probe + 1))]
    if len(found) > probe:
        found = _newest(raw, match, found, limit)
    if not found:
        return []
    # Whole numbers from the index itself: safe to write into the statement.
    rows = raw.execute(HITS.format(where=f"e.id IN ({','.join(str(int(i)) for i in found)})",
                                   limit=int(limit)))
    return [_hit(*row) for row in rows]


def _newest(raw: sqlite3.Connection, match: str, found: list[int], limit: int) -> list[int]:
    """Of a word's many entries, given those with the highest ids (``found``, highest first),
    the entries that can be among the first ``limit`` hits: ``found`` and any older match of
    a meeting at least as new as the ``limit``-th newest hit in ``found``.

    Ids mostly grow with the meetings' dates (meetings are written in the order they are
    held), so the older matches are usually none; a meeting saved long before later ones
    gets its entries checked in one range of ids. The hits of meetings from that date on are
    then all present, and there are at least ``limit`` of them: the first ``limit`` hits by
    date are among them.
    """
    ids = ",".join(str(int(i)) for i in found)
    dated = raw.execute(f"SELECT e.id, m.date FROM search_entries e JOIN meetings m "
                        f"ON m.id = e.meeting_id WHERE e.id IN ({ids})").fetchall()
    cutoff = sorted((date for _entry, date in dated), reverse=True)[limit - 1]
    lowest = found[-1]
    newest = [entry for entry, date in dated if date >= cutoff]
    # The meetings from the cutoff on, by their date index, then their entries below the lowest.
    older = {r for (r,) in raw.execute(
        "SELECT e.id FROM meetings m CROSS JOIN search_entries e "
        "WHERE m.date >= ? AND e.meeting_id = m.id AND e.id < ?", (cutoff, lowest))}
    if older:
        newest += [r for (r,) in raw.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?",
            (match, min(older), lowest - 1)) if r in older]
    return newest


def search(db: Database, query: str, limit: int = 100) -> list[SearchHit]:
    """Search the database: on SQLite through its kept-open plain connection (a search takes
    a fraction of a millisecond more than the index itself), elsewhere through a session."""
    reader = db.reader()
    if reader is not None:
        return search_sqlite(reader, query, limit)
    with db.session() as session:
        return SearchRepository(session).search(query, limit)
