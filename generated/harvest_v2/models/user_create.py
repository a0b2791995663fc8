"""UserCreate: Fields of a new user; Harvest emails them an invitation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .user_access_role import UserAccessRole

_new = object.__new__
_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "email",
        "timezone",
        "has_access_to_all_future_projects",
        "is_contractor",
        "is_active",
        "weekly_capacity",
        "default_hourly_rate",
        "cost_rate",
        "roles",
        "access_roles",
    }
)


@define
class UserCreate:
    """Fields of a new user; Harvest emails them an invitation.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    first_name: str
    last_name: str
    email: str
    timezone: str | Unset = UNSET
    """The company's time zone when left out."""
    has_access_to_all_future_projects: bool | Unset = UNSET
    """Defaults to false."""
    is_contractor: bool | Unset = UNSET
    """Defaults to false."""
    is_active: bool | Unset = UNSET
    """Defaults to true."""
    weekly_capacity: int | Unset = UNSET
    """Seconds per week; defaults to 126000 (35 hours)."""
    default_hourly_rate: float | Unset = UNSET
    """Defaults to 0."""
    cost_rate: float | Unset = UNSET
    """Defaults to 0."""
    roles: list[str] | Unset = UNSET
    access_roles: list[UserAccessRole | str] | Unset = UNSET
    """member when left out."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.first_name = src["first_name"]
        obj.last_name = src["last_name"]
        obj.email = src["email"]
        obj.timezone = src.get("timezone", UNSET)
        obj.has_access_to_all_future_projects = src.get("has_access_to_all_future_projects", UNSET)
        obj.is_contractor = src.get("is_contractor", UNSET)
        obj.is_active = src.get("is_active", UNSET)
        obj.weekly_capacity = src.get("weekly_capacity", UNSET)
        obj.default_hourly_rate = src.get("default_hourly_rate", UNSET)
        obj.cost_rate = src.get("cost_rate", UNSET)
        obj.roles = src.get("roles", UNSET)
        obj.access_roles = src.get("access_roles", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 3
            - (obj.timezone is not UNSET)
            - (obj.has_access_to_all_future_projects is not UNSET)
            - (obj.is_contractor is not UNSET)
            - (obj.is_active is not UNSET)
            - (obj.weekly_capacity is not UNSET)
            - (obj.default_hourly_rate is not UNSET)
            - (obj.cost_rate is not UNSET)
            - (obj.roles is not UNSET)
            - (obj.access_roles is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
        }
        if not isinstance(self.timezone, Unset):
            out["timezone"] = self.timezone
        if not isinstance(self.has_access_to_all_future_projects, Unset):
            out["has_access_to_all_future_projects"] = self.has_access_to_all_future_projects
        if not isinstance(self.is_contractor, Unset):
            out["is_contractor"] = self.is_contractor
        if not isinstance(self.is_active, Unset):
            out["is_active"] = self.is_active
        if not isinstance(self.weekly_capacity, Unset):
            out["weekly_capacity"] = self.weekly_capacity
        if not isinstance(self.default_hourly_rate, Unset):
            out["default_hourly_rate"] = self.default_hourly_rate
        if not isinstance(self.cost_rate, Unset):
            out["cost_rate"] = self.cost_rate
        if not isinstance(self.roles, Unset):
            out["roles"] = self.roles
        if not isinstance(self.access_roles, Unset):
            out["access_roles"] = self.access_roles
        out.update(self.additional_properties)
        return out
