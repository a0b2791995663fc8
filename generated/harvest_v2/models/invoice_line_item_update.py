"""InvoiceLineItemUpdate: A row sent with an invoice update. Without id it adds a row; with id it changes that row, or removes it when _destroy is true."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class InvoiceLineItemUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A row sent with an invoice update. Without id it adds a row; with id it changes that row, or removes it when _destroy is true.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int | Unset = UNSET
    """The row to change or remove; leave out to add a row."""
    field_destroy: bool | Unset = msgspec.field(default=UNSET, name="_destroy")
    """True removes the row named by id."""
    project_id: int | Unset | None = UNSET
    kind: str | Unset = UNSET
    """Name of an invoice item category."""
    description: str | Unset | None = UNSET
    quantity: Decimal | Unset = UNSET
    """Number of units."""
    unit_price: Decimal | Unset = UNSET
    """Price of one unit."""
    taxed: bool | Unset = UNSET
    """Apply the first tax to the row."""
    taxed2: bool | Unset = UNSET
    """Apply the second tax to the row."""
    additional_properties: dict[str, Any] = msgspec.field(default_factory=dict)
    """Attributes Harvest sent that the spec does not declare."""
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.field_destroy) is not UNSET:
            out["_destroy"] = _v2
        if (_v3 := this.project_id) is not UNSET:
            out["project_id"] = _v3
        if (_v4 := this.kind) is not UNSET:
            out["kind"] = _v4
        if (_v5 := this.description) is not UNSET:
            out["description"] = _v5
        if (_v6 := this.quantity) is not UNSET:
            out["quantity"] = _v6
        if (_v7 := this.unit_price) is not UNSET:
            out["unit_price"] = _v7
        if (_v8 := this.taxed) is not UNSET:
            out["taxed"] = _v8
        if (_v9 := this.taxed2) is not UNSET:
            out["taxed2"] = _v9
        out.update(self.additional_properties)
        return out


InvoiceLineItemUpdate._schema = _k.ModelSchema(
    "InvoiceLineItemUpdate",
    (
        _k.Field("id", "id", _k.INTEGER, required=False, nullable=False),
        _k.Field("field_destroy", "_destroy", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("project_id", "project_id", _k.INTEGER, required=False, nullable=True),
        _k.Field("kind", "kind", _k.STRING, required=False, nullable=False),
        _k.Field("description", "description", _k.STRING, required=False, nullable=True),
        _k.Field("quantity", "quantity", _k.DECIMAL, required=False, nullable=False),
        _k.Field("unit_price", "unit_price", _k.DECIMAL, required=False, nullable=False),
        _k.Field("taxed", "taxed", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("taxed2", "taxed2", _k.BOOLEAN, required=False, nullable=False),
    ),
)
