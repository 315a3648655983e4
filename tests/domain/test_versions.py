"""A meeting as lines, and two versions compared line by line."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dirdesk.domain.model import AgendaItem, Meeting, Section
from dirdesk.domain.versions import Change, compare, meeting_lines


def _meeting(decision: str) -> Meeting:
    return Meeting(board="Direktionen", date=dt.date(2025, 1, 29), start=dt.time(9),
                   end=dt.time(13), location="Mødelokale 250",
                   items=(AgendaItem("Økonomi", sections=(Section("Indstilling", "Det indstilles, at\n\n- a\n- b"),),
                                     decision=decision),
                          AgendaItem("Eventuelt")))


def test_the_lines_a_reader_goes_through() -> None:
    texts = [line.text for line in meeting_lines(_meeting("Godkendt **med** ændringer."))]
    assert texts[0] == "Direktionen, Onsdag den 29. januar 2025"
    assert "1. Økonomi" in texts and "2. Eventuelt" in texts
    at = texts.index("Indstilling:")
    assert texts[at + 1:at + 4] == ["Det indstilles, at", "a", "b"]
    assert texts[texts.index("Beslutning:") + 1] == "Godkendt med ændringer."  # markup gone


def test_compare_marks_only_what_changed() -> None:
    older = _meeting("Godkendt.")
    newer = dataclasses.replace(_meeting("Godkendt med ændringer."), location="Byrådssalen")
    marked = [(c.change, c.line.text) for c in compare(older, newer)]
    changed = [(kind, text) for kind, text in marked if kind is not Change.SAME]
    assert changed == [
        (Change.REMOVED, "Sted: Mødelokale 250"), (Change.ADDED, "Sted: Byrådssalen"),
        (Change.REMOVED, "Godkendt."), (Change.ADDED, "Godkendt med ændringer."),
    ]
    assert compare(older, older) == [c for c in compare(older, older) if c.change is Change.SAME]


def test_summary_matches_items_by_place_when_a_kept_copy_lost_their_identity() -> None:
    from dirdesk.domain.versions import summary

    older = _meeting("Godkendt.")
    newer = _meeting("Godkendt med ændringer.")  # new items: new identities
    assert summary(older, newer) == ["Punkt 1 (Økonomi): beslutningen er ændret"]


def test_around_changes_shows_each_change_under_its_item() -> None:
    from dirdesk.domain.versions import SKIPPED, around_changes

    older = _meeting("Godkendt.")
    newer = _meeting("Godkendt med ændringer.")
    shown = [(c.change, c.line.text) for c in around_changes(compare(older, newer))]
    assert shown == [
        (Change.SAME, SKIPPED.text), (Change.SAME, "1. Økonomi"), (Change.SAME, SKIPPED.text),
        (Change.REMOVED, "Godkendt."), (Change.ADDED, "Godkendt med ændringer."),
        (Change.SAME, SKIPPED.text),
    ]
    assert around_changes(compare(older, older)) == []
