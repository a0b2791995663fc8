"""TimeEntryTaskAssignment: The project's settings for the entry's task, as embedded in a time entry."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

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

_new = object.__new__


@define
class TimeEntryTaskAssignment:
    """The project's settings for the entry's task, as embedded in a time entry.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    billable: bool
    """Whether time on this task in this project is billable."""
    is_active: bool
    """False once the assignment is archived."""
    hourly_rate: Decimal | None
    """The task's rate on the project."""
    budget: Decimal | None
    """The task's budget on the project; null when none is set."""
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
            obj.billable = _v1 if (_v1 := src["billable"]).__class__ is bool else _drifted()
            obj.is_active = _v2 if (_v2 := src["is_active"]).__class__ is bool else _drifted()
            obj.hourly_rate = (
                _v3 if (_v3 := src["hourly_rate"]) is None or _v3.__class__ is Decimal else _to_decimal(_v3)
            )
            obj.budget = _v4 if (_v4 := src["budget"]) is None or _v4.__class__ is Decimal else _to_decimal(_v4)
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 7 else {}
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
        if (_v2 := this.billable) is not UNSET:
            out["billable"] = _v2
        if (_v3 := this.is_active) is not UNSET:
            out["is_active"] = _v3
        if (_v4 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v4
        if (_v5 := this.budget) is not UNSET:
            out["budget"] = _v5
        if (_v6 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v6)
        if (_v7 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v7)
        out.update(self.additional_properties)
        return out


TimeEntryTaskAssignment._schema = _k.ModelSchema(
    "TimeEntryTaskAssignment",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=True, nullable=True),
        _k.Field("budget", "budget", _k.DECIMAL, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
