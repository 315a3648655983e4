"""Board settings use cases: read and save where, when and with whom the board meets."""

from __future__ import annotations

from dirdesk.domain import danish
from dirdesk.domain.messages import Message, UserError
from dirdesk.domain.model import Board, Insert
from dirdesk.storage.database import Database
from dirdesk.storage.repository import BoardRepository


class BoardInvalid(UserError):
    """A board setting that cannot be saved; the message names the field."""

    def __init__(self, field: str, message: Message) -> None:
        super().__init__(message)
        self.field = field


def check_board(board: Board) -> None:
    """Raise ``BoardInvalid`` for the first setting a meeting could not be drafted from."""
    if not board.name.strip():
        raise BoardInvalid("name", Message("the board needs a name"))
    if not 0 <= board.weekday <= 6:
        raise BoardInvalid("weekday", Message("the weekday is not a weekday"))
    if not board.start < board.end:
        raise BoardInvalid("start", Message(
            "the meeting must start ({start}) before it ends ({end})",
            start=danish.grid_time(board.start), end=danish.grid_time(board.end)))
    for number, person in enumerate(board.members, 1):
        if not person.name.strip():
            raise BoardInvalid("members", Message("member {number} has no name", number=number))
    members = {p.name for p in board.members}
    for number, (member, what) in enumerate(board.interests, 1):
        if not member or not what:
            raise BoardInvalid("interests", Message(
                "interest register, line {number}: write the member's name, a colon and the "
                "interest (Jonas Kroustrup: Djurs Vand A/S)", number=number))
        if member not in members:
            raise BoardInvalid("interests", Message(
                "interest register, line {number}: {member} is not a member of the board",
                number=number, member=member))
    for number, item in enumerate(board.standing_items, 1):
        if not item.title.strip():
            raise BoardInvalid("standing_items", Message("standing item {number} has no title",
                                                         number=number))
        kinds = [s.kind for s in item.sections if isinstance(s, Insert)]
        if len(kinds) != len(set(kinds)):
            raise BoardInvalid("standing_items", Message(
                "standing item {number} ({title}) places an insert twice", number=number,
                title=item.title))


class BoardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, name: str) -> Board | None:
        with self.db.session() as s:
            return BoardRepository(s).get(name)

    def save(self, board: Board) -> Board:
        """Store the board's settings; meetings already made keep their own facts and people."""
        check_board(board)
        with self.db.session() as s:
            repo = BoardRepository(s)
            repo.save(board)
            s.flush()
            saved = repo.get(board.name)
        assert saved is not None
        return saved
