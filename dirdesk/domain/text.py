"""The Markdown subset of item texts: paragraphs, bullet and ordered lists, bold and italic.

Parsing is total: any string gives blocks, and whatever is not part of the subset is literal
text. ``xml_safe`` makes text storable in a Word document (see ``LINE_BREAK``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE_BREAK = "\v"
"""Stands for a forced line break inside a paragraph (from a pasted form feed or vertical tab)."""

_INVALID_XML = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]"
)
_BREAKS = re.compile("[\x0b\x0c]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold dropped; form feed and vertical tab → ``LINE_BREAK``.

    Carriage returns become newlines so that a pasted Windows text keeps its line structure.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAKS.sub(LINE_BREAK, text)
    return _INVALID_XML.sub("", text)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class ListItem:
    """A list entry; ``level`` 0 is the outermost, ``marker`` is ``None`` for a bullet."""

    runs: tuple[Run, ...]
    level: int
    marker: str | None = None  # "1.", "2)", … for an ordered list

    @property
    def ordered(self) -> bool:
        return self.marker is not None


Block = Paragraph | ListItem

_BULLET = re.compile(r"^( *)[-*•] +(.*)$")
_ORDERED = re.compile(r"^( *)(\d{1,3}[.)]) +(.*)$")
_INLINE = re.compile(r"\*\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*\*(?!\*)"
                     r"|\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*", re.DOTALL)


def parse(text: str) -> list[Block]:
    """Blocks of ``text`` in order.

    A single line break inside a paragraph or list entry is kept as a line break (``"\\n"`` in
    the runs' text): the window shows the text as typed, and Word shows the same lines.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        current: list[str] = []
        kind: tuple[int, str | None] | None = None  # (level, marker) of the open list item
        for line in chunk.split("\n"):
            bullet = _BULLET.match(line)
            ordered = None if bullet else _ORDERED.match(line)
            if bullet or ordered:
                _close_block(blocks, current, kind)
            if bullet:
                current, kind = [bullet.group(2)], (len(bullet.group(1)) // 2, None)
            elif ordered:
                current, kind = [ordered.group(3)], (len(ordered.group(1)) // 2, ordered.group(2))
            else:
                current.append(line)
        _close_block(blocks, current, kind)
    return blocks


def _close_block(blocks: list[Block], lines: list[str], kind: tuple[int, str | None] | None) -> None:
    joined = "\n".join(part.strip() for part in lines if part.strip())
    if kind is not None:
        blocks.append(ListItem(inline(joined), kind[0], kind[1]))
    elif joined:
        blocks.append(Paragraph(inline(joined)))


def inline(text: str) -> tuple[Run, ...]:
    """Runs of ``text`` with ``***both***``, ``**bold**`` and ``*italic*`` resolved; other
    asterisks are literal."""
    runs: list[Run] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos:m.start()]))
        if m.group(1) is not None:
            runs.append(Run(m.group(1), bold=True, italic=True))
        elif m.group(2) is not None:
            for inner in inline(m.group(2)):
                runs.append(Run(inner.text, bold=True, italic=inner.italic))
        else:
            runs.append(Run(m.group(3), italic=True))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return tuple(runs)


def plain(text: str) -> str:
    """The words of ``text`` without markup, blocks on their own lines (for search, previews)."""
    return "\n".join("".join(r.text for r in block.runs) for block in parse(text))
