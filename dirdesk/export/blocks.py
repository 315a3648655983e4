"""Item text (the Markdown subset) as Word paragraphs and lists, with lists numbered per list."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from docx.oxml.ns import qn

from dirdesk.domain.text import Block, ListItem, Paragraph, parse
from dirdesk.export.wordml import Element, Story, add_runs, element, paragraph, sub

MAX_LEVEL = 2  # the base document defines three list levels; deeper entries stay at the third


@dataclass(frozen=True, slots=True)
class ListStyles:
    """The style ids of bullet and numbered lists, outermost level first."""

    bullet: tuple[str, str, str]
    number: tuple[str, str, str]


@dataclass
class ListNumbering:
    """Creates the ``w:num`` instances of one document's numbered lists.

    Every numbered list restarts: it gets its own ``w:num`` on the base document's numbered
    list definition with a ``startOverride`` (a list that begins at ``2)`` prints 2, 3, …).
    Lists written ``1)`` use a copy of that definition whose level texts end in ``)``, so a
    secretariat still restyles both by editing the one definition in the base document.
    """

    numbering: Element  # the w:numbering root
    bullet_num: int
    number_abstract: int
    _next_num: int = 0
    _next_abstract: int = 0
    _paren_abstract: int | None = None
    _abstract_by_id: dict[int, Element] = field(default_factory=dict)

    def __post_init__(self) -> None:
        nums = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        abstracts = self.numbering.findall(qn("w:abstractNum"))
        self._abstract_by_id = {int(a.get(qn("w:abstractNumId"))): a for a in abstracts}
        self._next_num = max(nums, default=0) + 1
        self._next_abstract = max(self._abstract_by_id, default=0) + 1

    def new_list(self, level: int, start: int, paren: bool) -> int:
        """A fresh ``numId`` whose ``level`` starts counting at ``start``."""
        abstract = self._paren() if paren else self.number_abstract
        num = element("w:num", numId=str(self._next_num))
        sub(num, "w:abstractNumId", val=str(abstract))
        override = sub(num, "w:lvlOverride", ilvl=str(level))
        sub(override, "w:startOverride", val=str(start))
        cleanup = self.numbering.find(qn("w:numIdMacAtCleanup"))  # must stay the last child
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            self.numbering.append(num)
        self._next_num += 1
        return self._next_num - 1

    def _paren(self) -> int:
        if self._paren_abstract is None:
            original = self._abstract_by_id[self.number_abstract]
            clone = copy.deepcopy(original)
            clone.set(qn("w:abstractNumId"), str(self._next_abstract))
            for tag in ("w:nsid", "w:tmpl", "w:numStyleLink", "w:styleLink"):
                for old in clone.findall(qn(tag)):
                    clone.remove(old)
            for lvl_text in clone.iter(qn("w:lvlText")):
                value = lvl_text.get(qn("w:val")) or ""
                if value.endswith("."):
                    lvl_text.set(qn("w:val"), value[:-1] + ")")
            first_num = self.numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(clone)
            else:
                self.numbering.append(clone)
            self._paren_abstract = self._next_abstract
            self._next_abstract += 1
        return self._paren_abstract


class TextWriter:
    """Writes Markdown-subset text into a story: paragraphs in a body style, lists by level."""

    def __init__(self, numbering: ListNumbering, lists: ListStyles) -> None:
        self._numbering = numbering
        self._lists = lists

    def write(self, story: Story, text: str, body_style: str) -> None:
        self.write_blocks(story, parse(text), body_style)

    def write_blocks(self, story: Story, blocks: list[Block], body_style: str) -> None:
        # The numbered list open at each level: (numId, delimiter). A paragraph, a shallower
        # entry, a change of delimiter ("1." → "1)") or an entry numbered 1 ends it, so the
        # next entry there starts a list of its own.
        open_lists: dict[int, tuple[int, str]] = {}
        for block in blocks:
            if isinstance(block, Paragraph):
                open_lists.clear()
                p = paragraph(body_style)
                add_runs(p, block.runs)
                story.append(p)
                continue
            story.append(self._list_entry(block, open_lists))

    def _list_entry(self, item: ListItem, open_lists: dict[int, tuple[int, str]]) -> Element:
        level = min(item.level, MAX_LEVEL)
        for deeper in [lvl for lvl in open_lists if lvl > level]:
            del open_lists[deeper]
        if item.marker is None:
            open_lists.pop(level, None)
            p = paragraph(self._lists.bullet[level],
                          num=(self._numbering.bullet_num, level))
        else:
            number, delimiter = int(item.marker[:-1]), item.marker[-1]
            current = open_lists.get(level)
            if current is None or current[1] != delimiter or number == 1:
                current = (self._numbering.new_list(level, number, delimiter == ")"), delimiter)
                open_lists[level] = current
            p = paragraph(self._lists.number[level], num=(current[0], level))
        add_runs(p, item.runs)
        return p

    def write_bullets(self, story: Story, texts: list[str], body_style: str) -> None:
        """Each text as a bullet (its own lists one level deeper): the undated points."""
        blocks: list[Block] = []
        for text in texts:
            for block in parse(text):
                if isinstance(block, Paragraph):
                    blocks.append(ListItem(block.runs, 0))
                else:
                    blocks.append(ListItem(block.runs, block.level + 1, block.marker))
        self.write_blocks(story, blocks, body_style)
