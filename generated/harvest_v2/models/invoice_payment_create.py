"""InvoicePaymentCreate: A payment to record against the invoice. Give paid_at or paid_date, not both."""

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
from ..types import UNSET, Unset


class InvoicePaymentCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A payment to record against the invoice. Give paid_at or paid_date, not both.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    amount: Decimal
    """The sum received."""
    paid_at: datetime.datetime | Unset = UNSET
    """When the money was received."""
    paid_date: datetime.date | Unset = UNSET
    """The day the money was received."""
    notes: str | Unset = UNSET
    send_thank_you: bool | Unset = UNSET
    """True emails the client a thank-you note when this payment settles the invoice."""
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
        if (_v1 := this.amount) is not UNSET:
            out["amount"] = _v1
        if (_v2 := this.paid_at) is not UNSET:
            out["paid_at"] = _dump_datetime(_v2)
        if (_v3 := this.paid_date) is not UNSET:
            out["paid_date"] = _dump_date(_v3)
        if (_v4 := this.notes) is not UNSET:
            out["notes"] = _v4
        if (_v5 := this.send_thank_you) is not UNSET:
            out["send_thank_you"] = _v5
        out.update(self.additional_properties)
        return out


InvoicePaymentCreate._schema = _k.ModelSchema(
    "InvoicePaymentCreate",
    (
        _k.Field("amount", "amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("paid_at", "paid_at", _k.DATETIME, required=False, nullable=False),
        _k.Field("paid_date", "paid_date", _k.DATE, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=False),
        _k.Field("send_thank_you", "send_thank_you", _k.BOOLEAN, required=False, nullable=False),
    ),
)
