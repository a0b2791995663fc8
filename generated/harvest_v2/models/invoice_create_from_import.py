"""InvoiceCreateFromImport: A new invoice whose rows are generated from the uninvoiced time and expenses of projects."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_model as _dump_model
from ..types import UNSET, Unset
from .invoice_line_items_import import InvoiceLineItemsImport
from .invoice_payment_term import InvoicePaymentTerm


class InvoiceCreateFromImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new invoice whose rows are generated from the uninvoiced time and expenses of projects.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int
    """The client the invoice is for."""
    line_items_import: InvoiceLineItemsImport
    """Build the rows of a new invoice from tracked time and expenses of some projects."""
    retainer_id: int | Unset = UNSET
    """A retainer of the client to draw the invoice on."""
    estimate_id: int | Unset = UNSET
    """The estimate the invoice comes from."""
    number: str | Unset = UNSET
    """Invoice number; the next one in sequence when left out."""
    purchase_order: str | Unset = UNSET
    tax: Decimal | Unset = UNSET
    """First tax rate as a percentage."""
    tax2: Decimal | Unset = UNSET
    """Second tax rate as a percentage."""
    discount: Decimal | Unset = UNSET
    """Discount as a percentage."""
    subject: str | Unset = UNSET
    notes: str | Unset = UNSET
    currency: str | Unset = UNSET
    """ISO 4217 code; the client's currency when left out."""
    issue_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    """Used when payment_term is custom."""
    payment_term: InvoicePaymentTerm | str | Unset = UNSET
    """When payment falls due: on receipt, a fixed number of days after the issue date (net 15 to net 60), or on a due date chosen by hand (custom)."""
    payment_options: list[str] | Unset = UNSET
    """Online payment methods to offer the client."""
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
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.line_items_import) is not UNSET:
            out["line_items_import"] = _dump_model(_v2)
        if (_v3 := this.retainer_id) is not UNSET:
            out["retainer_id"] = _v3
        if (_v4 := this.estimate_id) is not UNSET:
            out["estimate_id"] = _v4
        if (_v5 := this.number) is not UNSET:
            out["number"] = _v5
        if (_v6 := this.purchase_order) is not UNSET:
            out["purchase_order"] = _v6
        if (_v7 := this.tax) is not UNSET:
            out["tax"] = _v7
        if (_v8 := this.tax2) is not UNSET:
            out["tax2"] = _v8
        if (_v9 := this.discount) is not UNSET:
            out["discount"] = _v9
        if (_v10 := this.subject) is not UNSET:
            out["subject"] = _v10
        if (_v11 := this.notes) is not UNSET:
            out["notes"] = _v11
        if (_v12 := this.currency) is not UNSET:
            out["currency"] = _v12
        if (_v13 := this.issue_date) is not UNSET:
            out["issue_date"] = _dump_date(_v13)
        if (_v14 := this.due_date) is not UNSET:
            out["due_date"] = _dump_date(_v14)
        if (_v15 := this.payment_term) is not UNSET:
            out["payment_term"] = _v15
        if (_v16 := this.payment_options) is not UNSET:
            out["payment_options"] = _v16
        out.update(self.additional_properties)
        return out


InvoiceCreateFromImport._schema = _k.ModelSchema(
    "InvoiceCreateFromImport",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=True, nullable=False),
        _k.Field(
            "line_items_import", "line_items_import", _k.Model(InvoiceLineItemsImport), required=True, nullable=False
        ),
        _k.Field("retainer_id", "retainer_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("estimate_id", "estimate_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("number", "number", _k.STRING, required=False, nullable=False),
        _k.Field("purchase_order", "purchase_order", _k.STRING, required=False, nullable=False),
        _k.Field("tax", "tax", _k.DECIMAL, required=False, nullable=False),
        _k.Field("tax2", "tax2", _k.DECIMAL, required=False, nullable=False),
        _k.Field("discount", "discount", _k.DECIMAL, required=False, nullable=False),
        _k.Field("subject", "subject", _k.STRING, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=False),
        _k.Field("currency", "currency", _k.STRING, required=False, nullable=False),
        _k.Field("issue_date", "issue_date", _k.DATE, required=False, nullable=False),
        _k.Field("due_date", "due_date", _k.DATE, required=False, nullable=False),
        _k.Field("payment_term", "payment_term", _k.Enum(InvoicePaymentTerm), required=False, nullable=False),
        _k.Field("payment_options", "payment_options", _k.List(_k.STRING), required=False, nullable=False),
    ),
)
