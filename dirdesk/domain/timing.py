"""The meeting's clock as it really ran: actual starts, planned against actual, and the grid that learns.

Live mode records when each item was taken up (``AgendaItem.started``) and when the meeting
ended (``Meeting.finished``). An item's actual length is the time until the next item taken up
(or the end), less the planned breaks in between. Past meetings' actual lengths propose the
lengths of similar items in a new grid.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dirdesk.domain import schedule
from dirdesk.domain.model import AgendaItem, Meeting, StandingItem

__all__ = ["Learned", "PastItem", "TimeUse", "actual_lengths", "behind", "clock_line", "learn",
           "learned", "learned_lengths", "past_items", "planned_lengths", "planned_starts",
           "plan_fit", "similar_length", "time_use"]


def planned_lengths(meeting: Meeting) -> dict[str, int]:
    """Minutes the grid gives each item (by uid); an item with several rows gets their sum."""
    out: dict[str, int] = {}
    for slot, length in zip(meeting.schedule, schedule.lengths(meeting.schedule, meeting.end),
                            strict=True):
        if slot.item is not None and 1 <= slot.item <= len(meeting.items):
            uid = meeting.items[slot.item - 1].uid
            out[uid] = out.get(uid, 0) + max(length, 0)
    return out


def planned_starts(meeting: Meeting) -> dict[str, dt.time]:
    """When the grid says each item (by uid) starts: its first row."""
    out: dict[str, dt.time] = {}
    for slot in meeting.schedule:
        if slot.item is not None and 1 <= slot.item <= len(meeting.items):
            out.setdefault(meeting.items[slot.item - 1].uid, slot.start)
    return out


def _breaks_between(meeting: Meeting, start: int, end: int) -> int:
    """Minutes of planned rows without an item (Pause, Frokost) that start in [start, end)."""
    total = 0
    lengths = schedule.lengths(meeting.schedule, meeting.end)
    for slot, length in zip(meeting.schedule, lengths, strict=True):
        at = schedule.minutes(slot.start)
        if slot.item is None and not slot.is_closing and start <= at < end:
            total += max(length, 0)
    return total


def actual_lengths(meeting: Meeting) -> dict[str, int]:
    """Minutes each item taken up really took (by uid): to the next item taken up or the
    recorded end, less the planned breaks that fell in between. Items never taken up, and
    the last one while the meeting has no recorded end, are left out."""
    started = sorted(((schedule.minutes(i.started), i.uid) for i in meeting.items
                      if i.started is not None), key=lambda pair: pair[0])
    out: dict[str, int] = {}
    for index, (at, uid) in enumerate(started):
        if index + 1 < len(started):
            until = started[index + 1][0]
        elif meeting.finished is not None:
            until = schedule.minutes(meeting.finished)
        else:
            continue
        out[uid] = max(0, until - at - _breaks_between(meeting, at, until))
    return out


def behind(meeting: Meeting, current_uid: str | None, now: dt.time) -> int | None:
    """How many minutes the meeting runs behind its grid (negative: ahead) at ``now`` with
    ``current_uid`` in hand: its actual start (or now) against its planned start."""
    if current_uid is None:
        return None
    planned = planned_starts(meeting).get(current_uid)
    if planned is None:
        return None
    item = next((i for i in meeting.items if i.uid == current_uid), None)
    actual = item.started if item is not None and item.started is not None else now
    return schedule.minutes(actual) - schedule.minutes(planned)


def _hm(t: dt.time) -> str:
    return f"{t.hour}.{t.minute:02d}"


def clock_line(meeting: Meeting, now: dt.datetime, current_uid: str | None) -> str:
    """What the live pane says about the clock: before the meeting when it begins, during it
    how far behind or ahead, after the recorded end when it ended."""
    if now.date() < meeting.date or (now.date() == meeting.date and now.time() < meeting.start
                                     and not any(i.started for i in meeting.items)):
        when = f"kl. {_hm(meeting.start)}"
        return f"Mødet begynder {when}" if now.date() == meeting.date else (
            f"Mødet begynder {meeting.date.day}.{meeting.date.month}. {when}")
    if meeting.finished is not None:
        return f"Mødet sluttede kl. {_hm(meeting.finished)}"
    late = behind(meeting, current_uid, now.time())
    if late is None:
        return ""
    if late > 0:
        return f"{late} min. bagud"
    if late < 0:
        return f"{-late} min. foran"
    return "Til tiden"


@dataclass(frozen=True, slots=True)
class TimeUse:
    """A line of the "Tidsforbrug" table."""

    number: int
    title: str
    planned: int | None
    actual: int | None
    started: dt.time | None

    @property
    def difference(self) -> int | None:
        if self.planned is None or self.actual is None:
            return None
        return self.actual - self.planned


def time_use(meeting: Meeting) -> list[TimeUse]:
    """Planned against actual minutes of every item that was planned or taken up."""
    planned = planned_lengths(meeting)
    actual = actual_lengths(meeting)
    return [TimeUse(n, item.title, planned.get(item.uid), actual.get(item.uid), item.started)
            for n, item in enumerate(meeting.items, start=1)
            if item.uid in planned or item.started is not None]


# --- the grid that learns --------------------------------------------------------------------

_STOP = frozenset({
    "af", "og", "i", "til", "for", "på", "om", "med", "den", "det", "de", "en", "et", "som",
    "ved", "fra", "efter", "punkt", "sag", "status", "orientering", "drøftelse"})


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", title.casefold())
                     if len(w) > 2 and w not in _STOP and not w.isdigit())


def _similarity(a: AgendaItem, b: AgendaItem, standing: frozenset[str]) -> int:
    """0: not similar; 3: same case number; 2: same standing item; 1: most title words shared."""
    if a.case_no and b.case_no and a.case_no.strip() == b.case_no.strip():
        return 3
    ta, tb = a.title.strip().casefold(), b.title.strip().casefold()
    if ta == tb and ta in standing:
        return 2
    wa, wb = _title_words(a.title), _title_words(b.title)
    if wa and wb and len(wa & wb) * 2 >= max(len(wa), len(wb)) and len(wa & wb) >= 1:
        return 1
    return 0


@dataclass(frozen=True, slots=True)
class PastItem:
    """An item of a past meeting with what it was planned to take and what it took."""

    item: AgendaItem
    actual: int
    planned: int | None


def past_items(history: Iterable[Meeting]) -> list[PastItem]:
    """Every item of ``history`` that was taken up and has an actual length: what the grid
    learns from (worked out once, not for every item proposed)."""
    found = []
    for meeting in history:
        actual = actual_lengths(meeting)
        planned = planned_lengths(meeting)
        found += [PastItem(item, actual[item.uid], planned.get(item.uid))
                  for item in meeting.items if item.uid in actual]
    return found


@dataclass(frozen=True, slots=True)
class Learned:
    """A proposed length: what the most similar past items took (median), what they had been
    planned to take (median of those planned), and how many they were."""

    minutes: int
    planned: int | None
    count: int

    @property
    def text(self) -> str:
        """"foreslået 25 min. (planlagt 15)": as the grid and the plan show it beside a length."""
        planned = f" (planlagt {self.planned})" if self.planned is not None else ""
        return f"foreslået {self.minutes} min.{planned}"

    @property
    def explanation(self) -> str:
        """The whole sentence, for a tooltip."""
        times = "et tidligere møde" if self.count == 1 else f"{self.count} tidligere møder"
        planned = (f" var planlagt til {self.planned} min. og" if self.planned is not None else "")
        return f"Lignende punkter på {times}{planned} tog {self.minutes} min."


def learn(item: AgendaItem, past: Sequence[PastItem],
          standing: Sequence[StandingItem] = ()) -> Learned | None:
    """The proposed length of ``item`` from the most similar of ``past``, or ``None``."""
    keys = frozenset(s.title.strip().casefold() for s in standing)
    best = 0
    found: list[PastItem] = []
    for other in past:
        level = _similarity(item, other.item, keys)
        if level == 0 or level < best:
            continue
        if level > best:
            best, found = level, []
        found.append(other)
    if not found:
        return None
    planned = [f.planned for f in found if f.planned is not None]
    return Learned(round(statistics.median(f.actual for f in found)),
                   round(statistics.median(planned)) if planned else None, len(found))


def learned(items: Sequence[AgendaItem], past: Sequence[PastItem],
            standing: Sequence[StandingItem] = ()) -> dict[str, Learned]:
    """The proposal for each item (by uid) that has similar items in ``past``."""
    out: dict[str, Learned] = {}
    for item in items:
        found = learn(item, past, standing)
        if found is not None:
            out[item.uid] = found
    return out


def similar_length(item: AgendaItem, history: Iterable[Meeting],
                   standing: Sequence[StandingItem] = ()) -> int | None:
    """The median actual length of the most similar items of past meetings, or ``None``."""
    found = learn(item, past_items(history), standing)
    return None if found is None else found.minutes


def learned_lengths(items: Sequence[AgendaItem], history: Sequence[Meeting],
                    standing: Sequence[StandingItem] = ()) -> dict[str, int]:
    """The proposed length of each item (by uid) that has similar items in ``history``."""
    return {uid: found.minutes
            for uid, found in learned(items, past_items(history), standing).items()}


def plan_fit(titles: Sequence[str], history: Sequence[Meeting], standing: Sequence[StandingItem],
             available: int, default: int, fixed: int = 0) -> tuple[int, int] | None:
    """(minutes needed, minutes available) when the points ``titles`` and the standing items
    will not fit a meeting of ``available`` minutes by past figures (``default`` for a point
    without any, ``fixed`` for breaks); ``None`` when they fit."""
    items = [AgendaItem(s.title) for s in standing] + [AgendaItem(t) for t in titles]
    known = learned_lengths(items, history, standing)
    needed = fixed + sum(known.get(i.uid, default) for i in items)
    return (needed, available) if needed > available else None


def fit_warning(date: dt.date, needed: int, available: int) -> str:
    """The forward plan's warning: "Punkterne til 12.2. kræver ca. 290 min.; mødet har 240 min."."""
    return (f"Punkterne til {date.day}.{date.month}. kræver ca. {needed} min. efter tidligere "
            f"møder; mødet har {available} min.")

