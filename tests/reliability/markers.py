"""Closed markers in published outputs: every part of a .docx (raw and without XML tags), .ics text."""

from __future__ import annotations

import io
import re
import zipfile

MARK = re.compile(r"ZQ\d{5}QZ")
_MARK_BYTES = re.compile(MARK.pattern.encode())
_TAG = re.compile(rb"<[^>]*>")


class Markers:
    """Hands out unique markers: ``ZQ00001QZ`` (never spelled by public test text)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return f"ZQ{self.count:05d}QZ"


def in_docx(docx: bytes) -> set[str]:
    """Markers anywhere in the .docx: each part as raw bytes and as text without XML tags
    (Word may split a word over runs)."""
    found: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        for name in archive.namelist():
            raw = archive.read(name)
            found.update(m.decode() for m in _MARK_BYTES.findall(raw) + _MARK_BYTES.findall(_TAG.sub(b"", raw)))
    return found


def in_text(data: bytes | str) -> set[str]:
    """Markers in a text file (.ics, meeting file); folded .ics lines are unfolded first."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return set(MARK.findall(text.replace("\r\n ", "").replace("\n ", "")))
