"""Invoice: A bill sent to a client, made of line items, with its taxes, discount and payment status."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset
from .client_reference import ClientReference
from .id_reference import IdReference
from .invoice_line_item import InvoiceLineItem
from .user_reference import UserReference

if TYPE_CHECKING:
    from .invoice_payment_term import InvoicePaymentTerm
    from .invoice_state import InvoiceState

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "client",
        "line_items",
        "estimate",
        "retainer",
        "creator",
        "client_key",
        "number",
        "purchase_order",
        "amount",
        "due_amount",
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
        "period_start",
        "period_end",
        "issue_date",
        "due_date",
        "payment_term",
        "sent_at",
        "paid_at",
        "paid_date",
        "closed_at",
        "created_at",
        "updated_at",
        "payment_options",
        "recurring_invoice_id",
    }
)


@define
class Invoice:
    """A bill sent to a client, made of line items, with its taxes, discount and payment status.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    client: ClientReference
    """The client a record belongs to."""
    line_items: list[InvoiceLineItem]
    estimate: IdReference | None
    """The estimate the invoice was made from; null when there is none."""
    retainer: IdReference | None
    """The retainer the invoice draws on; null when there is none."""
    creator: UserReference
    """The user (person) a record belongs to or was made by."""
    client_key: str
    """Key of the invoice's public web address that the client opens."""
    number: str
    """The invoice number shown to the client."""
    purchase_order: str | None
    """The client's purchase order reference; null when none was given."""
    amount: float
    """Grand total after taxes and discount."""
    due_amount: float
    """What is still owed once recorded payments are taken off."""
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
    """Headline of the invoice; null when not set."""
    notes: str | None
    """Extra text printed on the invoice; null when not set."""
    currency: str
    """ISO 4217 code, for example EUR."""
    state: InvoiceState | str
    """Where the invoice stands: still being written (draft), sent and awaiting money (open), settled in full (paid), or closed without full payment (closed)."""
    period_start: datetime.date | None
    """First day of the work billed; null when the invoice covers no period."""
    period_end: datetime.date | None
    """Last day of the work billed; null when the invoice covers no period."""
    issue_date: datetime.date
    """The day the invoice is dated."""
    due_date: datetime.date
    """The day payment is expected by."""
    payment_term: InvoicePaymentTerm | str
    """When payment falls due: on receipt, a fixed number of days after the issue date (net 15 to net 60), or on a due date chosen by hand (custom)."""
    sent_at: datetime.datetime | None
    """When the invoice was sent; null while a draft."""
    paid_at: datetime.datetime | None
    """When the last payment settled the invoice; null until paid."""
    paid_date: datetime.date | None
    """The day the invoice was settled; null until paid."""
    closed_at: datetime.datetime | None
    """When the invoice was closed; null unless closed."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    payment_options: list[str] | Unset = UNSET
    """The online payment methods offered to the client on this invoice; empty when none. Older answers leave it out."""
    recurring_invoice_id: int | Unset | None = UNSET
    """The recurring invoice that generated this one; null for one-off invoices. Older answers leave it out."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.client = ClientReference.from_dict(src["client"])
        obj.line_items = list(map(InvoiceLineItem.from_dict, src["line_items"]))
        obj.estimate = None if (_v0 := src["estimate"]) is None else IdReference.from_dict(_v0)
        obj.retainer = None if (_v1 := src["retainer"]) is None else IdReference.from_dict(_v1)
        obj.creator = UserReference.from_dict(src["creator"])
        obj.client_key = src["client_key"]
        obj.number = src["number"]
        obj.purchase_order = src["purchase_order"]
        obj.amount = src["amount"]
        obj.due_amount = src["due_amount"]
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
        obj.period_start = None if (_v2 := src["period_start"]) is None else _parse_date(_v2)
        obj.period_end = None if (_v3 := src["period_end"]) is None else _parse_date(_v3)
        obj.issue_date = _parse_date(src["issue_date"])
        obj.due_date = _parse_date(src["due_date"])
        obj.payment_term = src["payment_term"]
        obj.sent_at = None if (_v4 := src["sent_at"]) is None else _parse_datetime(_v4)
        obj.paid_at = None if (_v5 := src["paid_at"]) is None else _parse_datetime(_v5)
        obj.paid_date = None if (_v6 := src["paid_date"]) is None else _parse_date(_v6)
        obj.closed_at = None if (_v7 := src["closed_at"]) is None else _parse_datetime(_v7)
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.payment_options = src.get("payment_options", UNSET)
        obj.recurring_invoice_id = src.get("recurring_invoice_id", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 32 - (obj.payment_options is not UNSET) - (obj.recurring_invoice_id is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "client": self.client.to_dict(),
            "line_items": [_i8.to_dict() for _i8 in self.line_items],
            "estimate": None if (_v9 := self.estimate) is None else _v9.to_dict(),
            "retainer": None if (_v10 := self.retainer) is None else _v10.to_dict(),
            "creator": self.creator.to_dict(),
            "client_key": self.client_key,
            "number": self.number,
            "purchase_order": self.purchase_order,
            "amount": self.amount,
            "due_amount": self.due_amount,
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
            "period_start": None if (_v11 := self.period_start) is None else _v11.isoformat(),
            "period_end": None if (_v12 := self.period_end) is None else _v12.isoformat(),
            "issue_date": self.issue_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "payment_term": self.payment_term,
            "sent_at": None if (_v13 := self.sent_at) is None else _format_datetime(_v13),
            "paid_at": None if (_v14 := self.paid_at) is None else _format_datetime(_v14),
            "paid_date": None if (_v15 := self.paid_date) is None else _v15.isoformat(),
            "closed_at": None if (_v16 := self.closed_at) is None else _format_datetime(_v16),
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.payment_options, Unset):
            out["payment_options"] = self.payment_options
        if not isinstance(self.recurring_invoice_id, Unset):
            out["recurring_invoice_id"] = self.recurring_invoice_id
        out.update(self.additional_properties)
        return out
