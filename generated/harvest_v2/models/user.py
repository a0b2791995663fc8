"""User: A person in the account who may track time, manage projects or administer the account."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset

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
        "roles",
        "avatar_url",
        "created_at",
        "updated_at",
        "default_hourly_rate",
        "cost_rate",
        "access_roles",
        "permissions_claims",
        "can_create_projects",
        "calendar_integration_enabled",
        "calendar_integration_source",
        "is_admin",
        "is_project_manager",
        "can_see_rates",
        "can_create_invoices",
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
    roles: list[str]
    """Free-form job titles, usable as report filters; they grant no permissions."""
    avatar_url: str
    """Address of the user's picture."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    default_hourly_rate: float | Unset | None = UNSET
    """Billable rate the user starts with on projects they join; left out for users who may not see rates."""
    cost_rate: float | Unset | None = UNSET
    """What an hour of this user costs, for comparing project costs with billable amounts; left out for users who may not see costs."""
    access_roles: list[UserAccessRole | str] | Unset = UNSET
    """The permission levels the user holds; older answers leave it out."""
    permissions_claims: list[str] | Unset = UNSET
    """Fine-grained permissions Harvest derives from the access roles, such as expenses:read:own; newer answers only."""
    can_create_projects: bool | Unset = UNSET
    """True when the user may create projects; sent by Harvest, not in every answer."""
    calendar_integration_enabled: bool | Unset = UNSET
    """True when the user has connected a calendar; not in every answer."""
    calendar_integration_source: str | Unset | None = UNSET
    """Which calendar is connected (such as google); null when none is, not in every answer."""
    is_admin: bool | Unset = UNSET
    """True for an administrator; older answers only, access_roles replaced it."""
    is_project_manager: bool | Unset = UNSET
    """True for a manager; older answers only, access_roles replaced it."""
    can_see_rates: bool | Unset = UNSET
    """True when the user may see billable rates; older answers only, access_roles replaced it."""
    can_create_invoices: bool | Unset = UNSET
    """True when the user may create invoices; older answers only, access_roles replaced it."""
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
        obj.roles = src["roles"]
        obj.avatar_url = src["avatar_url"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.default_hourly_rate = src.get("default_hourly_rate", UNSET)
        obj.cost_rate = src.get("cost_rate", UNSET)
        obj.access_roles = src.get("access_roles", UNSET)
        obj.permissions_claims = src.get("permissions_claims", UNSET)
        obj.can_create_projects = src.get("can_create_projects", UNSET)
        obj.calendar_integration_enabled = src.get("calendar_integration_enabled", UNSET)
        obj.calendar_integration_source = src.get("calendar_integration_source", UNSET)
        obj.is_admin = src.get("is_admin", UNSET)
        obj.is_project_manager = src.get("is_project_manager", UNSET)
        obj.can_see_rates = src.get("can_see_rates", UNSET)
        obj.can_create_invoices = src.get("can_create_invoices", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 14
            - (obj.default_hourly_rate is not UNSET)
            - (obj.cost_rate is not UNSET)
            - (obj.access_roles is not UNSET)
            - (obj.permissions_claims is not UNSET)
            - (obj.can_create_projects is not UNSET)
            - (obj.calendar_integration_enabled is not UNSET)
            - (obj.calendar_integration_source is not UNSET)
            - (obj.is_admin is not UNSET)
            - (obj.is_project_manager is not UNSET)
            - (obj.can_see_rates is not UNSET)
            - (obj.can_create_invoices is not UNSET)
        )
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
            "roles": self.roles,
            "avatar_url": self.avatar_url,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.default_hourly_rate, Unset):
            out["default_hourly_rate"] = self.default_hourly_rate
        if not isinstance(self.cost_rate, Unset):
            out["cost_rate"] = self.cost_rate
        if not isinstance(self.access_roles, Unset):
            out["access_roles"] = self.access_roles
        if not isinstance(self.permissions_claims, Unset):
            out["permissions_claims"] = self.permissions_claims
        if not isinstance(self.can_create_projects, Unset):
            out["can_create_projects"] = self.can_create_projects
        if not isinstance(self.calendar_integration_enabled, Unset):
            out["calendar_integration_enabled"] = self.calendar_integration_enabled
        if not isinstance(self.calendar_integration_source, Unset):
            out["calendar_integration_source"] = self.calendar_integration_source
        if not isinstance(self.is_admin, Unset):
            out["is_admin"] = self.is_admin
        if not isinstance(self.is_project_manager, Unset):
            out["is_project_manager"] = self.is_project_manager
        if not isinstance(self.can_see_rates, Unset):
            out["can_see_rates"] = self.can_see_rates
        if not isinstance(self.can_create_invoices, Unset):
            out["can_create_invoices"] = self.can_create_invoices
        out.update(self.additional_properties)
        return out
