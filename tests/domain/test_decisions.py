"""Postponements and follow-ups read off real decision texts of the board."""

from __future__ import annotations

import datetime as dt

import pytest

from dirdesk.domain.decisions import CarryOver, FollowUp, follow_ups, postponement

D = dt.date


@pytest.mark.parametrize(("text", "kind", "date"), [
    ("Sagen udsættes til et senere møde", CarryOver.UNDATED, None),
    ("- Lukket HR-punkt, materiale sendes per mail.\n\nPunktet blev udskudt til næste møde.",
     CarryOver.NEXT_MEETING, None),
    ("Der skal nedsættes en taskforce.\n\nPunktet bringes på mødet i direktionen den 20. november.",
     CarryOver.ON_DATE, D(2024, 11, 20)),
    ("Punktet behandles den 8. januar", CarryOver.ON_DATE, D(2025, 1, 8)),
])
def test_postponements(text: str, kind: CarryOver, date: dt.date | None) -> None:
    found = postponement(text, D(2024, 11, 13))
    assert found is not None and found.kind is kind and found.date == date


@pytest.mark.parametrize("text", [
    "Direktionen gav retning for kommunikation af de strategiske indsatser i 2025.",
    "Opgaven omkring 72-timers beredskab behandles på møde i direktionen i december 2024.",
    "",
])
def test_no_postponement(text: str) -> None:
    assert postponement(text, D(2024, 11, 13)) is None


def test_follow_ups_with_their_task() -> None:
    text = ("Fra møde i KKR var der en opmærksomhed på, at justeringer i takster skal behandles i "
            "relevante kommunale fagudvalg. Velfærdsdirektør Lene Mehlsen følger op.\n\n"
            "Der skal laves en oversigt over tidligere dokumenter. Ledelsessekretariatet følger op i "
            "samarbejde med Beredskabsgruppen.")
    assert follow_ups(text) == [
        FollowUp("Velfærdsdirektør Lene Mehlsen",
                 "Fra møde i KKR var der en opmærksomhed på, at justeringer i takster skal "
                 "behandles i relevante kommunale fagudvalg"),
        FollowUp("Ledelsessekretariatet",
                 "Der skal laves en oversigt over tidligere dokumenter (i samarbejde med "
                 "Beredskabsgruppen)"),
    ]


def test_a_follow_up_in_a_clause_of_its_own_names_that_clause_s_subject() -> None:
    """The owner is whoever the clause names, not the whole sentence before "følger op"."""
    found = follow_ups("Direktionen besluttede at sende sagen til høring i fagudvalgene, og "
                       "økonomichefen følger op på budgettet før næste møde.")
    assert [(f.owner, f.task) for f in found] == [
        ("Økonomichefen", "Direktionen besluttede at sende sagen til høring i fagudvalgene "
                          "(på budgettet før næste møde)")]
    assert [f.owner for f in follow_ups("Planen godkendes; HR følger op.")] == ["HR"]
    # A comma or an "og" inside the owner is theirs: a title, or two people who both follow up.
    assert [f.owner for f in follow_ups(
        "Direktør for Teknik, Miljø og Klima Jens Hansen følger op.")] == [
        "Direktør for Teknik, Miljø og Klima Jens Hansen"]
    assert [f.owner for f in follow_ups("Lene Mehlsen og Bettina Andersen følger op.")] == [
        "Lene Mehlsen og Bettina Andersen"]
