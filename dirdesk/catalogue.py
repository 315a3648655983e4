"""The Danish catalogue read without Qt: the command line words its messages from the same
compiled ``dirdesk_da.qm`` the window's translator loads.

A ``.qm`` file (Qt's ``QTranslator`` format, written by ``lrelease``) is a magic number and
tagged sections; its message section is a run of records, each a list of tagged fields
(context, source text, translation) ended by a zero-length "end" tag. ``build.py`` keeps the
context and source text in it, so a record is found by them, as ``QTranslator`` finds it.
"""

from __future__ import annotations

import functools
import os
import struct

from dirdesk import paths
from dirdesk.domain.messages import CONTEXT, ENGLISH, Language, danish_language

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_SECTION = 0x69
# Record tags (qtranslator.cpp): 1 end, 3 translation (UTF-16BE), 5 and 9 obsolete (4 bytes),
# 6 source text, 7 context, 8 comment (UTF-8, with a length).
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of every translated message in a ``.qm`` file."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a Qt translation file")
    at, found = len(_MAGIC), {}
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        body, at = data[at + 5:at + 5 + length], at + 5 + length
        if tag == _MESSAGES_SECTION:
            found.update(_records(body))
    return found


def _records(body: bytes) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    at, record = 0, dict[int, str]()
    while at < len(body):
        tag = body[at]
        at += 1
        if tag == _END:
            if _TRANSLATION in record and _SOURCE in record:
                found[(record.get(_CONTEXT, ""), record[_SOURCE])] = record[_TRANSLATION]
            record = {}
        elif tag in (_OBSOLETE1, _OBSOLETE2):
            at += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            length = struct.unpack_from(">I", body, at)[0]
            at += 4
            if length == 0xFFFFFFFF:  # a null string
                continue
            raw = body[at:at + length]
            at += length
            text = raw.decode("utf-16-be") if tag == _TRANSLATION else raw.decode("utf-8")
            record.setdefault(tag, text)  # the first translation: the singular of a plural
        else:
            raise ValueError(f"unknown tag {tag} in a Qt translation file")
    return found


@functools.cache
def _danish_messages() -> dict[str, str]:
    qm = paths.resources_dir() / "translations" / "dirdesk_da.qm"
    return {source: text for (context, source), text in read_qm(qm.read_bytes()).items()
            if context == CONTEXT}


def danish() -> Language:
    """Danish, from the catalogue."""
    messages = _danish_messages()
    return danish_language(lambda source: messages.get(source, source))


def of_locale() -> Language:
    """Danish where the user's locale is Danish, else English (the spec's wording)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return danish() if value.lower().startswith("da") else ENGLISH
    return ENGLISH
