"""The README's screenshot of the live minutes as the meeting runs: run under Xvfb.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/dev/screenshot_runs.py docs

The demo's coming meeting, its clock set to 10.52 on the day: items 1-4 taken up at recorded
times, item 4 with its Indstilling, a guest and an inhabil member, the standard decision used.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from screenshot import demo_window, grab, out_dir


def main() -> int:
    from PySide6.QtCore import QTimer

    from dirdesk.domain.model import Guest, Participation, Section

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
        doc.replace(dataclasses.replace(m, items=tuple(items)))
        live = window.live_pane
        now = dt.datetime.combine(m.date, dt.time(10, 52))
        live.now = live.case.now = lambda: now
        window.tabs.setCurrentIndex(1)
        live.select_item(doc.meeting.items[3].uid)
        live.decision.setFocus()
        live.case.use_phrase(0)
        live.update_clock()

    def shoot() -> None:
        grab(out / "screenshot-meeting-runs.png")
        app.quit()

    QTimer.singleShot(1200, prepare)
    QTimer.singleShot(2600, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
