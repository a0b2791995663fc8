"""BillableRate: One period of a user's default billable rate."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "amount",
        "start_date",
        "end_date",
        "created_at",
        "updated_at",
    }
)


@define
class BillableRate:
    """One period of a user's default billable rate.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    amount: float
    start_date: datetime.date | None
    """First day the rate applies; null for a rate that has applied from the start."""
    end_date: datetime.date | None
    """Last day the rate applies"""
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
        obj.start_date = None if (_v0 := src["start_date"]) is None else _parse_date(_v0)
        obj.end_date = None if (_v1 := src["end_date"]) is None else _parse_date(_v1)
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 6
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "amount": self.amount,
            "start_date": None if (_v2 := self.start_date) is None else _v2.isoformat(),
            "end_date": None if (_v3 := self.end_date) is None else _v3.isoformat(),
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        out.update(self.additional_properties)
        return out
