"""The board's dates ahead on both databases: weekly meetings, holidays, closed periods,
meetings moved and cancelled with their points."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dirdesk.catalogue import danish
from dirdesk.domain.closed_periods import weeks_period, weeks_words, whole_weeks
from dirdesk.domain.forward_plan import ClosedPeriod
from dirdesk.domain.messages import UserError
from dirdesk.domain.model import MeetingStatus
from dirdesk.services.calendar import CalendarService, MeetingDateTaken, MeetingNotMovable
from dirdesk.services.demo import BOARD
from dirdesk.services.meetings import MeetingService
from dirdesk.services.plan import PlanService
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository

D = dt.date
TODAY = D(2026, 11, 23)
HALF_YEAR = TODAY + dt.timedelta(days=183)
THURSDAYS = dataclasses.replace(BOARD, name="Økonomiudvalget", weekday=3)
CHRISTMAS = ClosedPeriod(D(2026, 12, 21), D(2027, 1, 3), "Jule- og nytårslukket")


@pytest.fixture
def cal(db: Database) -> CalendarService:
    with db.session() as s:
        BoardRepository(s).save(BOARD)
        BoardRepository(s).save(THURSDAYS)
    return CalendarService(db)


def dates(db: Database, board: str = BOARD.name) -> list[D]:
    return [m.date for m in PlanService(db).plan(board, TODAY).meetings]


def test_the_weekly_dates_half_a_year_ahead_without_holidays_and_closed_periods(
        db: Database, cal: CalendarService) -> None:
    cal.add_closed_period(BOARD.name, CHRISTMAS)
    made = cal.extend(BOARD.name, TODAY, HALF_YEAR)
    assert made[0] == D(2026, 11, 25) and made[-1] == D(2027, 5, 19)
    assert all(d.weekday() == 2 for d in made)
    assert D(2026, 12, 23) not in made and D(2026, 12, 30) not in made
    assert len(made) == 26 - 2
    assert dates(db) == made
    assert cal.extend(BOARD.name, TODAY, HALF_YEAR) == []  # nothing twice
    # A week later the half-year reaches one week further.
    assert cal.extend(BOARD.name, TODAY + dt.timedelta(weeks=1),
                      HALF_YEAR + dt.timedelta(weeks=1)) == [D(2027, 5, 26)]


def test_a_date_on_kristi_himmelfartsdag_is_not_proposed_and_is_marked(
        db: Database, cal: CalendarService) -> None:
    made = cal.extend(THURSDAYS.name, D(2027, 4, 1), D(2027, 6, 1))
    assert D(2027, 5, 6) not in made and D(2027, 5, 13) in made
    marks = cal.marks(THURSDAYS.name, D(2027, 4, 1), D(2027, 6, 1))
    assert marks == {D(2027, 5, 6): "Kristi himmelfartsdag"}


def test_a_meeting_on_a_holiday_is_flagged(db: Database, cal: CalendarService) -> None:
    PlanService(db).ensure_meeting(THURSDAYS.name, D(2027, 5, 6))
    PlanService(db).ensure_meeting(BOARD.name, D(2026, 12, 25))  # a Friday: not a weekly date
    assert cal.marks(THURSDAYS.name, D(2027, 5, 1), D(2027, 5, 10)) == {
        D(2027, 5, 6): "Kristi himmelfartsdag"}
    assert cal.marks(BOARD.name, D(2026, 12, 20), D(2026, 12, 29)) == {D(2026, 12, 25): "Juledag"}


def test_school_holiday_week_7_marks_the_wednesday_of_week_7(
        db: Database, cal: CalendarService) -> None:
    winter = weeks_period(2027, 7, 7, "Vinterferie uge 7")
    assert (winter.start, winter.end) == (D(2027, 2, 15), D(2027, 2, 21))
    assert weeks_words(winter) == "uge 7" and whole_weeks(winter) == (2027, 7, 7)
    summer = weeks_period(2027, 28, 31, "Sommerferie uge 28-31")
    assert weeks_words(summer) == "uge 28-31"
    assert weeks_words(CHRISTMAS) == "uge 52-53"  # 2026's closure happens to be whole weeks
    assert weeks_words(ClosedPeriod(D(2027, 12, 22), D(2028, 1, 2), "Jul")) is None

    cal.extend(BOARD.name, TODAY, HALF_YEAR)
    assert D(2027, 2, 17) in dates(db)
    # A period added after the dates were made cancels the placeholder in it ...
    assert cal.add_closed_period(BOARD.name, winter) == [D(2027, 2, 17)]
    assert cal.marks(BOARD.name, D(2027, 2, 1), D(2027, 2, 28)) == {D(2027, 2, 17): "Vinterferie uge 7"}
    held = {m.date: m for m in PlanService(db).plan(BOARD.name, TODAY).meetings}
    assert held[D(2027, 2, 17)].cancelled and held[D(2027, 2, 17)].cancel_reason == "Vinterferie uge 7"
    assert cal.closed_periods(BOARD.name) == [winter]
    # ... edited to week 8 the Wednesday of week 7 is held again, week 8's is not ...
    week8 = weeks_period(2027, 8, 8, "Vinterferie uge 8")
    cal.replace_closed_period(BOARD.name, winter, week8)
    held = {m.date: m for m in PlanService(db).plan(BOARD.name, TODAY).meetings}
    assert not held[D(2027, 2, 17)].cancelled and held[D(2027, 2, 24)].cancelled
    # ... and removed, every week is held.
    assert cal.remove_closed_period(BOARD.name, week8) == [D(2027, 2, 24)]
    assert not any(m.cancelled for m in PlanService(db).plan(BOARD.name, TODAY).meetings)
    assert cal.closed_periods(BOARD.name) == []
    with pytest.raises(UserError) as caught:
        cal.add_closed_period(BOARD.name, ClosedPeriod(D(2027, 2, 1), D(2027, 1, 1), "Vinterferie"))
    assert "slutter, før den begynder" in caught.value.text(danish())


def test_a_period_known_before_the_dates_were_made_gives_them_back_when_removed(
        db: Database, cal: CalendarService) -> None:
    winter = weeks_period(2027, 7, 7, "Vinterferie uge 7")
    cal.add_closed_period(BOARD.name, winter)
    cal.extend(BOARD.name, TODAY, HALF_YEAR)
    assert D(2027, 2, 17) not in dates(db)
    assert D(2027, 2, 17) in cal.remove_closed_period(BOARD.name, winter)
    assert D(2027, 2, 17) in dates(db)


def test_a_moved_meeting_keeps_its_agenda_and_points_and_its_old_week_stays_free(
        db: Database, cal: CalendarService) -> None:
    plan, meetings = PlanService(db), MeetingService(db)
    cal.extend(BOARD.name, TODAY, HALF_YEAR)
    dec2, dec3, dec9 = D(2026, 12, 2), D(2026, 12, 3), D(2026, 12, 9)
    plan.add_point(BOARD.name, dec2, "APV")
    meetings.create_from_plan(BOARD.name, dec2)
    with pytest.raises(MeetingDateTaken) as taken:
        cal.move_meeting(BOARD.name, dec2, dec9)
    assert taken.value.text(danish()) == ("Direktionen har allerede et møde onsdag den 9. december "
                                      "2026. Vælg en anden dato.")
    cal.move_meeting(BOARD.name, dec2, dec3)
    moved = meetings.get(dec3, BOARD.name)
    assert "APV" in [i.title for i in moved.items]
    assert [p.text for p in next(m for m in plan.plan(BOARD.name, TODAY).meetings
                                 if m.date == dec3).points] == ["APV"]
    assert dec2 not in dates(db)
    assert cal.extend(BOARD.name, TODAY, HALF_YEAR) == []  # the old Wednesday is not made again
    assert meetings.history(BOARD.name, dec3)[-1][1] == "moved"

    meetings.set_status(BOARD.name, dec9, MeetingStatus.AGENDA_ISSUED)
    meetings.set_status(BOARD.name, dec9, MeetingStatus.HELD)
    with pytest.raises(MeetingNotMovable):
        cal.move_meeting(BOARD.name, dec9, D(2026, 12, 10))


def test_cancelling_sends_the_points_where_chosen_and_undo_brings_them_back(
        db: Database, cal: CalendarService) -> None:
    plan = PlanService(db)
    cal.extend(BOARD.name, TODAY, HALF_YEAR)
    dec2, dec9 = D(2026, 12, 2), D(2026, 12, 9)
    plan.add_point(BOARD.name, dec9, "Budget")
    ids = [plan.add_point(BOARD.name, dec2, t) for t in ("APV", "Sygefravær", "Årsplan")]
    places = cal.cancel_meeting(BOARD.name, dec2, "Aflyst pga. Fælles lederdag",
                                [(ids[0], dec9), (ids[1], None), (ids[2], dec2)])
    now = {m.date: m for m in plan.plan(BOARD.name, TODAY).meetings}
    assert now[dec2].cancelled and now[dec2].cancel_reason == "Aflyst pga. Fælles lederdag"
    assert [p.text for p in now[dec9].points] == ["Budget", "APV"]
    assert [p.text for p in now[dec2].points] == ["Årsplan"]  # left with the cancelled meeting
    assert "Sygefravær" in [p.text for p in plan.plan(BOARD.name, TODAY).undated]

    cal.undo_cancel(BOARD.name, dec2, places)
    now = {m.date: m for m in plan.plan(BOARD.name, TODAY).meetings}
    assert not now[dec2].cancelled
    assert [p.text for p in now[dec2].points] == ["APV", "Sygefravær", "Årsplan"]
    assert [p.text for p in now[dec9].points] == ["Budget"]
