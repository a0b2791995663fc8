"""TaskUpdate: Fields to change on a task; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET, Unset

_new = object.__new__


@define
class TaskUpdate:
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.name = _v0 if (_v0 := src.get("name", UNSET)) is UNSET or _v0.__class__ is str else _drifted()
            obj.billable_by_default = (
                _v1 if (_v1 := src.get("billable_by_default", UNSET)) is UNSET or _v1.__class__ is bool else _drifted()
            )
            obj.default_hourly_rate = (
                _v2
                if (_v2 := src.get("default_hourly_rate", UNSET)) is UNSET or _v2.__class__ is Decimal
                else _to_decimal(_v2)
            )
            obj.is_default = (
                _v3 if (_v3 := src.get("is_default", UNSET)) is UNSET or _v3.__class__ is bool else _drifted()
            )
            obj.is_active = (
                _v4 if (_v4 := src.get("is_active", UNSET)) is UNSET or _v4.__class__ is bool else _drifted()
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 0
                - (obj.name is not UNSET)
                - (obj.billable_by_default is not UNSET)
                - (obj.default_hourly_rate is not UNSET)
                - (obj.is_default is not UNSET)
                - (obj.is_active is not UNSET)
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
