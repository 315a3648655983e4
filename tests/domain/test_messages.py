"""Messages from the layers below the window: one catalogue, worded in the reader's language."""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from dirdesk.catalogue import _danish_messages, danish
from dirdesk.domain.messages import ENGLISH, Decimal, Message, UserError

DANISH = danish()
TEMPLATES = sorted(_danish_messages())


def names(template: str) -> list[str]:
    return sorted({n.split("!")[0] for _, n, _, _ in string.Formatter().parse(template) if n})


values = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="{}"),
                 min_size=1, max_size=12)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_template_is_worded_in_both_languages_with_every_value_it_names(data: st.DataObject) -> None:
    template = data.draw(st.sampled_from(TEMPLATES))
    given_values = {name: data.draw(values) for name in names(template)}
    message = Message(template, **given_values)
    english, danish_text = message.text(ENGLISH), message.text(DANISH)
    assert english == template.format(**given_values) or "***" in english
    for name in names(_danish_messages()[template]):
        if "@" not in given_values[name] and "password" not in given_values[name].lower():
            assert given_values[name] in danish_text or repr(given_values[name]) in danish_text


def test_a_date_is_iso_in_english_and_in_words_in_danish() -> None:
    fault = UserError(Message("the meeting on {date} is held; it cannot move", date=dt.date(2026, 12, 9)))
    assert fault.text() == str(fault) == "the meeting on 2026-12-09 is held; it cannot move"
    assert fault.text(DANISH) == "Mødet onsdag den 9. december 2026 er afholdt og kan ikke flyttes."


def test_a_nested_reason_and_a_decimal_are_worded_in_the_same_language() -> None:
    message = Message("{source}: the file is {size} MB; a meeting file holds at most {limit} MB",
                      source="møde.json", size=Decimal(20.46), limit=20)
    assert message.text() == "møde.json: the file is 20.5 MB; a meeting file holds at most 20 MB"
    assert message.text(DANISH) == "møde.json: filen er 20,5 MB; en mødefil må højst fylde 20 MB"
    nested = Message("{target}: cannot write: {reason}", target="x.docx",
                     reason=Message("the disk is full"))
    assert nested.text(DANISH) == "x.docx: kan ikke skrive: disken er fuld"


def test_a_password_in_a_worded_message_is_hidden_in_both_languages() -> None:
    message = Message("{where}: cannot open the database: {detail}",
                      where="postgresql+psycopg://anne:hemmelig@server/dirdesk", detail="timeout")
    for language in (ENGLISH, DANISH):
        assert "hemmelig" not in message.text(language) and "anne:***@" in message.text(language)


def test_a_template_the_catalogue_lacks_is_shown_in_english_rather_than_lost() -> None:
    assert Message("not in the catalogue: {x}", x=1).text(DANISH) == "not in the catalogue: 1"
