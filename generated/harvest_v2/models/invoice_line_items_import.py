"""InvoiceLineItemsImport: Build the rows of a new invoice from tracked time and expenses of some projects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset
from .invoice_expense_import import InvoiceExpenseImport
from .invoice_time_import import InvoiceTimeImport

_new = object.__new__
_FIELDS = frozenset(
    {
        "project_ids",
        "time",
        "expenses",
    }
)


@define
class InvoiceLineItemsImport:
    """Build the rows of a new invoice from tracked time and expenses of some projects.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    project_ids: list[int]
    """The projects whose time and expenses are billed."""
    time: InvoiceTimeImport | Unset = UNSET
    """Which uninvoiced billable time to pull into the invoice, and how to group it."""
    expenses: InvoiceExpenseImport | Unset = UNSET
    """Which uninvoiced billable expenses to pull into the invoice, and how to group them."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.project_ids = src["project_ids"]
        obj.time = UNSET if (_u2 := src.get("time", UNSET)) is UNSET else InvoiceTimeImport.from_dict(_u2)
        obj.expenses = UNSET if (_u3 := src.get("expenses", UNSET)) is UNSET else InvoiceExpenseImport.from_dict(_u3)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 1 - (obj.time is not UNSET) - (obj.expenses is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "project_ids": self.project_ids,
        }
        if not isinstance(self.time, Unset):
            out["time"] = self.time.to_dict()
        if not isinstance(self.expenses, Unset):
            out["expenses"] = self.expenses.to_dict()
        out.update(self.additional_properties)
        return out
