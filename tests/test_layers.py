"""The arrows of the architecture hold: each layer imports only what it may."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dirdesk"

# layer -> top-level modules it must never import (third-party and our own layers)
FORBIDDEN: dict[str, set[str]] = {
    "domain": {"PySide6", "sqlalchemy", "alembic", "docx", "lxml", "platformdirs",
               "dirdesk.storage", "dirdesk.services", "dirdesk.export", "dirdesk.gui",
               "dirdesk.app", "dirdesk.cli", "dirdesk.files", "dirdesk.paths"},
    "storage": {"PySide6", "docx", "dirdesk.services", "dirdesk.export", "dirdesk.gui",
                "dirdesk.app", "dirdesk.cli"},
    "services": {"PySide6", "sqlalchemy", "alembic", "dirdesk.gui", "dirdesk.app", "dirdesk.cli"},
    "export": {"PySide6", "sqlalchemy", "alembic", "dirdesk.storage", "dirdesk.services",
               "dirdesk.gui", "dirdesk.app", "dirdesk.cli"},
    "gui": {"sqlalchemy", "alembic", "dirdesk.storage"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def crossings(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert crossings(layer) == []


def test_sqlalchemy_only_in_storage() -> None:
    outside = [
        f"{p.relative_to(PACKAGE.parent)}"
        for p in PACKAGE.rglob("*.py")
        if "storage" not in p.relative_to(PACKAGE).parts
        and any(n == "sqlalchemy" or n.startswith("sqlalchemy.") for n in imported_modules(p))
    ]
    assert outside == []


def test_the_check_catches_a_crossing(tmp_path: Path) -> None:
    # The walker must see both import forms, or the tests above could never fail.
    bad = tmp_path / "bad.py"
    bad.write_text("import PySide6.QtCore\nfrom sqlalchemy.orm import Session\n")
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= imported_modules(bad)


# The window's package shows the window: a subpackage per pane, one for dialogs, one for the
# editing machinery; a module that grows past this is split where its parts meet.
GUI_PANES = {"plan", "agenda", "live", "search", "followups", "dialogs", "editing"}
GUI_MODULE_LINES = 450


def test_the_gui_package_is_laid_out_as_the_window_and_its_modules_stay_small() -> None:
    gui = PACKAGE / "gui"
    subpackages = {p.parent.name for p in gui.glob("*/__init__.py")}
    assert subpackages == GUI_PANES
    too_long = {str(p.relative_to(PACKAGE)): n for p in gui.rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > GUI_MODULE_LINES}
    assert too_long == {}
