"""InvoiceLineItem: One row of an invoice."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_model as _dump_model
from ..types import UNSET
from .project_reference import ProjectReference


class InvoiceLineItem(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One row of an invoice.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    project: ProjectReference | None
    """The project the row bills for; null for a row not tied to a project."""
    kind: str
    """Name of the invoice item category the row is filed under."""
    description: str | None
    """Free text shown on the row; null when left empty."""
    quantity: Decimal
    """Number of units."""
    unit_price: Decimal
    """Price of one unit."""
    amount: Decimal
    """The row total"""
    taxed: bool
    """True when the invoice's first tax applies to the row."""
    taxed2: bool
    """True when the invoice's second tax applies to the row."""
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
        if (_v2 := this.project) is not UNSET:
            out["project"] = _dump_model(_v2)
        if (_v3 := this.kind) is not UNSET:
            out["kind"] = _v3
        if (_v4 := this.description) is not UNSET:
            out["description"] = _v4
        if (_v5 := this.quantity) is not UNSET:
            out["quantity"] = _v5
        if (_v6 := this.unit_price) is not UNSET:
            out["unit_price"] = _v6
        if (_v7 := this.amount) is not UNSET:
            out["amount"] = _v7
        if (_v8 := this.taxed) is not UNSET:
            out["taxed"] = _v8
        if (_v9 := this.taxed2) is not UNSET:
            out["taxed2"] = _v9
        out.update(self.additional_properties)
        return out


InvoiceLineItem._schema = _k.ModelSchema(
    "InvoiceLineItem",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("project", "project", _k.Model(ProjectReference), required=True, nullable=True),
        _k.Field("kind", "kind", _k.STRING, required=True, nullable=False),
        _k.Field("description", "description", _k.STRING, required=True, nullable=True),
        _k.Field("quantity", "quantity", _k.DECIMAL, required=True, nullable=False),
        _k.Field("unit_price", "unit_price", _k.DECIMAL, required=True, nullable=False),
        _k.Field("amount", "amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("taxed", "taxed", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("taxed2", "taxed2", _k.BOOLEAN, required=True, nullable=False),
    ),
)
