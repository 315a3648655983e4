"""Hypothesis strategies for item texts: blocks of the markup subset, as an editor holds them."""

from __future__ import annotations

from hypothesis import strategies as st

from dirdesk.domain.text import Block, ListItem, Paragraph, Run

WORD = st.text(alphabet="abcæøåXYZ019-.,()", min_size=1, max_size=6)


@st.composite
def runs(draw: st.DrawFn) -> tuple[Run, ...]:
    """Words in any formatting, apart by a space or a kept line break, none at the edges."""
    words = draw(st.lists(st.tuples(WORD, st.booleans(), st.booleans(), st.sampled_from(" \n")),
                          min_size=1, max_size=6))
    out = []
    for index, (word, bold, italic, gap) in enumerate(words):
        out.append(Run(word, bold, italic))
        if index < len(words) - 1:
            out.append(Run(gap))
    return tuple(out)


@st.composite
def blocks(draw: st.DrawFn) -> list[Block]:
    """Paragraphs and lists nested as an editor nests them (an entry at most one level deeper
    than the one before it)."""
    out: list[Block] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["paragraph", "bullet", "number", "paren"]))
        if kind == "paragraph":
            out.append(Paragraph(draw(runs())))
            continue
        previous = out[-1].level if out and isinstance(out[-1], ListItem) else -1
        level = draw(st.integers(0, previous + 1))
        marker = None if kind == "bullet" else f"{draw(st.integers(1, 3))}{'.' if kind == 'number' else ')'}"
        out.append(ListItem(draw(runs()), level, marker))
    return out
