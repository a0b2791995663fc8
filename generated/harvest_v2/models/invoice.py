"""Invoice: A bill sent to a client, made of line items, with its taxes, discount and payment status."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from .._core._schema import dump_models as _dump_models
from ..types import UNSET, Unset
from .client_reference import ClientReference
from .id_reference import IdReference
from .invoice_line_item import InvoiceLineItem
from .invoice_payment_term import InvoicePaymentTerm
from .invoice_state import InvoiceState
from .user_reference import UserReference


class Invoice(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A bill sent to a client, made of line items, with its taxes, discount and payment status.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
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
    amount: Decimal
    """Grand total after taxes and discount."""
    due_amount: Decimal
    """What is still owed once recorded payments are taken off."""
    tax: Decimal | None
    """First tax rate as a percentage; null when not set."""
    tax_amount: Decimal
    """Money added by the first tax."""
    tax2: Decimal | None
    """Second tax rate as a percentage; null when not set."""
    tax2_amount: Decimal
    """Money added by the second tax."""
    discount: Decimal | None
    """Discount as a percentage; null when not set."""
    discount_amount: Decimal
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
    additional_properties: dict[str, Any] = msgspec.field(default_factory=dict)
    """Attributes Harvest sent that the spec does not declare."""
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.client) is not UNSET:
            out["client"] = _dump_model(_v2)
        if (_v3 := this.line_items) is not UNSET:
            out["line_items"] = _dump_models(_v3)
        if (_v4 := this.estimate) is not UNSET:
            out["estimate"] = _dump_model(_v4)
        if (_v5 := this.retainer) is not UNSET:
            out["retainer"] = _dump_model(_v5)
        if (_v6 := this.creator) is not UNSET:
            out["creator"] = _dump_model(_v6)
        if (_v7 := this.client_key) is not UNSET:
            out["client_key"] = _v7
        if (_v8 := this.number) is not UNSET:
            out["number"] = _v8
        if (_v9 := this.purchase_order) is not UNSET:
            out["purchase_order"] = _v9
        if (_v10 := this.amount) is not UNSET:
            out["amount"] = _v10
        if (_v11 := this.due_amount) is not UNSET:
            out["due_amount"] = _v11
        if (_v12 := this.tax) is not UNSET:
            out["tax"] = _v12
        if (_v13 := this.tax_amount) is not UNSET:
            out["tax_amount"] = _v13
        if (_v14 := this.tax2) is not UNSET:
            out["tax2"] = _v14
        if (_v15 := this.tax2_amount) is not UNSET:
            out["tax2_amount"] = _v15
        if (_v16 := this.discount) is not UNSET:
            out["discount"] = _v16
        if (_v17 := this.discount_amount) is not UNSET:
            out["discount_amount"] = _v17
        if (_v18 := this.subject) is not UNSET:
            out["subject"] = _v18
        if (_v19 := this.notes) is not UNSET:
            out["notes"] = _v19
        if (_v20 := this.currency) is not UNSET:
            out["currency"] = _v20
        if (_v21 := this.state) is not UNSET:
            out["state"] = _v21
        if (_v22 := this.period_start) is not UNSET:
            out["period_start"] = _dump_date(_v22)
        if (_v23 := this.period_end) is not UNSET:
            out["period_end"] = _dump_date(_v23)
        if (_v24 := this.issue_date) is not UNSET:
            out["issue_date"] = _dump_date(_v24)
        if (_v25 := this.due_date) is not UNSET:
            out["due_date"] = _dump_date(_v25)
        if (_v26 := this.payment_term) is not UNSET:
            out["payment_term"] = _v26
        if (_v27 := this.sent_at) is not UNSET:
            out["sent_at"] = _dump_datetime(_v27)
        if (_v28 := this.paid_at) is not UNSET:
            out["paid_at"] = _dump_datetime(_v28)
        if (_v29 := this.paid_date) is not UNSET:
            out["paid_date"] = _dump_date(_v29)
        if (_v30 := this.closed_at) is not UNSET:
            out["closed_at"] = _dump_datetime(_v30)
        if (_v31 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v31)
        if (_v32 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v32)
        if (_v33 := this.payment_options) is not UNSET:
            out["payment_options"] = _v33
        if (_v34 := this.recurring_invoice_id) is not UNSET:
            out["recurring_invoice_id"] = _v34
        out.update(self.additional_properties)
        return out


Invoice._schema = _k.ModelSchema(
    "Invoice",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client", "client", _k.Model(ClientReference), required=True, nullable=False),
        _k.Field("line_items", "line_items", _k.List(_k.Model(InvoiceLineItem)), required=True, nullable=False),
        _k.Field("estimate", "estimate", _k.Model(IdReference), required=True, nullable=True),
        _k.Field("retainer", "retainer", _k.Model(IdReference), required=True, nullable=True),
        _k.Field("creator", "creator", _k.Model(UserReference), required=True, nullable=False),
        _k.Field("client_key", "client_key", _k.STRING, required=True, nullable=False),
        _k.Field("number", "number", _k.STRING, required=True, nullable=False),
        _k.Field("purchase_order", "purchase_order", _k.STRING, required=True, nullable=True),
        _k.Field("amount", "amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("due_amount", "due_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("tax", "tax", _k.DECIMAL, required=True, nullable=True),
        _k.Field("tax_amount", "tax_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("tax2", "tax2", _k.DECIMAL, required=True, nullable=True),
        _k.Field("tax2_amount", "tax2_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("discount", "discount", _k.DECIMAL, required=True, nullable=True),
        _k.Field("discount_amount", "discount_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("subject", "subject", _k.STRING, required=True, nullable=True),
        _k.Field("notes", "notes", _k.STRING, required=True, nullable=True),
        _k.Field("currency", "currency", _k.STRING, required=True, nullable=False),
        _k.Field("state", "state", _k.Enum(InvoiceState), required=True, nullable=False),
        _k.Field("period_start", "period_start", _k.DATE, required=True, nullable=True),
        _k.Field("period_end", "period_end", _k.DATE, required=True, nullable=True),
        _k.Field("issue_date", "issue_date", _k.DATE, required=True, nullable=False),
        _k.Field("due_date", "due_date", _k.DATE, required=True, nullable=False),
        _k.Field("payment_term", "payment_term", _k.Enum(InvoicePaymentTerm), required=True, nullable=False),
        _k.Field("sent_at", "sent_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("paid_at", "paid_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("paid_date", "paid_date", _k.DATE, required=True, nullable=True),
        _k.Field("closed_at", "closed_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("payment_options", "payment_options", _k.List(_k.STRING), required=False, nullable=False),
        _k.Field("recurring_invoice_id", "recurring_invoice_id", _k.INTEGER, required=False, nullable=True),
    ),
)
