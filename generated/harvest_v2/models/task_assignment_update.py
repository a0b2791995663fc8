"""TaskAssignmentUpdate: Fields to change on a task assignment; leave out what stays."""

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
class TaskAssignmentUpdate:
    """Fields to change on a task assignment; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    is_active: bool | Unset = UNSET
    billable: bool | Unset = UNSET
    hourly_rate: Decimal | Unset | None = UNSET
    budget: Decimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.is_active = (
                _v0 if (_v0 := src.get("is_active", UNSET)) is UNSET or _v0.__class__ is bool else _drifted()
            )
            obj.billable = _v1 if (_v1 := src.get("billable", UNSET)) is UNSET or _v1.__class__ is bool else _drifted()
            obj.hourly_rate = (
                _v2
                if (_v2 := src.get("hourly_rate", UNSET)) is UNSET or _v2 is None or _v2.__class__ is Decimal
                else _to_decimal(_v2)
            )
            obj.budget = (
                _v3
                if (_v3 := src.get("budget", UNSET)) is UNSET or _v3 is None or _v3.__class__ is Decimal
                else _to_decimal(_v3)
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 0
                - (obj.is_active is not UNSET)
                - (obj.billable is not UNSET)
                - (obj.hourly_rate is not UNSET)
                - (obj.budget is not UNSET)
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
        if (_v1 := this.is_active) is not UNSET:
            out["is_active"] = _v1
        if (_v2 := this.billable) is not UNSET:
            out["billable"] = _v2
        if (_v3 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v3
        if (_v4 := this.budget) is not UNSET:
            out["budget"] = _v4
        out.update(self.additional_properties)
        return out


TaskAssignmentUpdate._schema = _k.ModelSchema(
    "TaskAssignmentUpdate",
    (
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=False, nullable=True),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=True),
    ),
)
