"""Markup written back from blocks: ``render`` and ``normalise``, the form the editors store."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dirdesk.domain.text import LINE_BREAK, ListItem, Paragraph, Run, normalise, parse, render
from tests.domain.markup_blocks import blocks


def look(text: str) -> list[tuple[str, object, bool, bool]]:
    """What a reader sees of a text: each visible character, its block and its formatting."""
    out = []
    for block in parse(text):
        kind = ("p",) if isinstance(block, Paragraph) else ("li", block.level, block.ordered)
        for run in block.runs:
            out += [(c, kind, run.bold, run.italic) for c in run.text if not c.isspace()]
    return out


@settings(max_examples=300)
@given(blocks())
def test_rendered_blocks_read_back_as_they_look_and_are_normalised(bs):
    text = render(bs)
    expected = []
    for block in bs:
        kind = ("p",) if isinstance(block, Paragraph) else ("li", block.level, block.ordered)
        for run in block.runs:
            expected += [(c, kind, run.bold, run.italic) for c in run.text if not c.isspace()]
    assert look(text) == expected
    assert normalise(text) == text


@settings(max_examples=500)
@given(st.text(alphabet="ab -•1.)\n\v\t", max_size=30))
def test_normalise_is_idempotent_and_keeps_the_look(text):
    once = normalise(text)
    assert normalise(once) == once
    assert [c for c, *_ in look(once)] == [c for c, *_ in look(text)]


def test_numbers_are_written_as_they_print():
    assert normalise("1. a\n1. b\n5) c\n7) d\n\n3. e") == "1. a\n1. b\n5) c\n6) d\n3. e"
    assert normalise("* a\n  2. b\n  9. c\n• d") == "- a\n  2. b\n  3. c\n- d"


def test_a_line_break_that_a_newline_would_lose_is_kept_as_a_break():
    paragraph = Paragraph((Run("Punkter:\n- ikke en liste\n\nslut"),))
    text = render([paragraph])
    assert text == f"Punkter:{LINE_BREAK}- ikke en liste{LINE_BREAK}{LINE_BREAK}slut"
    assert parse(text) == [Paragraph((Run(text.replace("\n", LINE_BREAK)),))]  # one paragraph
    assert normalise(text) == text
    assert render([Paragraph((Run("- som tekst"),))]) == f"{LINE_BREAK}- som tekst"
    assert parse(f"{LINE_BREAK}- som tekst") == [Paragraph((Run("- som tekst"),))]


def test_bold_italic_next_to_bold_reads_back():
    runs = (Run("a", True, True), Run("b", True))
    assert parse(render([Paragraph(runs)])) == [Paragraph(runs)]
    assert render([ListItem((), 0)]) == "- "
