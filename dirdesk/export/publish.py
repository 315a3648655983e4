"""The published view of a meeting: closed content removed before anything is rendered.

Filtering the data, not the rendering, is what makes the published file safe: whatever the
exporter prints (body, table of contents, attachment overview, grid, properties), closed
content is simply not there to print.

- A closed item keeps its title (its number and title are public) and the number of its
  attachments, each reduced to a closed attachment with no title or document number; its
  journal and case numbers, sections and decision are dropped.
- A closed attachment of an open item keeps only its place in the numbering.
- A grid row linked to a closed item (``slot.item``) shows the item's public title and no
  text: the row's own title and text are typed by the secretariat and may name the case.
  Its text is printed only where the row is marked ``public_text`` (who takes part).
  A grid row that is not linked to an item is printed as typed.
"""

from __future__ import annotations

import dataclasses

from dirdesk.domain.model import AgendaItem, Attachment, Meeting, ScheduleSlot


def published(meeting: Meeting) -> Meeting:
    """``meeting`` as the published document may show it."""
    items = tuple(_published_item(item) for item in meeting.items)
    schedule = tuple(_published_slot(slot, meeting.items) for slot in meeting.schedule)
    return dataclasses.replace(meeting, items=items, schedule=schedule)


def _published_item(item: AgendaItem) -> AgendaItem:
    if item.closed:
        return AgendaItem(title=item.title, closed=True,
                          attachments=tuple(Attachment(closed=True) for _ in item.attachments),
                          uid=item.uid)
    return dataclasses.replace(item, attachments=tuple(
        Attachment(closed=True) if attachment.closed else attachment
        for attachment in item.attachments))


def _published_slot(slot: ScheduleSlot, items: tuple[AgendaItem, ...]) -> ScheduleSlot:
    if slot.item is not None and 1 <= slot.item <= len(items) and items[slot.item - 1].closed:
        # The text only where the secretariat marked it public (who takes part, not the case).
        return ScheduleSlot(start=slot.start, title=items[slot.item - 1].title, item=slot.item,
                            text=slot.text if slot.public_text else None,
                            public_text=slot.public_text)
    return slot
