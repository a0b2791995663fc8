"""User: A person in the account who may track time, manage projects or administer the account."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET

if TYPE_CHECKING:
    from .user_access_role import UserAccessRole

_new = object.__new__


@define
class User:
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
    default_hourly_rate: Decimal | None
    """Billable rate the user starts with on projects they join; hidden from managers without rate access."""
    cost_rate: Decimal | None
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
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.id = _v0 if (_v0 := src["id"]).__class__ is int else _drifted()
            obj.first_name = _v1 if (_v1 := src["first_name"]).__class__ is str else _drifted()
            obj.last_name = _v2 if (_v2 := src["last_name"]).__class__ is str else _drifted()
            obj.email = _v3 if (_v3 := src["email"]).__class__ is str else _drifted()
            obj.telephone = _v4 if (_v4 := src["telephone"]) is None or _v4.__class__ is str else _drifted()
            obj.timezone = _v5 if (_v5 := src["timezone"]).__class__ is str else _drifted()
            obj.has_access_to_all_future_projects = (
                _v6 if (_v6 := src["has_access_to_all_future_projects"]).__class__ is bool else _drifted()
            )
            obj.is_contractor = _v7 if (_v7 := src["is_contractor"]).__class__ is bool else _drifted()
            obj.is_active = _v8 if (_v8 := src["is_active"]).__class__ is bool else _drifted()
            obj.weekly_capacity = _v9 if (_v9 := src["weekly_capacity"]).__class__ is int else _drifted()
            obj.default_hourly_rate = (
                _v10 if (_v10 := src["default_hourly_rate"]) is None or _v10.__class__ is Decimal else _to_decimal(_v10)
            )
            obj.cost_rate = (
                _v11 if (_v11 := src["cost_rate"]) is None or _v11.__class__ is Decimal else _to_decimal(_v11)
            )
            obj.roles = _v12 if (_v12 := src["roles"]).__class__ is list else _drifted()
            obj.access_roles = _v13 if (_v13 := src["access_roles"]).__class__ is list else _drifted()
            obj.avatar_url = _v14 if (_v14 := src["avatar_url"]).__class__ is str else _drifted()
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 17 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

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
        if (_v11 := this.default_hourly_rate) is not UNSET:
            out["default_hourly_rate"] = _v11
        if (_v12 := this.cost_rate) is not UNSET:
            out["cost_rate"] = _v12
        if (_v13 := this.roles) is not UNSET:
            out["roles"] = _v13
        if (_v14 := this.access_roles) is not UNSET:
            out["access_roles"] = _v14
        if (_v15 := this.avatar_url) is not UNSET:
            out["avatar_url"] = _v15
        if (_v16 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v16)
        if (_v17 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v17)
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
        _k.Field("default_hourly_rate", "default_hourly_rate", _k.DECIMAL, required=True, nullable=True),
        _k.Field("cost_rate", "cost_rate", _k.DECIMAL, required=True, nullable=True),
        _k.Field("roles", "roles", _k.List(_k.STRING), required=True, nullable=False),
        _k.Field(
            "access_roles",
            "access_roles",
            _k.List(
                _k.Enum(
                    (
                        "administrator",
                        "billable_rates_manager",
                        "client_and_task_manager",
                        "estimates_manager",
                        "managed_projects_invoice_drafter",
                        "managed_projects_invoice_manager",
                        "manager",
                        "member",
                        "people_manager",
                        "project_creator",
                        "time_and_expenses_manager",
                    )
                )
            ),
            required=True,
            nullable=False,
        ),
        _k.Field("avatar_url", "avatar_url", _k.STRING, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
