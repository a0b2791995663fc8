"""InvoiceLineItemsImport: Build the rows of a new invoice from tracked time and expenses of some projects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_model as _dump_model
from ..types import UNSET, Unset
from .invoice_expense_import import InvoiceExpenseImport
from .invoice_time_import import InvoiceTimeImport


class InvoiceLineItemsImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Build the rows of a new invoice from tracked time and expenses of some projects.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    project_ids: list[int]
    """The projects whose time and expenses are billed."""
    time: InvoiceTimeImport | Unset = UNSET
    """Which uninvoiced billable time to pull into the invoice, and how to group it."""
    expenses: InvoiceExpenseImport | Unset = UNSET
    """Which uninvoiced billable expenses to pull into the invoice, and how to group them."""
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
        if (_v1 := this.project_ids) is not UNSET:
            out["project_ids"] = _v1
        if (_v2 := this.time) is not UNSET:
            out["time"] = _dump_model(_v2)
        if (_v3 := this.expenses) is not UNSET:
            out["expenses"] = _dump_model(_v3)
        out.update(self.additional_properties)
        return out


InvoiceLineItemsImport._schema = _k.ModelSchema(
    "InvoiceLineItemsImport",
    (
        _k.Field("project_ids", "project_ids", _k.List(_k.INTEGER), required=True, nullable=False),
        _k.Field("time", "time", _k.Model(InvoiceTimeImport), required=False, nullable=False),
        _k.Field("expenses", "expenses", _k.Model(InvoiceExpenseImport), required=False, nullable=False),
    ),
)
