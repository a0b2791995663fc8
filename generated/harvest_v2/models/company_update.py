"""CompanyUpdate: Account settings to change; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "wants_timestamp_timers",
        "weekly_capacity",
    }
)


@define
class CompanyUpdate:
    """Account settings to change; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    wants_timestamp_timers: bool | Unset = UNSET
    """True to track start and end times"""
    weekly_capacity: int | Unset = UNSET
    """Default weekly capacity in seconds."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.wants_timestamp_timers = src.get("wants_timestamp_timers", UNSET)
        obj.weekly_capacity = src.get("weekly_capacity", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 0 - (obj.wants_timestamp_timers is not UNSET) - (obj.weekly_capacity is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.wants_timestamp_timers, Unset):
            out["wants_timestamp_timers"] = self.wants_timestamp_timers
        if not isinstance(self.weekly_capacity, Unset):
            out["weekly_capacity"] = self.weekly_capacity
        out.update(self.additional_properties)
        return out
