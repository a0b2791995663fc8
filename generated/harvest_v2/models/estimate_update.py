"""EstimateUpdate: Fields to change on an estimate; leave out what stays. Rows are added, changed or removed through line_items."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset
from .estimate_line_item_update import EstimateLineItemUpdate

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
class EstimateUpdate:
    """Fields to change on an estimate; leave out what stays. Rows are added, changed or removed through line_items.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    client_id: int | Unset = UNSET
    number: str | Unset = UNSET
    purchase_order: str | Unset | None = UNSET
    tax: float | Unset | None = UNSET
    """First tax rate as a percentage."""
    tax2: float | Unset | None = UNSET
    """Second tax rate as a percentage."""
    discount: float | Unset | None = UNSET
    """Discount as a percentage."""
    subject: str | Unset | None = UNSET
    notes: str | Unset | None = UNSET
    currency: str | Unset = UNSET
    issue_date: datetime.date | Unset = UNSET
    line_items: list[EstimateLineItemUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.client_id = src.get("client_id", UNSET)
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
            else list(map(EstimateLineItemUpdate.from_dict, _u11))
        )
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.client_id is not UNSET)
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
        out: dict[str, Any] = {}
        if not isinstance(self.client_id, Unset):
            out["client_id"] = self.client_id
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
