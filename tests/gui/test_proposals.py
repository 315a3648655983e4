"""The proposal bar under a decision stays out of the minute-taker's way while typing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.test_week import type_decision

pytestmark = pytest.mark.gui


def test_typing_on_after_a_proposal_updates_it_in_place_and_saves_nothing_early(
        window: Any, qtbot: Any) -> None:
    bar = window.live_pane.proposals
    type_decision(window, qtbot, 2, "Velfærdsdirektør Lene Mehlsen følger op på tallene")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.follow != [], timeout=3000)
    button, label = bar.buttons[0], bar.labels[0]
    assert "tallene" in label.text()

    qtbot.keyClicks(window.live_pane.decision, " og budgettet")
    assert window.document.has_unsaved  # typed, not yet saved
    bar.refresh()  # what the pause in typing does
    # The same row, its words brought up to date: no widgets remade while typing.
    assert bar.buttons == [button] and bar.labels == [label]
    assert "tallene og budgettet" in label.text()
    # Looking for proposals does not save the decision early: the autosave does, after a pause.
    assert window.document.has_unsaved
    qtbot.waitUntil(lambda: not window.document.has_unsaved, timeout=3000)


def test_a_proposal_dismissed_goes_and_its_row_is_used_again_for_the_next(
        window: Any, qtbot: Any) -> None:
    bar = window.live_pane.proposals
    type_decision(window, qtbot, 2, "Ledelsessekretariatet følger op.")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.follow != [], timeout=3000)
    first = bar.buttons[0]
    bar._dismiss(bar.follow[0].owner)  # the ✕ of the row
    assert not bar.isVisible() and bar.buttons == []
    type_decision(window, qtbot, 3, "Sagen udsættes til næste møde.")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.carry is not None, timeout=3000)
    assert bar.buttons == [first]  # the same widget, now offering the carry-over
    assert "plan" in first.text().casefold()
