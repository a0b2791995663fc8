"""UninvoicedReportResult: What one billable project has tracked and spent in the range that is not invoiced yet."""

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
from ..types import UNSET

_new = object.__new__


@define
class UninvoicedReportResult:
    """What one billable project has tracked and spent in the range that is not invoiced yet.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int
    client_name: str
    project_id: int
    project_name: str
    currency: str
    """ISO 4217 code of the amounts."""
    total_hours: Decimal
    """All hours tracked in the range"""
    uninvoiced_hours: Decimal
    """Hours of the range not yet invoiced."""
    uninvoiced_expenses: Decimal
    """Billable expense amount of the range not yet invoiced."""
    uninvoiced_amount: Decimal
    """Value of the uninvoiced time and expenses together."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.client_id = _v0 if (_v0 := src["client_id"]).__class__ is int else _drifted()
            obj.client_name = _v1 if (_v1 := src["client_name"]).__class__ is str else _drifted()
            obj.project_id = _v2 if (_v2 := src["project_id"]).__class__ is int else _drifted()
            obj.project_name = _v3 if (_v3 := src["project_name"]).__class__ is str else _drifted()
            obj.currency = _v4 if (_v4 := src["currency"]).__class__ is str else _drifted()
            obj.total_hours = _v5 if (_v5 := src["total_hours"]).__class__ is Decimal else _to_decimal(_v5)
            obj.uninvoiced_hours = _v6 if (_v6 := src["uninvoiced_hours"]).__class__ is Decimal else _to_decimal(_v6)
            obj.uninvoiced_expenses = (
                _v7 if (_v7 := src["uninvoiced_expenses"]).__class__ is Decimal else _to_decimal(_v7)
            )
            obj.uninvoiced_amount = _v8 if (_v8 := src["uninvoiced_amount"]).__class__ is Decimal else _to_decimal(_v8)
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 9 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.client_name) is not UNSET:
            out["client_name"] = _v2
        if (_v3 := this.project_id) is not UNSET:
            out["project_id"] = _v3
        if (_v4 := this.project_name) is not UNSET:
            out["project_name"] = _v4
        if (_v5 := this.currency) is not UNSET:
            out["currency"] = _v5
        if (_v6 := this.total_hours) is not UNSET:
            out["total_hours"] = _v6
        if (_v7 := this.uninvoiced_hours) is not UNSET:
            out["uninvoiced_hours"] = _v7
        if (_v8 := this.uninvoiced_expenses) is not UNSET:
            out["uninvoiced_expenses"] = _v8
        if (_v9 := this.uninvoiced_amount) is not UNSET:
            out["uninvoiced_amount"] = _v9
        out.update(self.additional_properties)
        return out


UninvoicedReportResult._schema = _k.ModelSchema(
    "UninvoicedReportResult",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client_name", "client_name", _k.STRING, required=True, nullable=False),
        _k.Field("project_id", "project_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("project_name", "project_name", _k.STRING, required=True, nullable=False),
        _k.Field("currency", "currency", _k.STRING, required=True, nullable=False),
        _k.Field("total_hours", "total_hours", _k.DECIMAL, required=True, nullable=False),
        _k.Field("uninvoiced_hours", "uninvoiced_hours", _k.DECIMAL, required=True, nullable=False),
        _k.Field("uninvoiced_expenses", "uninvoiced_expenses", _k.DECIMAL, required=True, nullable=False),
        _k.Field("uninvoiced_amount", "uninvoiced_amount", _k.DECIMAL, required=True, nullable=False),
    ),
)
