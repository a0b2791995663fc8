"""UninvoicedReportResult: What one billable project has tracked and spent in the range that is not invoiced yet."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET


class UninvoicedReportResult(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
