"""Meetings built in Python for the export tests: a small full one, one with closed markers, a big one."""

from __future__ import annotations

import datetime as dt

from dirdesk.domain.model import (
    AgendaItem,
    Attachment,
    ForwardPlanSnapshot,
    Insert,
    InsertKind,
    Meeting,
    Person,
    PlanRow,
    ScheduleSlot,
    Section,
)

MEMBERS = (
    Person("Jonas Kroustrup", "Kommunaldirektør"),
    Person("Lene Mehlsen Thomsen", "Velfærdsdirektør"),
    Person("Kim Bruun Nielsen", "Fællesforvaltningsdirektør"),
)

# Every closed field of ``closed_meeting`` holds one of these; none may reach a published file.
# They are plain ASCII words so that no XML escaping or compression hides them from a search.
CLOSED_MARKERS = (
    "ZZJOURNALMARK", "ZZCASEMARK", "ZZHEADINGMARK", "ZZTEXTMARK", "ZZBOLDMARK",
    "ZZLISTMARK", "ZZDECISIONMARK", "ZZITEMATTTITLEMARK", "ZZITEMATTDOCMARK",
    "ZZATTTITLEMARK", "ZZATTDOCMARK", "ZZSLOTTITLEMARK", "ZZSLOTTEXTMARK",
)


def small_meeting() -> Meeting:
    """Everything the documents print, with Danish letters and pasted control characters."""
    return Meeting(
        board="Direktionen",
        date=dt.date(2024, 11, 13),
        start=dt.time(9, 0),
        end=dt.time(13, 0),
        location="Mødelokale 250, rådhuset",
        members=MEMBERS,
        absent=(Person("Kim Bruun Nielsen", "Fællesforvaltningsdirektør"),),
        items=(
            AgendaItem(
                title="Beslutningsprotokoller og dagsordener",
                sections=(
                    Section("Sagsgang", "DIR"),
                    Section("Sagsfremstilling",
                            "Rul november: ØK d. 12/11 2024, KB d. 19/11 2024\n\n"
                            "Følgende **politiske** udvalgsmøder er *blevet* afholdt:\n\n"
                            "- Gruppeformandsmøde d. 12. november\n"
                            "- Kommende politiske møder:\n"
                            "  - Arbejdsmarkedsudvalgsmøde d. 20. november\n"
                            "    - Tredje niveau ærø\n"
                            "- Økonomiudvalgsmøde d. 12. november\n\n"
                            "Tekst fra e-mail\x0cmed sideskift\x07 og klokke\x00.\n\n"
                            "1) Første punkt\n2) Andet punkt\n\nMellemtekst\n\n"
                            "3) Tredje punkt\n\n1. Ny liste\n   1. indrykket\n2. Anden"),
                    Section("Indstilling", "Det indstilles, at punkterne behandles."),
                ),
                attachments=(Attachment("Kønsidentitet - kommissorium", doc_no="21037/25"),),
                decision="Punkterne blev behandlet.\n\n- Velfærdsdirektør Lene Mehlsen følger op.",
            ),
            AgendaItem(
                title="Sager til behandling og tidsplan",
                sections=(Section("Sagsfremstilling", "Direktionen har følgende punkter til behandling:"),
                          Insert(InsertKind.SCHEDULE),
                          Section("Indstilling", "Det indstilles, at punkterne behandles.")),
            ),
            AgendaItem(
                title="Udmøntningsplan 2025-2028",
                journal_no="00.30.10.S00", case_no="24/7615",
                sections=(Section("Baggrund", "Udmøntningsplanen blev drøftet."),),
                attachments=(Attachment("Udmøntningsplan", doc_no="20408/25"),
                             Attachment("Fortroligt notat", closed=True, doc_no="99999/25")),
                decision="Sagen udsættes til et senere møde",
            ),
            AgendaItem(
                title="Gennemgang af portefølje og tre næstkommende møder",
                sections=(Section("Sagsgang", "DIR"), Insert(InsertKind.FORWARD_PLAN),
                          Section("", "Årsplan med øvrige kommende punkter medbringes på mødet."),
                          Insert(InsertKind.UNDATED)),
            ),
        ),
        schedule=(
            ScheduleSlot(dt.time(9, 0), "Beslutningsprotokoller og dagsordener",
                         "Borgmester deltager under behandlingen", item=1),
            ScheduleSlot(dt.time(10, 30), "Udmøntningsplan 2025-2028", item=3),
            ScheduleSlot(dt.time(11, 0), "Pause"),
            ScheduleSlot(dt.time(13, 0), "Mødet afsluttes"),
        ),
        forward_plan=ForwardPlanSnapshot(
            rows=(
                PlanRow(dt.date(2025, 2, 5), note="Kim Bruun Nielsen deltager ikke på mødet.",
                        points=("Ny model for sygefravær 1-3-10", "Drøftelse af centralt budget")),
                PlanRow(dt.date(2025, 2, 12), note="Vinterferie", cancelled=True),
                PlanRow(None, note="Jule- og nytårslukket"),
                PlanRow(dt.date(2025, 6, 11), points=("Status og program for:\n- Direktionseminar\n- KB seminar",)),
            ),
            undated=("Regeringens lovprogram. Direktionen drøfter regeringens lovprogram.",),
        ),
    )


def closed_meeting() -> Meeting:
    """A meeting whose closed item, closed attachment and linked grid row hold the markers."""
    base = small_meeting()
    closed_item = AgendaItem(
        title="Personalesag",
        closed=True,
        journal_no="ZZJOURNALMARK",
        case_no="ZZCASEMARK",
        sections=(
            Section("ZZHEADINGMARK", "Tekst ZZTEXTMARK med **ZZBOLDMARK**.\n\n- ZZLISTMARK"),
            Insert(InsertKind.SCHEDULE),
        ),
        attachments=(Attachment("ZZITEMATTTITLEMARK", doc_no="ZZITEMATTDOCMARK"),),
        decision="ZZDECISIONMARK blev besluttet.",
    )
    items = list(base.items)
    items[2] = AgendaItem(
        title=items[2].title, journal_no=items[2].journal_no, case_no=items[2].case_no,
        sections=items[2].sections, decision=items[2].decision,
        attachments=(Attachment("Udmøntningsplan", doc_no="20408/25"),
                     Attachment("ZZATTTITLEMARK", closed=True, doc_no="ZZATTDOCMARK")),
    )
    items.insert(2, closed_item)  # item 3; the grid row below links to it
    schedule = (
        *base.schedule[:2],
        ScheduleSlot(dt.time(10, 45), "ZZSLOTTITLEMARK", "ZZSLOTTEXTMARK deltager.", item=3),
        *base.schedule[2:],
    )
    return Meeting(**{**{f: getattr(base, f) for f in base.__dataclass_fields__},
                      "items": tuple(items), "schedule": schedule})


def big_meeting(item_count: int = 40) -> Meeting:
    """A synthetic meeting of ``item_count`` items for the benchmark."""
    paragraph = ("Direktionen drøfter planlægningen og afviklingen med henblik på at justere og "
                 "komme med input til retningen for fremtidige arrangementer. ") * 3
    items = []
    for n in range(1, item_count + 1):
        items.append(AgendaItem(
            title=f"Punkt nummer {n} om økonomi og styring",
            journal_no="00.30.10.S00", case_no=f"24/{7000 + n}",
            closed=n % 7 == 0,
            sections=(
                Section("Sagsansvarlig", "Fællesforvaltningsdirektør Kim Bruun"),
                Section("Baggrund", f"{paragraph}\n\n{paragraph}"),
                Section("Sagsfremstilling", f"{paragraph}\n\n- Første punkt\n- Andet punkt\n"
                                            "  - Underpunkt\n\n1) Et\n2) To\n\n" + paragraph),
                Section("Indstilling", "Det indstilles, at punktet drøftes."),
                *((Insert(InsertKind.SCHEDULE),) if n == 2 else ()),
                *((Insert(InsertKind.FORWARD_PLAN), Insert(InsertKind.UNDATED)) if n == item_count else ()),
            ),
            attachments=tuple(Attachment(f"Bilag {k} til punkt {n}", closed=k == 3, doc_no=f"{100000 + k}/24")
                              for k in range(1, 4)),
            decision=f"Direktionen besluttede punkt {n}.\n\n{paragraph}",
        ))
    schedule = tuple(ScheduleSlot(dt.time(9 + i // 4, (i % 4) * 15), f"Punkt {i + 1}",
                                  "Borgmester deltager under behandlingen.", item=i + 1)
                     for i in range(min(item_count, 16)))
    rows = tuple(PlanRow(dt.date(2025, 1, 1) + dt.timedelta(weeks=w),
                         points=tuple(f"Punkt {p} til mødet" for p in range(w % 4)))
                 for w in range(26))
    return Meeting(board="Direktionen", date=dt.date(2024, 11, 13), start=dt.time(9, 0),
                   end=dt.time(13, 0), location="Mødelokale 250, rådhuset", members=MEMBERS,
                   items=tuple(items), schedule=schedule,
                   forward_plan=ForwardPlanSnapshot(rows=rows, undated=("Regeringens lovprogram",)))
