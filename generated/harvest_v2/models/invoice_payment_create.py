"""InvoicePaymentCreate: A payment to record against the invoice. Give paid_at or paid_date, not both."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset

_new = object.__new__


@define
class InvoicePaymentCreate:
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.amount = _v0 if (_v0 := src["amount"]).__class__ is Decimal else _to_decimal(_v0)
            obj.paid_at = _v1 if (_v1 := src.get("paid_at", UNSET)) is UNSET else _parse_datetime(_v1)
            obj.paid_date = _v2 if (_v2 := src.get("paid_date", UNSET)) is UNSET else _parse_date(_v2)
            obj.notes = _v3 if (_v3 := src.get("notes", UNSET)) is UNSET or _v3.__class__ is str else _drifted()
            obj.send_thank_you = (
                _v4 if (_v4 := src.get("send_thank_you", UNSET)) is UNSET or _v4.__class__ is bool else _drifted()
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 1
                - (obj.paid_at is not UNSET)
                - (obj.paid_date is not UNSET)
                - (obj.notes is not UNSET)
                - (obj.send_thank_you is not UNSET)
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
