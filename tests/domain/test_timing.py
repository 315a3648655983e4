"""Actual times: planned against actual, the clock line, and the grid that learns."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dirdesk.domain import timing
from dirdesk.domain.model import AgendaItem, Meeting, ScheduleSlot, StandingItem

T = dt.time
DAY = dt.date(2025, 1, 29)


ELEVEN = T(11, 0)


def held(starts: list[T | None], finished: T | None = ELEVEN, titles: list[str] | None = None,
         day: dt.date = DAY) -> Meeting:
    titles = titles or ["Orientering", "Økonomi hovedoversigt", "Sygefravær", "Plan"]
    items = tuple(AgendaItem(t, started=s) for t, s in zip(titles, starts, strict=True))
    grid = (ScheduleSlot(T(9, 0), titles[0], item=1), ScheduleSlot(T(9, 30), titles[1], item=2),
            ScheduleSlot(T(10, 0), "Pause"), ScheduleSlot(T(10, 5), titles[2], item=3),
            ScheduleSlot(T(10, 30), titles[3], item=4), ScheduleSlot(T(11, 0), "Mødet afsluttes"))
    return Meeting("Direktionen", day, T(9, 0), T(11, 0), "Rådhuset", items=items, schedule=grid,
                   finished=finished)


def test_actual_lengths_leave_the_planned_breaks_out() -> None:
    m = held([T(9, 0), T(9, 40), T(10, 25), T(10, 50)], finished=T(11, 10))
    uids = [i.uid for i in m.items]
    actual = timing.actual_lengths(m)
    assert [actual[u] for u in uids] == [40, 40, 25, 20]  # 9.40-10.25 holds the 5-minute pause
    planned = timing.planned_lengths(m)
    assert [planned[u] for u in uids] == [30, 30, 25, 30]
    table = timing.time_use(m)
    assert [(u.number, u.planned, u.actual, u.difference) for u in table] == [
        (1, 30, 40, 10), (2, 30, 40, 10), (3, 25, 25, 0), (4, 30, 20, -10)]


def test_the_last_item_has_no_length_until_the_meeting_ended() -> None:
    m = held([T(9, 0), T(9, 40), None, None], finished=None)
    assert timing.actual_lengths(m) == {m.items[0].uid: 40}


def test_the_clock_line_before_during_and_after() -> None:
    m = held([None] * 4, finished=None)
    assert timing.clock_line(m, dt.datetime(2025, 1, 29, 3, 22), None) == "Mødet begynder kl. 9.00"
    assert timing.clock_line(m, dt.datetime(2025, 1, 28, 15, 0), None) == "Mødet begynder 29.1. kl. 9.00"
    running = dataclasses.replace(m, items=(dataclasses.replace(m.items[0], started=T(9, 0)),
                                            dataclasses.replace(m.items[1], started=T(9, 42)),
                                            *m.items[2:]))
    assert timing.clock_line(running, dt.datetime(2025, 1, 29, 9, 50), running.items[1].uid) == "12 min. bagud"
    assert timing.clock_line(running, dt.datetime(2025, 1, 29, 10, 1), running.items[2].uid) == "4 min. foran"
    done = dataclasses.replace(running, finished=T(11, 3))
    assert timing.clock_line(done, dt.datetime(2025, 1, 29, 12, 0), None) == "Mødet sluttede kl. 11.03"


def test_lengths_are_learned_from_similar_items() -> None:
    past = [held([T(9, 0), T(9, 50), T(10, 25), T(10, 50)], day=DAY - dt.timedelta(weeks=w))
            for w in (1, 2, 3)]
    standing = [StandingItem("Orientering")]
    new = [AgendaItem("Orientering"), AgendaItem("Hovedoversigt for økonomi"),
           AgendaItem("Sygefravær i 2025", case_no="X"), AgendaItem("Noget helt nyt")]
    learned = timing.learned_lengths(new, past, standing)
    assert learned == {new[0].uid: 50, new[1].uid: 30, new[2].uid: 25}
    same_case = [dataclasses.replace(past[0], items=(*past[0].items[:2],
                                                      dataclasses.replace(past[0].items[2], case_no="X"),
                                                      past[0].items[3]))]
    other_title = AgendaItem("Helt andet", case_no="X")
    assert timing.learned_lengths([other_title], same_case) == {other_title.uid: 25}


def test_the_plan_warns_when_the_points_will_not_fit() -> None:
    past = [held([T(9, 0), T(9, 50), T(10, 25), T(10, 50)])]
    assert timing.plan_fit(["Økonomi hovedoversigt"], past, [], available=60, default=20) is None
    assert timing.plan_fit(["Økonomi hovedoversigt", "Sygefravær", "Nyt"], past, [],
                           available=60, default=20) == (30 + 25 + 20, 60)
    assert "kræver ca. 75 min." in timing.fit_warning(DAY, 75, 60)


def test_a_proposal_says_what_similar_items_were_planned_and_took() -> None:
    # Økonomi was planned 30 minutes and took 45, 35 and 40 at three meetings.
    past = timing.past_items([held([T(9, 0), T(9, 30 + extra), T(10, 25), T(10, 50)],
                                   day=DAY - dt.timedelta(weeks=w))
                              for w, extra in ((1, 15), (2, 5), (3, 10))])
    found = timing.learn(AgendaItem("Økonomi: hovedoversigt pr. 1. marts"), past)
    assert found is not None and (found.minutes, found.planned, found.count) == (40, 30, 3)
    assert found.text == "foreslået 40 min. (planlagt 30)"
    assert found.explanation == ("Lignende punkter på 3 tidligere møder var planlagt til 30 min. "
                                 "og tog 40 min.")
    assert timing.learn(AgendaItem("Noget helt nyt"), past) is None


def test_one_item_added_to_a_grid_gets_its_row_after_the_item_before_it() -> None:
    from dirdesk.domain import agenda, schedule

    m = held([None] * 4, finished=None)
    new = AgendaItem("Budget 2027")
    m = agenda.insert_item(m, 2, new)  # item 3 now, between Økonomi and Sygefravær
    assert not agenda.has_row(m, 3)
    after = agenda.with_item_row(m, 3, 25)
    rows = [(s.start, s.title, s.item) for s in after.schedule]
    assert rows[2] == (T(10, 0), "Budget 2027", 3)  # right after item 2's row, before the pause
    assert rows[3][1] == "Pause" and rows[3][0] == T(10, 25)
    assert schedule.lengths(after.schedule, after.end)[2] == 25
    assert agenda.with_item_row(after, 3, 10) == after  # one row an item
    first = agenda.with_item_row(agenda.insert_item(held([None] * 4, finished=None), 0, new), 1, 5)
    assert (first.schedule[0].title, first.schedule[0].start, first.schedule[1].start) == (
        "Budget 2027", T(9, 0), T(9, 5))
