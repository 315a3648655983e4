"""Faults and notices a user reads, as English templates keyed into the one Danish catalogue.

A ``Message`` holds an English template (the spec's wording, and the key of the catalogue
``dirdesk_da.ts`` under the context ``Message``) and the values it names. It is worded when it
is shown, in the reader's ``Language``: the window's (Qt's translator, the same catalogue as
its own ``tr()`` strings) or the command line's (the locale: the same compiled ``.qm`` read by
``dirdesk.catalogue``). Dates and decimals in the values are written as the language writes them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dirdesk.domain import danish

# user:password@ after any scheme (a password may hold "@": up to the last "@" of the word);
# then, for what no parser would call a URL ("foo//user:pw@host"), any user:password@ at the
# start of a word or after a slash whose password holds no slash (a SQLite path
# "sqlite:////srv/a:b/c@d" has one); and password=… in a query or connection string.
_URL_PASSWORD = re.compile(r"(\b[A-Za-z][\w+.-]*:/*[^\s:/@]*:)\S*@")
_LOOSE_PASSWORD = re.compile(r"((?:^|(?<=[\s/]))[^\s:/@]+:)(?!\*\*\*@)[^\s/]+@")
_PASSWORD_PARAMETER = re.compile(r"(\bpassword=)[^\s&;]*", re.IGNORECASE)

CONTEXT = "Message"
"""The catalogue context of every template (``build.py`` collects them from the sources)."""


def hide_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``, whatever the scheme."""
    text = _URL_PASSWORD.sub(lambda m: m.group(1) + "***@", text)
    text = _LOOSE_PASSWORD.sub(lambda m: m.group(1) + "***@", text)
    return _PASSWORD_PARAMETER.sub(lambda m: m.group(1) + "***", text)


def marked(source: str) -> str:
    """``source`` unchanged: marks a template kept in a table for the catalogue (like Qt's
    ``QT_TRANSLATE_NOOP``); word it later with ``Message(source, ...)``."""
    return source


@dataclass(frozen=True, slots=True)
class Language:
    """How a message is worded: its template looked up, dates and decimals as readers write them."""

    code: str
    template: Callable[[str], str] = field(compare=False)
    date: Callable[[dt.date], str] = field(compare=False)
    decimal_point: str = "."


def danish_date(day: dt.date) -> str:
    """``onsdag den 9. december 2026``: a date inside a Danish sentence."""
    words = danish.long_date(day)
    return words[:1].lower() + words[1:]


ENGLISH = Language("en", lambda source: source, dt.date.isoformat)


def danish_language(lookup: Callable[[str], str]) -> Language:
    """Danish with the templates from ``lookup`` (English template -> Danish)."""
    return Language("da", lookup, danish_date, ",")


class Decimal:
    """A number shown with one decimal: ``1.5`` in English, ``1,5`` in Danish."""

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def worded(self, language: Language) -> str:
        return f"{self.value:.1f}".replace(".", language.decimal_point)


class Message:
    """An English template and its values; ``text(language)`` words it."""

    __slots__ = ("source", "values")

    def __init__(self, source: str, /, **values: object) -> None:
        self.source = source
        self.values = values

    def text(self, language: Language = ENGLISH) -> str:
        """The message in ``language``; a password in a URL it quotes is shown as ``***``."""
        worded = {name: _worded(value, language) for name, value in self.values.items()}
        template = language.template(self.source) or self.source
        try:
            text = template.format(**worded)
        except (KeyError, IndexError, ValueError):  # a broken translation: never lose the fault
            text = self.source.format(**worded)
        return hide_passwords(text)

    @property
    def en(self) -> str:
        return self.text(ENGLISH)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and self.source == other.source
                and self.values == other.values)

    def __hash__(self) -> int:
        return hash(self.source)

    def __repr__(self) -> str:
        return f"Message({self.source!r}, **{self.values!r})"


def _worded(value: object, language: Language) -> object:
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, Decimal):
        return value.worded(language)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return language.date(value)
    return value


class UserError(Exception):
    """A fault in what the user gave (a file, a path, a database): shown, never a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text())
        self.message = message

    def text(self, language: Language = ENGLISH) -> str:
        return self.message.text(language)
