"""InvoiceTimeImport: Which uninvoiced billable time to pull into the invoice, and how to group it."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_date as _dump_date
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .invoice_time_summary_type import InvoiceTimeSummaryType

_new = object.__new__
_SUMMARY_TYPE_VALUES = frozenset(
    (
        "detailed",
        "people",
        "project",
        "task",
    )
)


@define
class InvoiceTimeImport:
    """Which uninvoiced billable time to pull into the invoice, and how to group it.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    summary_type: InvoiceTimeSummaryType | str
    """How imported time is grouped into rows: one row per project, per task or per person, or one row per time entry (detailed)."""
    from_: datetime.date | Unset = UNSET
    """First day of time to include; no lower bound when left out."""
    to: datetime.date | Unset = UNSET
    """Last day of time to include; no upper bound when left out."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.summary_type = _v0 if (_v0 := src["summary_type"]) in _SUMMARY_TYPE_VALUES else _drifted()
            obj.from_ = _v1 if (_v1 := src.get("from", UNSET)) is UNSET else _parse_date(_v1)
            obj.to = _v2 if (_v2 := src.get("to", UNSET)) is UNSET else _parse_date(_v2)
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src) - 1 - (obj.from_ is not UNSET) - (obj.to is not UNSET)
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
        if (_v1 := this.summary_type) is not UNSET:
            out["summary_type"] = _v1
        if (_v2 := this.from_) is not UNSET:
            out["from"] = _dump_date(_v2)
        if (_v3 := this.to) is not UNSET:
            out["to"] = _dump_date(_v3)
        out.update(self.additional_properties)
        return out


InvoiceTimeImport._schema = _k.ModelSchema(
    "InvoiceTimeImport",
    (
        _k.Field("summary_type", "summary_type", _k.Enum(sorted(_SUMMARY_TYPE_VALUES)), required=True, nullable=False),
        _k.Field("from_", "from", _k.DATE, required=False, nullable=False),
        _k.Field("to", "to", _k.DATE, required=False, nullable=False),
    ),
)
