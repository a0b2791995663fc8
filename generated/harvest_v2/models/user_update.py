"""UserUpdate: Fields to change on a user; leave out what stays. Names and email of an archived user cannot change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset
from .user_access_role import UserAccessRole


class UserUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Fields to change on a user; leave out what stays. Names and email of an archived user cannot change.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    timezone: str | Unset = UNSET
    has_access_to_all_future_projects: bool | Unset = UNSET
    is_contractor: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    """false archives the user"""
    weekly_capacity: int | Unset = UNSET
    """Seconds per week."""
    roles: list[str] | Unset = UNSET
    access_roles: list[UserAccessRole | str] | Unset = UNSET
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
        if (_v9 := this.roles) is not UNSET:
            out["roles"] = _v9
        if (_v10 := this.access_roles) is not UNSET:
            out["access_roles"] = _v10
        out.update(self.additional_properties)
        return out


UserUpdate._schema = _k.ModelSchema(
    "UserUpdate",
    (
        _k.Field("first_name", "first_name", _k.STRING, required=False, nullable=False),
        _k.Field("last_name", "last_name", _k.STRING, required=False, nullable=False),
        _k.Field("email", "email", _k.STRING, required=False, nullable=False),
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
        _k.Field("roles", "roles", _k.List(_k.STRING), required=False, nullable=False),
        _k.Field("access_roles", "access_roles", _k.List(_k.Enum(UserAccessRole)), required=False, nullable=False),
    ),
)
