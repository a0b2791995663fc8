"""InvoiceLineItemCreate: A row of a new free-form invoice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "project_id",
        "kind",
        "description",
        "quantity",
        "unit_price",
        "taxed",
        "taxed2",
    }
)


@define
class InvoiceLineItemCreate:
    """A row of a new free-form invoice.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    project_id: int | Unset = UNSET
    """The project the row bills for; leave out for a row not tied to a project."""
    kind: str | Unset = UNSET
    """Name of an invoice item category."""
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    """Number of units."""
    unit_price: float | Unset = UNSET
    """Price of one unit."""
    taxed: bool | Unset = UNSET
    """Apply the first tax to the row."""
    taxed2: bool | Unset = UNSET
    """Apply the second tax to the row."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.project_id = src.get("project_id", UNSET)
        obj.kind = src.get("kind", UNSET)
        obj.description = src.get("description", UNSET)
        obj.quantity = src.get("quantity", UNSET)
        obj.unit_price = src.get("unit_price", UNSET)
        obj.taxed = src.get("taxed", UNSET)
        obj.taxed2 = src.get("taxed2", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.project_id is not UNSET)
            - (obj.kind is not UNSET)
            - (obj.description is not UNSET)
            - (obj.quantity is not UNSET)
            - (obj.unit_price is not UNSET)
            - (obj.taxed is not UNSET)
            - (obj.taxed2 is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.project_id, Unset):
            out["project_id"] = self.project_id
        if not isinstance(self.kind, Unset):
            out["kind"] = self.kind
        if not isinstance(self.description, Unset):
            out["description"] = self.description
        if not isinstance(self.quantity, Unset):
            out["quantity"] = self.quantity
        if not isinstance(self.unit_price, Unset):
            out["unit_price"] = self.unit_price
        if not isinstance(self.taxed, Unset):
            out["taxed"] = self.taxed
        if not isinstance(self.taxed2, Unset):
            out["taxed2"] = self.taxed2
        out.update(self.additional_properties)
        return out
