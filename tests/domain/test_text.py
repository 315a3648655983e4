"""The Markdown subset and the characters Word cannot hold."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from dirdesk.domain.text import LINE_BREAK, ListItem, Paragraph, Run, inline, parse, plain, xml_safe


def test_paragraphs_lists_and_nesting() -> None:
    blocks = parse("Første afsnit\nfortsætter her.\n\n- Punkt a\n  - Under a\n- Punkt b\n\n1) Et\n2) To")
    assert blocks == [
        Paragraph((Run("Første afsnit\nfortsætter her."),)),  # a typed line break stays one
        ListItem((Run("Punkt a"),), 0), ListItem((Run("Under a"),), 1),
        ListItem((Run("Punkt b"),), 0),
        ListItem((Run("Et"),), 0, "1)"), ListItem((Run("To"),), 0, "2)"),
    ]


def test_bold_and_italic_and_literal_asterisks() -> None:
    assert inline("**Økonomi** og *æøå* men 2 * 3") == (
        Run("Økonomi", bold=True), Run(" og "), Run("æøå", italic=True), Run(" men 2 * 3"))


def test_bold_italic_together_and_over_a_line_break() -> None:
    assert inline("***begge*** og **fed\nlinje**") == (
        Run("begge", bold=True, italic=True), Run(" og "), Run("fed\nlinje", bold=True))


def test_anything_else_is_kept_literally() -> None:
    assert plain("# ikke en overskrift\n\n<p>tag</p>") == "# ikke en overskrift\n<p>tag</p>"


def test_control_characters_from_e_mail() -> None:
    assert xml_safe("a\x00b\x1bc\x0cd\x0be\r\nf") == f"ab c{LINE_BREAK}d{LINE_BREAK}e\nf".replace(" ", "")
    assert xml_safe("Direktør \ud800Åse\ufffe") == "Direktør Åse"


# The inline markup as a regular expression: the reference for what the linear parser must
# give (it took time quadratic in the asterisks that have no closing mark).
_REFERENCE = re.compile(r"\*\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*\*(?!\*)"
                        r"|\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*", re.DOTALL)


def _reference_inline(text: str) -> tuple[Run, ...]:
    runs: list[Run] = []
    pos = 0
    for m in _REFERENCE.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos:m.start()]))
        if m.group(1) is not None:
            runs.append(Run(m.group(1), bold=True, italic=True))
        elif m.group(2) is not None:
            for inner in _reference_inline(m.group(2)):
                runs.append(Run(inner.text, bold=True, italic=inner.italic))
        else:
            runs.append(Run(m.group(3), italic=True))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return tuple(runs)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="****  a\n\t\u00a0b", max_size=40))
def test_inline_markup_is_what_it_always_was(text: str) -> None:
    assert inline(text) == _reference_inline(text)


def _seconds(action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def test_inline_markup_takes_linear_time() -> None:
    # Footnote marks that never close: the regular expression looked for each one's closing
    # mark to the end of the text (270 KB took a minute).
    one = "Se fodnote *1 og **2 samt *3 " * 2000
    small, large = _seconds(lambda: parse(one)), _seconds(lambda: parse(one * 10))
    assert large < 40 * max(small, 1e-4), (small, large)
