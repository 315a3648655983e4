"""Reading exported documents the way a reader does: LibreOffice text and PDF pages, word recall."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import uuid
import zipfile
from pathlib import Path

import docx as python_docx

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")


def convert(docx: Path, fmt: str, outdir: Path) -> Path:
    """``docx`` converted by LibreOffice (``txt:Text`` or ``pdf``) into ``outdir``.

    Each call gets its own profile directory: with a shared one a second LibreOffice
    silently does nothing.
    """
    assert SOFFICE, "LibreOffice is not installed"
    profile = Path(tempfile.gettempdir()) / f"lo-dirdesk-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
             "--convert-to", fmt, "--outdir", str(outdir), str(docx)],
            check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = outdir / (docx.stem + (".txt" if fmt.startswith("txt") else f".{fmt}"))
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf`` (pdftotext keeps the form feed between pages)."""
    assert PDFTOTEXT, "pdftotext (poppler-utils) is not installed"
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


_TAG = re.compile(r"<[^>]*>")


def words(text: str) -> list[str]:
    """The words of ``text``, lower case, without markup leaked into the reference extractions."""
    text = _TAG.sub(" ", text)
    return re.findall(r"\w+", text.lower())


def sequence_recall(reference: list[str], produced: list[str]) -> tuple[float, list[str]]:
    """Share of ``reference``'s words found in ``produced`` in the same order (LCS), and the rest."""
    n, m = len(reference), len(produced)
    if n == 0:
        return 1.0, []
    # LCS table by rows of the produced text; memory n*m bits via Python ints is heavy, so keep
    # full rows of lengths and backtrack with a second pass over stored rows.
    rows = [[0] * (m + 1)]
    for i in range(1, n + 1):
        prev, row = rows[-1], [0] * (m + 1)
        word = reference[i - 1]
        for j in range(1, m + 1):
            if word == produced[j - 1]:
                row[j] = prev[j - 1] + 1
            else:
                a, b = prev[j], row[j - 1]
                row[j] = a if a >= b else b
        rows.append(row)
    missing: list[str] = []
    i, j = n, m
    while i > 0 and j > 0:
        if reference[i - 1] == produced[j - 1]:
            i, j = i - 1, j - 1
        elif rows[i - 1][j] >= rows[i][j - 1]:
            missing.append(reference[i - 1])
            i -= 1
        else:
            j -= 1
    missing.extend(reversed(reference[:i]))
    missing.reverse()
    return rows[n][m] / n, missing


def package_texts(docx: Path) -> dict[str, str]:
    """Every part of the .docx zip, decompressed, as text (binary parts decoded leniently)."""
    with zipfile.ZipFile(docx) as archive:
        return {name: archive.read(name).decode("utf-8", errors="replace")
                for name in archive.namelist()}


def docx_text(source: Path | bytes) -> str:
    """A .docx's text as python-docx reads it: the paragraphs, then the tables' cells, a line each."""
    document = python_docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)
