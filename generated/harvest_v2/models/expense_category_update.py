"""ExpenseCategoryUpdate: Fields to change on an expense category; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class ExpenseCategoryUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Fields to change on an expense category; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    name: str | Unset = UNSET
    unit_name: str | Unset = UNSET
    unit_price: Decimal | Unset = UNSET
    is_active: bool | Unset = UNSET
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
        if (_v1 := this.name) is not UNSET:
            out["name"] = _v1
        if (_v2 := this.unit_name) is not UNSET:
            out["unit_name"] = _v2
        if (_v3 := this.unit_price) is not UNSET:
            out["unit_price"] = _v3
        if (_v4 := this.is_active) is not UNSET:
            out["is_active"] = _v4
        out.update(self.additional_properties)
        return out


ExpenseCategoryUpdate._schema = _k.ModelSchema(
    "ExpenseCategoryUpdate",
    (
        _k.Field("name", "name", _k.STRING, required=False, nullable=False),
        _k.Field("unit_name", "unit_name", _k.STRING, required=False, nullable=False),
        _k.Field("unit_price", "unit_price", _k.DECIMAL, required=False, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=False, nullable=False),
    ),
)
