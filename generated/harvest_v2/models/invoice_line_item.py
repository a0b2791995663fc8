"""InvoiceLineItem: One row of an invoice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .project_reference import ProjectReference

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "project",
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
class InvoiceLineItem:
    """One row of an invoice.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    project: ProjectReference | None
    """The project the row bills for; null for a row not tied to a project."""
    kind: str
    """Name of the invoice item category the row is filed under."""
    description: str | None
    """Free text shown on the row; null when left empty."""
    quantity: float
    """Number of units."""
    unit_price: float
    """Price of one unit."""
    amount: float
    """The row total"""
    taxed: bool
    """True when the invoice's first tax applies to the row."""
    taxed2: bool
    """True when the invoice's second tax applies to the row."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.project = None if (_v0 := src["project"]) is None else ProjectReference.from_dict(_v0)
        obj.kind = src["kind"]
        obj.description = src["description"]
        obj.quantity = src["quantity"]
        obj.unit_price = src["unit_price"]
        obj.amount = src["amount"]
        obj.taxed = src["taxed"]
        obj.taxed2 = src["taxed2"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 9
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "project": None if (_v1 := self.project) is None else _v1.to_dict(),
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
