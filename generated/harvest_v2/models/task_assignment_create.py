"""TaskAssignmentCreate: Fields of a new task assignment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "task_id",
        "is_active",
        "billable",
        "hourly_rate",
        "budget",
    }
)


@define
class TaskAssignmentCreate:
    """Fields of a new task assignment.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    task_id: int
    is_active: bool | Unset = UNSET
    """Defaults to true."""
    billable: bool | Unset = UNSET
    """Defaults to false."""
    hourly_rate: float | Unset = UNSET
    budget: float | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.task_id = src["task_id"]
        obj.is_active = src.get("is_active", UNSET)
        obj.billable = src.get("billable", UNSET)
        obj.hourly_rate = src.get("hourly_rate", UNSET)
        obj.budget = src.get("budget", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 1
            - (obj.is_active is not UNSET)
            - (obj.billable is not UNSET)
            - (obj.hourly_rate is not UNSET)
            - (obj.budget is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "task_id": self.task_id,
        }
        if not isinstance(self.is_active, Unset):
            out["is_active"] = self.is_active
        if not isinstance(self.billable, Unset):
            out["billable"] = self.billable
        if not isinstance(self.hourly_rate, Unset):
            out["hourly_rate"] = self.hourly_rate
        if not isinstance(self.budget, Unset):
            out["budget"] = self.budget
        out.update(self.additional_properties)
        return out
