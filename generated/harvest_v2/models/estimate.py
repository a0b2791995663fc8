"""Estimate: A priced proposal of work for a client, which the client can accept or decline."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from .client_reference import ClientReference
from .estimate_line_item import EstimateLineItem
from .user_reference import UserReference

if TYPE_CHECKING:
    from .estimate_state import EstimateState

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "client",
        "line_items",
        "creator",
        "client_key",
        "number",
        "purchase_order",
        "amount",
        "tax",
        "tax_amount",
        "tax2",
        "tax2_amount",
        "discount",
        "discount_amount",
        "subject",
        "notes",
        "currency",
        "state",
        "issue_date",
        "sent_at",
        "accepted_at",
        "declined_at",
        "created_at",
        "updated_at",
    }
)


@define
class Estimate:
    """A priced proposal of work for a client, which the client can accept or decline.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    client: ClientReference
    """The client a record belongs to."""
    line_items: list[EstimateLineItem]
    creator: UserReference
    """The user (person) a record belongs to or was made by."""
    client_key: str
    """Key of the estimate's public web address that the client opens."""
    number: str
    """The estimate number shown to the client."""
    purchase_order: str | None
    """The client's purchase order reference; null when none was given."""
    amount: float
    """Grand total after taxes and discount."""
    tax: float | None
    """First tax rate as a percentage; null when not set."""
    tax_amount: float
    """Money added by the first tax."""
    tax2: float | None
    """Second tax rate as a percentage; null when not set."""
    tax2_amount: float
    """Money added by the second tax."""
    discount: float | None
    """Discount as a percentage; null when not set."""
    discount_amount: float
    """Money taken off by the discount."""
    subject: str | None
    """Headline of the estimate; null when not set."""
    notes: str | None
    """Extra text printed on the estimate; null when not set."""
    currency: str
    """ISO 4217 code, for example EUR."""
    state: EstimateState | str
    """Where the estimate stands: still being written (draft), handed to the client (sent), or answered by the client (accepted or declined)."""
    issue_date: datetime.date
    """The day the estimate is dated."""
    sent_at: datetime.datetime | None
    """When the estimate was sent; null while a draft."""
    accepted_at: datetime.datetime | None
    """When the client accepted; null unless accepted."""
    declined_at: datetime.datetime | None
    """When the client declined; null unless declined."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.client = ClientReference.from_dict(src["client"])
        obj.line_items = list(map(EstimateLineItem.from_dict, src["line_items"]))
        obj.creator = UserReference.from_dict(src["creator"])
        obj.client_key = src["client_key"]
        obj.number = src["number"]
        obj.purchase_order = src["purchase_order"]
        obj.amount = src["amount"]
        obj.tax = src["tax"]
        obj.tax_amount = src["tax_amount"]
        obj.tax2 = src["tax2"]
        obj.tax2_amount = src["tax2_amount"]
        obj.discount = src["discount"]
        obj.discount_amount = src["discount_amount"]
        obj.subject = src["subject"]
        obj.notes = src["notes"]
        obj.currency = src["currency"]
        obj.state = src["state"]
        obj.issue_date = _parse_date(src["issue_date"])
        obj.sent_at = None if (_v0 := src["sent_at"]) is None else _parse_datetime(_v0)
        obj.accepted_at = None if (_v1 := src["accepted_at"]) is None else _parse_datetime(_v1)
        obj.declined_at = None if (_v2 := src["declined_at"]) is None else _parse_datetime(_v2)
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 24
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "client": self.client.to_dict(),
            "line_items": [_i3.to_dict() for _i3 in self.line_items],
            "creator": self.creator.to_dict(),
            "client_key": self.client_key,
            "number": self.number,
            "purchase_order": self.purchase_order,
            "amount": self.amount,
            "tax": self.tax,
            "tax_amount": self.tax_amount,
            "tax2": self.tax2,
            "tax2_amount": self.tax2_amount,
            "discount": self.discount,
            "discount_amount": self.discount_amount,
            "subject": self.subject,
            "notes": self.notes,
            "currency": self.currency,
            "state": self.state,
            "issue_date": self.issue_date.isoformat(),
            "sent_at": None if (_v4 := self.sent_at) is None else _format_datetime(_v4),
            "accepted_at": None if (_v5 := self.accepted_at) is None else _format_datetime(_v5),
            "declined_at": None if (_v6 := self.declined_at) is None else _format_datetime(_v6),
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        out.update(self.additional_properties)
        return out
