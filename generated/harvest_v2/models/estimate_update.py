"""EstimateUpdate: Fields to change on an estimate; leave out what stays. Rows are added, changed or removed through line_items."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_models as _dump_models
from ..types import UNSET, Unset
from .estimate_line_item_update import EstimateLineItemUpdate


class EstimateUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Fields to change on an estimate; leave out what stays. Rows are added, changed or removed through line_items.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int | Unset = UNSET
    number: str | Unset = UNSET
    purchase_order: str | Unset | None = UNSET
    tax: Decimal | Unset | None = UNSET
    """First tax rate as a percentage."""
    tax2: Decimal | Unset | None = UNSET
    """Second tax rate as a percentage."""
    discount: Decimal | Unset | None = UNSET
    """Discount as a percentage."""
    subject: str | Unset | None = UNSET
    notes: str | Unset | None = UNSET
    currency: str | Unset = UNSET
    issue_date: datetime.date | Unset = UNSET
    line_items: list[EstimateLineItemUpdate] | Unset = UNSET
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
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.number) is not UNSET:
            out["number"] = _v2
        if (_v3 := this.purchase_order) is not UNSET:
            out["purchase_order"] = _v3
        if (_v4 := this.tax) is not UNSET:
            out["tax"] = _v4
        if (_v5 := this.tax2) is not UNSET:
            out["tax2"] = _v5
        if (_v6 := this.discount) is not UNSET:
            out["discount"] = _v6
        if (_v7 := this.subject) is not UNSET:
            out["subject"] = _v7
        if (_v8 := this.notes) is not UNSET:
            out["notes"] = _v8
        if (_v9 := this.currency) is not UNSET:
            out["currency"] = _v9
        if (_v10 := this.issue_date) is not UNSET:
            out["issue_date"] = _dump_date(_v10)
        if (_v11 := this.line_items) is not UNSET:
            out["line_items"] = _dump_models(_v11)
        out.update(self.additional_properties)
        return out


EstimateUpdate._schema = _k.ModelSchema(
    "EstimateUpdate",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("number", "number", _k.STRING, required=False, nullable=False),
        _k.Field("purchase_order", "purchase_order", _k.STRING, required=False, nullable=True),
        _k.Field("tax", "tax", _k.DECIMAL, required=False, nullable=True),
        _k.Field("tax2", "tax2", _k.DECIMAL, required=False, nullable=True),
        _k.Field("discount", "discount", _k.DECIMAL, required=False, nullable=True),
        _k.Field("subject", "subject", _k.STRING, required=False, nullable=True),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=True),
        _k.Field("currency", "currency", _k.STRING, required=False, nullable=False),
        _k.Field("issue_date", "issue_date", _k.DATE, required=False, nullable=False),
        _k.Field("line_items", "line_items", _k.List(_k.Model(EstimateLineItemUpdate)), required=False, nullable=False),
    ),
)
