"""Tjek før offentliggørelse: a CPR number anywhere the published document prints blocks it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dirdesk.domain.interchange import read_meeting, write_meeting
from dirdesk.domain.model import Attachment, ForwardPlanSnapshot, Meeting, PlanRow, Section
from dirdesk.domain.publication_check import FindingKind, Text, cpr_numbers, find_in
from dirdesk.export import DocumentKind, prepublication_check
from tests.conftest import fixture_files

Plant = Callable[[Meeting, str], Meeting]


def _item(m: Meeting, n: int, **changes: object) -> Meeting:
    items = list(m.items)
    items[n] = dataclasses.replace(items[n], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(m, items=tuple(items))


def _open(m: Meeting) -> int:
    return next(i for i, item in enumerate(m.items) if not item.closed and item.sections)


def _plan(m: Meeting, rows: tuple[PlanRow, ...] = (), undated: tuple[str, ...] = ()) -> Meeting:
    old = m.forward_plan or ForwardPlanSnapshot()
    return dataclasses.replace(m, forward_plan=ForwardPlanSnapshot(old.rows + rows, old.undated + undated))


# Every kind of field the published documents print.
PLANTS: dict[str, Plant] = {
    "location": lambda m, t: dataclasses.replace(m, location=f"Mødelokale 250 ({t})"),
    "item title": lambda m, t: _item(m, _open(m), title=f"Sag om {t}"),
    "section heading": lambda m, t: _item(m, _open(m), sections=(Section(f"Borger {t}", "Tekst"),)),
    "section text": lambda m, t: _item(m, _open(m), sections=(Section("Baggrund", f"- Borger med cpr.nr. {t}"),)),
    "attachment title": lambda m, t: _item(m, _open(m), attachments=(Attachment(f"Ansøgning {t}"),)),
    "attachment number": lambda m, t: _item(m, _open(m), attachments=(Attachment("Ansøgning", doc_no=t),)),
    "decision": lambda m, t: _item(m, _open(m), decision=f"Godkendt for {t}."),
    "grid row title": lambda m, t: dataclasses.replace(
        m, schedule=(dataclasses.replace(m.schedule[0], title=f"Sag {t}"), *m.schedule[1:])),
    "grid row text": lambda m, t: dataclasses.replace(
        m, schedule=(dataclasses.replace(m.schedule[0], text=f"Borger {t} deltager"), *m.schedule[1:])),
    "plan point": lambda m, t: _plan(m, (PlanRow(dt.date(2026, 3, 4), points=(f"Sag om {t}",)),)),
    "plan note": lambda m, t: _plan(m, (PlanRow(dt.date(2026, 3, 4), note=f"Borger {t}"),)),
    "awaiting a date": lambda m, t: _plan(m, undated=(f"Sag om {t}",)),
}


def reference(index: int = -1) -> Meeting:
    return read_meeting(fixture_files()[index].read_bytes())


@st.composite
def cpr(draw: st.DrawFn) -> str:
    day = draw(st.dates(dt.date(1920, 1, 1), dt.date(2025, 12, 31)))
    serial = draw(st.integers(0, 9999))
    sep = draw(st.sampled_from(["-", "", " "]))
    return f"{day:%d%m%y}{sep}{serial:04d}"


@pytest.mark.parametrize("field", sorted(PLANTS))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=cpr())
def test_a_planted_cpr_number_is_found_and_blocks(field: str, number: str) -> None:
    meeting = PLANTS[field](reference(), number)
    findings = prepublication_check(meeting, DocumentKind.REFERAT)
    cprs = [f for f in findings if f.kind is FindingKind.CPR]
    assert [f.found for f in cprs] == [number], [f.line() for f in findings]
    assert any(f.blocks for f in findings)


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("index", [0, 1, 2])
def test_nothing_is_found_in_the_reference_meetings(kind: DocumentKind, index: int) -> None:
    assert [f.line() for f in prepublication_check(reference(index), kind)] == []


def test_a_cpr_number_in_a_closed_item_is_not_published_and_not_reported() -> None:
    meeting = reference()
    closed = next(i for i, item in enumerate(meeting.items) if item.title)
    meeting = _item(meeting, closed, closed=True, sections=(Section("Baggrund", "Borger 010190-1234"),))
    assert [f for f in prepublication_check(meeting, DocumentKind.REFERAT) if f.kind is FindingKind.CPR] == []


def test_text_of_a_closed_item_copied_into_open_text_is_found() -> None:
    meeting = reference()
    secret = "Medarbejderen er opsagt efter gentagne advarsler"
    meeting = _item(meeting, 1, closed=True, sections=(Section("Baggrund", secret + ". Mere tekst."),),
                    case_no="25/99887")
    meeting = dataclasses.replace(meeting, schedule=(
        dataclasses.replace(meeting.schedule[0], text=f"Orientering: {secret.lower()} (25/99887)"),
        *meeting.schedule[1:]))
    found = {f.found for f in prepublication_check(meeting, DocumentKind.DAGSORDEN) if f.kind is FindingKind.CLOSED}
    assert found == {secret, "25/99887"}


def test_other_personal_data_are_warnings() -> None:
    texts = [Text("Punkt 2", "Kontakt hanne.holm@norddjurs.dk eller 86 12 34 56 / +45 86123456; "
                             "Hanne Holm deltager. Sag 24/7615, 2025-2028, 108223/24, 1.234.567 kr.")]
    findings = find_in(texts, names=["hanne holm", "Ole Olsen"])
    assert [(f.kind, f.found) for f in findings] == [
        (FindingKind.EMAIL, "hanne.holm@norddjurs.dk"), (FindingKind.PHONE, "86 12 34 56"),
        (FindingKind.PHONE, "+45 86123456"), (FindingKind.NAME, "hanne holm")]
    assert not any(f.blocks for f in findings)


def test_only_real_dates_are_cpr_numbers() -> None:
    assert cpr_numbers("010190-1234 290200-1234 290201-1234 321290-1234 011390-1234") == [
        "010190-1234", "290200-1234"]


def test_the_documents_own_accessibility_is_checked(tmp_path: Path) -> None:
    import zipfile

    from dirdesk.export.base import default_base_document

    # A base document whose default language is English and whose Heading 1 is no heading.
    base = tmp_path / "base.docx"
    with zipfile.ZipFile(default_base_document()) as source, zipfile.ZipFile(base, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                data = data.replace(b'w:val="da-DK" w:eastAsia="da-DK" w:bidi', b'w:val="en-US" w:eastAsia="da-DK" w:bidi')
                data = data.replace(b'<w:outlineLvl w:val="0"/>', b"")
            target.writestr(info, data)
    found = [f.found for f in prepublication_check(reference(), DocumentKind.REFERAT, base_document=base)
             if f.kind is FindingKind.ACCESSIBILITY]
    assert found == ["sproget er ikke angivet som dansk (da-DK) i basisdokumentet",
                     "ingen overskrifter på niveau 1 (punkternes overskrifter)"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True, text=True,
                          env={**os.environ, "LANG": "da_DK.UTF-8", "XDG_CONFIG_HOME": "/nonexistent"},
                          timeout=300)


def test_the_command_line_refuses_a_published_export_with_a_cpr_number_unless_forced(tmp_path: Path) -> None:
    source = tmp_path / "meeting.json"
    source.write_bytes(write_meeting(PLANTS["section text"](reference(), "010190-1234")))
    names = tmp_path / "navne.txt"
    names.write_text("# personalesager\nJonas Kroustrup\n", encoding="utf-8")
    target = tmp_path / "referat.docx"
    result = run("export", str(source), "--as", "referat", "-o", str(target), "--names", str(names))
    assert result.returncode == 2 and not target.exists()
    lines = result.stderr.strip().splitlines()
    assert "Tjek før offentliggørelse: CPR-nummer – Punkt " in lines[0] and lines[0].endswith(": 010190-1234")
    assert any("Navn fra listen" in line and "Jonas Kroustrup" in line for line in lines)
    assert lines[-1].startswith(f"dirdesk: {target}: ikke skrevet: tjekket før offentliggørelse fandt et CPR-nummer")
    # The internal version is not published: no check, written.
    assert run("export", str(source), "--as", "referat", "--internal", "-o", str(target)).returncode == 0
    target.unlink()
    forced = run("export", str(source), "--as", "referat", "-o", str(target), "--force")
    assert forced.returncode == 0 and target.exists()
    assert "CPR-nummer" in forced.stderr
    # On its own: findings printed, exit 2 on a block, 0 on a clean meeting.
    assert run("check", str(source), "--as", "dagsorden").returncode == 2
    clean = run("check", str(fixture_files()[-1]), "--as", "referat")
    assert clean.returncode == 0 and clean.stderr == ""
