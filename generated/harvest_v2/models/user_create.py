"""UserCreate: Fields of a new user; Harvest emails them an invitation."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .user_access_role import UserAccessRole

_new = object.__new__


@define
class UserCreate:
    """Fields of a new user; Harvest emails them an invitation.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
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
    default_hourly_rate: Decimal | Unset = UNSET
    """Defaults to 0."""
    cost_rate: Decimal | Unset = UNSET
    """Defaults to 0."""
    roles: list[str] | Unset = UNSET
    access_roles: list[UserAccessRole | str] | Unset = UNSET
    """member when left out."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.first_name = _v0 if (_v0 := src["first_name"]).__class__ is str else _drifted()
            obj.last_name = _v1 if (_v1 := src["last_name"]).__class__ is str else _drifted()
            obj.email = _v2 if (_v2 := src["email"]).__class__ is str else _drifted()
            obj.timezone = _v3 if (_v3 := src.get("timezone", UNSET)) is UNSET or _v3.__class__ is str else _drifted()
            obj.has_access_to_all_future_projects = (
                _v4
                if (_v4 := src.get("has_access_to_all_future_projects", UNSET)) is UNSET or _v4.__class__ is bool
                else _drifted()
            )
            obj.is_contractor = (
                _v5 if (_v5 := src.get("is_contractor", UNSET)) is UNSET or _v5.__class__ is bool else _drifted()
            )
            obj.is_active = (
                _v6 if (_v6 := src.get("is_active", UNSET)) is UNSET or _v6.__class__ is bool else _drifted()
            )
            obj.weekly_capacity = (
                _v7 if (_v7 := src.get("weekly_capacity", UNSET)) is UNSET or _v7.__class__ is int else _drifted()
            )
            obj.default_hourly_rate = (
                _v8
                if (_v8 := src.get("default_hourly_rate", UNSET)) is UNSET or _v8.__class__ is Decimal
                else _to_decimal(_v8)
            )
            obj.cost_rate = (
                _v9 if (_v9 := src.get("cost_rate", UNSET)) is UNSET or _v9.__class__ is Decimal else _to_decimal(_v9)
            )
            obj.roles = _v10 if (_v10 := src.get("roles", UNSET)) is UNSET or _v10.__class__ is list else _drifted()
            obj.access_roles = (
                _v11 if (_v11 := src.get("access_roles", UNSET)) is UNSET or _v11.__class__ is list else _drifted()
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
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
                else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.first_name) is not UNSET:
            out["first_name"] = _v1
        if (_v2 := this.last_name) is not UNSET:
            out["last_name"] = _v2
        if (_v3 := this.email) is not UNSET:
            out["email"] = _v3
        if (_v4 := this.timezone) is not UNSET:
            out["timezone"] = _v4
        if (_v5 := this.has_access_to_all_future_projects) is not UNSET:
            out["has_access_to_all_future_projects"] = _v5
        if (_v6 := this.is_contractor) is not UNSET:
            out["is_contractor"] = _v6
        if (_v7 := this.is_active) is not UNSET:
            out["is_active"] = _v7
        if (_v8 := this.weekly_capacity) is not UNSET:
            out["weekly_capacity"] = _v8
        if (_v9 := this.default_hourly_rate) is not UNSET:
            out["default_hourly_rate"] = _v9
        if (_v10 := this.cost_rate) is not UNSET:
            out["cost_rate"] = _v10
        if (_v11 := this.roles) is not UNSET:
            out["roles"] = _v11
        if (_v12 := this.access_roles) is not UNSET:
            out["access_roles"] = _v12
        out.update(self.additional_properties)
        return out


UserCreate._schema = _k.ModelSchema(
    "UserCreate",
    (
        _k.Field("first_name", "first_name", _k.STRING, required=True, nullable=False),
        _k.Field("last_name", "last_name", _k.STRING, required=True, nullable=False),
        _k.Field("email", "email", _k.STRING, required=True, nullable=False),
        _k.Field("timezone", "timezone", _k.STRING, required=False, nullable=False),
        _k.Field(
            "has_access_to_all_future_projects",
            "has_access_to_all_future_projects",
            _k.BOOLEAN,
            required=False,
            nullable=False,
        ),
        _k.Field("is_contractor", "is_contractor", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("weekly_capacity", "weekly_capacity", _k.INTEGER, required=False, nullable=False),
        _k.Field("default_hourly_rate", "default_hourly_rate", _k.DECIMAL, required=False, nullable=False),
        _k.Field("cost_rate", "cost_rate", _k.DECIMAL, required=False, nullable=False),
        _k.Field("roles", "roles", _k.List(_k.STRING), required=False, nullable=False),
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
            required=False,
            nullable=False,
        ),
    ),
)
