"""Client: A customer you track time and send invoices for."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "name",
        "is_active",
        "address",
        "currency",
        "created_at",
        "updated_at",
        "statement_key",
    }
)


@define
class Client:
    """A customer you track time and send invoices for.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    name: str
    is_active: bool
    """False once the client is archived."""
    address: str | None
    """Postal address, possibly several lines."""
    currency: str
    """ISO 4217 code, for example EUR."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    statement_key: str | Unset = UNSET
    """Key of the client's public invoice dashboard URL; older answers leave it out."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.name = src["name"]
        obj.is_active = src["is_active"]
        obj.address = src["address"]
        obj.currency = src["currency"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.statement_key = src.get("statement_key", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 7 - (obj.statement_key is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "is_active": self.is_active,
            "address": self.address,
            "currency": self.currency,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.statement_key, Unset):
            out["statement_key"] = self.statement_key
        out.update(self.additional_properties)
        return out
