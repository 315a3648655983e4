"""The board settings' tab for the meeting as it runs: known staff, the interest register,
the standard decisions offered with one key in the live minutes."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from dirdesk.domain.model import Board, Guest, Person
from dirdesk.gui.editing.spelling import spelling


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


class BoardRunsTab(QWidget):
    """One person per line ("Karen Meisner (Stabschef)"), one interest per line ("Jonas
    Kroustrup: Djurs Vand A/S"), one standard decision per line."""

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = QPlainTextEdit(self)
        self.staff.setObjectName("boardStaff")
        self.staff.setPlainText("\n".join(
            Guest(p.name, p.title or "").display for p in board.staff))
        self.interests = QPlainTextEdit(self)
        self.interests.setObjectName("boardInterests")
        self.interests.setPlainText("\n".join(f"{m}: {t}" for m, t in board.interests))
        self.phrases = QPlainTextEdit(self)
        self.phrases.setObjectName("boardPhrases")
        self.phrases.setPlainText("\n".join(board.phrases))
        for edit in (self.staff, self.interests, self.phrases):
            edit.setTabChangesFocus(True)
        spelling().attach(self.phrases)  # the standard decisions are prose; the others names
        form = QFormLayout(self)
        for text, edit, hint in (
                (self.tr("&Staff (follow-ups, guests):"), self.staff,
                 self.tr("One per line: Name (Title)")),
                (self.tr("&Interest register:"), self.interests,
                 self.tr("One per line: Member's name: company, organisation or relation")),
                (self.tr("Standard &decisions:"), self.phrases,
                 self.tr("One per line; Alt+1, Alt+2 … in the live minutes"))):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", QLabel(hint, self))

    def apply(self, board: Board) -> Board:
        staff = tuple(Person(g.name or g.role, g.role or None) if g.name else Person(g.role)
                      for g in map(Guest.parse, _lines(self.staff.toPlainText())))
        # The member as the board spells them ("jonas kroustrup" is Jonas Kroustrup); a line
        # that names nobody, or lacks the colon, is kept as typed for the check to refuse.
        names = {p.name.casefold(): p.name for p in board.members}
        interests = []
        for line in _lines(self.interests.toPlainText()):
            member, colon, what = line.partition(":")
            member = " ".join(member.split())
            interests.append((names.get(member.casefold(), member), what.strip()) if colon
                             else ("", line))
        phrases = tuple(_lines(self.phrases.toPlainText()))
        return dataclasses.replace(board, staff=staff, interests=tuple(interests),
                                   phrases=phrases or board.phrases)


