"""Build the Danish translation: lupdate the sources, fill in parts/*.json, lrelease to .qm.

Run from the repository root: ``.venv/bin/python dirdesk/resources/translations/build.py``.
``parts/*.json`` hold {"Context": {"English source": "Danish"}} (a plural, ``tr(source, "", n)``,
has the Danish singular and plural: ["%n møde", "%n møder"]); a string with no Danish
is reported and left unfinished (tests/gui/test_translation.py fails on it).

One catalogue for every layer: the window's ``tr()`` strings (found by lupdate) and the
templates of ``Message("...")`` and ``marked("...")`` anywhere in the package (found here, in
the context ``Message``), so the window and the command line word a fault alike.
"""

from __future__ import annotations

import ast
import json
import string
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


def message_templates() -> list[str]:
    """The templates of every ``Message("...")`` and ``marked("...")`` in the package.

    A template is a plain string literal (the catalogue's key), or taken from a table of
    ``marked`` ones: an f-string or a sum of strings raises, naming the place, as a string no
    catalogue can hold."""
    found: set[str] = set()
    for path in sorted((ROOT / "dirdesk").rglob("*.py")):
        if HERE in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in ("Message", "marked"):
                continue
            first = node.args[0]
            if isinstance(first, (ast.JoinedStr, ast.BinOp)):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                raise ValueError(f"{where}: {name}() needs a literal English template")
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return sorted(found)


def extract() -> ET.ElementTree:
    """The strings marked for translation in the sources, as a .ts tree."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract.ts"
        subprocess.run([tool("lupdate"), *map(str, sources()), "-no-obsolete", "-locations",
                        "none", "-ts", str(out)], check=True, capture_output=True)
        tree = ET.parse(out)
    root = tree.getroot()
    if len(root):
        root[-1].tail = "\n"
    context = ET.SubElement(root, "context")
    context.text, context.tail = "\n    ", "\n"
    name = ET.SubElement(context, "name")
    name.text, name.tail = "Message", "\n    "
    for template in message_templates():
        message = ET.SubElement(context, "message")
        message.text, message.tail = "\n        ", "\n    "
        source = ET.SubElement(message, "source")
        source.text, source.tail = template, "\n        "
        ET.SubElement(message, "translation", type="unfinished").tail = "\n    "
    context[-1].tail = "\n"
    return tree


def dictionary() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in sorted((HERE / "parts").glob("*.json")):
        for context, entries in json.loads(part.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(entries)
    return merged


def fields(template: str) -> set[str]:
    """The names of the values a ``{name}`` template uses."""
    return {name.split(".")[0].split("[")[0].split("!")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name is not None}


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
            if danish and name == "Message" and not fields(danish) <= fields(source):
                danish = None  # names values the English does not give: wrong, not a translation
            if message.get("numerus") == "yes":  # tr(source, "", n): ["1 møde", "%n møder"]
                forms = danish if isinstance(danish, list) and len(danish) == 2 else None
                for old in list(translation):
                    translation.remove(old)
                if forms:
                    translation.text = "\n            "
                    for i, form in enumerate(forms):
                        element = ET.SubElement(translation, "numerusform")
                        element.text = form
                        element.tail = "\n            " if i == 0 else "\n        "
                    translation.attrib.pop("type", None)
                else:
                    translation.set("type", "unfinished")
                    missing.append((name, source))
            elif danish and isinstance(danish, str):
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
