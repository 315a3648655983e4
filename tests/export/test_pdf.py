"""The Word document as PDF: converted by LibreOffice, never half-written, nothing closed in it."""

from __future__ import annotations

import os
import stat
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from dirdesk.catalogue import danish
from dirdesk.export import DocumentKind, PdfError, export_document, find_libreoffice, pdf_target
from dirdesk.export import pdf as pdf_module
from dirdesk.export.pdf import convert_to_pdf
from tests.export.conftest import reference_meeting
from tests.export.office import PDFTOTEXT, SOFFICE
from tests.export.sample import CLOSED_MARKERS, closed_meeting, small_meeting

needs_pdftotext = pytest.mark.skipif(not SOFFICE or not PDFTOTEXT,
                                     reason="LibreOffice or pdftotext is not installed")
GOOD_PDF = b"%PDF-1.7\n an earlier, good PDF that must survive\n%%EOF\n"
GOOD_DOCX = b"an earlier, good Word document that must survive"


def pdf_text(pdf: Path) -> str:
    assert PDFTOTEXT
    return subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_info(pdf: Path) -> str:
    """The PDF's metadata (title, subject, author …) as pdfinfo prints it, where it is installed."""
    assert PDFTOTEXT
    pdfinfo = Path(PDFTOTEXT).with_name("pdfinfo")
    if not pdfinfo.exists():
        return ""
    return subprocess.run([str(pdfinfo), str(pdf)], check=True, capture_output=True, text=True).stdout


def fake_soffice(folder: Path, script: str) -> Path:
    """A stand-in for LibreOffice: a shell script given LibreOffice's arguments.

    ``$3`` is the profile (``-env:UserInstallation=…``), ``$7`` the output folder.
    """
    path = folder / "soffice"
    path.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


# --- finding LibreOffice ---------------------------------------------------------------------


def test_found_on_the_path_under_either_name() -> None:
    assert find_libreoffice(lambda name: "/opt/lo/soffice" if name == "soffice" else None,
                            windows=False) == Path("/opt/lo/soffice")
    assert find_libreoffice(lambda name: "/usr/bin/libreoffice" if name == "libreoffice" else None,
                            windows=False) == Path("/usr/bin/libreoffice")
    assert find_libreoffice(lambda _name: None, windows=False) is None


def test_found_in_program_files_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = tmp_path / "soffice.exe"
    installed.write_bytes(b"")
    monkeypatch.setattr(pdf_module, "WINDOWS_LOCATIONS", (tmp_path / "missing.exe", installed))
    assert find_libreoffice(lambda _name: None, windows=True) == installed
    assert find_libreoffice(lambda _name: None, windows=False) is None


def test_pdf_goes_beside_the_word_document() -> None:
    assert pdf_target(Path("/x/referat.docx")) == Path("/x/referat.pdf")
    assert pdf_target(Path("/x/referat")) == Path("/x/referat.pdf")
    with pytest.raises(PdfError):
        pdf_target(Path("/x/referat.pdf"))


# --- real conversions ------------------------------------------------------------------------


@pytest.mark.libreoffice
@needs_pdftotext
@pytest.mark.parametrize("name", ["direktionen-2025-01-29-referat"])
def test_reference_referat_as_pdf(name: str, tmp_path: Path) -> None:
    meeting = reference_meeting(name)
    target = tmp_path / "referat.docx"
    written = export_document(meeting, DocumentKind.REFERAT, target, pdf=True)
    assert written == tmp_path / "referat.pdf"
    assert target.exists() and written.read_bytes().startswith(b"%PDF-")
    text = pdf_text(written)
    first_page = text.split("\f")[0]
    assert meeting.board in first_page and "REFERAT" in first_page
    assert "Side 1" in first_page
    assert meeting.items[0].title[:30] in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referat.docx", "referat.pdf"]


@pytest.mark.libreoffice
@needs_pdftotext
def test_published_pdf_holds_no_closed_content(tmp_path: Path) -> None:
    written = {}
    for internal in (False, True):
        target = tmp_path / f"{'internal' if internal else 'published'}.docx"
        pdf = export_document(closed_meeting(), DocumentKind.REFERAT, target, internal=internal, pdf=True)
        assert pdf is not None
        written[internal] = pdf_text(pdf) + pdf_info(pdf) + pdf.read_bytes().decode("latin-1")
    assert [m for m in CLOSED_MARKERS if m in written[False]] == []
    # The way of looking finds them where they are: the internal PDF has the closed text.
    assert "ZZDECISIONMARK" in written[True] and "ZZJOURNALMARK" in written[True]


@pytest.mark.libreoffice
@needs_pdftotext
def test_convert_an_existing_word_document(tmp_path: Path) -> None:
    docx = tmp_path / "dagsorden.docx"
    export_document(small_meeting(), DocumentKind.DAGSORDEN, docx)
    pdf = convert_to_pdf(docx)
    assert pdf == tmp_path / "dagsorden.pdf"
    assert "DAGSORDEN" in pdf_text(pdf)


# --- failures leave what was there ----------------------------------------------------------


@pytest.fixture
def existing(tmp_path: Path) -> tuple[Path, Path]:
    docx, pdf = tmp_path / "out" / "referat.docx", tmp_path / "out" / "referat.pdf"
    docx.parent.mkdir()
    docx.write_bytes(GOOD_DOCX)
    pdf.write_bytes(GOOD_PDF)
    return docx, pdf


FAILURES = {  # the stand-in's script, and what the message says
    "exits with an error": ('echo "Error: source file could not be loaded" >&2; exit 1',
                            "stoppede med status 1: Error: source file could not be loaded"),
    "writes nothing": ("exit 0", "LibreOffice skrev ingen PDF"),
    "writes half a file": ('printf "garbage" > "$7/document.pdf"; exit 0', "LibreOffice skrev ingen PDF"),
    "writes an empty file": (': > "$7/document.pdf"; exit 0', "LibreOffice skrev ingen PDF"),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_failed_conversion_leaves_the_good_files(failure: str, tmp_path: Path,
                                                 existing: tuple[Path, Path]) -> None:
    docx, pdf = existing
    script, said = FAILURES[failure]
    soffice = fake_soffice(tmp_path, script)
    with pytest.raises(PdfError) as caught:
        export_document(small_meeting(), DocumentKind.REFERAT, docx, pdf=True,
                        find_soffice=lambda: soffice)
    assert "referat.pdf" in caught.value.text(danish()) and "PDF'en blev ikke skrevet" in caught.value.text(danish())
    assert "the PDF was not written" in caught.value.text() and said in caught.value.text(danish())
    assert docx.read_bytes() == GOOD_DOCX and pdf.read_bytes() == GOOD_PDF
    assert sorted(p.name for p in docx.parent.iterdir()) == ["referat.docx", "referat.pdf"]


def test_failed_conversion_of_a_word_document_leaves_the_good_pdf(tmp_path: Path,
                                                                  existing: tuple[Path, Path]) -> None:
    docx, pdf = existing
    export_document(small_meeting(), DocumentKind.REFERAT, docx)
    with pytest.raises(PdfError):
        convert_to_pdf(docx, soffice=fake_soffice(tmp_path, "exit 77"))
    assert pdf.read_bytes() == GOOD_PDF


def test_a_hanging_libreoffice_is_stopped(tmp_path: Path, existing: tuple[Path, Path]) -> None:
    if os.name == "nt":
        pytest.skip("the stand-in is a shell script")
    docx, pdf = existing
    marker = tmp_path / "child-still-running"
    # LibreOffice's launcher starts a child; both must be gone after the time limit.
    soffice = fake_soffice(tmp_path, f'(sleep 3; touch "{marker}") & sleep 60')
    started = time.monotonic()
    with pytest.raises(PdfError) as caught:
        convert_to_pdf(docx, soffice=soffice, timeout=0.5)
    assert time.monotonic() - started < 10
    assert "inden for" in caught.value.text(danish())
    assert pdf.read_bytes() == GOOD_PDF
    time.sleep(3.5)
    assert not marker.exists()


def test_without_libreoffice_nothing_is_written(existing: tuple[Path, Path]) -> None:
    docx, pdf = existing
    with pytest.raises(PdfError) as caught:
        export_document(small_meeting(), DocumentKind.REFERAT, docx, pdf=True, find_soffice=lambda: None)
    assert "LibreOffice er ikke installeret – PDF kræver LibreOffice" in caught.value.text(danish())
    assert docx.read_bytes() == GOOD_DOCX and pdf.read_bytes() == GOOD_PDF


def test_each_conversion_has_its_own_profile_and_leaves_none(tmp_path: Path) -> None:
    log = tmp_path / "profiles.txt"
    script = (f'echo "$3" >> "{log}"; '
              'printf "%%PDF-1.4 fake\\n" > "$7/document.pdf"')
    soffice = fake_soffice(tmp_path, script)
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"not read by the stand-in")
    for _ in range(2):
        convert_to_pdf(docx, soffice=soffice)
    profiles = log.read_text(encoding="utf-8").split()
    assert len(set(profiles)) == 2 and all(p.startswith("-env:UserInstallation=file://") for p in profiles)
    for profile in profiles:
        assert not Path(profile.removeprefix("-env:UserInstallation=file://")).exists()
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")



def test_chosen_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "soffice.exe"
    program.write_bytes(b"")
    monkeypatch.setenv("DIRDESK_LIBREOFFICE", str(program))
    assert find_libreoffice(which=lambda name: "/usr/bin/soffice") == program
    monkeypatch.setenv("DIRDESK_LIBREOFFICE", str(tmp_path / "missing.exe"))
    assert find_libreoffice(which=lambda name: "/usr/bin/soffice") is None


def test_switched_off_by_the_environment_the_word_file_asks_word_for_page_numbers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIRDESK_LIBREOFFICE", "none")
    assert find_libreoffice(which=lambda name: "/usr/bin/soffice") is None
    target = tmp_path / "dagsorden.docx"
    assert export_document(small_meeting(), DocumentKind.DAGSORDEN, target) is None
    with zipfile.ZipFile(target) as z:
        assert b"updateFields" in z.read("word/settings.xml")
    with pytest.raises(PdfError):
        export_document(small_meeting(), DocumentKind.DAGSORDEN, target, pdf=True)
