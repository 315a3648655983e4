"""A meeting file with the schema's defaults filled in: what a round trip must give back."""

from __future__ import annotations

import copy
from typing import Any

_ITEM_DEFAULTS = {"closed": False, "journal_no": None, "case_no": None, "sections": [],
                  "attachments": [], "decision": None}
_ATTACHMENT_DEFAULTS = {"title": None, "closed": False, "doc_no": None}
_ROW_DEFAULTS = {"date": None, "cancelled": False, "points": []}


def _filled(obj: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    return {**copy.deepcopy(defaults), **obj}


def normalised(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with every default of meeting.schema.json present (nullable fields as null)."""
    out = copy.deepcopy(doc)
    out.setdefault("absent", [])
    out.setdefault("schedule", [])
    out["items"] = [
        {**_filled(item, _ITEM_DEFAULTS),
         "attachments": [_filled(a, _ATTACHMENT_DEFAULTS) for a in item.get("attachments", [])]}
        for item in out["items"]]
    if "forward_plan" in out:
        plan = out["forward_plan"]
        out["forward_plan"] = {
            "rows": [_filled(r, _ROW_DEFAULTS) for r in plan.get("rows", [])],
            "undated": plan.get("undated", []),
        }
    return out
