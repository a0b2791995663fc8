"""ClientCreate: Fields of a new client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "is_active",
        "address",
        "currency",
    }
)


@define
class ClientCreate:
    """Fields of a new client.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    name: str
    is_active: bool | Unset = UNSET
    address: str | Unset = UNSET
    currency: str | Unset = UNSET
    """ISO 4217 code; the company currency when left out."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.name = src["name"]
        obj.is_active = src.get("is_active", UNSET)
        obj.address = src.get("address", UNSET)
        obj.currency = src.get("currency", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 1 - (obj.is_active is not UNSET) - (obj.address is not UNSET) - (obj.currency is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "name": self.name,
        }
        if not isinstance(self.is_active, Unset):
            out["is_active"] = self.is_active
        if not isinstance(self.address, Unset):
            out["address"] = self.address
        if not isinstance(self.currency, Unset):
            out["currency"] = self.currency
        out.update(self.additional_properties)
        return out
