"""Build the Danish translation: lupdate the sources, fill in parts/*.json, lrelease to .qm.

Run from the repository root: ``.venv/bin/python dirdesk/resources/translations/build.py``.
``parts/*.json`` hold {"Context": {"English source": "Danish"}}; a string with no Danish
is reported and left unfinished (tests/gui/test_translation.py fails on it).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
TS = HERE / "dirdesk_da.ts"
QM = HERE / "dirdesk_da.qm"


def sources() -> list[Path]:
    return sorted((ROOT / "dirdesk" / "gui").rglob("*.py")) + [ROOT / "dirdesk" / "app.py"]


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def extract() -> ET.ElementTree:
    """The strings marked for translation in the sources, as a .ts tree."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract.ts"
        subprocess.run([tool("lupdate"), *map(str, sources()), "-no-obsolete", "-locations",
                        "none", "-ts", str(out)], check=True, capture_output=True)
        return ET.parse(out)


def dictionary() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in sorted((HERE / "parts").glob("*.json")):
        for context, entries in json.loads(part.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(entries)
    return merged


def fill(tree: ET.ElementTree) -> list[tuple[str, str]]:
    """Fill every message from the dictionary; returns the (context, source) left without."""
    words = dictionary()
    missing = []
    root = tree.getroot()
    root.set("language", "da_DK")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            danish = words.get(name, {}).get(source)
            if danish:
                translation.text = danish
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                missing.append((name, source))
    return missing


def main() -> int:
    tree = extract()
    missing = fill(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for context, source in missing:
        print(f"no Danish for {context}: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
