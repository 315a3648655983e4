"""The window's wording of messages from the layers below it, from the catalogue its own
``tr()`` strings come from: whatever Qt's installed translator holds, never a fixed language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dirdesk.domain.messages import CONTEXT, Language, Message, UserError, danish_language

_SAMPLE = "the disk is full"  # a template the catalogue holds: is the window in Danish?


def window_language() -> Language:
    """The language Qt's translator gives the window, for ``Message.text``."""
    def template(source: str) -> str:
        return QCoreApplication.translate(CONTEXT, source)

    language = danish_language(template)
    if template(_SAMPLE) == _SAMPLE:  # no translation installed: the catalogue's English
        from dirdesk.domain.messages import ENGLISH

        return ENGLISH
    return language


def shown(message: Message | UserError) -> str:
    """``message`` as the window shows it."""
    return message.text(window_language())
