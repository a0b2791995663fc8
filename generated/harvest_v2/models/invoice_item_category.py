"""InvoiceItemCategory: A kind of invoice line item, such as Product or Service; line items name it in kind."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET

_new = object.__new__


@define
class InvoiceItemCategory:
    """A kind of invoice line item, such as Product or Service; line items name it in kind.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    name: str
    use_as_service: bool
    """True when rows generated from tracked time are filed under this category."""
    use_as_expense: bool
    """True when rows generated from expenses are filed under this category."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.id = _v0 if (_v0 := src["id"]).__class__ is int else _drifted()
            obj.name = _v1 if (_v1 := src["name"]).__class__ is str else _drifted()
            obj.use_as_service = _v2 if (_v2 := src["use_as_service"]).__class__ is bool else _drifted()
            obj.use_as_expense = _v3 if (_v3 := src["use_as_expense"]).__class__ is bool else _drifted()
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 6 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.name) is not UNSET:
            out["name"] = _v2
        if (_v3 := this.use_as_service) is not UNSET:
            out["use_as_service"] = _v3
        if (_v4 := this.use_as_expense) is not UNSET:
            out["use_as_expense"] = _v4
        if (_v5 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v5)
        if (_v6 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v6)
        out.update(self.additional_properties)
        return out


InvoiceItemCategory._schema = _k.ModelSchema(
    "InvoiceItemCategory",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("name", "name", _k.STRING, required=True, nullable=False),
        _k.Field("use_as_service", "use_as_service", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("use_as_expense", "use_as_expense", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
