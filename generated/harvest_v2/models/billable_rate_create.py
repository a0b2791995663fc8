"""BillableRateCreate: A new billable rate. Without start_date it replaces all of the user's rates; a start_date before existing rates replaces those rates."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "amount",
        "start_date",
    }
)


@define
class BillableRateCreate:
    """A new billable rate. Without start_date it replaces all of the user's rates; a start_date before existing rates replaces those rates.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    amount: float
    start_date: datetime.date | Unset = UNSET
    """Must not be in the future."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.amount = src["amount"]
        obj.start_date = UNSET if (_u2 := src.get("start_date", UNSET)) is UNSET else _parse_date(_u2)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 1 - (obj.start_date is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "amount": self.amount,
        }
        if not isinstance(self.start_date, Unset):
            out["start_date"] = self.start_date.isoformat()
        out.update(self.additional_properties)
        return out
