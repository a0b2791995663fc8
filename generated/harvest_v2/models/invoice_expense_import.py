"""InvoiceExpenseImport: Which uninvoiced billable expenses to pull into the invoice, and how to group them."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from ..types import UNSET, Unset
from .invoice_expense_summary_type import InvoiceExpenseSummaryType


class InvoiceExpenseImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Which uninvoiced billable expenses to pull into the invoice, and how to group them.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    summary_type: InvoiceExpenseSummaryType | str
    """How imported expenses are grouped into rows: one row per project, per expense category or per person, or one row per expense (detailed)."""
    from_: datetime.date | Unset = msgspec.field(default=UNSET, name="from")
    """First day of expenses to include; no lower bound when left out."""
    to: datetime.date | Unset = UNSET
    """Last day of expenses to include; no upper bound when left out."""
    attach_receipt: bool | Unset = UNSET
    """True adds a PDF expense report with the receipts to the invoice."""
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
        _k.Field("summary_type", "summary_type", _k.Enum(InvoiceExpenseSummaryType), required=True, nullable=False),
        _k.Field("from_", "from", _k.DATE, required=False, nullable=False),
        _k.Field("to", "to", _k.DATE, required=False, nullable=False),
        _k.Field("attach_receipt", "attach_receipt", _k.BOOLEAN, required=False, nullable=False),
    ),
)
