"""What the documents print of the meeting as it ran: lines under an item (inhabilitet, away),
the grid's guests, the "Tidsforbrug" table, the "Opfølgning" insert, the internal copy for one
member, and the follow-up list as a Word document of its own."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dirdesk.domain.danish import grid_time, numeric_date
from dirdesk.domain.model import FollowUpLine, Meeting
from dirdesk.domain.participation import absence_lines
from dirdesk.domain.timing import time_use
from dirdesk.export.base import BaseDocument, Styles, default_base_document
from dirdesk.export.publish import _published_item, _published_slot
from dirdesk.export.wordml import Column, Story, add_row, close_cell, table
from dirdesk.files import write_atomically

if TYPE_CHECKING:
    from dirdesk.export.exporter import MeetingExporter

TIME_USE_HEADING = "Tidsforbrug"
FOLLOW_UPS_HEADING = "Opfølgning"
TEXT_WIDTH = 9355


def for_member(meeting: Meeting, name: str) -> Meeting:
    """The internal copy for member ``name``: the closed content of every item they are
    inhabil in is left out as in the published copy (title, number, "Lukket sag" only), and
    so is its grid row."""
    barred = {n for n, item in enumerate(meeting.items, start=1)
              if item.closed and name in item.participation.inhabil}
    if not barred:
        return meeting
    items = tuple(_published_item(item) if n in barred else item
                  for n, item in enumerate(meeting.items, start=1))
    slots = tuple(_published_slot(slot, meeting.items) if slot.item in barred else slot
                  for slot in meeting.schedule)
    follow_ups = tuple(f for f in meeting.follow_ups if not f.closed)
    return dataclasses.replace(meeting, items=items, schedule=slots, follow_ups=follow_ups)


def write_absences(exporter: MeetingExporter, story: Story, number: int) -> None:
    """Under an item of the REFERAT: who was inhabil, who did not take part."""
    item = exporter.meeting.items[number - 1]
    for line in absence_lines(exporter.meeting, item):
        story.paragraph(exporter.sid(Styles.BODY), line)


def write_time_use(exporter: MeetingExporter, story: Story) -> None:
    """The internal REFERAT's "Tidsforbrug": planned against actual minutes per item."""
    rows = time_use(exporter.meeting)
    if not any(r.actual is not None for r in rows):
        return
    story.paragraph(exporter.sid(Styles.SECTION_HEADING), TIME_USE_HEADING)
    columns = [Column("Punkt", 4555), Column("Start", 1200), Column("Planlagt", 1200),
               Column("Faktisk", 1200), Column("Forskel", 1200)]
    tbl = story.append(table(exporter.sid(Styles.SCHEDULE_TABLE), columns,
                             exporter.sid(Styles.TABLE_HEADING)))
    for r in rows:
        cells = add_row(tbl, columns)
        diff = r.difference
        texts = [f"{r.number}. {r.title}", grid_time(r.started) if r.started else "",
                 _min(r.planned), _min(r.actual),
                 "" if diff is None else (f"+{diff}" if diff > 0 else str(diff))]
        for cell, text in zip(cells, texts, strict=True):
            Story(cell).paragraph(exporter.sid(Styles.TABLE_TEXT), text)
    planned = sum(r.planned or 0 for r in rows if r.actual is not None)
    actual = sum(r.actual or 0 for r in rows)
    cells = add_row(tbl, columns)
    for cell, text in zip(cells, ["I alt", "", _min(planned), _min(actual),
                                  f"{actual - planned:+d}" if actual != planned else "0"],
                          strict=True):
        Story(cell).paragraph(exporter.sid(Styles.TABLE_TEXT), text)
    exporter._after_table(story)


def _min(value: int | None) -> str:
    return "" if value is None else f"{value} min."


def write_follow_ups(exporter: MeetingExporter, story: Story) -> None:
    """The "Opfølgning" insert: the follow-ups due by the meeting's date."""
    lines = exporter.meeting.follow_ups
    if not exporter.internal:
        lines = tuple(f for f in lines if not f.closed)
    if not lines:
        story.paragraph(exporter.sid(Styles.BODY), "Ingen opfølgninger til dette møde.")
        return
    _follow_up_table(story, lines, exporter.sid)


def _follow_up_table(story: Story, lines: Sequence[FollowUpLine], sid: object) -> None:
    columns = [Column("Ansvarlig", 2400), Column("Opgave", 3855), Column("Frist", 1100),
               Column("Fra", 2000)]
    tbl = story.append(table(sid(Styles.PLAN_TABLE), columns,  # type: ignore[operator]
                             sid(Styles.TABLE_HEADING)))  # type: ignore[operator]
    for line in lines:
        cells = add_row(tbl, columns)
        texts = [line.owner, line.task, numeric_date(line.due) if line.due else "", line.origin]
        for cell, text in zip(cells, texts, strict=True):
            Story(cell).paragraph(sid(Styles.TABLE_TEXT), text)  # type: ignore[operator]
            close_cell(cell, sid(Styles.TABLE_TEXT))  # type: ignore[operator]
    story.gap(420)


def export_follow_up_list(board: str, lines: Sequence[FollowUpLine], target: Path, *,
                          internal: bool = False, today: dt.date | None = None,
                          base_document: Path | None = None) -> Path:
    """The follow-up list as a Word document on the board's base document (atomically).

    Without ``internal`` follow-ups from closed items are left out."""
    base = BaseDocument(Path(base_document) if base_document else default_base_document())
    base.clear()
    ids = {need.name: base.style_id(need) for need in Styles.all()}

    def sid(need: object) -> str:
        return ids[need.name]  # type: ignore[attr-defined]

    story = Story(base.document.element.body)
    story.paragraph(sid(Styles.TITLE), board)
    story.paragraph(sid(Styles.DOCUMENT_KIND), "OPFØLGNING")
    day = today or dt.date.today()
    story.paragraph(sid(Styles.BODY), f"Opfølgningsliste pr. {numeric_date(day)}")
    shown = [f for f in lines if internal or not f.closed]
    if shown:
        _follow_up_table(story, shown, sid)
    else:
        story.paragraph(sid(Styles.BODY), "Ingen åbne opfølgninger.")
    base.word_2013_mode()
    base.keep_used_styles()
    document = base.document
    write_atomically(target, lambda tmp: document.save(str(tmp)))
    return target
