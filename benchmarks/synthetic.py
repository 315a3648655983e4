"""A synthetic board database for the benchmarks: ten years of weekly meetings in Danish.

Sentences, titles, decisions and attachments come from the reference meetings in
``tests/fixtures``; each item gets a topic from a list of municipal subjects whose words are
mixed into its texts, so that a search finds some words everywhere and others in a few items.
The file is built in a few big transactions through the repositories and cached under
``.bench/``, named by ``GENERATOR_VERSION`` and the size: change the generator, bump it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dirdesk.domain.interchange import read_meeting  # noqa: E402
from dirdesk.domain.model import (  # noqa: E402
    AgendaItem,
    Attachment,
    ForwardPlanSnapshot,
    Insert,
    InsertKind,
    Meeting,
    MeetingStatus,
    PlanRow,
    ScheduleSlot,
    Section,
)
from dirdesk.services.demo import BOARD  # noqa: E402
from dirdesk.storage.database import Database  # noqa: E402
from dirdesk.storage.repository import BoardRepository, MeetingRepository  # noqa: E402

GENERATOR_VERSION = 1
CACHE = Path(os.environ.get("DIRDESK_BENCH_CACHE") or ROOT / ".bench")
LAST_DATE = dt.date(2026, 11, 18)  # a Wednesday; the newest meeting, the one the window opens
LARGEST_ITEMS = 40
LARGEST_GRID_ROWS = 30
RARE_WORD = "vejbelysningsstrategi"  # in about one item in 400

TOPICS = (
    ("Budgetopfølgning", "budgetopfølgning forbrug mindreforbrug merforbrug prognose regnskab"),
    ("Udmøntningsplan", "udmøntningsplan råderum effektivisering indsatser implementering"),
    ("Sygefravær", "sygefravær fraværssamtaler trivsel arbejdsmiljø fastholdelse"),
    ("Skoleområdet", "skolestruktur folkeskole elevtal klassedannelse inklusion"),
    ("Ældreområdet", "ældrepleje hjemmepleje plejecentre visitation rehabilitering"),
    ("Beredskab", "beredskab kriseledelse øvelse forsyningssikkerhed"),
    ("Klimaplan", "klimaplan CO2 energirenovering solceller klimatilpasning"),
    ("Digitalisering", "digitalisering IT-sikkerhed kunstig intelligens selvbetjening"),
    ("Rekruttering", "rekruttering arbejdskraft lønstrategi praktikanter elever"),
    ("Bygninger", "ejendomsanalyse kvadratmeter vedligehold bygningsmasse udbud"),
    ("Sundhedsreform", "sundhedsreform sundhedsråd forebyggelse almen praksis"),
    ("Beskæftigelse", "beskæftigelse jobcenter ledighed integration uddannelseshjælp"),
    ("Børn og unge", "dagtilbud daginstitutioner pasningsgaranti socialtilsyn anbringelser"),
    ("Planstrategi", "planstrategi kommuneplan lokalplan byudvikling landdistrikter"),
    ("Kommunikation", "kommunikation presse borgerinddragelse hjemmeside nyhedsbrev"),
    ("Trafik", "kollektiv trafik busruter vejvedligehold cykelstier trafiksikkerhed"),
    ("Kultur og fritid", "bibliotek kulturhus foreningsliv idrætsfaciliteter frivillighed"),
    ("Forsyning", "affaldssortering genbrugsplads vandforsyning spildevand"),
)
PEOPLE = ("Fællesforvaltningsdirektør Kim Bruun Nielsen", "Velfærdsdirektør Lene Mehlsen Thomsen",
          "Kommunaldirektør Jonas Kroustrup", "økonomichef Søren Dahl", "HR-chef Mette Æbelø",
          "specialkonsulent Vicki Nygaard", "planchef Åse Møller")
HEADINGS = ("Sagsgang", "Baggrund", "Sagsfremstilling", "Økonomiske konsekvenser", "Indstilling")
DECISIONS = ("Direktionen godkendte indstillingen.", "Sagen udsættes til et senere møde.",
             "Direktionen drøftede sagen og tog orienteringen til efterretning.",
             "Indstillingen blev godkendt med de bemærkninger, der kom på mødet.")


def _corpus() -> tuple[list[str], list[str], list[str]]:
    """Sentences, item titles and attachment titles of the reference meetings."""
    sentences: list[str] = []
    titles: list[str] = []
    attachments: list[str] = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("direktionen-*.json")):
        meeting = read_meeting(path.read_bytes())
        for item in meeting.items:
            titles.append(item.title)
            texts = [s.text for s in item.sections if isinstance(s, Section)]
            texts += [item.decision or ""]
            for text in texts:
                for line in text.splitlines():
                    line = line.strip().lstrip("-*0123456789.) ").strip()
                    sentences += [s for s in re.split(r"(?<=[.!?])\s+", line) if len(s) > 25]
            attachments += [a.title for a in item.attachments if a.title]
    return sentences, titles, attachments


class Writer:
    """Danish texts of realistic length, varied by topic so that words differ between items."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sentences, self.titles, self.attachments = _corpus()

    def _topic_sentence(self, words: list[str]) -> str:
        a, b = self.rng.sample(words, 2)
        return self.rng.choice((
            f"Arbejdet med {a} skal ses i sammenhæng med {b}.",
            f"Direktionen ønsker en status på {a} og de næste skridt for {b}.",
            f"Der er særligt fokus på {a}, herunder {b} i de kommende måneder.",
            f"{self.rng.choice(PEOPLE)} orienterer om {a}.",
            f"Forvaltningen har udarbejdet et notat om {a} og {b}.",
        ))

    def paragraph(self, words: list[str], rare: bool = False) -> str:
        parts = self.rng.sample(self.sentences, self.rng.randint(2, 4))
        parts += [self._topic_sentence(words) for _ in range(self.rng.randint(1, 3))]
        if rare:
            parts.append(f"Forslaget til {RARE_WORD} forelægges særskilt.")
        self.rng.shuffle(parts)
        return " ".join(parts)

    def item(self, number: int, year: int) -> AgendaItem:
        rng = self.rng
        topic, vocabulary = rng.choice(TOPICS)
        words = vocabulary.split()
        rare = rng.random() < 1 / 400
        route = rng.choice(("DIR", "DIR/KCL", "DIR, ØK, KB"))
        sections: list[Section | Insert] = [Section("Sagsgang", route)]
        for heading in rng.sample(HEADINGS[1:4], rng.randint(1, 3)):
            body = "\n\n".join(self.paragraph(words, rare and heading == "Baggrund")
                               for _ in range(rng.randint(1, 3)))
            if rng.random() < 0.3:
                body += "\n\n" + "\n".join(f"- {self._topic_sentence(words)}" for _ in range(3))
            sections.append(Section(heading, body))
        sections.append(Section("Indstilling", f"Det indstilles, at direktionen drøfter {words[0]}."))
        attachments = tuple(
            Attachment(rng.choice(self.attachments) if rng.random() < 0.5
                       else f"Notat om {rng.choice(words)}",
                       closed=rng.random() < 0.1, doc_no=f"{rng.randint(10000, 130000)}/{year % 100:02d}")
            for _ in range(rng.choice((0, 1, 1, 2, 3))))
        decision = None
        if rng.random() < 0.85:
            decision = rng.choice(DECISIONS) + "\n\n" + self.paragraph(words)
        title = rng.choice(self.titles) if rng.random() < 0.3 else f"{topic}: {rng.choice(words)} {year}"
        return AgendaItem(title=title, closed=rng.random() < 0.05, journal_no="00.30.10.S00",
                          case_no=f"{year % 100:02d}/{rng.randint(1000, 19999)}", sections=tuple(sections),
                          attachments=attachments, decision=decision)

    def meeting(self, date: dt.date, items: int, grid_rows: int, status: MeetingStatus) -> Meeting:
        agenda = tuple(self.item(n, date.year) for n in range(1, items + 1))
        if items > 1:  # the second item prints the grid, as in the reference meetings
            second = dataclasses.replace(
                agenda[1], sections=agenda[1].sections + (Insert(InsertKind.SCHEDULE),))
            agenda = (agenda[0], second, *agenda[2:])
        step = max(1, 240 // max(grid_rows, 1))
        slots = [ScheduleSlot(dt.time(9 + (i * step) // 60, (i * step) % 60),
                              agenda[i % len(agenda)].title if agenda else "Punkt",
                              self.paragraph(["direktionen", "behandlingen"])[:200] if i % 3 == 0 else None,
                              item=(i % len(agenda)) + 1 if agenda else None)
                 for i in range(grid_rows - 1)]
        slots.append(ScheduleSlot(dt.time(13, 0), "Mødet afsluttes"))
        plan = ForwardPlanSnapshot(rows=tuple(
            PlanRow(date + dt.timedelta(weeks=w),
                    points=tuple(self.rng.choice(self.titles) for _ in range(w % 3)))
            for w in range(1, 4)), undated=("Regeringens lovprogram",))
        return Meeting(board=BOARD.name, date=date, start=BOARD.start, end=BOARD.end, location=BOARD.location,
                       members=BOARD.members, items=agenda, schedule=tuple(slots), forward_plan=plan,
                       status=status)


def plan_dates(meetings: int) -> list[dt.date]:
    """Weekly Wednesdays back from ``LAST_DATE``, with the summer and Christmas weeks left out."""
    dates: list[dt.date] = []
    day = LAST_DATE
    while len(dates) < meetings:
        if not (day.month == 7 or (day.month == 12 and day.day > 20) or (day.month == 1 and day.day < 4)):
            dates.append(day)
        day -= dt.timedelta(weeks=1)
    return sorted(dates)


def build(path: Path, meetings: int, items: int, seed: int = 7) -> dict[str, int]:
    """Write the database to ``path``: ``meetings`` meetings holding about ``items`` items in all."""
    writer = Writer(seed)
    dates = plan_dates(meetings)
    per_meeting = (items - LARGEST_ITEMS) / max(1, len(dates) - 1)
    url = f"sqlite:///{path}"
    counts = {"meetings": 0, "items": 0, "decisions": 0, "attachments": 0}
    with Database(url) as db:
        with db.session() as session:
            BoardRepository(session).save(BOARD)
        batch = 100
        for start in range(0, len(dates), batch):
            with db.session() as session:
                repo = MeetingRepository(session)
                for date in dates[start:start + batch]:
                    latest = date == dates[-1]
                    n = LARGEST_ITEMS if latest else max(3, round(per_meeting + writer.rng.randint(-6, 6)))
                    meeting = writer.meeting(
                        date, n, LARGEST_GRID_ROWS if latest else writer.rng.randint(4, 12),
                        MeetingStatus.HELD if latest else MeetingStatus.MINUTES_SIGNED)
                    repo.save(meeting)
                    counts["meetings"] += 1
                    counts["items"] += len(meeting.items)
                    counts["decisions"] += sum(1 for i in meeting.items if i.decision)
                    counts["attachments"] += sum(len(i.attachments) for i in meeting.items)
    return counts


def cached_database(meetings: int = 500, items: int = 8000, *, quiet: bool = False) -> Path:
    """The cached database file of that size, built first if it is not there."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"board-v{GENERATOR_VERSION}-{meetings}m-{items}i.sqlite3"
    if path.exists():
        return path
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    for stale in CACHE.glob(partial.name + "*"):
        stale.unlink()
    counts = build(partial, meetings, items)
    # Checkpoint the WAL into the file before it is moved: the copy must be complete alone.
    import sqlite3

    connection = sqlite3.connect(partial)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    shutil.move(partial, path)
    if not quiet:
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{v} {k}" for k, v in counts.items()), file=sys.stderr)
    return path


if __name__ == "__main__":
    print(cached_database())
