"""Closed content, property-based: generated meetings, a unique marker in every closed field.

``test_closed.py`` checks one hand-made meeting; here Hypothesis builds meetings with random
items (some closed), sections (Markdown shapes, inserts), attachments (some closed), a grid
(rows linked to open and closed items, and unlinked ones) and a forward plan, and puts a
unique marker in every field the published version must not show:

- of a closed item: journal and case number, every section heading and text, the decision,
  every attachment's title and document number (its title is public: number, title and
  "Lukket sag" are printed);
- a closed attachment of an open item: its title and document number;
- a grid row linked to a closed item: the row's own title and text.

Every document kind is exported published and internal; every part of the .docx (document,
headers, footers, properties, settings, styles, numbering, everything in the zip) is searched,
as raw bytes and as text with the XML tags removed (Word may split a word over several runs).
No marker may be in a published file; every marker must be in the internal one (decisions in
the REFERAT only: the DAGSORDEN prints none).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from dirdesk.export import DocumentKind, render_bytes

MEETINGS = 80
MARK = re.compile(rb"ZQ\d{5}QZ")

# Public text: no capital letters or digits, so it can never spell a marker.
public_text = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå ,.-", min_size=1, max_size=30).map(
    lambda s: s.strip(" ") or "tekst")
# How a closed text may hold its marker: plain, inline Markdown, lists, line breaks, paragraphs.
SHAPES = ["{m}", "Tekst om {m} i sagen.", "**{m}**", "*{m}* og mere", "- {m}\n- andet punkt",
          "1) første\n2) {m}", "- a\n  - {m}", "afsnit\n\n{m}", "linje\nog {m}", "# {m}",
          "a. {m}", "{m}\t{m}"]


@dataclass
class Generated:
    meeting: Meeting
    markers: list[str]  # every marker placed
    decision_markers: list[str]  # those in decisions: not printed in a DAGSORDEN


@st.composite
def meetings(draw: st.DrawFn) -> Generated:
    counter = iter(range(100_000))
    markers: list[str] = []
    decisions: list[str] = []

    def marker() -> str:
        m = f"ZQ{next(counter):05d}QZ"
        markers.append(m)
        return m

    def closed_text() -> str:
        return draw(st.sampled_from(SHAPES)).format(m=marker())

    n_items = draw(st.integers(1, 7))
    closed_flags = draw(st.lists(st.booleans(), min_size=n_items, max_size=n_items))
    if not any(closed_flags):
        closed_flags[draw(st.integers(0, n_items - 1))] = True
    # The grid prints where an insert asks for it: in an open item, so the published file has it.
    open_items = [n for n, closed in enumerate(closed_flags) if not closed]
    schedule_holder = draw(st.sampled_from(open_items or [0]))
    items = []
    for n, closed in enumerate(closed_flags):
        inserts = [Insert(k) for k in draw(st.lists(st.sampled_from(list(InsertKind)),
                                                    max_size=2, unique=True))]
        if n == schedule_holder:
            inserts.append(Insert(InsertKind.SCHEDULE))
        if closed:
            sections: list[Section | Insert] = [
                Section(marker() if draw(st.booleans()) else "", closed_text())
                for _ in range(draw(st.integers(1, 3)))]
            attachments = tuple(
                Attachment(marker(), closed=draw(st.booleans()), doc_no=marker())
                for _ in range(draw(st.integers(0, 3))))
            decision = None
            if draw(st.booleans()):
                decision = closed_text()
                decisions.extend(m.decode() for m in MARK.findall(decision.encode()))
            item = AgendaItem(
                title=draw(public_text), closed=True,
                journal_no=marker() if draw(st.booleans()) else None,
                case_no=marker() if draw(st.booleans()) else None,
                sections=tuple(sections + inserts), attachments=attachments, decision=decision)
        else:
            attachments = tuple(
                Attachment(marker(), closed=True, doc_no=marker()) if draw(st.booleans())
                else Attachment(draw(public_text), doc_no=draw(st.sampled_from([None, "1234/25"])))
                for _ in range(draw(st.integers(0, 3))))
            item = AgendaItem(
                title=draw(public_text),
                journal_no=draw(st.sampled_from([None, "00.30.10.S00"])),
                sections=(Section("Sagsfremstilling", draw(public_text)), *inserts),
                attachments=attachments,
                decision=draw(st.one_of(st.none(), public_text)))
        items.append(item)
    slots = []
    for i in range(draw(st.integers(0, 6))):
        linked = draw(st.one_of(st.none(), st.integers(1, n_items)))
        start = dt.time(9 + i, draw(st.sampled_from([0, 15, 30, 45])))
        if linked is not None and closed_flags[linked - 1]:
            text = f"{marker()} deltager" if draw(st.booleans()) else None
            slots.append(ScheduleSlot(start, marker(), text, item=linked))
        else:
            slots.append(ScheduleSlot(start, draw(public_text), draw(st.one_of(st.none(), public_text)),
                                      item=linked))
    plan = None
    if draw(st.booleans()):
        plan = ForwardPlanSnapshot(
            rows=(PlanRow(dt.date(2025, 2, 5), points=(draw(public_text),)),
                  PlanRow(None, note="Jule- og nytårslukket")),
            undated=(draw(public_text),))
    meeting = Meeting(board="Direktionen", date=dt.date(2025, 1, 29), start=dt.time(9, 0),
                      end=dt.time(15, 0), location="Mødelokale 250, rådhuset",
                      members=(Person("Jonas Kroustrup", "Kommunaldirektør"),),
                      items=tuple(items), schedule=tuple(slots), forward_plan=plan)
    return Generated(meeting, markers, decisions)


_TAG = re.compile(rb"<[^>]*>")


def found_markers(docx: bytes) -> dict[str, set[str]]:
    """Markers in each part of the .docx: in its raw bytes or in its text without XML tags."""
    found: dict[str, set[str]] = {}
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        for name in archive.namelist():
            raw = archive.read(name)
            hits = {m.decode() for m in MARK.findall(raw) + MARK.findall(_TAG.sub(b"", raw))}
            if hits:
                found[name] = hits
    return found


@settings(max_examples=MEETINGS, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(generated=meetings())
def test_no_closed_marker_in_any_published_part_and_all_in_the_internal(generated: Generated) -> None:
    assert generated.markers
    for kind in DocumentKind:
        published = render_bytes(generated.meeting, kind)
        with zipfile.ZipFile(io.BytesIO(published)) as archive:
            names = archive.namelist()
        # The body, every header and footer, the properties and settings are among the parts.
        assert {"word/document.xml", "docProps/core.xml", "word/settings.xml"} <= set(names)
        assert any(n.startswith("word/header") for n in names)
        assert any(n.startswith("word/footer") for n in names)
        assert found_markers(published) == {}, kind
        internal = render_bytes(generated.meeting, kind, internal=True)
        everywhere = set().union(*found_markers(internal).values()) if found_markers(internal) else set()
        expected = set(generated.markers)
        if kind is DocumentKind.DAGSORDEN:
            expected -= set(generated.decision_markers)
        assert expected - everywhere == set(), kind


def test_the_search_finds_a_marker_split_over_runs() -> None:
    """The search is not blind: a marker split by Word into two runs is still found."""
    import docx as python_docx

    document = python_docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("ZQ000")
    paragraph.add_run("07QZ").bold = True
    document.core_properties.keywords = "ZQ00008QZ"
    buffer = io.BytesIO()
    document.save(buffer)
    found = found_markers(buffer.getvalue())
    assert found["word/document.xml"] == {"ZQ00007QZ"}
    assert found["docProps/core.xml"] == {"ZQ00008QZ"}
