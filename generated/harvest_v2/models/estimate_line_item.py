"""EstimateLineItem: One row of an estimate."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "kind",
        "description",
        "quantity",
        "unit_price",
        "amount",
        "taxed",
        "taxed2",
    }
)


@define
class EstimateLineItem:
    """One row of an estimate.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    kind: str
    """Name of the estimate item category the row is filed under."""
    description: str | None
    """Free text shown on the row; null when left empty."""
    quantity: float
    """Number of units."""
    unit_price: float
    """Price of one unit."""
    amount: float
    """The row total"""
    taxed: bool
    """True when the estimate's first tax applies to the row."""
    taxed2: bool
    """True when the estimate's second tax applies to the row."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.kind = src["kind"]
        obj.description = src["description"]
        obj.quantity = src["quantity"]
        obj.unit_price = src["unit_price"]
        obj.amount = src["amount"]
        obj.taxed = src["taxed"]
        obj.taxed2 = src["taxed2"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 8
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "description": self.description,
            "quantity": self.quantity,
            "unit_price": self.unit_price,
            "amount": self.amount,
            "taxed": self.taxed,
            "taxed2": self.taxed2,
        }
        out.update(self.additional_properties)
        return out
