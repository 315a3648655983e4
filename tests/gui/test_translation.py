"""The window speaks Danish: every marked string has a translation, and it is loaded."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from dirdesk import paths

pytestmark = pytest.mark.gui

BUILD = paths.resources_dir() / "translations" / "build.py"


def build_module() -> Any:
    spec = importlib.util.spec_from_file_location("translation_build", BUILD)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["translation_build"] = module
    spec.loader.exec_module(module)
    return module


def test_every_marked_string_has_danish() -> None:
    build = build_module()
    missing = build.fill(build.extract())
    assert missing == []


def test_the_shipped_translation_is_up_to_date(tmp_path: Path) -> None:
    # The .ts beside the .qm must be what building now gives: rebuild and compare.
    build = build_module()
    tree = build.extract()
    build.fill(tree)
    fresh = tmp_path / "fresh.ts"
    tree.write(fresh, encoding="utf-8", xml_declaration=True)
    assert fresh.read_text(encoding="utf-8") == build.TS.read_text(encoding="utf-8"), \
        "run .venv/bin/python dirdesk/resources/translations/build.py"


def test_danish_is_loaded_for_our_strings_and_qts(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from dirdesk.app import install_translators

    translators = install_translators(qapp)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Filer"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Gem", "Annuller"}
    finally:
        for t in translators:
            qapp.removeTranslator(t)


# --- one catalogue for every layer ------------------------------------------------------------

def test_the_command_line_reads_the_catalogue_the_window_loads() -> None:
    # The .qm read without Qt holds exactly the .ts's translations (singular of a plural).
    import xml.etree.ElementTree as ET

    from dirdesk.catalogue import read_qm

    build = build_module()
    compiled = read_qm(build.QM.read_bytes())
    expected = {}
    for context in ET.parse(build.TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            expected[(context.findtext("name") or "", message.findtext("source") or "")] = (
                forms[0].text if forms else translation.text)
    assert compiled == expected
    assert compiled[("Message", "the disk is full")] == "disken er fuld"


def test_a_message_from_below_the_window_is_worded_by_the_installed_translator(qapp: Any) -> None:
    import datetime as dt

    from dirdesk.app import install_translators
    from dirdesk.domain.messages import Message, UserError
    from dirdesk.gui.wording import shown

    fault = UserError(Message("the meeting on {date} is held; it cannot move", date=dt.date(2026, 12, 9)))
    assert shown(fault) == "the meeting on 2026-12-09 is held; it cannot move"  # no translator
    translators = install_translators(qapp)
    try:
        assert shown(fault) == "Mødet onsdag den 9. december 2026 er afholdt og kan ikke flyttes."
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_window_never_picks_danish_by_a_fixed_code() -> None:
    # A message is worded through gui.wording (the translator), never by asking for "da".
    import re

    fixed = re.compile(r"""\.text\(\s*["']da["']\s*\)|\.da\b|message\(\s*["']da["']\s*\)""")
    found = [f"{path.name}:{n}: {line.strip()}"
             for path in sorted((paths.resources_dir().parent / "gui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if fixed.search(line)]
    app = (paths.resources_dir().parent / "app.py").read_text(encoding="utf-8")
    assert found == [] and not fixed.search(app)


def test_a_template_the_catalogue_cannot_hold_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = build_module()
    (tmp_path / "dirdesk").mkdir()
    (tmp_path / "dirdesk" / "faults.py").write_text(
        'Message("{path}: fine", path=p)\nMessage(f"{path}: not a key")\n', encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    with pytest.raises(ValueError, match=r"faults.py:2: Message\(\) needs a literal English template"):
        build.message_templates()


def test_a_danish_template_naming_other_values_is_no_translation() -> None:
    build = build_module()
    assert build.fields("{where}: {reason}; intet blev ændret") == {"where", "reason"}
    for source, danish in build.dictionary()["Message"].items():
        assert build.fields(danish) <= build.fields(source), source
