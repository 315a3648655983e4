"""Undoable edits: each calls services through the open meeting or the plan, never widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from dirdesk.domain.forward_plan import PlannedPoint
from dirdesk.domain.model import Meeting

if TYPE_CHECKING:
    from dirdesk.gui.context import AppContext
    from dirdesk.gui.editing.document import OpenMeeting


class EditMeeting(QUndoCommand):
    """Any structural edit of the open meeting: the meeting before and after it.

    Edits with the same ``merge_key`` in a row (typing into one field) become one undo step.
    """

    MERGE_ID = 4711

    def __init__(self, document: OpenMeeting, before: Meeting, after: Meeting, text: str,
                 initiator: object = None, merge_key: str | None = None) -> None:
        super().__init__(text)
        self.document, self.before, self.after = document, before, after
        self.initiator = initiator
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditMeeting) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if not self.document.replace(self.after, self.initiator):
            self.setObsolete(True)  # not applied: the undo stack drops it

    def undo(self) -> None:
        if not self.document.replace(self.before, self.initiator):
            self.setObsolete(True)


class PlanEdit(QUndoCommand):
    """An edit of the forward plan as a pair of actions on the plan service."""

    def __init__(self, ctx: AppContext, text: str, do: Callable[[], None],
                 undo: Callable[[], None], initiator: object = None) -> None:
        super().__init__(text)
        self.ctx, self._do, self._undo, self.initiator = ctx, do, undo, initiator

    def redo(self) -> None:
        self._do()
        self.ctx.signals.plan_changed.emit(self.initiator)

    def undo(self) -> None:
        self._undo()
        self.ctx.signals.plan_changed.emit(self.initiator)


class AddPoint(QUndoCommand):
    """A new planned point; undo removes it, redo brings it back with its place."""

    def __init__(self, ctx: AppContext, board: str, date: dt.date | None, text: str,
                 label: str, initiator: object = None) -> None:
        super().__init__(label)
        # (not ``self.text``: that is QUndoCommand's label)
        self.ctx, self.board, self.date, self.point_text = ctx, board, date, text
        self.initiator = initiator
        self.point_id: int | None = None

    def redo(self) -> None:
        if self.point_id is None:
            self.point_id = self.ctx.plan.add_point(self.board, self.date, self.point_text)
        else:  # back under the same id, so that later commands on the stack still find it
            self.point_id = self.ctx.plan.restore_point(
                self.board, PlannedPoint(self.point_text, self.date, id=self.point_id), None)
        self.ctx.signals.plan_changed.emit(self.initiator)

    def undo(self) -> None:
        if self.point_id is not None:
            self.ctx.plan.remove_point(self.point_id)
        self.ctx.signals.plan_changed.emit(self.initiator)


class RemovePoint(QUndoCommand):
    """A planned point removed; undo brings it back at its place under the same id."""

    def __init__(self, ctx: AppContext, board: str, point: PlannedPoint, position: int,
                 label: str, initiator: object = None) -> None:
        super().__init__(label)
        self.ctx, self.board, self.point, self.position = ctx, board, point, position
        self.initiator = initiator

    def redo(self) -> None:
        assert self.point.id is not None
        self.ctx.plan.remove_point(self.point.id)
        self.ctx.signals.plan_changed.emit(self.initiator)

    def undo(self) -> None:
        point_id = self.ctx.plan.restore_point(self.board, self.point, self.position)
        self.point = dataclasses.replace(self.point, id=point_id)
        self.ctx.signals.plan_changed.emit(self.initiator)
