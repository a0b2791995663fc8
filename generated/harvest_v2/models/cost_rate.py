"""CostRate: One period of a user's cost rate."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from ..types import UNSET


class CostRate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One period of a user's cost rate.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    amount: Decimal
    start_date: datetime.date | None
    """First day the rate applies; null for a rate that has applied from the start."""
    end_date: datetime.date | None
    """Last day the rate applies"""
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
        if (_v2 := this.amount) is not UNSET:
            out["amount"] = _v2
        if (_v3 := this.start_date) is not UNSET:
            out["start_date"] = _dump_date(_v3)
        if (_v4 := this.end_date) is not UNSET:
            out["end_date"] = _dump_date(_v4)
        if (_v5 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v5)
        if (_v6 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v6)
        out.update(self.additional_properties)
        return out


CostRate._schema = _k.ModelSchema(
    "CostRate",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("amount", "amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("start_date", "start_date", _k.DATE, required=True, nullable=True),
        _k.Field("end_date", "end_date", _k.DATE, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
