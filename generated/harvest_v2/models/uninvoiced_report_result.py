"""UninvoicedReportResult: What one billable project has tracked and spent in the range that is not invoiced yet."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

_new = object.__new__
_FIELDS = frozenset(
    {
        "client_id",
        "client_name",
        "project_id",
        "project_name",
        "currency",
        "total_hours",
        "uninvoiced_hours",
        "uninvoiced_expenses",
        "uninvoiced_amount",
    }
)


@define
class UninvoicedReportResult:
    """What one billable project has tracked and spent in the range that is not invoiced yet.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    client_id: int
    client_name: str
    project_id: int
    project_name: str
    currency: str
    """ISO 4217 code of the amounts."""
    total_hours: float
    """All hours tracked in the range"""
    uninvoiced_hours: float
    """Hours of the range not yet invoiced."""
    uninvoiced_expenses: float
    """Billable expense amount of the range not yet invoiced."""
    uninvoiced_amount: float
    """Value of the uninvoiced time and expenses together."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.client_id = src["client_id"]
        obj.client_name = src["client_name"]
        obj.project_id = src["project_id"]
        obj.project_name = src["project_name"]
        obj.currency = src["currency"]
        obj.total_hours = src["total_hours"]
        obj.uninvoiced_hours = src["uninvoiced_hours"]
        obj.uninvoiced_expenses = src["uninvoiced_expenses"]
        obj.uninvoiced_amount = src["uninvoiced_amount"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 9
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "client_id": self.client_id,
            "client_name": self.client_name,
            "project_id": self.project_id,
            "project_name": self.project_name,
            "currency": self.currency,
            "total_hours": self.total_hours,
            "uninvoiced_hours": self.uninvoiced_hours,
            "uninvoiced_expenses": self.uninvoiced_expenses,
            "uninvoiced_amount": self.uninvoiced_amount,
        }
        out.update(self.additional_properties)
        return out
