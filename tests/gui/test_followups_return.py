"""Done when: a follow-up due before the next meeting appears in that meeting's Opfølgning insert
and in the exported list; done ones do not (through the window, documents read back)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dirdesk.domain.model import Insert, InsertKind
from tests.export.office import package_texts

pytestmark = pytest.mark.gui

HELD = dt.date(2025, 1, 29)  # a reference meeting the demo holds


def test_due_follow_ups_come_back_in_the_agenda_and_the_list_done_ones_do_not(
        window: Any, qtbot: Any, tmp_path: Path) -> None:
    from dirdesk.gui.dialogs.export import ExportDialog

    ctx, pane = window.ctx, window.followups_pane
    held = ctx.meetings.get(HELD, "Direktionen")
    uid = held.items[3].uid
    coming = window.document.meeting
    ctx.followups.add("Direktionen", HELD, uid, "Lene Mehlsen", "ZZDUE plan for 1. kvartal",
                      due=coming.date - dt.timedelta(days=5))
    done = ctx.followups.add("Direktionen", HELD, uid, "Lene Mehlsen", "ZZDONE klaret",
                             due=coming.date - dt.timedelta(days=9))
    ctx.followups.add("Direktionen", HELD, uid, "Lene Mehlsen", "ZZLATER evaluering",
                      due=coming.date + dt.timedelta(days=40))
    ctx.signals.followups_changed.emit(None)
    # Done in the pane, as the secretary ticks it.
    row = next(r for r, e in enumerate(pane.model.entries) if e.id == done)
    pane.model.setData(pane.model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert done not in [e.id for e in pane.shown]

    # The next meeting's standing item "Opfølgning" prints what is due by its date.
    items = list(coming.items)
    items[1] = dataclasses.replace(items[1], sections=(*items[1].sections,
                                                       Insert(InsertKind.FOLLOW_UPS)))
    window.document.replace(dataclasses.replace(coming, items=tuple(items)))
    dialog = ExportDialog(ctx, window.document.meeting, window)
    qtbot.addWidget(dialog)
    dialog.ask_to_open = lambda _path: False
    dialog.agenda.setChecked(True)
    agenda = tmp_path / "dagsorden.docx"
    dialog.path.setText(str(agenda))
    dialog.export()
    text = "\n".join(package_texts(agenda).values())
    assert "ZZDUE plan for 1. kvartal" in text
    assert "ZZDONE" not in text and "ZZLATER" not in text

    # The exported list: every open follow-up, not the done one.
    listed = tmp_path / "opfølgning.docx"
    pane.export_to(listed)
    text = "\n".join(package_texts(listed).values())
    assert "ZZDUE plan for 1. kvartal" in text and "ZZLATER evaluering" in text
    assert "ZZDONE" not in text
