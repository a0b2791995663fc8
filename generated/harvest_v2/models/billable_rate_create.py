"""BillableRateCreate: A new billable rate. Without start_date it replaces all of the user's rates; a start_date before existing rates replaces those rates."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset

_new = object.__new__


@define
class BillableRateCreate:
    """A new billable rate. Without start_date it replaces all of the user's rates; a start_date before existing rates replaces those rates.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    amount: Decimal
    start_date: datetime.date | Unset = UNSET
    """Must not be in the future."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.amount = _v0 if (_v0 := src["amount"]).__class__ is Decimal else _to_decimal(_v0)
            obj.start_date = _v1 if (_v1 := src.get("start_date", UNSET)) is UNSET else _parse_date(_v1)
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src) if len(src) - 1 - (obj.start_date is not UNSET) else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.amount) is not UNSET:
            out["amount"] = _v1
        if (_v2 := this.start_date) is not UNSET:
            out["start_date"] = _dump_date(_v2)
        out.update(self.additional_properties)
        return out


BillableRateCreate._schema = _k.ModelSchema(
    "BillableRateCreate",
    (
        _k.Field("amount", "amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("start_date", "start_date", _k.DATE, required=False, nullable=False),
    ),
)
