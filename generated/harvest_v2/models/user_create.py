"""UserCreate: Fields of a new user; Harvest emails them an invitation."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset
from .user_access_role import UserAccessRole


class UserCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
        _k.Field("access_roles", "access_roles", _k.List(_k.Enum(UserAccessRole)), required=False, nullable=False),
    ),
)
