"""InvoiceUpdate: Fields to change on an invoice; leave out what stays. Rows are added, changed or removed through line_items."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_models as _dump_models
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset
from .invoice_line_item_update import InvoiceLineItemUpdate

if TYPE_CHECKING:
    from .invoice_payment_term import InvoicePaymentTerm

_new = object.__new__
_PAYMENT_TERM_VALUES = frozenset(
    (
        "custom",
        "net 15",
        "net 30",
        "net 45",
        "net 60",
        "upon receipt",
    )
)


@define
class InvoiceUpdate:
    """Fields to change on an invoice; leave out what stays. Rows are added, changed or removed through line_items.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int | Unset = UNSET
    retainer_id: int | Unset | None = UNSET
    estimate_id: int | Unset | None = UNSET
    number: str | Unset = UNSET
    purchase_order: str | Unset | None = UNSET
    tax: Decimal | Unset | None = UNSET
    """First tax rate as a percentage."""
    tax2: Decimal | Unset | None = UNSET
    """Second tax rate as a percentage."""
    discount: Decimal | Unset | None = UNSET
    """Discount as a percentage."""
    subject: str | Unset | None = UNSET
    notes: str | Unset | None = UNSET
    currency: str | Unset = UNSET
    issue_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    payment_term: InvoicePaymentTerm | str | Unset = UNSET
    """When payment falls due: on receipt, a fixed number of days after the issue date (net 15 to net 60), or on a due date chosen by hand (custom)."""
    payment_options: list[str] | Unset = UNSET
    line_items: list[InvoiceLineItemUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.client_id = _v0 if (_v0 := src.get("client_id", UNSET)) is UNSET or _v0.__class__ is int else _drifted()
            obj.retainer_id = (
                _v1
                if (_v1 := src.get("retainer_id", UNSET)) is UNSET or _v1 is None or _v1.__class__ is int
                else _drifted()
            )
            obj.estimate_id = (
                _v2
                if (_v2 := src.get("estimate_id", UNSET)) is UNSET or _v2 is None or _v2.__class__ is int
                else _drifted()
            )
            obj.number = _v3 if (_v3 := src.get("number", UNSET)) is UNSET or _v3.__class__ is str else _drifted()
            obj.purchase_order = (
                _v4
                if (_v4 := src.get("purchase_order", UNSET)) is UNSET or _v4 is None or _v4.__class__ is str
                else _drifted()
            )
            obj.tax = (
                _v5
                if (_v5 := src.get("tax", UNSET)) is UNSET or _v5 is None or _v5.__class__ is Decimal
                else _to_decimal(_v5)
            )
            obj.tax2 = (
                _v6
                if (_v6 := src.get("tax2", UNSET)) is UNSET or _v6 is None or _v6.__class__ is Decimal
                else _to_decimal(_v6)
            )
            obj.discount = (
                _v7
                if (_v7 := src.get("discount", UNSET)) is UNSET or _v7 is None or _v7.__class__ is Decimal
                else _to_decimal(_v7)
            )
            obj.subject = (
                _v8
                if (_v8 := src.get("subject", UNSET)) is UNSET or _v8 is None or _v8.__class__ is str
                else _drifted()
            )
            obj.notes = (
                _v9 if (_v9 := src.get("notes", UNSET)) is UNSET or _v9 is None or _v9.__class__ is str else _drifted()
            )
            obj.currency = (
                _v10 if (_v10 := src.get("currency", UNSET)) is UNSET or _v10.__class__ is str else _drifted()
            )
            obj.issue_date = _v11 if (_v11 := src.get("issue_date", UNSET)) is UNSET else _parse_date(_v11)
            obj.due_date = _v12 if (_v12 := src.get("due_date", UNSET)) is UNSET else _parse_date(_v12)
            obj.payment_term = (
                _v13
                if (_v13 := src.get("payment_term", UNSET)) is UNSET or _v13 in _PAYMENT_TERM_VALUES
                else _drifted()
            )
            obj.payment_options = (
                _v14 if (_v14 := src.get("payment_options", UNSET)) is UNSET or _v14.__class__ is list else _drifted()
            )
            obj.line_items = (
                _v15
                if (_v15 := src.get("line_items", UNSET)) is UNSET
                else list(map(InvoiceLineItemUpdate.from_dict, _v15))
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 0
                - (obj.client_id is not UNSET)
                - (obj.retainer_id is not UNSET)
                - (obj.estimate_id is not UNSET)
                - (obj.number is not UNSET)
                - (obj.purchase_order is not UNSET)
                - (obj.tax is not UNSET)
                - (obj.tax2 is not UNSET)
                - (obj.discount is not UNSET)
                - (obj.subject is not UNSET)
                - (obj.notes is not UNSET)
                - (obj.currency is not UNSET)
                - (obj.issue_date is not UNSET)
                - (obj.due_date is not UNSET)
                - (obj.payment_term is not UNSET)
                - (obj.payment_options is not UNSET)
                - (obj.line_items is not UNSET)
                else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.retainer_id) is not UNSET:
            out["retainer_id"] = _v2
        if (_v3 := this.estimate_id) is not UNSET:
            out["estimate_id"] = _v3
        if (_v4 := this.number) is not UNSET:
            out["number"] = _v4
        if (_v5 := this.purchase_order) is not UNSET:
            out["purchase_order"] = _v5
        if (_v6 := this.tax) is not UNSET:
            out["tax"] = _v6
        if (_v7 := this.tax2) is not UNSET:
            out["tax2"] = _v7
        if (_v8 := this.discount) is not UNSET:
            out["discount"] = _v8
        if (_v9 := this.subject) is not UNSET:
            out["subject"] = _v9
        if (_v10 := this.notes) is not UNSET:
            out["notes"] = _v10
        if (_v11 := this.currency) is not UNSET:
            out["currency"] = _v11
        if (_v12 := this.issue_date) is not UNSET:
            out["issue_date"] = _dump_date(_v12)
        if (_v13 := this.due_date) is not UNSET:
            out["due_date"] = _dump_date(_v13)
        if (_v14 := this.payment_term) is not UNSET:
            out["payment_term"] = _v14
        if (_v15 := this.payment_options) is not UNSET:
            out["payment_options"] = _v15
        if (_v16 := this.line_items) is not UNSET:
            out["line_items"] = _dump_models(_v16)
        out.update(self.additional_properties)
        return out


InvoiceUpdate._schema = _k.ModelSchema(
    "InvoiceUpdate",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("retainer_id", "retainer_id", _k.INTEGER, required=False, nullable=True),
        _k.Field("estimate_id", "estimate_id", _k.INTEGER, required=False, nullable=True),
        _k.Field("number", "number", _k.STRING, required=False, nullable=False),
        _k.Field("purchase_order", "purchase_order", _k.STRING, required=False, nullable=True),
        _k.Field("tax", "tax", _k.DECIMAL, required=False, nullable=True),
        _k.Field("tax2", "tax2", _k.DECIMAL, required=False, nullable=True),
        _k.Field("discount", "discount", _k.DECIMAL, required=False, nullable=True),
        _k.Field("subject", "subject", _k.STRING, required=False, nullable=True),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=True),
        _k.Field("currency", "currency", _k.STRING, required=False, nullable=False),
        _k.Field("issue_date", "issue_date", _k.DATE, required=False, nullable=False),
        _k.Field("due_date", "due_date", _k.DATE, required=False, nullable=False),
        _k.Field("payment_term", "payment_term", _k.Enum(sorted(_PAYMENT_TERM_VALUES)), required=False, nullable=False),
        _k.Field("payment_options", "payment_options", _k.List(_k.STRING), required=False, nullable=False),
        _k.Field("line_items", "line_items", _k.List(_k.Model(InvoiceLineItemUpdate)), required=False, nullable=False),
    ),
)
