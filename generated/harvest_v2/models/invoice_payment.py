"""InvoicePayment: Money received against an invoice."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from .invoice_payment_gateway import InvoicePaymentGateway

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "amount",
        "paid_at",
        "paid_date",
        "recorded_by",
        "recorded_by_email",
        "notes",
        "transaction_id",
        "payment_gateway",
        "created_at",
        "updated_at",
    }
)


@define
class InvoicePayment:
    """Money received against an invoice.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    amount: float
    """The sum received."""
    paid_at: datetime.datetime
    """When the money was received."""
    paid_date: datetime.date
    """The day the money was received."""
    recorded_by: str
    """Name of the user who entered the payment."""
    recorded_by_email: str
    """Email address of the user who entered the payment."""
    notes: str | None
    """Free text about the payment; null when none."""
    transaction_id: str | None
    """Reference given by the card processor or PayPal; null for payments recorded by hand."""
    payment_gateway: InvoicePaymentGateway
    """The online payment service that took a payment; both fields are null for a payment recorded by hand."""
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
        obj.amount = src["amount"]
        obj.paid_at = _parse_datetime(src["paid_at"])
        obj.paid_date = _parse_date(src["paid_date"])
        obj.recorded_by = src["recorded_by"]
        obj.recorded_by_email = src["recorded_by_email"]
        obj.notes = src["notes"]
        obj.transaction_id = src["transaction_id"]
        obj.payment_gateway = InvoicePaymentGateway.from_dict(src["payment_gateway"])
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 11
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "amount": self.amount,
            "paid_at": _format_datetime(self.paid_at),
            "paid_date": self.paid_date.isoformat(),
            "recorded_by": self.recorded_by,
            "recorded_by_email": self.recorded_by_email,
            "notes": self.notes,
            "transaction_id": self.transaction_id,
            "payment_gateway": self.payment_gateway.to_dict(),
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        out.update(self.additional_properties)
        return out
