"""TaskUpdate: Fields to change on a task; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "billable_by_default",
        "default_hourly_rate",
        "is_default",
        "is_active",
    }
)


@define
class TaskUpdate:
    """Fields to change on a task; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    name: str | Unset = UNSET
    billable_by_default: bool | Unset = UNSET
    default_hourly_rate: float | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    """false archives the task"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.name = src.get("name", UNSET)
        obj.billable_by_default = src.get("billable_by_default", UNSET)
        obj.default_hourly_rate = src.get("default_hourly_rate", UNSET)
        obj.is_default = src.get("is_default", UNSET)
        obj.is_active = src.get("is_active", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.name is not UNSET)
            - (obj.billable_by_default is not UNSET)
            - (obj.default_hourly_rate is not UNSET)
            - (obj.is_default is not UNSET)
            - (obj.is_active is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.name, Unset):
            out["name"] = self.name
        if not isinstance(self.billable_by_default, Unset):
            out["billable_by_default"] = self.billable_by_default
        if not isinstance(self.default_hourly_rate, Unset):
            out["default_hourly_rate"] = self.default_hourly_rate
        if not isinstance(self.is_default, Unset):
            out["is_default"] = self.is_default
        if not isinstance(self.is_active, Unset):
            out["is_active"] = self.is_active
        out.update(self.additional_properties)
        return out
