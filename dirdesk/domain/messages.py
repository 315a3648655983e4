"""Faults a user can cause, worded in English (the command line's spec) and Danish."""

from __future__ import annotations

import re
from dataclasses import dataclass

# user:password@ after any scheme (a password may hold "@": up to the last "@" of the word);
# then, for what no parser would call a URL ("foo//user:pw@host"), any user:password@ at the
# start of a word or after a slash whose password holds no slash (a SQLite path
# "sqlite:////srv/a:b/c@d" has one); and password=… in a query or connection string.
_URL_PASSWORD = re.compile(r"(\b[A-Za-z][\w+.-]*:/*[^\s:/@]*:)\S*@")
_LOOSE_PASSWORD = re.compile(r"((?:^|(?<=[\s/]))[^\s:/@]+:)(?!\*\*\*@)[^\s/]+@")
_PASSWORD_PARAMETER = re.compile(r"(\bpassword=)[^\s&;]*", re.IGNORECASE)


def hide_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``, whatever the scheme."""
    text = _URL_PASSWORD.sub(lambda m: m.group(1) + "***@", text)
    text = _LOOSE_PASSWORD.sub(lambda m: m.group(1) + "***@", text)
    return _PASSWORD_PARAMETER.sub(lambda m: m.group(1) + "***", text)


@dataclass(frozen=True, slots=True)
class Message:
    en: str
    da: str

    def text(self, lang: str = "en") -> str:
        """The message in ``lang``; a password in a URL it quotes is shown as ``***``."""
        return hide_passwords(self.da if lang == "da" else self.en)


class UserError(Exception):
    """A fault in what the user gave (a file, a path, a database): shown, never a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text("en"))
        self.message = message

    def text(self, lang: str = "en") -> str:
        return self.message.text(lang)
