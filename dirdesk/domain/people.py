"""One person, one name: "Lene Mehlsen" and "Velfærdsdirektør Lene Mehlsen Thomsen" are the same."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dirdesk.domain.model import Person


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def same_person(name: str, person: Person) -> bool:
    """Whether ``name`` (perhaps with a title, perhaps without a middle or last name) names
    ``person``: its first name is theirs and its other name words are theirs, in order."""
    words = _words(name)
    title = _words(person.title or "")
    if words[:len(title)] == title and len(words) > len(title):
        words = words[len(title):]
    own = _words(person.name)
    if not words or not own or words[0] != own[0] or len(words) < 2 <= len(own):
        return False
    return _in_order(words, own) or _in_order(own, words)


def canonical_owner(name: str, people: Sequence[Person]) -> str:
    """The known person ``name`` stands for, as "Title Full Name"; ``name`` itself when it
    names no one, or several."""
    found = [p for p in people if same_person(name, p)]
    if len(found) != 1:
        return name
    return found[0].display
