"""The Markdown subset of item texts: paragraphs, bullet and ordered lists, bold and italic.

Parsing is total: any string gives blocks, and whatever is not part of the subset is literal
text. ``render`` writes blocks back as markup, the one way the window's editors store them, and
``normalise`` is the markup of what a text prints as. ``xml_safe`` makes text storable in a Word
document (see ``LINE_BREAK``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
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


def runs_markup(runs: Sequence[Run]) -> str:
    """Runs as ``**bold**`` and ``*italic*`` that ``inline`` reads back with the same look.

    Spaces and line breaks at a run's edges stay outside its marks (the markup reads ``** a**``
    as literal asterisks), and marks never span a line break. Each run is marked on its own
    unless that reads back otherwise (bold italic right before bold: ``***a*****b**``): then
    neighbouring bold runs share one pair of ``**`` with the italic marked inside
    (``***a*b**``); a word whose formatting changes where neither reads back keeps only the
    formatting all of it has. Literal asterisks inside formatted text may still read back
    differently: the markup has no escape for them.
    """
    merged = _merge(runs)
    simple = "".join(_marked(run.text, _mark(run)) for run in merged)
    if _same_look(inline(simple), merged):
        return simple
    out: list[str] = []
    i = 0
    while i < len(merged):
        j = i
        while j < len(merged) and merged[j].bold:
            j += 1
        if j == i:
            out.append(_marked(merged[i].text, _mark(merged[i])))
            i += 1
            continue
        inner = "".join(_marked(r.text, "*" if r.italic else "") for r in merged[i:j])
        out.append(_marked(inner, "**"))
        i = j
    nested = "".join(out)
    if _same_look(inline(nested), merged):
        return nested
    # Some changes inside a word have no markup (bold italic right before italic: "***a****b*"
    # reads as literal asterisks): such a word keeps only the formatting all of it has.
    return "".join(_marked(run.text, _mark(run)) for run in _merge(_words_alike(merged)))


def _words_alike(runs: Sequence[Run]) -> list[Run]:
    """``runs`` with each word (between white space) in the formatting all its letters share."""
    chars = [(c, r.bold, r.italic) for r in runs for c in r.text]
    out: list[Run] = []
    i = 0
    while i < len(chars):
        j = i
        while j < len(chars) and not chars[j][0].isspace():
            j += 1
        if j == i:  # white space: as it is
            out.append(Run(chars[i][0], chars[i][1], chars[i][2]))
            i += 1
            continue
        word = chars[i:j]
        bold, italic = all(c[1] for c in word), all(c[2] for c in word)
        out.append(Run("".join(c[0] for c in word), bold, italic))
        i = j
    return out


def _mark(run: Run) -> str:
    return "***" if run.bold and run.italic else "**" if run.bold else "*" if run.italic else ""


def _marked(text: str, mark: str) -> str:
    """``text`` with ``mark`` around each line's words (edge spaces and breaks outside)."""
    if not mark:
        return text
    pieces = _LINE_SPLIT.split(text)
    for index in range(0, len(pieces), 2):
        line = pieces[index]
        stripped = line.strip()
        if stripped:
            start, end = line.index(stripped[0]), line.rindex(stripped[-1]) + 1
            pieces[index] = f"{line[:start]}{mark}{stripped}{mark}{line[end:]}"
    return "".join(pieces)


def _same_look(runs: Sequence[Run], expected: Sequence[Run]) -> bool:
    """Whether two run lists show the same characters with the same formatting (white space's
    formatting does not show)."""
    def look(rs: Sequence[Run]) -> list[tuple[str, bool, bool]]:
        return [(c, r.bold and not c.isspace(), r.italic and not c.isspace())
                for r in rs for c in r.text]
    return look(runs) == look(expected)


def _merge(runs: Sequence[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return merged


def normalise(text: str) -> str:
    """The markup of what ``text`` prints as, written the one way ``render`` writes it."""
    return render(parse(text))


def render(blocks: Iterable[Block]) -> str:
    """Blocks as markup that ``parse`` reads back as the same blocks.

    Paragraphs are apart by a blank line, list entries one a line, indented two spaces a level,
    bullets written ``-``; an ordered entry carries the number it prints with (a list continues
    as the Word export continues it, and an entry numbered 1 starts a new one, see
    ``export.blocks``). A line break inside a block is a newline, or ``LINE_BREAK`` where a
    newline would change the block: before a line that reads as a list entry or is empty, or
    beside white space that ``parse`` would strip from a line's edge. A
    paragraph that itself reads as a list entry starts with ``LINE_BREAK`` (``parse`` strips it).
    White space at a block's edges is left out, as ``parse`` leaves it out; so are empty
    paragraphs, while an empty list entry stays.
    """
    out: list[str] = []
    previous: Block | None = None
    numbers: dict[int, tuple[int, str]] = {}  # level -> (last number, delimiter) of the open list
    for block in blocks:
        text = _with_breaks(runs_markup(block.runs)).strip()  # parse strips a block's edges
        if isinstance(block, Paragraph):
            numbers.clear()
            if not text.strip():
                continue
            if _LIST_LINE.match(text):
                text = LINE_BREAK + text
            if out:
                out.append("\n\n")
            out.append(text)
        else:
            if out:
                out.append("\n" if isinstance(previous, ListItem) else "\n\n")
            out.append("  " * block.level + f"{_marker(block, numbers)} {text}")
        previous = block
    return "".join(out)


_LIST_LINE = re.compile(r"^ *(?:[-*•]|\d{1,3}[.)]) ")
_LINE_SPLIT = re.compile("([\n\v])")


def _with_breaks(text: str) -> str:
    """``text``'s line breaks as newlines where ``parse`` keeps a newline inside the block."""
    parts = _LINE_SPLIT.split(text)
    lines = parts[0::2]
    out = [lines[0]]
    for before, after in zip(lines, lines[1:], strict=False):
        # parse strips a line's edges and drops empty lines: a newline keeps only what survives
        safe = (before.strip() and after.strip() and before == before.rstrip()
                and after == after.lstrip() and not _LIST_LINE.match(after))
        out.append("\n" if safe else LINE_BREAK)
        out.append(after)
    return "".join(out)


def _marker(item: ListItem, numbers: dict[int, tuple[int, str]]) -> str:
    """``item``'s marker, numbered as the export numbers it (``numbers`` is the open lists)."""
    for deeper in [level for level in numbers if level > item.level]:
        del numbers[deeper]
    if item.marker is None:
        numbers.pop(item.level, None)
        return "-"
    number, delimiter = int(item.marker[:-1]), item.marker[-1]
    current = numbers.get(item.level)
    if current is not None and current[1] == delimiter and number != 1:
        number = current[0] + 1
    numbers[item.level] = (number, delimiter)
    return f"{number}{delimiter}"
