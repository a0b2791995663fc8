"""InvoicePaymentCreate: A payment to record against the invoice. Give paid_at or paid_date, not both."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "amount",
        "paid_at",
        "paid_date",
        "notes",
        "send_thank_you",
    }
)


@define
class InvoicePaymentCreate:
    """A payment to record against the invoice. Give paid_at or paid_date, not both.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    amount: float
    """The sum received."""
    paid_at: datetime.datetime | Unset = UNSET
    """When the money was received."""
    paid_date: datetime.date | Unset = UNSET
    """The day the money was received."""
    notes: str | Unset = UNSET
    send_thank_you: bool | Unset = UNSET
    """True emails the client a thank-you note when this payment settles the invoice."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.amount = src["amount"]
        obj.paid_at = UNSET if (_u2 := src.get("paid_at", UNSET)) is UNSET else _parse_datetime(_u2)
        obj.paid_date = UNSET if (_u3 := src.get("paid_date", UNSET)) is UNSET else _parse_date(_u3)
        obj.notes = src.get("notes", UNSET)
        obj.send_thank_you = src.get("send_thank_you", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 1
            - (obj.paid_at is not UNSET)
            - (obj.paid_date is not UNSET)
            - (obj.notes is not UNSET)
            - (obj.send_thank_you is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "amount": self.amount,
        }
        if not isinstance(self.paid_at, Unset):
            out["paid_at"] = _format_datetime(self.paid_at)
        if not isinstance(self.paid_date, Unset):
            out["paid_date"] = self.paid_date.isoformat()
        if not isinstance(self.notes, Unset):
            out["notes"] = self.notes
        if not isinstance(self.send_thank_you, Unset):
            out["send_thank_you"] = self.send_thank_you
        out.update(self.additional_properties)
        return out
