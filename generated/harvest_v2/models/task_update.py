"""TaskUpdate: Fields to change on a task; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class TaskUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Fields to change on a task; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    name: str | Unset = UNSET
    billable_by_default: bool | Unset = UNSET
    default_hourly_rate: Decimal | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    """false archives the task"""
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
        if (_v1 := this.name) is not UNSET:
            out["name"] = _v1
        if (_v2 := this.billable_by_default) is not UNSET:
            out["billable_by_default"] = _v2
        if (_v3 := this.default_hourly_rate) is not UNSET:
            out["default_hourly_rate"] = _v3
        if (_v4 := this.is_default) is not UNSET:
            out["is_default"] = _v4
        if (_v5 := this.is_active) is not UNSET:
            out["is_active"] = _v5
        out.update(self.additional_properties)
        return out


TaskUpdate._schema = _k.ModelSchema(
    "TaskUpdate",
    (
        _k.Field("name", "name", _k.STRING, required=False, nullable=False),
        _k.Field("billable_by_default", "billable_by_default", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("default_hourly_rate", "default_hourly_rate", _k.DECIMAL, required=False, nullable=False),
        _k.Field("is_default", "is_default", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=False, nullable=False),
    ),
)
