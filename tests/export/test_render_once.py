"""A published export renders its document once: the check before publishing reads the very
document that is then written (it used to be rendered a second time for the check, ~40 % of the
export's time)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest

from dirdesk.cli import main
from dirdesk.domain.interchange import read_meeting
from dirdesk.export import DocumentKind, export_meeting, prepublication_check, render
from dirdesk.export.exporter import MeetingExporter
from tests.conftest import fixture_files


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kind of every document rendered from here on (the real rendering, counted)."""
    done: list[str] = []
    real = MeetingExporter.render

    def counted(self: MeetingExporter) -> object:
        done.append(self.kind_label)
        return real(self)

    monkeypatch.setattr(MeetingExporter, "render", counted)
    return done


@pytest.mark.parametrize("internal", [False, True])
def test_the_command_line_renders_an_export_once(tmp_path: Path, renders: list[str],
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 internal: bool) -> None:
    monkeypatch.setenv("DIRDESK_LIBREOFFICE", "none")  # the Word-only export
    target = tmp_path / "referat.docx"
    args = ["export", str(fixture_files()[-1]), "--as", "referat", "-o", str(target)]
    assert main([*args, "--internal"] if internal else args) == 0
    assert renders == ["REFERAT"]
    assert "REFERAT" in "\n".join(p.text for p in docx.Document(str(target)).paragraphs)


def test_the_check_and_the_export_share_one_rendering(tmp_path: Path, renders: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIRDESK_LIBREOFFICE", "none")
    meeting = read_meeting(fixture_files()[-1].read_bytes())
    rendered = render(meeting, DocumentKind.DAGSORDEN)
    without = prepublication_check(meeting, DocumentKind.DAGSORDEN)
    assert prepublication_check(meeting, DocumentKind.DAGSORDEN, rendered=rendered) == without
    export_meeting(meeting, DocumentKind.DAGSORDEN, tmp_path / "a.docx", rendered=rendered)
    assert renders == ["DAGSORDEN", "DAGSORDEN"]  # the one shared, the check without it
    assert "DAGSORDEN" in "\n".join(
        p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs)


def test_a_rendering_stands_only_for_its_own_document(tmp_path: Path) -> None:
    meeting = read_meeting(fixture_files()[-1].read_bytes())
    rendered = render(meeting, DocumentKind.REFERAT)
    other = dataclasses.replace(meeting, location="Et andet sted")
    with pytest.raises(ValueError):
        prepublication_check(other, DocumentKind.REFERAT, rendered=rendered)
    with pytest.raises(ValueError):
        export_meeting(meeting, DocumentKind.DAGSORDEN, tmp_path / "b.docx", rendered=rendered)
    with pytest.raises(ValueError):
        export_meeting(meeting, DocumentKind.REFERAT, tmp_path / "c.docx", internal=True,
                       rendered=rendered)
    assert not list(tmp_path.iterdir())
