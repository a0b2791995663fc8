"""InvoiceExpenseImport: Which uninvoiced billable expenses to pull into the invoice, and how to group them."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .invoice_expense_summary_type import InvoiceExpenseSummaryType

_new = object.__new__
_FIELDS = frozenset(
    {
        "summary_type",
        "from",
        "to",
        "attach_receipt",
    }
)


@define
class InvoiceExpenseImport:
    """Which uninvoiced billable expenses to pull into the invoice, and how to group them.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
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

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.summary_type = src["summary_type"]
        obj.from_ = UNSET if (_u2 := src.get("from", UNSET)) is UNSET else _parse_date(_u2)
        obj.to = UNSET if (_u3 := src.get("to", UNSET)) is UNSET else _parse_date(_u3)
        obj.attach_receipt = src.get("attach_receipt", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 1 - (obj.from_ is not UNSET) - (obj.to is not UNSET) - (obj.attach_receipt is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "summary_type": self.summary_type,
        }
        if not isinstance(self.from_, Unset):
            out["from"] = self.from_.isoformat()
        if not isinstance(self.to, Unset):
            out["to"] = self.to.isoformat()
        if not isinstance(self.attach_receipt, Unset):
            out["attach_receipt"] = self.attach_receipt
        out.update(self.additional_properties)
        return out
