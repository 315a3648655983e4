"""The README's screenshots of the meeting as it runs: run under Xvfb.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/dev/screenshot_runs.py docs

``screenshot-meeting-runs.png``: the demo's coming meeting, its clock set to 10.52 on the day:
items 1-4 taken up at recorded times, item 4 with its Indstilling, a guest and an inhabil
member, the standard decision used; in the attendance panel a member who came at item 3.
``screenshot-grid-learns.png``: its agenda after the reference meeting of 29 January 2025 was
timed, a new item put into the grid with Ctrl+Shift+G, the Foreslået column beside Min.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from screenshot import demo_window, grab, out_dir


def main() -> int:
    from PySide6.QtCore import QTimer

    from dirdesk.domain.model import Guest, Participation, Section
    from dirdesk.domain.participation import set_present

    out = out_dir()
    app, window = demo_window()

    def prepare() -> None:
        doc = window.document
        m = doc.meeting
        starts = [dt.time(9, 0), dt.time(9, 20), dt.time(10, 41), dt.time(10, 52)]
        member = m.members[1]
        items = list(m.items)
        for n, at in enumerate(starts):
            items[n] = dataclasses.replace(items[n], started=at)
        items[3] = dataclasses.replace(
            items[3],
            sections=(*[s for s in items[3].sections if not isinstance(s, Section)
                        or s.heading.casefold() != "indstilling"],
                      Section("Indstilling", "Det indstilles, at direktionen drøfter og godkender "
                              "udmøntningsplanens tværgående indsatser for 2025-2028.")),
            participation=Participation(guests=(Guest("", "Borgmester"),
                                                Guest("Bettina Andersen", "Økonomichef")),
                                        inhabil=(member.name,)))
        late = m.members[2]
        doc.replace(set_present(set_present(dataclasses.replace(m, items=tuple(items)),
                                            late.name, 1, False), late.name, 3, True))
        live = window.live_pane
        now = dt.datetime.combine(m.date, dt.time(10, 52))
        live.now = live.case.now = lambda: now
        window.tabs.setCurrentIndex(1)
        live.select_item(doc.meeting.items[3].uid)
        live.decision.setFocus()
        live.case.use_phrase(0)
        live.update_clock()

    def prepare_grid() -> None:
        ctx = window.ctx
        held = dt.date(2025, 1, 29)
        past = ctx.meetings.get(held, "Direktionen")
        for number, at in ((4, dt.time(10, 40)), (5, dt.time(11, 25)), (6, dt.time(11, 30)),
                           (7, dt.time(12, 35)), (8, dt.time(12, 55))):
            ctx.proceedings.record_start("Direktionen", held, past.items[number - 1].uid, at)
        ctx.signals.meeting_changed.emit("Direktionen", held, None)
        window.tabs.setCurrentIndex(0)
        pane = window.agenda_pane
        pane.select_item(pane.document.meeting.items[5].uid)
        pane.add_item()
        pane.editor.title.setText("Aftalestyring: udrulning og opfølgning 2027")
        pane.grid.add_item_row()

    def finish() -> None:
        grab(out / "screenshot-grid-learns.png")
        app.quit()

    QTimer.singleShot(1200, prepare)
    QTimer.singleShot(2600, lambda: grab(out / "screenshot-meeting-runs.png"))
    QTimer.singleShot(2800, prepare_grid)
    QTimer.singleShot(4200, finish)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
