"""InvoiceLineItemCreate: A row of a new free-form invoice."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET, Unset

_new = object.__new__


@define
class InvoiceLineItemCreate:
    """A row of a new free-form invoice.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    project_id: int | Unset = UNSET
    """The project the row bills for; leave out for a row not tied to a project."""
    kind: str | Unset = UNSET
    """Name of an invoice item category."""
    description: str | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    """Number of units."""
    unit_price: Decimal | Unset = UNSET
    """Price of one unit."""
    taxed: bool | Unset = UNSET
    """Apply the first tax to the row."""
    taxed2: bool | Unset = UNSET
    """Apply the second tax to the row."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.project_id = (
                _v0 if (_v0 := src.get("project_id", UNSET)) is UNSET or _v0.__class__ is int else _drifted()
            )
            obj.kind = _v1 if (_v1 := src.get("kind", UNSET)) is UNSET or _v1.__class__ is str else _drifted()
            obj.description = (
                _v2 if (_v2 := src.get("description", UNSET)) is UNSET or _v2.__class__ is str else _drifted()
            )
            obj.quantity = (
                _v3 if (_v3 := src.get("quantity", UNSET)) is UNSET or _v3.__class__ is Decimal else _to_decimal(_v3)
            )
            obj.unit_price = (
                _v4 if (_v4 := src.get("unit_price", UNSET)) is UNSET or _v4.__class__ is Decimal else _to_decimal(_v4)
            )
            obj.taxed = _v5 if (_v5 := src.get("taxed", UNSET)) is UNSET or _v5.__class__ is bool else _drifted()
            obj.taxed2 = _v6 if (_v6 := src.get("taxed2", UNSET)) is UNSET or _v6.__class__ is bool else _drifted()
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 0
                - (obj.project_id is not UNSET)
                - (obj.kind is not UNSET)
                - (obj.description is not UNSET)
                - (obj.quantity is not UNSET)
                - (obj.unit_price is not UNSET)
                - (obj.taxed is not UNSET)
                - (obj.taxed2 is not UNSET)
                else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.project_id) is not UNSET:
            out["project_id"] = _v1
        if (_v2 := this.kind) is not UNSET:
            out["kind"] = _v2
        if (_v3 := this.description) is not UNSET:
            out["description"] = _v3
        if (_v4 := this.quantity) is not UNSET:
            out["quantity"] = _v4
        if (_v5 := this.unit_price) is not UNSET:
            out["unit_price"] = _v5
        if (_v6 := this.taxed) is not UNSET:
            out["taxed"] = _v6
        if (_v7 := this.taxed2) is not UNSET:
            out["taxed2"] = _v7
        out.update(self.additional_properties)
        return out


InvoiceLineItemCreate._schema = _k.ModelSchema(
    "InvoiceLineItemCreate",
    (
        _k.Field("project_id", "project_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("kind", "kind", _k.STRING, required=False, nullable=False),
        _k.Field("description", "description", _k.STRING, required=False, nullable=False),
        _k.Field("quantity", "quantity", _k.DECIMAL, required=False, nullable=False),
        _k.Field("unit_price", "unit_price", _k.DECIMAL, required=False, nullable=False),
        _k.Field("taxed", "taxed", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("taxed2", "taxed2", _k.BOOLEAN, required=False, nullable=False),
    ),
)
