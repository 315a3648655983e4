"""Pasted HTML and Word's plain-text lists become the text markup, read back as the same blocks."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from dirdesk.domain.paste import from_html, from_plain
from dirdesk.domain.text import ListItem, Paragraph, Run, parse

# What Word puts on the clipboard for a paragraph, a two-level bullet list and a numbered
# list (trimmed from Word 2016's CF_HTML; Outlook writes the same with <!--[if …]--> comments).
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset=utf-8><style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri"} --></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
</head><body lang=DA><!--StartFragment-->
<p class=MsoNormal>Direktionen <b>godkendte</b> indstillingen med <i>disse</i>
bemærkninger:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Økonomi følger op<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>senest den <b>20. november</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span></span><![endif]>HR orienteres<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span></span><!--[endif]-->Første<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span></span><!--[endif]-->Anden<o:p></o:p></p>
<p class=MsoNormal><span style='font-weight:bold'>Sagen</span> genoptages<br>på næste møde.</p>
<!--EndFragment--></body></html>"""


def test_word_html_keeps_paragraphs_lists_nesting_bold_and_italic() -> None:
    markup = from_html(WORD_HTML)
    assert markup == (
        "Direktionen **godkendte** indstillingen med *disse* bemærkninger:\n\n"
        "- Økonomi følger op\n"
        "  - senest den **20. november**\n"
        "- HR orienteres\n"
        "1. Første\n"
        "2. Anden\n\n"
        "**Sagen** genoptages\npå næste møde."
    )
    blocks = parse(markup)
    assert [type(b).__name__ for b in blocks] == ["Paragraph"] + ["ListItem"] * 5 + ["Paragraph"]
    assert blocks[2] == ListItem((Run("senest den "), Run("20. november", bold=True)), 1)
    assert blocks[4] == ListItem((Run("Første"),), 0, "1.")


def test_the_clipboards_head_styles_and_comments_are_not_text() -> None:
    markup = from_html("<html><head><title>x</title><style>p {color: red}</style></head>"
                       "<body><!-- a comment --><script>alert(1)</script><p>Kun dette</p></body>")
    assert markup == "Kun dette"


def test_html_lists_nested_and_numbered() -> None:
    assert from_html("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><p>x</p>"
                     "<ol><li>y</li><li>z</li></ol>") == "- a\n  - b\n- c\n\nx\n\n1. y\n2. z"


def test_a_table_keeps_its_words_row_by_row() -> None:
    assert from_html("<table><tr><td>Tid</td><td>Punkt</td></tr><tr><td>9.00</td>"
                     "<td>Velkomst</td></tr></table>") == "Tid\tPunkt\n\n9.00\tVelkomst"


def test_bold_and_italic_together() -> None:
    markup = from_html("<p><b><i>begge</i></b> og <b>fed</b></p>")
    assert parse(markup) == [Paragraph((Run("begge", bold=True, italic=True), Run(" og "),
                                        Run("fed", bold=True)))]


def test_words_plain_text_list_becomes_a_list() -> None:
    pasted = "Indstilling:\r\n•\tØkonomi følger op\r\no\tsenest i november\r\n§\tdybt\r\n1.\tFørste\r\n2)\tAnden\r\n"
    assert from_plain(pasted) == (
        "Indstilling:\n\n- Økonomi følger op\n  - senest i november\n    - dybt\n1. Første\n2) Anden")


def test_plain_text_without_word_glyphs_is_left_alone() -> None:
    assert from_plain("Bare tekst\nmed to linjer og 1. ingen tab") is None


# --- property: any blocks written as HTML come back as the same blocks -------------------------

# No digits: a paragraph that begins "1. " is a numbered list in the markup, whatever it came from.
_words = st.text(alphabet="abcæøåXYZ,.:", min_size=1, max_size=8)
_run = st.builds(lambda text, b, i: Run(text, b, i), _words, st.booleans(), st.booleans())
_runs = st.lists(_run, min_size=1, max_size=4)


@st.composite
def _documents(draw: st.DrawFn) -> list[Paragraph | ListItem]:
    blocks: list[Paragraph | ListItem] = []
    for _ in range(draw(st.integers(1, 5))):
        runs = tuple(draw(_runs))
        if draw(st.booleans()):
            blocks.append(Paragraph(runs))
        else:
            blocks.append(ListItem(runs, draw(st.integers(0, 2)), None))
    # A list cannot start deeper than its parent: level at most one more than the entry before.
    fixed: list[Paragraph | ListItem] = []
    for block in blocks:
        if isinstance(block, ListItem):
            before = fixed[-1].level if fixed and isinstance(fixed[-1], ListItem) else -1
            block = ListItem(block.runs, min(block.level, before + 1), None)
        fixed.append(block)
    return fixed


def _html_runs(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        text = html.escape(run.text)
        if run.italic:
            text = f"<em>{text}</em>"
        if run.bold:
            text = f"<strong>{text}</strong>"
        out.append(text + " ")
    return "".join(out)


def _html(blocks: list[Paragraph | ListItem]) -> str:
    out: list[str] = []
    depth = 0
    for block in blocks:
        target = block.level + 1 if isinstance(block, ListItem) else 0
        while depth > target:
            out.append("</li></ul>")
            depth -= 1
        if isinstance(block, ListItem):
            if depth == target:
                out.append("</li>")
            while depth < target:
                out.append("<ul>")
                depth += 1
            out.append(f"<li>{_html_runs(block.runs)}")
        else:
            out.append(f"<p>{_html_runs(block.runs)}</p>")
    while depth:
        out.append("</li></ul>")
        depth -= 1
    return "".join(out)


def _normal(blocks: list[Paragraph | ListItem]) -> list[tuple[str, int, tuple[tuple[str, bool, bool], ...]]]:
    """Blocks as (kind, level, words with their formatting): the spaces between runs aside."""
    result = []
    for block in blocks:
        words = tuple((word, run.bold, run.italic) for run in block.runs for word in run.text.split())
        level = block.level if isinstance(block, ListItem) else -1
        result.append((type(block).__name__, level, words))
    return result


@settings(max_examples=150, deadline=None)
@given(_documents())
def test_any_html_document_comes_back_as_its_blocks(blocks: list[Paragraph | ListItem]) -> None:
    assert _normal(parse(from_html(_html(blocks)))) == _normal(blocks)
