"""Faults a user can cause, worded in English (the command line's spec) and Danish."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    en: str
    da: str

    def text(self, lang: str = "en") -> str:
        return self.da if lang == "da" else self.en


class UserError(Exception):
    """A fault in what the user gave (a file, a path, a database): shown, never a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message

    def text(self, lang: str = "en") -> str:
        return self.message.text(lang)
