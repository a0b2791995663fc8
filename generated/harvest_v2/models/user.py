"""User: A person in the account who may track time, manage projects or administer the account."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_datetime as _parse_datetime

if TYPE_CHECKING:
    from .user_access_role import UserAccessRole

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "first_name",
        "last_name",
        "email",
        "telephone",
        "timezone",
        "has_access_to_all_future_projects",
        "is_contractor",
        "is_active",
        "weekly_capacity",
        "default_hourly_rate",
        "cost_rate",
        "roles",
        "access_roles",
        "avatar_url",
        "created_at",
        "updated_at",
    }
)


@define
class User:
    """A person in the account who may track time, manage projects or administer the account.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    first_name: str
    last_name: str
    email: str
    telephone: str | None
    """Often an empty string when unknown."""
    timezone: str
    """Harvest time zone name, such as "Eastern Time (US & Canada)"."""
    has_access_to_all_future_projects: bool
    """True when the user joins every project created from now on."""
    is_contractor: bool
    """True for a contractor"""
    is_active: bool
    """False once the user is archived."""
    weekly_capacity: int
    """Available working time per week, in seconds (126000 is 35 hours), in half-hour steps."""
    default_hourly_rate: float | None
    """Billable rate the user starts with on projects they join; hidden from managers without rate access."""
    cost_rate: float | None
    """What an hour of this user costs"""
    roles: list[str]
    """Free-form job titles, usable as report filters; they grant no permissions."""
    access_roles: list[UserAccessRole | str]
    """The permission levels the user holds."""
    avatar_url: str
    """Address of the user's picture."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.first_name = src["first_name"]
        obj.last_name = src["last_name"]
        obj.email = src["email"]
        obj.telephone = src["telephone"]
        obj.timezone = src["timezone"]
        obj.has_access_to_all_future_projects = src["has_access_to_all_future_projects"]
        obj.is_contractor = src["is_contractor"]
        obj.is_active = src["is_active"]
        obj.weekly_capacity = src["weekly_capacity"]
        obj.default_hourly_rate = src["default_hourly_rate"]
        obj.cost_rate = src["cost_rate"]
        obj.roles = src["roles"]
        obj.access_roles = src["access_roles"]
        obj.avatar_url = src["avatar_url"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 17
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "telephone": self.telephone,
            "timezone": self.timezone,
            "has_access_to_all_future_projects": self.has_access_to_all_future_projects,
            "is_contractor": self.is_contractor,
            "is_active": self.is_active,
            "weekly_capacity": self.weekly_capacity,
            "default_hourly_rate": self.default_hourly_rate,
            "cost_rate": self.cost_rate,
            "roles": self.roles,
            "access_roles": self.access_roles,
            "avatar_url": self.avatar_url,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        out.update(self.additional_properties)
        return out
