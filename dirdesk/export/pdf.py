"""The Word document as PDF too, converted by LibreOffice where it is installed.

dirdesk does not lay out pages itself: LibreOffice (``soffice``) converts the exported .docx.
Each conversion runs LibreOffice with a profile of its own (with a profile in use by another
LibreOffice, a second one silently does nothing) in a locked work folder of the user cache,
under a time limit; the folder is removed afterwards, and one a killed run left (with any
LibreOffice still running from it) by the next conversion. The PDF is written beside the target and moved
into place only when LibreOffice produced a real PDF, so a failed conversion leaves an
existing PDF as it was.

``export_with_pdf`` writes the .docx and its PDF together: both are produced first, then
moved into place both or neither (``dirdesk.files.write_together``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from dirdesk.domain.messages import Message, UserError
from dirdesk.files import work_folder, write_atomically, write_together

# Where the Windows installer puts LibreOffice when it is not on PATH.
WINDOWS_LOCATIONS = (
    Path(r"C:\Program Files\LibreOffice\program\soffice.exe"),
    Path(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
)
PROGRAM_NAMES = ("soffice", "libreoffice")
TIMEOUT = 180.0  # seconds; the longest reference REFERAT takes a few

# LibreOffice's PDF export filter: tagged (a structure tree from the headings, tables and
# lists), identified as PDF/UA-1, the document title shown as the window title, bookmarks
# from the headings, Word bookmarks as named destinations (the export reads the page numbers
# of its table of contents from them); the archive copy is PDF/A-2b as well (fonts embedded).
# The PDF's /Lang comes from the document's default language (styles.xml docDefaults).
_FILTER_OPTIONS = {
    "UseTaggedPDF": ("boolean", "true"),
    "PDFUACompliance": ("boolean", "true"),
    "ExportBookmarks": ("boolean", "true"),
    "ExportBookmarksToPDFDestination": ("boolean", "true"),
    "DisplayPDFDocumentTitle": ("boolean", "true"),
}
ARCHIVE_VERSION = "2"  # SelectPdfVersion: 2 = PDF/A-2b


def pdf_filter(archive: bool = False) -> str:
    """The ``--convert-to`` argument: ``pdf:writer_pdf_Export:{…}`` with the options above."""
    options = dict(_FILTER_OPTIONS)
    if archive:
        options["SelectPdfVersion"] = ("long", ARCHIVE_VERSION)
    body = ",".join(f'"{name}":{{"type":"{kind}","value":"{value}"}}'
                    for name, (kind, value) in options.items())
    return "pdf:writer_pdf_Export:{" + body + "}"


UNAVAILABLE = Message("LibreOffice is not installed – PDF needs LibreOffice")

Finder = Callable[[], Path | None]


class PdfError(UserError):
    """The PDF could not be made (LibreOffice missing, failing or too slow)."""


def find_libreoffice(which: Callable[[str], str | None] = shutil.which,
                     windows: bool | None = None) -> Path | None:
    """LibreOffice's ``soffice`` program, or None where it is not installed.

    ``DIRDESK_LIBREOFFICE`` names the program where it is not on the search path (a portable
    LibreOffice on Windows); set to ``none`` it is not used at all: a Word-only export is then
    written at once and Word fills in the page numbers when it updates the fields.
    """
    chosen = os.environ.get("DIRDESK_LIBREOFFICE", "").strip()
    if chosen.lower() == "none":
        return None
    if chosen:
        return Path(chosen) if Path(chosen).is_file() else None
    for name in PROGRAM_NAMES:
        found = which(name)
        if found:
            return Path(found)
    if sys.platform == "win32" if windows is None else windows:
        for candidate in WINDOWS_LOCATIONS:
            if candidate.is_file():
                return candidate
    return None


def pdf_target(docx_target: Path) -> Path:
    """Where the PDF of ``docx_target`` goes: the same name with ``.pdf``, in the same folder."""
    docx_target = Path(docx_target)
    pdf = docx_target.with_suffix(".pdf") if docx_target.suffix else Path(f"{docx_target}.pdf")
    if pdf == docx_target:
        raise PdfError(Message("{target}: the Word document cannot have the PDF's name (.pdf)",
                               target=docx_target))
    return pdf


def _failed(target: Path, reason: Message) -> PdfError:
    return PdfError(Message("{target}: the PDF was not written: {reason}", target=target,
                            reason=reason))


def _last_line(output: bytes) -> str:
    lines = [ln.strip() for ln in output.decode("utf-8", errors="replace").splitlines() if ln.strip()]
    return lines[-1][:300] if lines else ""


def _run(command: list[str], timeout: float) -> tuple[int | None, bytes]:
    """Run LibreOffice; (return code or None on timeout, its output). Kills it all on timeout."""
    options: dict[str, object] = {}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    else:
        options["start_new_session"] = True  # soffice starts soffice.bin: kill the whole group
        if sys.platform.startswith("linux"):
            options["preexec_fn"] = _die_with_parent
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, **options)  # type: ignore[call-overload]
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        return None, b""
    except BaseException:  # interrupted, or SIGTERM (the command line exits on it): not orphaned
        _kill(process)
        raise
    return process.returncode, output


def _kill(process: subprocess.Popen[bytes]) -> None:
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()
    process.communicate()


def _die_with_parent() -> None:
    """In the child, before LibreOffice starts: the kernel kills it when dirdesk dies (even by
    SIGKILL). What LibreOffice starts in turn is stopped by the next conversion, which finds it
    running from the dead process's work folder (``dirdesk.files.work_folder``)."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _convert_in(folder: Path, docx: Path, soffice: Path, timeout: float, target: Path,
                archive: bool = False) -> Path:
    """Convert ``docx`` (inside ``folder``) to a PDF in ``folder``; its path."""
    profile = folder / "profile"  # in the work folder: removed with it, a dead run's too
    try:
        command = [str(soffice), "--headless", "--norestore",
                   f"-env:UserInstallation={profile.as_uri()}",
                   "--convert-to", pdf_filter(archive), "--outdir", str(folder), str(docx)]
        try:
            code, output = _run(command, timeout)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise _failed(target, Message("LibreOffice ({program}) cannot be started: {reason}",
                                          program=soffice, reason=reason)) from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if code is None:
        raise _failed(target, Message("LibreOffice did not finish within {seconds} seconds",
                                      seconds=f"{timeout:g}"))
    pdf = folder / (docx.stem + ".pdf")
    detail = _last_line(output)
    if code != 0:
        raise _failed(target, Message("LibreOffice stopped with status {code}: {detail}",
                                      code=code, detail=detail) if detail
                      else Message("LibreOffice stopped with status {code}", code=code))
    try:
        with pdf.open("rb") as handle:
            good = handle.read(5) == b"%PDF-"
    except OSError:
        good = False
    if not good:
        raise _failed(target, Message("LibreOffice wrote no PDF ({detail})", detail=detail) if detail
                      else Message("LibreOffice wrote no PDF"))
    return pdf


def _soffice_or_fail(soffice: Path | None, finder: Finder, target: Path) -> Path:
    found = soffice if soffice is not None else finder()
    if found is None:
        raise _failed(target, UNAVAILABLE)
    return found


def convert_to_pdf(docx: Path, target: Path | None = None, *, soffice: Path | None = None,
                   finder: Finder = find_libreoffice, timeout: float = TIMEOUT,
                   archive: bool = False) -> Path:
    """Write the PDF of the .docx ``docx`` to ``target`` (default: beside it); returns ``target``.

    Raises ``PdfError`` when LibreOffice is missing or fails, and ``OutputError`` when the
    target cannot be written; in both cases an existing ``target`` is left as it was.
    """
    docx = Path(docx)
    target = Path(target) if target is not None else pdf_target(docx)
    program = _soffice_or_fail(soffice, finder, target)
    with work_folder("pdf") as folder:
        # A plain copy name: LibreOffice names its output after the input.
        source = folder / "document.docx"
        try:
            shutil.copyfile(docx, source)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise _failed(target, Message("{docx} cannot be read: {reason}", docx=docx,
                                          reason=reason)) from None
        pdf = _convert_in(folder, source, program, timeout, target, archive)
        write_atomically(target, lambda tmp_target: shutil.copyfile(pdf, tmp_target))
    return target


def export_with_pdf(docx_bytes: bytes, docx_target: Path, *, soffice: Path | None = None,
                    finder: Finder = find_libreoffice, timeout: float = TIMEOUT,
                    archive: bool = False, finish: Callable[[Path], bytes] | None = None,
                    write_pdf: bool = True) -> Path:
    """Write ``docx_bytes`` to ``docx_target`` and its PDF beside it; returns the PDF's path.

    The PDF is made before either file is written: when LibreOffice fails, neither an existing
    .docx nor an existing PDF is touched. ``finish`` turns the PDF made into the .docx bytes
    written (the page numbers read from it filled in); without ``write_pdf`` only the .docx
    is written.
    """
    docx_target = Path(docx_target)
    target = pdf_target(docx_target)
    program = _soffice_or_fail(soffice, finder, target)
    with work_folder("pdf") as folder:
        source = folder / "document.docx"
        source.write_bytes(docx_bytes)
        pdf = _convert_in(folder, source, program, timeout, target, archive)
        if finish is not None:
            docx_bytes = finish(pdf)
        final = docx_bytes
        files: list[tuple[Path, Callable[[Path], object]]] = [
            (docx_target, lambda tmp: tmp.write_bytes(final))]
        if write_pdf:
            files.append((target, lambda tmp: shutil.copyfile(pdf, tmp)))
        write_together(files)  # both or neither
    return target
