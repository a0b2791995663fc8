"""TimeEntryUserAssignment: The membership of the entry's user in the entry's project, as embedded in a time entry."""

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
        "is_project_manager",
        "is_active",
        "created_at",
        "updated_at",
        "use_default_rates",
        "budget",
        "hourly_rate",
    }
)


@define
class TimeEntryUserAssignment:
    """The membership of the entry's user in the entry's project, as embedded in a time entry.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    is_project_manager: bool
    """True when the user manages the project."""
    is_active: bool
    """False once the assignment is archived."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    use_default_rates: bool | Unset = UNSET
    """True when the user's own default rate applies on the project, false when hourly_rate does."""
    budget: float | Unset | None = UNSET
    """The user's budget on the project; null when none is set."""
    hourly_rate: float | Unset | None = UNSET
    """The user's rate on the project; left out for users who may not see rates."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.is_project_manager = src["is_project_manager"]
        obj.is_active = src["is_active"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.use_default_rates = src.get("use_default_rates", UNSET)
        obj.budget = src.get("budget", UNSET)
        obj.hourly_rate = src.get("hourly_rate", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 5
            - (obj.use_default_rates is not UNSET)
            - (obj.budget is not UNSET)
            - (obj.hourly_rate is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "is_project_manager": self.is_project_manager,
            "is_active": self.is_active,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.use_default_rates, Unset):
            out["use_default_rates"] = self.use_default_rates
        if not isinstance(self.budget, Unset):
            out["budget"] = self.budget
        if not isinstance(self.hourly_rate, Unset):
            out["hourly_rate"] = self.hourly_rate
        out.update(self.additional_properties)
        return out
