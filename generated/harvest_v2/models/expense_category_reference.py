"""ExpenseCategoryReference: The category of an expense, with its unit pricing when it has one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "name",
        "unit_price",
        "unit_name",
    }
)


@define
class ExpenseCategoryReference:
    """The category of an expense, with its unit pricing when it has one.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    name: str
    unit_price: float | None
    """Price of one unit; null for categories not priced per unit."""
    unit_name: str | None
    """What one unit is, such as mile; null for categories not priced per unit."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.name = src["name"]
        obj.unit_price = src["unit_price"]
        obj.unit_name = src["unit_name"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 4
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "unit_price": self.unit_price,
            "unit_name": self.unit_name,
        }
        out.update(self.additional_properties)
        return out
