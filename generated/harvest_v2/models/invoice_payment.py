"""InvoicePayment: Money received against an invoice."""

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
from ..types import UNSET
from .invoice_payment_gateway import InvoicePaymentGateway


class InvoicePayment(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Money received against an invoice.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    amount: Decimal
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
        if (_v2 := this.amount) is not UNSET:
            out["amount"] = _v2
        if (_v3 := this.paid_at) is not UNSET:
            out["paid_at"] = _dump_datetime(_v3)
        if (_v4 := this.paid_date) is not UNSET:
            out["paid_date"] = _dump_date(_v4)
        if (_v5 := this.recorded_by) is not UNSET:
            out["recorded_by"] = _v5
        if (_v6 := this.recorded_by_email) is not UNSET:
            out["recorded_by_email"] = _v6
        if (_v7 := this.notes) is not UNSET:
            out["notes"] = _v7
        if (_v8 := this.transaction_id) is not UNSET:
            out["transaction_id"] = _v8
        if (_v9 := this.payment_gateway) is not UNSET:
            out["payment_gateway"] = _dump_model(_v9)
        if (_v10 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v10)
        if (_v11 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v11)
        out.update(self.additional_properties)
        return out


InvoicePayment._schema = _k.ModelSchema(
    "InvoicePayment",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("amount", "amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("paid_at", "paid_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("paid_date", "paid_date", _k.DATE, required=True, nullable=False),
        _k.Field("recorded_by", "recorded_by", _k.STRING, required=True, nullable=False),
        _k.Field("recorded_by_email", "recorded_by_email", _k.STRING, required=True, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=True, nullable=True),
        _k.Field("transaction_id", "transaction_id", _k.STRING, required=True, nullable=True),
        _k.Field("payment_gateway", "payment_gateway", _k.Model(InvoicePaymentGateway), required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
