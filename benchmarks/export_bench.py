"""Export time against a floor: python-docx writing the same paragraphs and tables, nothing else.

    python benchmarks/export_bench.py [--runs N]

For the largest reference fixture and a synthetic 40-item meeting, the script exports the
REFERAT to bytes (``render_bytes``), reads back which paragraphs (text and style) and tables
(cell texts) it wrote, and times python-docx writing just those on the same base document
with ``add_paragraph``/``add_table`` and saving: the floor any exporter built on python-docx
pays. It prints the median of each and their ratio (goal: at most 1.5).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dirdesk.domain.interchange import read_meeting  # noqa: E402
from dirdesk.domain.model import Meeting  # noqa: E402
from dirdesk.export import DocumentKind, default_base_document, render_bytes  # noqa: E402
from tests.export.sample import big_meeting  # noqa: E402

Content = list[tuple[str, object]]  # ("p", (text, style)) or ("t", (style, rows))


def content_of(data: bytes) -> Content:
    """The body of an exported document as paragraphs (text, style name) and tables (cell texts)."""
    document = docx.Document(io.BytesIO(data))
    out: Content = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            p = Paragraph(child, document)
            out.append(("p", (p.text, p.style.name if p.style is not None else None)))
        elif child.tag == qn("w:tbl"):
            table = Table(child, document)
            out.append(("t", (table.style.name, [[c.text for c in row.cells] for row in table.rows])))
    return out


def floor(content: Content, base: Path, styled: bool = True) -> bytes:
    """python-docx with no logic: open the base, add the paragraphs and tables, save.

    With ``styled=False`` the paragraphs and tables get no style: most of python-docx's time
    in the styled floor goes to resolving a style object for each paragraph.
    """
    document = docx.Document(str(base))
    styles: dict[str, object] = {}  # looked up once each: by name, python-docx scans all styles

    def style_named(name: str) -> object:
        if name not in styles:
            styles[name] = document.styles[name]
        return styles[name]

    for kind, value in content:
        if kind == "p":
            text, style = value  # type: ignore[misc]
            document.add_paragraph(text, style=style_named(style) if styled else None)
        else:
            style, rows = value  # type: ignore[misc]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            if styled:
                table.style = style_named(style)
            for row, texts in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, texts, strict=True):
                    cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def median_seconds(action: Callable[[], object], runs: int) -> float:
    action()  # warm caches (imports, the base document's file)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def largest_fixture() -> tuple[str, Meeting] | None:
    fixtures = sorted(
        (ROOT / "tests" / "fixtures").glob("direktionen-*.json"), key=lambda p: p.stat().st_size
    )
    if not fixtures:
        return None
    return fixtures[-1].stem, read_meeting(fixtures[-1].read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    base = default_base_document()
    cases: list[tuple[str, Meeting]] = []
    fixture = largest_fixture()
    if fixture:
        cases.append(fixture)
    else:
        print("(no reference fixture in tests/fixtures yet)")
    cases.append(("synthetic 40 items", big_meeting(40)))

    print(
        f"{'meeting':<34} {'paragraphs':>10} {'export ms':>10} {'floor ms':>9} {'ratio':>6}"
        f" {'unstyled floor ms':>18} {'ratio':>6}"
    )
    for name, meeting in cases:
        content = content_of(render_bytes(meeting, DocumentKind.REFERAT))
        exported = median_seconds(lambda m=meeting: render_bytes(m, DocumentKind.REFERAT), args.runs)
        floored = median_seconds(lambda c=content: floor(c, base), args.runs)
        bare = median_seconds(lambda c=content: floor(c, base, styled=False), args.runs)
        paragraphs = sum(1 for kind, _ in content if kind == "p")
        print(
            f"{name:<34} {paragraphs:>10} {exported * 1000:>10.1f} {floored * 1000:>9.1f} "
            f"{exported / floored:>6.2f} {bare * 1000:>18.1f} {exported / bare:>6.2f}"
        )


if __name__ == "__main__":
    main()
