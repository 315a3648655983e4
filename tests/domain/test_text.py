"""The Markdown subset and the characters Word cannot hold."""

from __future__ import annotations

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
