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
