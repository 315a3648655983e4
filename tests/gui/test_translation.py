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
