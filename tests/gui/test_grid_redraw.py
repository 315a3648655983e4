"""A grid row moved redraws the rows whose look changed, not the whole grid (the rows' heights
follow their contents, so every row said changed is measured again)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_a_moved_row_redraws_only_the_rows_between(window: Any) -> None:
    document, grid = window.document, window.agenda_pane.grid
    if document.read_only:
        assert document.choose_to_edit()
    rows = grid.model.rowCount()
    assert rows >= 6
    said: list[tuple[int, int]] = []
    grid.model.dataChanged.connect(lambda first, last, _roles=None: said.append(
        (first.row(), last.row())))
    before = [grid.model.index(r, 2).data() for r in range(rows)]
    grid.move_row(1, 3)
    after = [grid.model.index(r, 2).data() for r in range(rows)]
    assert after[1:4] == [before[2], before[3], before[1]]  # the move is shown
    assert said and min(f for f, _l in said) >= 1 and max(last for _f, last in said) <= 3, said
    said.clear()
    grid.move_row(3, 1)
    assert [grid.model.index(r, 2).data() for r in range(rows)] == before
    assert said and all(f >= 1 and last <= 3 for f, last in said), said


def test_every_row_stays_as_high_as_its_text(window: Any, qtbot: Any) -> None:
    """Rows are measured where they changed (a move), and all again where the text wraps anew
    (the grid made narrower): each as high as its text needs, as a header that sizes every row
    to its contents would make it."""
    document, grid = window.document, window.agenda_pane.grid
    if document.read_only:
        assert document.choose_to_edit()
    window.tabs.setCurrentIndex(0)
    view = grid.view
    least = view.verticalHeader().minimumSectionSize()

    def as_high_as_their_text() -> bool:
        return all(view.rowHeight(r) == max(view.sizeHintForRow(r), least)
                   for r in range(grid.model.rowCount()))

    qtbot.waitUntil(as_high_as_their_text, timeout=1000)
    heights = {view.sizeHintForRow(r) for r in range(grid.model.rowCount())}
    assert len(heights) > 1  # some rows wrap: the test can tell
    grid.move_row(1, 5)
    assert as_high_as_their_text()
    grid.move_row(5, 1)
    assert as_high_as_their_text()
    window.resize(window.width() - 300, window.height())
    qtbot.waitUntil(as_high_as_their_text, timeout=1000)
