"""InvoiceTimeImport: Which uninvoiced billable time to pull into the invoice, and how to group it."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .invoice_time_summary_type import InvoiceTimeSummaryType

_new = object.__new__
_FIELDS = frozenset(
    {
        "summary_type",
        "from",
        "to",
    }
)


@define
class InvoiceTimeImport:
    """Which uninvoiced billable time to pull into the invoice, and how to group it.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    summary_type: InvoiceTimeSummaryType | str
    """How imported time is grouped into rows: one row per project, per task or per person, or one row per time entry (detailed)."""
    from_: datetime.date | Unset = UNSET
    """First day of time to include; no lower bound when left out."""
    to: datetime.date | Unset = UNSET
    """Last day of time to include; no upper bound when left out."""
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
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 1 - (obj.from_ is not UNSET) - (obj.to is not UNSET)
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
        out.update(self.additional_properties)
        return out
