"""Pasted text as dirdesk's text markup: HTML from Word and Outlook, and Word's plain-text lists.

``from_html`` reads what Word, Outlook or a browser put on the clipboard as HTML: paragraphs,
line breaks, bold and italic, ``<ul>``/``<ol>`` lists and Word's own list paragraphs (a
``<p>`` whose style says ``mso-list: l0 level2 lfo1`` and whose bullet or number is literal
text marked ``mso-list: Ignore``). ``from_plain`` reads Word's plain-text copy of a list
("•⇥", "o⇥", "1.⇥" at the start of a line). Both return the Markdown subset of
``dirdesk.domain.text``; what that subset cannot hold (tables, fonts, colours, headings) is
kept as plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from dirdesk.domain.text import Run, runs_markup, xml_safe

# Paragraph-like elements: each starts a block of its own.
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "center",
    "dd", "dt", "figcaption", "section", "article", "header", "footer", "tr", "table", "hr",
})
# What is never text: the clipboard's head, styles, scripts, Word's XML islands.
_HIDDEN_TAGS = frozenset({"head", "style", "script", "title", "xml", "template", "noscript"})
_VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "wbr", "area", "base"})

_MSO_LIST = re.compile(r"mso-list\s*:\s*([^;\"']*)", re.IGNORECASE)
_MSO_LEVEL = re.compile(r"level(\d+)", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.IGNORECASE)
_NOT_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(normal|lighter|[1-5]00)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*(italic|oblique)", re.IGNORECASE)
_NOT_ITALIC_STYLE = re.compile(r"font-style\s*:\s*normal", re.IGNORECASE)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")
_BR = "\x00"  # a <br> while reading: the input's own NULs are gone (xml_safe)
_CELL = "\x01"  # between two table cells while reading; a tab in the markup

# Word's plain-text list lines: a bullet glyph or a number, then a tab.
# Word's own private-use glyphs (Symbol's bullet, Wingdings' square) count as their look-alikes.
_GLYPH_LEVEL = {"•": 0, "·": 0, "\uf0b7": 0, "-": 0, "–": 0, "o": 1, "◦": 1, "○": 1,
                "▪": 2, "■": 2, "§": 2, "\uf0a7": 2}
_PLAIN_BULLET = re.compile("^([ \t]*)([" + re.escape("".join(_GLYPH_LEVEL)) + "])\t(.*)$")
_PLAIN_NUMBER = re.compile(r"^([ \t]*)(\d{1,3}|[a-zA-Z])([.)])\t(.*)$")


def from_plain(text: str) -> str | None:
    """Word's plain-text list as markup, or None when ``text`` holds no such list line.

    A line is a block of its own (Word writes one paragraph a line); a list line's level is
    its glyph's ("•" outermost, "o" second, "▪" or "§" third) plus its leading tabs.
    """
    lines = xml_safe(text).split("\n")
    if not any(_PLAIN_BULLET.match(line) or _PLAIN_NUMBER.match(line) for line in lines):
        return None
    blocks: list[_Block] = []
    for line in lines:
        bullet = _PLAIN_BULLET.match(line)
        number = None if bullet else _PLAIN_NUMBER.match(line)
        if bullet:
            indent = _indent_levels(bullet.group(1))
            blocks.append(_Block([Run(bullet.group(3).strip())],
                                 _GLYPH_LEVEL.get(bullet.group(2), 0) + indent, None))
        elif number:
            indent = _indent_levels(number.group(1))
            blocks.append(_Block([Run(number.group(4).strip())], indent,
                                 _ordinal(number.group(2)) + number.group(3)))
        elif line.strip():
            blocks.append(_Block([Run(line.strip())]))
    return _render(blocks)


def from_html(html: str) -> str:
    """The markup of an HTML fragment (the clipboard's ``text/html``)."""
    reader = _HtmlReader()
    reader.feed(xml_safe(html))
    reader.close()
    reader.end_block()
    return _render(reader.blocks)


@dataclass
class _Block:
    runs: list[Run]
    level: int | None = None  # None: a paragraph; else a list entry at this level
    marker: str | None = None  # "3." or "3)" for a numbered entry, None for a bullet


@dataclass
class _Open:
    tag: str
    bold: bool | None = None  # None: as the parent says
    italic: bool | None = None
    hidden: bool = False
    list_marker: bool = False  # Word's literal bullet or number (mso-list: Ignore)


@dataclass
class _ListState:
    ordered: bool
    count: int = 0


class _HtmlReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self._stack: list[_Open] = []
        self._lists: list[_ListState] = []
        self._runs: list[Run] = []
        self._level: int | None = None
        self._marker: str | None = None
        self._word_marker = ""  # the literal text of Word's list marker being read
        self._in_cell = False

    # --- state ------------------------------------------------------------------------------

    def _flag(self, name: str) -> bool:
        for entry in reversed(self._stack):
            value = getattr(entry, name)
            if value is not None:
                return bool(value)
        return False

    def _hidden(self) -> bool:
        return any(entry.hidden for entry in self._stack)

    def _in_word_marker(self) -> bool:
        return any(entry.list_marker for entry in self._stack)

    def end_block(self) -> None:
        runs = _trim(self._runs)
        if runs or self._level is not None:
            self.blocks.append(_Block(runs, self._level, self._marker))
        self._runs, self._level, self._marker = [], None, None

    def _text(self, text: str) -> None:
        if not text:
            return
        bold, italic = self._flag("bold"), self._flag("italic")
        if self._runs and self._runs[-1].bold == bold and self._runs[-1].italic == italic:
            self._runs[-1] = Run(self._runs[-1].text + text, bold, italic)
        else:
            self._runs.append(Run(text, bold, italic))

    # --- HTMLParser -------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        style = values.get("style", "")
        if tag in _VOID_TAGS:
            if tag == "br" and not self._hidden():
                self._text(_BR)
            elif tag == "hr":
                self.end_block()
            return
        entry = _Open(tag)
        entry.hidden = tag in _HIDDEN_TAGS or bool(_DISPLAY_NONE.search(style))
        if tag in ("b", "strong"):
            entry.bold = True
        elif tag in ("i", "em", "cite", "dfn"):
            entry.italic = True
        if _BOLD_STYLE.search(style):
            entry.bold = True
        elif _NOT_BOLD_STYLE.search(style):
            entry.bold = False
        if _ITALIC_STYLE.search(style):
            entry.italic = True
        elif _NOT_ITALIC_STYLE.search(style):
            entry.italic = False
        mso = _MSO_LIST.search(style)
        if mso and mso.group(1).strip().lower() == "ignore":
            entry.list_marker = True
            self._word_marker = ""
        self._stack.append(entry)
        if tag in ("ul", "ol"):
            self.end_block()
            self._lists.append(_ListState(ordered=tag == "ol"))
        elif tag == "li":
            self.end_block()
            state = self._lists[-1] if self._lists else _ListState(ordered=False)
            state.count += 1
            if values.get("value", "").isdigit():
                state.count = int(values["value"])
            self._level = max(len(self._lists) - 1, 0)
            self._marker = f"{state.count}." if state.ordered else None
        elif tag in ("td", "th"):
            if self._in_cell and self._runs:
                self._text(_CELL)
            self._in_cell = True
        elif tag in _BLOCK_TAGS:
            self.end_block()
            if mso and mso.group(1).strip().lower() != "ignore":
                level = _MSO_LEVEL.search(mso.group(1))
                self._level = int(level.group(1)) - 1 if level else 0
                self._marker = None  # a bullet until the literal marker says a number

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        if not any(entry.tag == tag for entry in self._stack):
            return  # a stray end tag: nothing to close
        while self._stack:
            entry = self._stack.pop()
            if entry.list_marker and not self._in_word_marker():
                self._take_word_marker()
            if entry.tag == tag:
                break
        if tag in ("ul", "ol"):
            self.end_block()
            if self._lists:
                self._lists.pop()
        elif tag == "li":
            self.end_block()
        elif tag == "tr":
            self.end_block()
            self._in_cell = False
        elif tag in _BLOCK_TAGS:
            self.end_block()

    def handle_data(self, data: str) -> None:
        if self._hidden():
            return
        if self._in_word_marker():
            self._word_marker += data
            return
        self._text(data)

    def unknown_decl(self, data: str) -> None:  # Word's <![if !supportLists]>: nothing to keep
        return

    def _take_word_marker(self) -> None:
        """Word's literal bullet or number just ended: it says whether the entry is numbered."""
        marker = _SPACES.sub("", self._word_marker)
        self._word_marker = ""
        if self._level is None:
            return
        number = re.fullmatch(r"(\d{1,3}|[a-zA-Z])([.)])", marker)
        if number:
            self._marker = _ordinal(number.group(1)) + number.group(2)


def _ordinal(mark: str) -> str:
    """A list number as digits: "3" stays, "c" is the third."""
    if mark.isdigit():
        return str(int(mark))
    return str(ord(mark.lower()) - ord("a") + 1)


def _indent_levels(indent: str) -> int:
    return indent.count("\t") + (len(indent.replace("\t", "")) // 4)


def _trim(runs: list[Run]) -> list[Run]:
    """HTML's white space: runs of spaces and newlines are one space; none at the ends or
    around a line break."""
    out: list[Run] = []
    for run in runs:
        pieces = run.text.split(_BR)
        text = "\n".join(_SPACES.sub(" ", piece) for piece in pieces)
        text = re.sub(f" *{_CELL} *", "\t", text)
        if text:
            out.append(Run(text, run.bold, run.italic))
    joined = "".join(r.text for r in out)
    if not joined.strip():
        return []
    # Strip the edges and the spaces that touch a line break, run by run.
    result: list[Run] = []
    previous_ends_space = True  # at the start, a space is dropped
    for run in out:
        text = re.sub(r" *\n *", "\n", run.text)
        if previous_ends_space or (result and result[-1].text.endswith("\n")):
            text = text.lstrip(" ")
        if text:
            result.append(Run(text, run.bold, run.italic))
            previous_ends_space = text.endswith(" ")
    while result:
        last = result[-1]
        text = last.text.rstrip(" \n")
        if text:
            result[-1] = Run(text, last.bold, last.italic)
            break
        result.pop()
    while result and result[0].text.startswith("\n"):
        text = result[0].text.lstrip("\n ")
        if text:
            result[0] = Run(text, result[0].bold, result[0].italic)
            break
        result.pop(0)
    return result


def _render(blocks: list[_Block]) -> str:
    """Blocks as markup: paragraphs apart by a blank line, a list's entries line by line."""
    out: list[str] = []
    previous: _Block | None = None
    for block in blocks:
        text = runs_markup(block.runs)
        if block.level is None:
            if not text.strip():
                continue
            if out:
                out.append("\n\n")
            out.append(text)
        else:
            # A list entry's own line breaks would end it: inside an entry they are spaces.
            text = text.replace("\n", " ")
            if out:
                out.append("\n" if previous is not None and previous.level is not None else "\n\n")
            marker = "-" if block.marker is None else block.marker
            out.append("  " * block.level + f"{marker} {text}".rstrip())
        previous = block
    return "".join(out)
