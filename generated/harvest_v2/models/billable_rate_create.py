"""BillableRateCreate: A new billable rate. Without start_date it replaces all of the user's rates; a start_date before existing rates replaces those rates."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from ..types import UNSET, Unset


class BillableRateCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new billable rate. Without start_date it replaces all of the user's rates; a start_date before existing rates replaces those rates.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    amount: Decimal
    start_date: datetime.date | Unset = UNSET
    """Must not be in the future."""
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
