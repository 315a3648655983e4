"""The shared exporter: a meeting's document top to bottom on the base document.

Heading, meeting facts, table of contents, the numbered items with their sections, grid,
forward plan, attachments (and, in a REFERAT, decisions), the attachment overview and the
signature page. The document kinds (``documents.py``) differ only in their name and in
what they print under each item.

The table of contents is written as lines whose page number is a ``PAGEREF`` field to a
bookmark on the item's heading: LibreOffice computes those at layout (it would show a TOC
field's stale text), Word shows the result stored in the file, which ``dirdesk.export``
fills in from LibreOffice's layout (``layout.py``).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

from docx.document import Document

from dirdesk.domain.danish import fact_time, grid_time, long_date, numeric_date, short_date
from dirdesk.domain.model import (
    AgendaItem,
    Attachment,
    Insert,
    InsertKind,
    Meeting,
    MeetingStatus,
    PlanRow,
    ScheduleSlot,
    Section,
)
from dirdesk.domain.participation import attendance_facts, slot_text_with_guests
from dirdesk.export import proceedings
from dirdesk.export.base import BaseDocument, Styles, fill_placeholders
from dirdesk.export.blocks import ListNumbering, ListStyles, TextWriter
from dirdesk.export.publish import published
from dirdesk.export.wordml import (
    Column,
    Element,
    Story,
    add_field,
    add_row,
    add_text,
    bookmark,
    close_cell,
    hyperlink,
    paragraph,
    table,
)
from dirdesk.files import write_atomically

INTERNAL_NOTICE = "Intern udgave – indeholder lukkede punkter"
OPEN, CLOSED = "Åben", "Lukket"
OVERVIEW_TITLE = "Bilagsoversigt"
AFTER_TABLE = 420  # twips: an empty 11 pt line (~264 × 1.1) and 6 pt after
TEXT_WIDTH = 9355  # twips between the base document's margins (A4, 2.5 cm + 2 cm)


def item_bookmark(number: int) -> str:
    # A leading underscore hides the bookmark from Word's bookmark list, as Word's own _Toc do.
    return f"_DDPunkt{number}"


OVERVIEW_BOOKMARK = "_DDBilagsoversigt"


class MeetingExporter:
    """Renders one meeting as one kind of document; subclasses name the kind."""

    kind_label: ClassVar[str] = ""  # "DAGSORDEN", "REFERAT"
    kind_name: ClassVar[str] = ""  # "Dagsorden", "Referat" for the document properties
    signed_by_members: ClassVar[bool] = False  # a REFERAT is; its version says whether it is

    def __init__(self, meeting: Meeting, *, internal: bool, base_document: Path) -> None:
        self.source = meeting
        self.internal = internal
        self.meeting = meeting if internal else published(meeting)
        self.base = BaseDocument(base_document)
        self._bookmark_id = 0
        b = self.base
        self.s = {need.name: b.style_id(need) for need in Styles.all()}
        bullet_num = b.list_num_id(Styles.LIST_BULLET[0])
        number_num = b.list_num_id(Styles.LIST_NUMBER[0])
        self.text = TextWriter(
            ListNumbering(b.numbering_root(), bullet_num, b.abstract_num_id(number_num)),
            ListStyles(bullet=tuple(b.style_id(n) for n in Styles.LIST_BULLET),  # type: ignore[arg-type]
                       number=tuple(b.style_id(n) for n in Styles.LIST_NUMBER)))  # type: ignore[arg-type]

    def sid(self, need: object) -> str:
        return self.s[need.name]  # type: ignore[attr-defined]

    # --- the whole document -------------------------------------------------------------

    def render(self) -> Document:
        self.base.clear()
        story = Story(self.base.document.element.body)
        self.heading(story)
        self.facts(story)
        self.contents(story)
        for number, item in enumerate(self.meeting.items, start=1):
            self.item(story, number, item)
        self.after_items(story)
        self.overview(story)
        self.signatures(story)
        self.page_furniture()
        self.properties()
        self.base.word_2013_mode()
        self.base.keep_used_styles()
        return self.base.document

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.render().save(buffer)
        return buffer.getvalue()

    def save(self, target: Path) -> None:
        document = self.render()
        write_atomically(target, lambda tmp: document.save(str(tmp)))

    # --- top of the document ------------------------------------------------------------

    def heading(self, story: Story) -> None:
        story.paragraph(self.sid(Styles.TITLE), self.meeting.board)
        story.paragraph(self.sid(Styles.DOCUMENT_KIND), self.kind_label)
        if self.version_line():
            story.paragraph(self.base.style_id("DD Version"), self.version_line())
        if self.internal:
            story.paragraph(self.sid(Styles.INTERNAL_NOTICE), INTERNAL_NOTICE)

    def version_line(self) -> str:
        """"Version 2" (REFERAT signed again: "Version 2 – underskrevet"); empty for version 1.

        A meeting's content gets a new version only when a signed REFERAT is changed, so a
        version 1 document says nothing and looks as it always has.
        """
        m = self.source
        if m.version <= 1:
            return ""
        signed = self.signed_by_members and m.status is MeetingStatus.MINUTES_SIGNED
        return f"Version {m.version}" + (" – underskrevet" if signed else "")

    def facts(self, story: Story) -> None:
        m = self.meeting
        present, absent = attendance_facts(m)  # as the meeting ran: who came late, left early
        rows: list[tuple[str, str]] = [
            ("Sted:", m.location),
            ("Dato:", long_date(m.date)),
            ("Start kl.:", fact_time(m.start)),
            ("Slut kl.:", fact_time(m.end)),
            ("Medlemmer:", "\n".join(present)),
            ("Fraværende:", "\n".join(absent)),
        ]
        for label, value in rows:
            p = story.append(paragraph(self.sid(Styles.FACT)))
            add_text(p, label, char_style=self.sid(Styles.FACT_LABEL))
            add_text(p, "\t" + value if value else "")

    def contents(self, story: Story) -> None:
        story.paragraph(self.sid(Styles.TOC_HEADING), "Indholdsfortegnelse")
        story.paragraph(self.sid(Styles.TOC_SIDE), "Side")
        for number, item in enumerate(self.meeting.items, start=1):
            self._contents_line(story, f"{number}.\t{item.title}", item_bookmark(number))
        self._contents_line(story, OVERVIEW_TITLE, OVERVIEW_BOOKMARK)

    def _contents_line(self, story: Story, text: str, target: str) -> None:
        p = story.append(paragraph(self.sid(Styles.TOC_ENTRY)))
        link = hyperlink(p, target)
        add_text(link, text + "\t")
        add_field(link, f"PAGEREF {target} \\h")

    def _bookmark(self, p: Element, name: str) -> None:
        self._bookmark_id += 1
        bookmark(p, name, self._bookmark_id)

    # --- items --------------------------------------------------------------------------

    def item(self, story: Story, number: int, item: AgendaItem) -> None:
        # The first item shares the first page with the facts and the table of contents.
        p = story.append(paragraph(self.sid(Styles.ITEM_HEADING),
                                   page_break_before=False if number == 1 else None))
        add_text(p, f"{number}. {item.title}")
        self._bookmark(p, item_bookmark(number))
        access = [part for part in (item.journal_no, item.case_no) if part]
        access.append("Lukket sag" if item.closed else "Åben sag")
        story.paragraph(self.sid(Styles.ACCESS), "\t".join(access))
        for section in item.sections:
            if isinstance(section, Insert):
                self.insert(story, section.kind)
            else:
                self.section(story, section)
        self.attachments(story, item)
        self.after_item(story, number, item)

    def after_item(self, story: Story, number: int, item: AgendaItem) -> None:
        """What a document kind prints after an item's attachments (a REFERAT: the decision)."""

    def after_items(self, story: Story) -> None:
        """What a document kind prints after the last item (the internal REFERAT: Tidsforbrug)."""

    def section(self, story: Story, section: Section) -> None:
        if section.heading.strip():
            story.paragraph(self.sid(Styles.SECTION_HEADING), section.heading)
        self.text.write(story, section.text, self.sid(Styles.BODY))

    def insert(self, story: Story, kind: InsertKind) -> None:
        if kind is InsertKind.SCHEDULE:
            self.schedule(story)
        elif kind is InsertKind.FORWARD_PLAN:
            self.forward_plan(story)
        elif kind is InsertKind.FOLLOW_UPS:
            proceedings.write_follow_ups(self, story)
        else:
            self.undated(story)

    def attachments(self, story: Story, item: AgendaItem) -> None:
        # A published closed item shows only number, title and "Lukket sag"; its attachments
        # appear in the overview only, as closed ones.
        if not item.attachments or (item.closed and not self.internal):
            return
        story.paragraph(self.sid(Styles.ATTACHMENTS_HEADING), "Bilag:")
        for number, attachment in enumerate(item.attachments, start=1):
            closed = attachment.closed or item.closed
            parts = [str(number), CLOSED if closed else OPEN]
            if self.internal or not closed:
                parts.append(attachment.title or "")
                if attachment.doc_no:
                    parts.append(attachment.doc_no)
            story.paragraph(self.sid(Styles.ATTACHMENT), "\t".join(parts).rstrip("\t"))

    # --- inserted tables and lists --------------------------------------------------------

    def schedule(self, story: Story) -> None:
        slots = self.meeting.schedule
        if not slots:
            return
        columns = [Column("Tid", 964), Column("Punkt", TEXT_WIDTH - 964)]
        tbl = story.append(table(self.sid(Styles.SCHEDULE_TABLE), columns,
                                 self.sid(Styles.TABLE_HEADING)))
        for slot in slots:
            self._schedule_row(tbl, columns, slot)
        self._after_table(story)

    def _schedule_row(self, tbl: Element, columns: list[Column], slot: ScheduleSlot) -> None:
        time_cell, what_cell = add_row(tbl, columns)
        Story(time_cell).paragraph(self.sid(Styles.SCHEDULE_TIME), grid_time(slot.start))
        what = Story(what_cell)
        what.paragraph(self.sid(Styles.SCHEDULE_TITLE), slot.title)
        items = self.meeting.items
        if slot.item is not None and 1 <= slot.item <= len(items):  # guests entered once
            text = slot_text_with_guests(slot.text, items[slot.item - 1].participation.guests)
        else:
            text = slot.text
        if text:
            self.text.write(what, text, self.sid(Styles.TABLE_TEXT))
        close_cell(what_cell, self.sid(Styles.TABLE_TEXT))

    def forward_plan(self, story: Story) -> None:
        plan = self.meeting.forward_plan
        if plan is None or not plan.rows:
            return
        columns = [Column("Dato", 2268), Column("Punkter", TEXT_WIDTH - 2268)]
        tbl = story.append(table(self.sid(Styles.PLAN_TABLE), columns,
                                 self.sid(Styles.TABLE_HEADING)))
        for row in plan.rows:
            self._plan_row(tbl, columns, row)
        self._after_table(story)
        if not any(isinstance(s, Insert) and s.kind is InsertKind.UNDATED
                   for item in self.meeting.items for s in item.sections):
            # A plan refreshed after the meeting may have points awaiting a date that the
            # agenda's plan had none of (and so no place for them): they follow the table.
            self.undated(story)

    def _after_table(self, story: Story) -> None:
        """Room after a table, as the next paragraph's spacing before (what an empty body
        paragraph gave: its line and its spacing after)."""
        story.gap(AFTER_TABLE)

    def _plan_row(self, tbl: Element, columns: list[Column], row: PlanRow) -> None:
        date_cell, points_cell = add_row(tbl, columns)
        when, points = Story(date_cell), Story(points_cell)
        if row.date is not None:
            when.paragraph(self.sid(Styles.PLAN_DATE), short_date(row.date))
            if row.note and not row.cancelled:
                when.paragraph(self.sid(Styles.PLAN_NOTE), row.note)
            elif row.cancelled:
                points.paragraph(self.sid(Styles.TABLE_TEXT), row.note or "Aflyst")
        elif row.note:
            when.paragraph(self.sid(Styles.PLAN_DATE), row.note)
        for point in row.points:
            self.text.write(points, point, self.sid(Styles.TABLE_TEXT))
        close_cell(date_cell, self.sid(Styles.TABLE_TEXT))
        close_cell(points_cell, self.sid(Styles.TABLE_TEXT))

    def undated(self, story: Story) -> None:
        plan = self.meeting.forward_plan
        if plan is None or not plan.undated:
            return
        story.paragraph(self.sid(Styles.UNDATED_LABEL), "Punkter som afventer dato:")
        self.text.write_bullets(story, list(plan.undated), self.sid(Styles.BODY))

    # --- end of the document --------------------------------------------------------------

    def overview(self, story: Story) -> None:
        p = story.paragraph(self.sid(Styles.OVERVIEW_HEADING), OVERVIEW_TITLE)
        self._bookmark(p, OVERVIEW_BOOKMARK)
        for number, item in enumerate(self.meeting.items, start=1):
            if not item.attachments:
                continue
            all_closed = item.closed or all(a.closed for a in item.attachments)
            title = f"{number}. Lukket punkt - {item.title}" if all_closed else f"{number}. {item.title}"
            story.paragraph(self.sid(Styles.OVERVIEW_ITEM), title)
            for index, attachment in enumerate(item.attachments, start=1):
                story.paragraph(self.sid(Styles.OVERVIEW_ATTACHMENT),
                                f"{index}.\t{self._overview_line(item, attachment)}")

    def _overview_line(self, item: AgendaItem, attachment: Attachment) -> str:
        closed = attachment.closed or item.closed
        described = (attachment.title or "") + (f" ({attachment.doc_no})" if attachment.doc_no else "")
        if not closed:
            return described
        return f"(Lukket bilag) {described}".rstrip() if self.internal else "(Lukket bilag)"

    def signatures(self, story: Story) -> None:
        story.paragraph(self.sid(Styles.SIGNATURE_HEADING), "Underskriftsside")
        for member in self.meeting.members:
            story.paragraph(self.sid(Styles.SIGNATURE_LINE))
            story.paragraph(self.sid(Styles.SIGNATURE), member.display)

    # --- around the text --------------------------------------------------------------------

    def page_furniture(self) -> None:
        values = {"udvalg": self.meeting.board, "dato": numeric_date(self.meeting.date),
                  "udgave": " · ".join(part for part in (
                      INTERNAL_NOTICE if self.internal else "", self.version_line()) if part)}
        for root in self.base.header_footer_roots():
            fill_placeholders(root, values)

    def properties(self) -> None:
        m = self.meeting
        title = f"{m.board} – {self.kind_name} – {long_date(m.date)}"
        subject = f"{self.kind_name} ({INTERNAL_NOTICE.lower()})" if self.internal else self.kind_name
        if self.version_line():
            subject += f", {self.version_line().lower()}"
        self.base.set_properties(
            title=title,
            subject=subject,
            author=m.board,
            # The meeting's own time, not the clock: exporting twice gives the same document.
            created=_local_time(m.date, m.start),
            language="da-DK",
            version=str(self.source.version) if self.source.version > 1 else "",
        )


def _local_time(day: dt.date, time: dt.time) -> dt.datetime:
    """The meeting's start in UTC, from Danish time (zone data from the system or ``tzdata``)."""
    local = dt.datetime.combine(day, time, tzinfo=ZoneInfo("Europe/Copenhagen"))
    try:
        return local.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01 before 01:00 Danish time is before the first UTC day
        return dt.datetime.combine(day, time, tzinfo=dt.UTC)

