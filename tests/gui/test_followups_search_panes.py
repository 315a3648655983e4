"""The follow-up and search docks as a user sees them: wrapped entries, ticks, bold words found."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QStyleOptionViewItem

from dirdesk.gui.followups.pane import FollowUpDialog, FollowUpsPane
from dirdesk.gui.formats import compact_date
from dirdesk.gui.search.pane import highlighted, snippet

pytestmark = pytest.mark.gui

REFERAT = dt.date(2024, 11, 13)


def option(view: Any, row: int) -> QStyleOptionViewItem:
    """The style option the view itself would hand its delegate for ``row``."""
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    opt.rect = view.visualRect(view.model().index(row, 0))
    return opt


def rendered(view: Any, row: int) -> QTextDocument:
    index = view.model().index(row, 0)
    return view.itemDelegate().document(option(view, row), index)


def bold_words(doc: QTextDocument) -> list[str]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def layout_settled(qtbot: Any, view: Any) -> None:
    qtbot.wait(50)  # the delayed item layout the view schedules on a resize


def show_follow_ups(window: Any) -> FollowUpsPane:
    window.followups_dock.show()
    window.followups_dock.raise_()
    return window.followups_pane


# --- follow-ups ------------------------------------------------------------------------------


def test_the_demo_lists_its_open_follow_ups_and_the_done_one_on_request(window: Any) -> None:
    pane = show_follow_ups(window)
    shown = pane.shown
    assert len(shown) >= 4 and not any(e.done for e in shown)
    assert pane.model.rowCount() == len(shown)
    owners = {pane.owner.itemText(i) for i in range(pane.owner.count())}
    # One person, one name: the board's full name for her.
    assert {"Ledelsessekretariatet", "Velfærdsdirektør Lene Mehlsen Thomsen"} <= owners
    assert pane.owner.itemText(0) in ("Alle", "Everyone")
    # Each follow-up knows its meeting and item in the reference minutes.
    assert all(e.item_number is not None and e.date in (REFERAT, dt.date(2025, 1, 29)) for e in shown)
    pane.show_done.setChecked(True)
    done = [e for e in pane.shown if e.done]
    assert len(done) == 1 and done[0].owner == "Økonomichef Bettina Andersen"
    row = pane.shown.index(done[0])
    assert pane.model.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_the_demo_gives_the_same_follow_ups_when_filled_again(ctx: Any) -> None:
    from dirdesk.services.demo import fill_demo

    before = sorted((e.date, e.item_number, e.owner, e.task, e.done) for e in ctx.followups.entries())
    fill_demo(ctx.meetings.db, today=dt.date(2026, 11, 23))
    after = sorted((e.date, e.item_number, e.owner, e.task, e.done) for e in ctx.followups.entries())
    assert after == before and len(before) >= 5


def test_clicking_the_box_marks_done_and_hides_it_without_opening_the_meeting(
        window: Any, qtbot: Any) -> None:
    pane = show_follow_ups(window)
    entry = pane.shown[0]
    shown_meeting = window.document.meeting.date
    box = pane.delegate._check_rect(option(pane.view, 0))
    with qtbot.assertNotEmitted(window.ctx.signals.show_item):
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert entry.id not in [e.id for e in pane.shown]
    assert next(e for e in window.ctx.followups.entries() if e.id == entry.id).done
    assert window.document.meeting.date == shown_meeting
    pane.show_done.setChecked(True)
    row = [e.id for e in pane.shown].index(entry.id)
    box = pane.delegate._check_rect(option(pane.view, row))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert not next(e for e in window.ctx.followups.entries() if e.id == entry.id).done


def test_space_ticks_the_chosen_one_and_enter_opens_its_meeting_at_the_item(
        window: Any, qtbot: Any) -> None:
    pane = show_follow_ups(window)
    first, second = pane.shown[:2]
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0))
    qtbot.keyClick(pane.view, Qt.Key.Key_Space)
    assert next(e for e in window.ctx.followups.entries() if e.id == first.id).done
    assert pane.shown[0].id == second.id
    pane.view.setCurrentIndex(pane.model.index(0))
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.document.meeting.date == second.date
    assert window.agenda_pane.editor.item.uid == second.item_uid


def test_choosing_an_owner_shows_only_theirs_and_survives_a_change(window: Any) -> None:
    pane = show_follow_ups(window)
    pane.owner.setCurrentIndex(pane.owner.findText("Ledelsessekretariatet"))
    theirs = pane.shown
    assert len(theirs) >= 2 and {e.owner for e in theirs} == {"Ledelsessekretariatet"}
    assert pane.model.rowCount() == len(theirs)
    window.ctx.followups.set_done(theirs[0].id)
    window.ctx.signals.followups_changed.emit(None)  # someone else's change
    assert pane.owner.currentText() == "Ledelsessekretariatet"
    assert [e.id for e in pane.shown] == [e.id for e in theirs[1:]]


def test_edit_changes_who_and_what_and_remove_takes_it_off_the_list(window: Any, qtbot: Any) -> None:
    pane = show_follow_ups(window)
    assert not pane.edit_button.isEnabled()  # nothing chosen yet
    entry = pane.shown[0]
    pane.view.setCurrentIndex(pane.model.index(0))
    assert pane.edit_button.isEnabled()
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    dialog = pane.findChild(FollowUpDialog)
    assert dialog is not None and dialog.isVisible()
    assert (dialog.owner.text(), dialog.task.text()) == (entry.owner, entry.task)
    dialog.owner.setText("  ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.owner.setText("Kommunaldirektør Jonas Kroustrup")
    dialog.task.setText("Ringer til KKR")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = next(e for e in window.ctx.followups.entries() if e.id == entry.id)
    assert (stored.owner, stored.task) == ("Kommunaldirektør Jonas Kroustrup", "Ringer til KKR")
    assert pane.owner.findText("Kommunaldirektør Jonas Kroustrup") >= 0
    row = [e.id for e in pane.shown].index(entry.id)
    assert pane.model.index(row).data() == "Ringer til KKR"
    pane.view.setCurrentIndex(pane.model.index(row))
    qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    assert entry.id not in [e.id for e in window.ctx.followups.entries()]
    assert entry.id not in [e.id for e in pane.shown]


def test_follow_ups_wrap_at_the_dock_width_and_never_scroll_sideways(ctx: Any, qtbot: Any) -> None:
    ctx.followups.add(ctx.board, REFERAT, ctx.meetings.get(REFERAT).items[0].uid, "Ledelsessekretariatet",
                      " ".join(["Et langt punkt der skal følges op på tværs af forvaltningerne"] * 4))
    pane = FollowUpsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(250, 700)
    pane.show()
    layout_settled(qtbot, pane.view)
    view = pane.view
    rows = range(pane.model.rowCount())
    width = view.viewport().width()
    narrow = {r: view.visualRect(pane.model.index(r)).height() for r in rows}
    for r in rows:
        rect = view.visualRect(pane.model.index(r))
        assert rect.left() >= 0 and rect.right() < width + 1
        doc = rendered(view, r)
        assert doc.idealWidth() <= width  # no line runs past the edge
    assert view.horizontalScrollBar().maximum() == 0
    long_row = next(r for r, e in enumerate(pane.shown) if e.task.startswith("Et langt punkt"))
    line = view.fontMetrics().lineSpacing()
    assert narrow[long_row] > 6 * line  # the long one wraps over many lines, not cut off
    assert narrow[long_row] > max(h for r, h in narrow.items() if r != long_row)
    pane.resize(700, 700)
    layout_settled(qtbot, view)
    wide = {r: view.visualRect(pane.model.index(r)).height() for r in rows}
    assert wide[long_row] < narrow[long_row]
    assert all(wide[r] <= narrow[r] for r in rows)


def test_an_empty_list_says_so(ctx: Any, qtbot: Any) -> None:
    for entry in ctx.followups.entries():
        ctx.followups.remove(entry.id)
    pane = FollowUpsPane(ctx)
    qtbot.addWidget(pane)
    assert pane.model.rowCount() == 0
    assert pane.view.placeholder in ("Ingen åbne opfølgninger", "No open follow-ups")


def test_the_follow_up_model_is_a_proper_model(window: Any, qtmodeltester: Any) -> None:
    pane = show_follow_ups(window)
    pane.show_done.setChecked(True)
    qtmodeltester.check(pane.model)


# --- search ----------------------------------------------------------------------------------


def search(window: Any, qtbot: Any, text: str) -> Any:
    pane = window.search_pane
    window.search_all()
    pane.field.setText(text)
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)
    return pane


def test_a_hit_shows_its_meeting_in_bold_and_the_words_found_in_bold(window: Any, qtbot: Any) -> None:
    pane = search(window, qtbot, "budget")
    assert pane.summary.text() in (f"{len(pane.model.hits)} fundet, nyeste først",
                                   f"{len(pane.model.hits)} found, newest first")
    row, hit = next((r, h) for r, h in enumerate(pane.model.hits) if h.item_number is not None)
    doc = rendered(pane.results, row)
    heading, detail = doc.toPlainText().split("\n", 1)
    assert heading.replace("\u00a0", " ") == f"{compact_date(hit.date)} · {hit.item_number}. {hit.item_title}"
    bold = bold_words(doc)
    assert bold[0].replace("\u00a0", " ") == heading.replace("\u00a0", " ")
    found = [w for w in bold[1:] if w.strip()]
    assert found and all(w.casefold().startswith("budget") for w in found)
    assert any(w in detail for w in found)
    assert len(detail.split()) > len(found)  # the rest of the snippet is not bold


def test_enter_in_the_field_then_enter_in_the_list_opens_the_hit(window: Any, qtbot: Any) -> None:
    pane = search(window, qtbot, "kommissorium")
    assert pane.results.hasFocus() and pane.results.currentIndex().row() == 0
    hit = pane.model.hits[0]
    qtbot.keyClick(pane.results, Qt.Key.Key_Return)
    assert window.document.meeting.date == hit.date
    assert window.agenda_pane.editor.item.uid == hit.item_uid


def test_hits_wrap_at_the_dock_width(window: Any, qtbot: Any) -> None:
    pane = search(window, qtbot, "budget")
    view = pane.results
    window.resizeDocks([window.search_dock], [250], Qt.Orientation.Horizontal)
    layout_settled(qtbot, view)
    width = view.viewport().width()
    assert width < 300
    rows = range(pane.model.rowCount())
    narrow = [view.visualRect(pane.model.index(r)).height() for r in rows]
    assert all(view.visualRect(pane.model.index(r)).right() < width + 1 for r in rows)
    assert all(rendered(view, r).idealWidth() <= width for r in rows)
    assert view.horizontalScrollBar().maximum() == 0
    # Every hit has room for its meeting line and at least two lines of the snippet.
    assert min(narrow) >= 3 * view.fontMetrics().lineSpacing()
    window.resizeDocks([window.search_dock], [600], Qt.Orientation.Horizontal)
    layout_settled(qtbot, view)
    assert view.viewport().width() > width
    wide = [view.visualRect(pane.model.index(r)).height() for r in rows]
    assert sum(wide) < sum(narrow)


def test_html_in_the_text_and_in_the_query_is_shown_literally(window: Any, qtbot: Any) -> None:
    from tests.gui.test_week import type_decision

    typed = "Udvalget <b>godkendte</b> & sendte <i>sagen</i> videre < 10. dec."
    type_decision(window, qtbot, 3, typed)
    pane = window.search_pane
    window.search_all()
    pane.field.setText("<b>godkendte</b>")

    def found() -> bool:
        pane.search()
        return any(h.kind == "decision" for h in pane.model.hits)

    qtbot.waitUntil(found, timeout=5000)
    row = next(r for r, h in enumerate(pane.model.hits) if h.kind == "decision")
    doc = rendered(pane.results, row)
    detail = doc.toPlainText().split("\n", 1)[1]
    assert typed in detail
    # The typed "<b>" is the word "b": the letter alone is found as well, shown as text.
    assert [w for w in bold_words(doc)[1:] if w.strip()] == ["b", "godkendte", "b"]
    assert pane.summary.text().split()[0].isdigit()  # the count, not the typed markup


@pytest.mark.parametrize("query", ["lt amp", "b", "quot"])
def test_highlighting_never_breaks_the_escaping(query: str) -> None:
    text = 'a < b && "c" > d &amp; e'
    doc = QTextDocument()
    doc.setHtml(highlighted(text, query))
    assert doc.toPlainText() == text


def test_a_snippet_is_cut_between_words_around_the_first_word_found() -> None:
    text = " ".join(f"ord{i}" for i in range(100)) + " budgetopfølgning " + " ".join(
        f"slut{i}" for i in range(100))
    cut = snippet(text, "budget", width=60)
    assert cut.startswith("… ord") and cut.endswith(" …")
    assert "budgetopfølgning" in cut
    inner = cut[2:-2].split()
    assert all(w.startswith(("ord", "slut")) or w == "budgetopfølgning" for w in inner)
    assert inner[0] in text.split() and inner[-1] in text.split()
    assert snippet("kort tekst", "kort") == "kort tekst"


def test_the_hits_model_is_a_proper_model(window: Any, qtbot: Any, qtmodeltester: Any) -> None:
    pane = search(window, qtbot, "budget")
    qtmodeltester.check(pane.model)


def test_a_double_click_low_on_an_entry_opens_it(window: Any, qtbot: Any) -> None:
    # A double-click anywhere on an entry (not only on its first line) opens it.
    pane = search(window, qtbot, "kommissorium")
    view = pane.results
    rect = view.visualRect(pane.model.index(0))
    assert view.indexAt(QPoint(rect.center().x(), rect.bottom() - 3)).row() == 0
    hit = pane.model.hits[0]
    low = QPoint(rect.center().x(), rect.bottom() - 3)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=low)  # QTest's double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=low)  # is the second half

    assert window.document.meeting.date == hit.date


def test_f2_edits_and_delete_removes_the_chosen_follow_up(window: Any, qtbot: Any) -> None:
    pane = show_follow_ups(window)
    entry = pane.shown[0]
    window.activateWindow()
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0))
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    dialog = pane.findChild(FollowUpDialog)
    assert dialog is not None and dialog.entry.id == entry.id
    dialog.reject()
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert entry.id not in [e.id for e in window.ctx.followups.entries()]
