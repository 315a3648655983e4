"""The Markdown subset of item texts: paragraphs, bullet and ordered lists, bold and italic.

Parsing is total: any string gives blocks, and whatever is not part of the subset is literal
text. ``xml_safe`` makes text storable in a Word document (see ``LINE_BREAK``).
"""

from __future__ import annotations

import bisect
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
    asterisks are literal.

    ``***x***`` is bold italic and ``*x*`` italic when the text inside starts and ends with
    neither a space nor an asterisk; ``**x**`` is bold when it starts and ends with a non-space;
    the nearest closing mark wins, a mark may reach over a line break kept inside a paragraph,
    and bold text may hold italic. (The same as the regular expression
    ``\\*\\*\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*\\*\\*(?!\\*)|\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|``
    ``\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*`` with DOTALL, scanned left to right, which took
    time quadratic in the asterisks without a closing mark: a decision with a few thousand
    footnote marks took a minute.) Each opening mark finds its closing one by bisection in the
    lists of possible closings, so the time is linear.
    """
    return _inline(text, _Marks(text))


# Found by the regular expression engine, not a Python loop over every asterisk: a 1 MB text
# of footnote marks has a hundred thousand of them.
_OPENS = re.compile(r"\*(?=[^\s*]|\*\S)")  # could open: ``*x``, ``**x``, ``***x``
_BOLD_CLOSE = re.compile(r"(?<=\S)\*(?=\*)")
_ITALIC_CLOSE = re.compile(r"(?<=[^\s*])\*")
_TRIPLE_CLOSE = re.compile(r"(?<=[^\s*])\*(?=\*\*)")


class _Marks:
    """Where in a text a bold-italic, bold or italic mark could open or close."""

    def __init__(self, text: str) -> None:
        self.stars = [m.start() for m in _OPENS.finditer(text)]  # the loop needs only these
        self.bold = [m.start() for m in _BOLD_CLOSE.finditer(text)]
        self.italic = [m.start() for m in _ITALIC_CLOSE.finditer(text)]
        # '***' after a plain character; 'both' also not followed by a fourth asterisk.
        self.triple = [m.start() for m in _TRIPLE_CLOSE.finditer(text)]
        self.both = [j for j in self.triple if text[j + 3:j + 4] != "*"]

    @staticmethod
    def first(positions: list[int], start: int, before: int) -> int | None:
        k = bisect.bisect_left(positions, start)
        return positions[k] if k < len(positions) and positions[k] < before else None


def _inline(text: str, marks: _Marks, lo: int = 0, hi: int | None = None) -> tuple[Run, ...]:
    """The runs of ``text[lo:hi]``, with marks found in ``marks`` (of the whole ``text``)."""
    hi = len(text) if hi is None else hi
    runs: list[Run] = []
    pos = lo
    k = bisect.bisect_left(marks.stars, lo)
    while k < len(marks.stars) and marks.stars[k] < hi:
        i = marks.stars[k]
        if i < pos:
            k += 1
            continue
        after = text[i + 1:i + 2] if i + 1 < hi else ""
        both = None
        if text[i:i + 3] == "***" and i + 3 < hi and text[i + 3] != "*" and not text[i + 3].isspace():
            both = marks.first(marks.both, i + 4, hi - 2)
            if both is None and hi - 3 >= i + 4 and _at(marks.triple, hi - 3):
                both = hi - 3  # a '***' that ends this stretch has no fourth asterisk after it
        if both is not None:
            if i > pos:
                runs.append(Run(text[pos:i]))
            runs.append(Run(text[i + 3:both], bold=True, italic=True))
            pos = both + 3
            k = bisect.bisect_left(marks.stars, pos, k)
            continue
        bold = None
        if after == "*" and i + 2 < hi and not text[i + 2].isspace():
            bold = marks.first(marks.bold, i + 3, hi - 1)
        if bold is not None:
            if i > pos:
                runs.append(Run(text[pos:i]))
            for inner in _inline(text, marks, i + 2, bold):
                runs.append(Run(inner.text, bold=True, italic=inner.italic))
            pos = bold + 2
        else:
            close = None
            if after and after != "*" and not after.isspace():
                close = marks.first(marks.italic, i + 2, hi)
            if close is None:
                k += 1
                continue
            if i > pos:
                runs.append(Run(text[pos:i]))
            runs.append(Run(text[i + 1:close], italic=True))
            pos = close + 1
        k = bisect.bisect_left(marks.stars, pos, k)
    if pos < hi:
        runs.append(Run(text[pos:hi]))
    return tuple(runs)


def _at(positions: list[int], j: int) -> bool:
    """Whether ``j`` is among the sorted ``positions``."""
    k = bisect.bisect_left(positions, j)
    return k < len(positions) and positions[k] == j


def plain(text: str) -> str:
    """The words of ``text`` without markup, blocks on their own lines (for search, previews)."""
    return "\n".join("".join(r.text for r in block.runs) for block in parse(text))
