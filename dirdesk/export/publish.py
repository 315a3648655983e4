"""The published view of a meeting: closed content removed before anything is rendered.

Filtering the data, not the rendering, is what makes the published file safe: whatever the
exporter prints (body, table of contents, attachment overview, grid, properties), closed
content is simply not there to print.

- A closed item keeps its title (its number and title are public) and the number of its
  attachments, each reduced to a closed attachment with no title or document number; its
  journal and case numbers, sections and decision are dropped.
- A closed attachment of an open item keeps only its place in the numbering.
- A closed grid row shows no text and not its own title: the row's title and text are typed
  by the secretariat and may name the case. Linked to an item it shows that item's public
  title; no longer linked (its closed item was removed, or the link cleared) it shows
  ``Lukket punkt``. A row linked to a closed item is closed (``ScheduleSlot.closed``, set by
  ``Meeting`` itself) and stays closed whatever happens to the link or the item. Open rows
  are printed as typed. A closed row's text is printed only where the secretariat marked it
  ``public_text`` (who takes part, such as "Specialkonsulent … deltager under behandlingen.").

Every published output takes its content from ``published``: both Word kinds and their PDF
(``export.exporter``) and the board's calendar event (``services.political.board_event``).
The meeting file (``dirdesk dump``) is the internal exchange format and has no published form;
its format has no access for a grid row (a row has its item's), so a closed row that is not
linked to a closed item is written as published (``interchange.meeting_document``).
"""

from __future__ import annotations

import dataclasses

from dirdesk.domain.model import CLOSED_ROW_TITLE, AgendaItem, Attachment, Meeting, ScheduleSlot


def published(meeting: Meeting) -> Meeting:
    """``meeting`` as the published document may show it."""
    items = tuple(_published_item(item) for item in meeting.items)
    schedule = tuple(_published_slot(slot, meeting.items) for slot in meeting.schedule)
    follow_ups = tuple(f for f in meeting.follow_ups if not f.closed)  # from closed items
    return dataclasses.replace(meeting, items=items, schedule=schedule, follow_ups=follow_ups)


def _published_item(item: AgendaItem) -> AgendaItem:
    if item.closed:
        return AgendaItem(title=item.title, closed=True,
                          attachments=tuple(Attachment(closed=True) for _ in item.attachments),
                          uid=item.uid)
    return dataclasses.replace(item, attachments=tuple(
        Attachment(closed=True) if attachment.closed else attachment
        for attachment in item.attachments))


def _published_slot(slot: ScheduleSlot, items: tuple[AgendaItem, ...]) -> ScheduleSlot:
    item = items[slot.item - 1] if slot.item is not None and 1 <= slot.item <= len(items) else None
    if not (slot.closed or (item is not None and item.closed)):
        return slot
    # The text only where the secretariat marked it public (who takes part, not the case).
    text = slot.text if slot.public_text else None
    if item is not None:
        return ScheduleSlot(start=slot.start, title=item.title, text=text, item=slot.item, closed=True,
                            public_text=slot.public_text)
    return ScheduleSlot(start=slot.start, title=CLOSED_ROW_TITLE, text=text, closed=True,
                        public_text=slot.public_text)
