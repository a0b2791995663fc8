"""ExpenseCategoryUpdate: Fields to change on an expense category; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "unit_name",
        "unit_price",
        "is_active",
    }
)


@define
class ExpenseCategoryUpdate:
    """Fields to change on an expense category; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    name: str | Unset = UNSET
    unit_name: str | Unset = UNSET
    unit_price: float | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.name = src.get("name", UNSET)
        obj.unit_name = src.get("unit_name", UNSET)
        obj.unit_price = src.get("unit_price", UNSET)
        obj.is_active = src.get("is_active", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.name is not UNSET)
            - (obj.unit_name is not UNSET)
            - (obj.unit_price is not UNSET)
            - (obj.is_active is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.name, Unset):
            out["name"] = self.name
        if not isinstance(self.unit_name, Unset):
            out["unit_name"] = self.unit_name
        if not isinstance(self.unit_price, Unset):
            out["unit_price"] = self.unit_price
        if not isinstance(self.is_active, Unset):
            out["is_active"] = self.is_active
        out.update(self.additional_properties)
        return out
