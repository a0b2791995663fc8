"""UserAssignmentUpdate: Fields to change on a user assignment; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "is_active",
        "is_project_manager",
        "use_default_rates",
        "hourly_rate",
        "budget",
    }
)


@define
class UserAssignmentUpdate:
    """Fields to change on a user assignment; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    is_active: bool | Unset = UNSET
    is_project_manager: bool | Unset = UNSET
    use_default_rates: bool | Unset = UNSET
    hourly_rate: float | Unset | None = UNSET
    budget: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.is_active = src.get("is_active", UNSET)
        obj.is_project_manager = src.get("is_project_manager", UNSET)
        obj.use_default_rates = src.get("use_default_rates", UNSET)
        obj.hourly_rate = src.get("hourly_rate", UNSET)
        obj.budget = src.get("budget", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.is_active is not UNSET)
            - (obj.is_project_manager is not UNSET)
            - (obj.use_default_rates is not UNSET)
            - (obj.hourly_rate is not UNSET)
            - (obj.budget is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.is_active, Unset):
            out["is_active"] = self.is_active
        if not isinstance(self.is_project_manager, Unset):
            out["is_project_manager"] = self.is_project_manager
        if not isinstance(self.use_default_rates, Unset):
            out["use_default_rates"] = self.use_default_rates
        if not isinstance(self.hourly_rate, Unset):
            out["hourly_rate"] = self.hourly_rate
        if not isinstance(self.budget, Unset):
            out["budget"] = self.budget
        out.update(self.additional_properties)
        return out
