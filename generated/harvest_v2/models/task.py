"""Task: A kind of work that can be offered on projects and tracked against."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "name",
        "billable_by_default",
        "is_default",
        "is_active",
        "created_at",
        "updated_at",
        "default_hourly_rate",
    }
)


@define
class Task:
    """A kind of work that can be offered on projects and tracked against.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    name: str
    billable_by_default: bool
    """True when the task is billable on new projects that receive it as a default task."""
    is_default: bool
    """True when new projects get this task automatically."""
    is_active: bool
    """False once the task is archived."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    default_hourly_rate: float | Unset | None = UNSET
    """The rate the task starts with when it is added to a project; null when none was set, left out for users who may not see rates."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.name = src["name"]
        obj.billable_by_default = src["billable_by_default"]
        obj.is_default = src["is_default"]
        obj.is_active = src["is_active"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.default_hourly_rate = src.get("default_hourly_rate", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 7 - (obj.default_hourly_rate is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "billable_by_default": self.billable_by_default,
            "is_default": self.is_default,
            "is_active": self.is_active,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.default_hourly_rate, Unset):
            out["default_hourly_rate"] = self.default_hourly_rate
        out.update(self.additional_properties)
        return out
