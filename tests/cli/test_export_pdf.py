"""``dirdesk export --pdf``: the Word document and its PDF, or one clear fault and neither."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import fixture_files
from tests.export.office import PDFTOTEXT, SOFFICE


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


@pytest.mark.libreoffice
@pytest.mark.skipif(not SOFFICE or not PDFTOTEXT, reason="LibreOffice or pdftotext is not installed")
def test_export_with_pdf_writes_both(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    result = run("export", str(fixture_files()[-1]), "--as", "referat", "--pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "referat.pdf"
    assert target.exists() and pdf.read_bytes().startswith(b"%PDF-")
    assert str(pdf) in result.stdout
    text = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "REFERAT" in text and "Beslutning i Direktionen den 29-01-2025" in text


def test_export_without_pdf_writes_no_pdf(tmp_path: Path) -> None:
    target = tmp_path / "dagsorden.docx"
    assert run("export", str(fixture_files()[-1]), "--as", "dagsorden", "-o", str(target)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dagsorden.docx"]


@pytest.mark.skipif(sys.platform == "win32", reason="LibreOffice is also looked for in Program Files")
def test_pdf_without_libreoffice_is_one_clear_fault_and_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    target, pdf = tmp_path / "referat.docx", tmp_path / "referat.pdf"
    target.write_bytes(b"good docx")
    pdf.write_bytes(b"%PDF- good pdf")
    for lang, said in (("C.UTF-8", "LibreOffice is not installed – PDF needs LibreOffice"),
                       ("da_DK.UTF-8", "LibreOffice er ikke installeret – PDF kræver LibreOffice")):
        result = run("export", str(fixture_files()[-1]), "--as", "referat", "--pdf", "-o", str(target),
                     env={"PATH": str(empty), "LANG": lang})
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith(f"dirdesk: {pdf}: ")
        assert said in result.stderr
    assert target.read_bytes() == b"good docx" and pdf.read_bytes() == b"%PDF- good pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "referat.docx", "referat.pdf"]


def test_pdf_named_like_the_document_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "referat.pdf"
    result = run("export", str(fixture_files()[-1]), "--as", "referat", "--pdf", "-o", str(target))
    # One line, exit 2, nothing written: the Word document must be named .docx (its PDF then
    # goes beside it), which also keeps the two from having one name.
    assert result.returncode == 2 and "ends in .docx" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_referat_of_a_planned_date_without_agenda_is_refused(tmp_path: Path, db_url: str) -> None:
    from dirdesk.domain.interchange import read_meeting

    fixture = fixture_files()[-1]
    assert run("import", str(fixture), "--db", db_url).returncode == 0
    plan = read_meeting(fixture.read_bytes()).forward_plan
    assert plan is not None
    planned = next(r.date for r in plan.rows if r.date is not None and not r.cancelled)
    target = tmp_path / "referat.docx"
    result = run("export", planned.isoformat(), "--as", "referat", "-o", str(target), "--db", db_url,
                 env={"LANG": "da_DK.UTF-8"})
    assert result.returncode == 2, result.stdout
    assert result.stderr.strip().splitlines() == [
        f"dirdesk: {planned.isoformat()}: mødet har ingen dagsorden (ingen punkter): der er intet REFERAT at skrive"]
    assert not target.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="LibreOffice is also looked for in Program Files")
def test_without_libreoffice_the_word_file_is_written_and_the_page_numbers_left_to_word(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    target = tmp_path / "referat.docx"
    result = run("export", str(fixture_files()[-1]), "--as", "referat", "-o", str(target),
                 env={"PATH": str(empty), "LANG": "da_DK.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert "indholdsfortegnelsens sidetal udfyldes, når Word opdaterer felterne" in result.stdout
    assert target.exists()
