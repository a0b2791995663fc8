"""ProjectAssignmentTaskAssignment: A task assignment as listed inside a project assignment (the project is the enclosing one)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset
from .task_reference import TaskReference

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "task",
        "is_active",
        "billable",
        "created_at",
        "updated_at",
        "hourly_rate",
        "budget",
    }
)


@define
class ProjectAssignmentTaskAssignment:
    """A task assignment as listed inside a project assignment (the project is the enclosing one).

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    task: TaskReference
    """The task a record belongs to."""
    is_active: bool
    billable: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    hourly_rate: float | Unset | None = UNSET
    """The task's rate on the project; left out for users who may not see rates."""
    budget: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.task = TaskReference.from_dict(src["task"])
        obj.is_active = src["is_active"]
        obj.billable = src["billable"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.hourly_rate = src.get("hourly_rate", UNSET)
        obj.budget = src.get("budget", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 6 - (obj.hourly_rate is not UNSET) - (obj.budget is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "task": self.task.to_dict(),
            "is_active": self.is_active,
            "billable": self.billable,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.hourly_rate, Unset):
            out["hourly_rate"] = self.hourly_rate
        if not isinstance(self.budget, Unset):
            out["budget"] = self.budget
        out.update(self.additional_properties)
        return out
