"""InvoiceLineItemsImport: Build the rows of a new invoice from tracked time and expenses of some projects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_model as _dump_model
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET, Unset
from .invoice_expense_import import InvoiceExpenseImport
from .invoice_time_import import InvoiceTimeImport

_new = object.__new__


@define
class InvoiceLineItemsImport:
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.project_ids = _v0 if (_v0 := src["project_ids"]).__class__ is list else _drifted()
            obj.time = _v1 if (_v1 := src.get("time", UNSET)) is UNSET else InvoiceTimeImport.from_dict(_v1)
            obj.expenses = _v2 if (_v2 := src.get("expenses", UNSET)) is UNSET else InvoiceExpenseImport.from_dict(_v2)
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src) - 1 - (obj.time is not UNSET) - (obj.expenses is not UNSET)
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
