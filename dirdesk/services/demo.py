"""The demo database: the three reference meetings, their follow-ups, a coming meeting and a forward plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dirdesk import paths
from dirdesk.domain.forward_plan import ClosedPeriod
from dirdesk.domain.ics import CalendarEvent, read_calendar
from dirdesk.domain.interchange import read_meeting
from dirdesk.domain.model import (
    AgendaItem,
    Board,
    Insert,
    InsertKind,
    Meeting,
    MeetingStatus,
    Person,
    ScheduleSlot,
    Section,
    StandingItem,
)
from dirdesk.services.political import PoliticalCalendarService
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository, MeetingRepository, PlanRepository

MEMBERS = (
    Person("Jonas Kroustrup", "Kommunaldirektør"),
    Person("Lene Mehlsen Thomsen", "Velfærdsdirektør"),
    Person("Kim Bruun Nielsen", "Fællesforvaltningsdirektør"),
)

BOARD = Board(
    name="Direktionen",
    location="Mødelokale 250, rådhuset",
    weekday=2,
    start=dt.time(9, 0),
    end=dt.time(13, 0),
    members=MEMBERS,
    standing_items=(
        StandingItem("Beslutningsprotokoller og dagsordener (borgmester deltager)", (
            Section("Sagsgang", "DIR"),
            Section("Sagsfremstilling", ""),
            Section("Økonomiske konsekvenser", "De økonomiske konsekvenser beskrives i "
                    "dagsordenspunkterne til møderne i de stående udvalg m.v."),
            Section("Indstilling", "Det indstilles, at de nævnte beslutningsprotokoller og de "
                    "nævnte dagsordener gennemgås."),
        )),
        StandingItem("Sager til behandling og tidsplan", (
            Section("Sagsgang", "DIR"),
            Section("Sagsfremstilling", "Direktionen har følgende punkter til behandling:"),
            Insert(InsertKind.SCHEDULE),
            Section("Indstilling", "Det indstilles, at punkterne behandles."),
        )),
        StandingItem("Gennemgang af portefølje og tre næstkommende møder", (
            Section("Sagsgang", "DIR"),
            Insert(InsertKind.FORWARD_PLAN),
            Section("", "Årsplan med øvrige kommende punkter medbringes på mødet."),
            Section("Sagsfremstilling", "Punkter til de kommende direktionsmøder og evt. punkter "
                    "der afventer dato for behandling."),
            Insert(InsertKind.UNDATED),
        )),
    ),
)

# Points for the coming weeks, by week offset from the next meeting.
_PLAN: dict[int, tuple[str, ...]] = {
    1: ("Befolkningsprognose/befolkningstal notat", "Ejendomsanalyse på skoleområdet"),
    2: ("Udmøntningsplan 2027 – Tværgående emner", "Ny model for sygefravær 1-3-10"),
    3: ("APV", "Program for chefforum"),
    6: ("Årsplan for DIR og KCL, herunder evt. døgnseminar",),
    7: ("Evaluering af Helhedsorienteret Indsats (HOI)",),
}
# The reference meetings bring "Regeringens lovprogram" with them.
_UNDATED = (
    "Kloge kvadratmeter – projektbeskrivelse for fremtidens administrative bygninger",
)


# Who follows up what after the reference meetings' decisions: (meeting, item number, owner,
# task, done). The owners and tasks are those the decisions name.
_FOLLOW_UPS: tuple[tuple[dt.date, int, str, str, bool], ...] = (
    (dt.date(2024, 11, 13), 1, "Velfærdsdirektør Lene Mehlsen",
     "Justeringer i takster (KKR) behandles i de relevante fagudvalg", False),
    (dt.date(2024, 11, 13), 2, "Økonomichef Bettina Andersen",
     "Koordinerer med Lene Mehlsen inden mødet i direktionen den 20. november", True),
    (dt.date(2024, 11, 13), 3, "Velfærdsdirektør Lene Mehlsen",
     "Kommissorium og organisering for sundhedsreformen til KB den 10. december", False),
    (dt.date(2024, 11, 13), 3, "Ledelsessekretariatet",
     "Oversigt over tidligere beredskabsdokumenter: hvornår senest behandlet, og hvem der "
     "har ansvaret (i samarbejde med Beredskabsgruppen)", False),
    (dt.date(2024, 11, 13), 4, "Ledelsessekretariatet",
     "Særskilt mail til direktører og sekretariatschefer om tværgående kommunikation i "
     "Udmøntningsplanen (med Økonomi)", False),
    (dt.date(2025, 1, 29), 4, "Økonomi",
     "Den direktionsansvarlige indskrives på oversigten over udmøntningsplanens indsatser", False),
    (dt.date(2025, 1, 29), 7, "Arbejdsgruppen for fælles indsatser",
     "Revideret kommunikationsstrategi og kommunikationsplan for udrulning af indsatserne", False),
)


def demo_files() -> list[bytes]:
    folder = paths.resources_dir() / "demo"
    return [p.read_bytes() for p in sorted(folder.glob("*.json"))]


# The sample political calendar holds the committee meetings around this board meeting.
_CALENDAR_AROUND = dt.date(2024, 11, 13)


def demo_calendar(coming: dt.date) -> list[CalendarEvent]:
    """The sample committee meetings moved by whole weeks to lie around ``coming``."""
    events = read_calendar((paths.resources_dir() / "demo" / "politisk-kalender.ics").read_bytes())
    shift = dt.timedelta(weeks=(coming - _CALENDAR_AROUND).days // 7)
    return [replace(e, date=e.date + shift, last_date=e.last_date and e.last_date + shift)
            for e in events]


def next_meeting_day(today: dt.date, weekday: int = BOARD.weekday) -> dt.date:
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7)


def fill_demo(db: Database, today: dt.date) -> str:
    """Fill ``db`` with the demo; running it again gives the same database, not a double one."""
    from dirdesk.services.meetings import MeetingService

    service = MeetingService(db)
    meetings = [read_meeting(data) for data in demo_files()]
    with db.session() as session:
        BoardRepository(session).save(BOARD)
    for meeting in meetings:
        service.import_meeting(meeting, replace=True)

    coming = next_meeting_day(today)
    christmas = _christmas_break(coming)
    with db.session() as session:
        plan = PlanRepository(session)
        plan.add_closed_period(BOARD.name, christmas)
        for week in range(1, 27):
            day = coming + dt.timedelta(weeks=week)
            plan.ensure_meeting(BOARD, day)
            if christmas.covers(day):
                plan.set_meeting_state(BOARD.name, day, cancelled=True, reason=christmas.label)
            there = set(plan.point_texts(BOARD.name, day))
            for text in _PLAN.get(week, ()):
                if text not in there:
                    plan.add_point(BOARD.name, day, text)
        plan.set_meeting_state(BOARD.name, coming + dt.timedelta(weeks=2),
                               note="Kim Bruun Nielsen deltager ikke på mødet.")
        waiting = set(plan.point_texts(BOARD.name, None))
        for text in _UNDATED:
            if text not in waiting:
                plan.add_point(BOARD.name, None, text)
        live = plan.plan(BOARD.name, coming)

    if meetings:
        latest = max(meetings, key=lambda m: m.date)
        items = tuple(replace(item, decision=None) for item in latest.items)
        grid = latest.schedule
    else:
        items = tuple(AgendaItem(s.title, s.closed, sections=s.sections)
                      for s in BOARD.standing_items)
        grid = (ScheduleSlot(dt.time(9, 0), items[0].title, item=1),
                ScheduleSlot(dt.time(11, 0), "Pause"),
                ScheduleSlot(dt.time(13, 0), "Mødet afsluttes"))
    political = PoliticalCalendarService(db)
    political.import_events(demo_calendar(coming))
    items = (replace(items[0], sections=political.item_one(BOARD.name, coming), attachments=()),
             *items[1:])
    agenda = Meeting(
        board=BOARD.name, date=coming, start=BOARD.start, end=BOARD.end,
        location=BOARD.location, members=BOARD.members, items=items, schedule=grid,
        status=MeetingStatus.AGENDA_ISSUED, forward_plan=live.snapshot(coming, count=3),
    )
    service.import_meeting(agenda, replace=True)
    _add_follow_ups(db, meetings)
    with db.session() as session:
        count = len(MeetingRepository(session).summaries(BOARD.name))
    return (f"{len(meetings)} reference meetings, the coming meeting on {coming.isoformat()}, "
            f"{count} meetings in all")


def _add_follow_ups(db: Database, meetings: list[Meeting]) -> None:
    """The reference meetings' follow-ups, as the follow-up list would hold them; none twice.

    A meeting read again has new item uids, so the follow-ups an earlier run added point at
    items no longer there: those are replaced, not kept beside the new ones.
    """
    from dirdesk.services.followups import FollowUpService

    follow_ups = FollowUpService(db)
    by_date = {m.date: m for m in meetings}
    for date, number, owner, task, done in _FOLLOW_UPS:
        meeting = by_date.get(date)
        if meeting is None or len(meeting.items) < number:
            continue
        uid = meeting.items[number - 1].uid
        named = follow_ups.owner_as_known(BOARD.name, owner)
        same = [e for e in follow_ups.entries(board=BOARD.name, date=date)
                if e.owner == named and e.task == task]
        if any(e.item_uid == uid for e in same):
            continue
        for stale in same:
            follow_ups.remove(stale.id)
        added = follow_ups.add(BOARD.name, date, uid, owner, task)
        if done:
            follow_ups.set_done(added)


def _christmas_break(after: dt.date) -> ClosedPeriod:
    year = after.year
    return ClosedPeriod(dt.date(year, 12, 21), dt.date(year + 1, 1, 3), "Jule- og nytårslukket")
