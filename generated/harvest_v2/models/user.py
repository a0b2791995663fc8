"""User: A person in the account who may track time, manage projects or administer the account."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_datetime as _dump_datetime
from ..types import UNSET, Unset
from .user_access_role import UserAccessRole


class User(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A person in the account who may track time, manage projects or administer the account.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
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
    default_hourly_rate: Decimal | Unset | None = UNSET
    """Billable rate the user starts with on projects they join; left out for users who may not see rates."""
    cost_rate: Decimal | Unset | None = UNSET
    """What an hour of this user costs, for comparing project costs with billable amounts; left out for users who may not see costs."""
    access_roles: list[UserAccessRole | str] | Unset = UNSET
    """The permission levels the user holds; older answers leave it out."""
    permissions_claims: list[str] | Unset = UNSET
    """Fine-grained permissions Harvest derives from the access roles; newer answers only."""
    can_create_projects: bool | Unset = UNSET
    """True when the user may create projects; sent by Harvest, not in every answer."""
    calendar_integration_enabled: bool | Unset = UNSET
    """True when the user has connected a calendar; not in every answer."""
    calendar_integration_source: str | Unset | None = UNSET
    """Which calendar service is connected; null when none is, not in every answer."""
    is_admin: bool | Unset = UNSET
    """True for an administrator; older answers only, access_roles replaced it."""
    is_project_manager: bool | Unset = UNSET
    """True for a manager; older answers only, access_roles replaced it."""
    can_see_rates: bool | Unset = UNSET
    """True when the user may see billable rates; older answers only, access_roles replaced it."""
    can_create_invoices: bool | Unset = UNSET
    """True when the user may create invoices; older answers only, access_roles replaced it."""
    additional_properties: dict[str, Any] = msgspec.field(default_factory=dict)
    """Attributes Harvest sent that the spec does not declare."""
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.first_name) is not UNSET:
            out["first_name"] = _v2
        if (_v3 := this.last_name) is not UNSET:
            out["last_name"] = _v3
        if (_v4 := this.email) is not UNSET:
            out["email"] = _v4
        if (_v5 := this.telephone) is not UNSET:
            out["telephone"] = _v5
        if (_v6 := this.timezone) is not UNSET:
            out["timezone"] = _v6
        if (_v7 := this.has_access_to_all_future_projects) is not UNSET:
            out["has_access_to_all_future_projects"] = _v7
        if (_v8 := this.is_contractor) is not UNSET:
            out["is_contractor"] = _v8
        if (_v9 := this.is_active) is not UNSET:
            out["is_active"] = _v9
        if (_v10 := this.weekly_capacity) is not UNSET:
            out["weekly_capacity"] = _v10
        if (_v11 := this.roles) is not UNSET:
            out["roles"] = _v11
        if (_v12 := this.avatar_url) is not UNSET:
            out["avatar_url"] = _v12
        if (_v13 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v13)
        if (_v14 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v14)
        if (_v15 := this.default_hourly_rate) is not UNSET:
            out["default_hourly_rate"] = _v15
        if (_v16 := this.cost_rate) is not UNSET:
            out["cost_rate"] = _v16
        if (_v17 := this.access_roles) is not UNSET:
            out["access_roles"] = _v17
        if (_v18 := this.permissions_claims) is not UNSET:
            out["permissions_claims"] = _v18
        if (_v19 := this.can_create_projects) is not UNSET:
            out["can_create_projects"] = _v19
        if (_v20 := this.calendar_integration_enabled) is not UNSET:
            out["calendar_integration_enabled"] = _v20
        if (_v21 := this.calendar_integration_source) is not UNSET:
            out["calendar_integration_source"] = _v21
        if (_v22 := this.is_admin) is not UNSET:
            out["is_admin"] = _v22
        if (_v23 := this.is_project_manager) is not UNSET:
            out["is_project_manager"] = _v23
        if (_v24 := this.can_see_rates) is not UNSET:
            out["can_see_rates"] = _v24
        if (_v25 := this.can_create_invoices) is not UNSET:
            out["can_create_invoices"] = _v25
        out.update(self.additional_properties)
        return out


User._schema = _k.ModelSchema(
    "User",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("first_name", "first_name", _k.STRING, required=True, nullable=False),
        _k.Field("last_name", "last_name", _k.STRING, required=True, nullable=False),
        _k.Field("email", "email", _k.STRING, required=True, nullable=False),
        _k.Field("telephone", "telephone", _k.STRING, required=True, nullable=True),
        _k.Field("timezone", "timezone", _k.STRING, required=True, nullable=False),
        _k.Field(
            "has_access_to_all_future_projects",
            "has_access_to_all_future_projects",
            _k.BOOLEAN,
            required=True,
            nullable=False,
        ),
        _k.Field("is_contractor", "is_contractor", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("weekly_capacity", "weekly_capacity", _k.INTEGER, required=True, nullable=False),
        _k.Field("roles", "roles", _k.List(_k.STRING), required=True, nullable=False),
        _k.Field("avatar_url", "avatar_url", _k.STRING, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("default_hourly_rate", "default_hourly_rate", _k.DECIMAL, required=False, nullable=True),
        _k.Field("cost_rate", "cost_rate", _k.DECIMAL, required=False, nullable=True),
        _k.Field("access_roles", "access_roles", _k.List(_k.Enum(UserAccessRole)), required=False, nullable=False),
        _k.Field("permissions_claims", "permissions_claims", _k.List(_k.STRING), required=False, nullable=False),
        _k.Field("can_create_projects", "can_create_projects", _k.BOOLEAN, required=False, nullable=False),
        _k.Field(
            "calendar_integration_enabled", "calendar_integration_enabled", _k.BOOLEAN, required=False, nullable=False
        ),
        _k.Field(
            "calendar_integration_source", "calendar_integration_source", _k.STRING, required=False, nullable=True
        ),
        _k.Field("is_admin", "is_admin", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("is_project_manager", "is_project_manager", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("can_see_rates", "can_see_rates", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("can_create_invoices", "can_create_invoices", _k.BOOLEAN, required=False, nullable=False),
    ),
)
