"""EstimateCreate: Fields of a new estimate."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset
from .estimate_line_item_create import EstimateLineItemCreate

_new = object.__new__
_FIELDS = frozenset(
    {
        "client_id",
        "number",
        "purchase_order",
        "tax",
        "tax2",
        "discount",
        "subject",
        "notes",
        "currency",
        "issue_date",
        "line_items",
    }
)


@define
class EstimateCreate:
    """Fields of a new estimate.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    client_id: int
    """The client the estimate is for."""
    number: str | Unset = UNSET
    """Estimate number; the next one in sequence when left out."""
    purchase_order: str | Unset = UNSET
    tax: float | Unset = UNSET
    """First tax rate as a percentage."""
    tax2: float | Unset = UNSET
    """Second tax rate as a percentage."""
    discount: float | Unset = UNSET
    """Discount as a percentage."""
    subject: str | Unset = UNSET
    notes: str | Unset = UNSET
    currency: str | Unset = UNSET
    """ISO 4217 code; the client's currency when left out."""
    issue_date: datetime.date | Unset = UNSET
    line_items: list[EstimateLineItemCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.client_id = src["client_id"]
        obj.number = src.get("number", UNSET)
        obj.purchase_order = src.get("purchase_order", UNSET)
        obj.tax = src.get("tax", UNSET)
        obj.tax2 = src.get("tax2", UNSET)
        obj.discount = src.get("discount", UNSET)
        obj.subject = src.get("subject", UNSET)
        obj.notes = src.get("notes", UNSET)
        obj.currency = src.get("currency", UNSET)
        obj.issue_date = UNSET if (_u10 := src.get("issue_date", UNSET)) is UNSET else _parse_date(_u10)
        obj.line_items = (
            UNSET
            if (_u11 := src.get("line_items", UNSET)) is UNSET
            else list(map(EstimateLineItemCreate.from_dict, _u11))
        )
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 1
            - (obj.number is not UNSET)
            - (obj.purchase_order is not UNSET)
            - (obj.tax is not UNSET)
            - (obj.tax2 is not UNSET)
            - (obj.discount is not UNSET)
            - (obj.subject is not UNSET)
            - (obj.notes is not UNSET)
            - (obj.currency is not UNSET)
            - (obj.issue_date is not UNSET)
            - (obj.line_items is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "client_id": self.client_id,
        }
        if not isinstance(self.number, Unset):
            out["number"] = self.number
        if not isinstance(self.purchase_order, Unset):
            out["purchase_order"] = self.purchase_order
        if not isinstance(self.tax, Unset):
            out["tax"] = self.tax
        if not isinstance(self.tax2, Unset):
            out["tax2"] = self.tax2
        if not isinstance(self.discount, Unset):
            out["discount"] = self.discount
        if not isinstance(self.subject, Unset):
            out["subject"] = self.subject
        if not isinstance(self.notes, Unset):
            out["notes"] = self.notes
        if not isinstance(self.currency, Unset):
            out["currency"] = self.currency
        if not isinstance(self.issue_date, Unset):
            out["issue_date"] = self.issue_date.isoformat()
        if not isinstance(self.line_items, Unset):
            out["line_items"] = [_i0.to_dict() for _i0 in self.line_items]
        out.update(self.additional_properties)
        return out
