"""InvoiceExpenseImport: Which uninvoiced billable expenses to pull into the invoice, and how to group them."""

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
    from .invoice_expense_summary_type import InvoiceExpenseSummaryType

_new = object.__new__
_SUMMARY_TYPE_VALUES = frozenset(
    (
        "category",
        "detailed",
        "people",
        "project",
    )
)


@define
class InvoiceExpenseImport:
    """Which uninvoiced billable expenses to pull into the invoice, and how to group them.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    summary_type: InvoiceExpenseSummaryType | str
    """How imported expenses are grouped into rows: one row per project, per expense category or per person, or one row per expense (detailed)."""
    from_: datetime.date | Unset = UNSET
    """First day of expenses to include; no lower bound when left out."""
    to: datetime.date | Unset = UNSET
    """Last day of expenses to include; no upper bound when left out."""
    attach_receipt: bool | Unset = UNSET
    """True adds a PDF expense report with the receipts to the invoice."""
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
            obj.attach_receipt = (
                _v3 if (_v3 := src.get("attach_receipt", UNSET)) is UNSET or _v3.__class__ is bool else _drifted()
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src) - 1 - (obj.from_ is not UNSET) - (obj.to is not UNSET) - (obj.attach_receipt is not UNSET)
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
        if (_v4 := this.attach_receipt) is not UNSET:
            out["attach_receipt"] = _v4
        out.update(self.additional_properties)
        return out


InvoiceExpenseImport._schema = _k.ModelSchema(
    "InvoiceExpenseImport",
    (
        _k.Field("summary_type", "summary_type", _k.Enum(sorted(_SUMMARY_TYPE_VALUES)), required=True, nullable=False),
        _k.Field("from_", "from", _k.DATE, required=False, nullable=False),
        _k.Field("to", "to", _k.DATE, required=False, nullable=False),
        _k.Field("attach_receipt", "attach_receipt", _k.BOOLEAN, required=False, nullable=False),
    ),
)
