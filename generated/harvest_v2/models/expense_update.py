"""ExpenseUpdate: Fields to change on an expense, sent as JSON; leave out what stays."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from ..types import UNSET, Unset


class ExpenseUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Fields to change on an expense, sent as JSON; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    project_id: int | Unset = UNSET
    expense_category_id: int | Unset = UNSET
    spent_date: datetime.date | Unset = UNSET
    units: int | Unset = UNSET
    total_cost: Decimal | Unset = UNSET
    notes: str | Unset | None = UNSET
    billable: bool | Unset = UNSET
    delete_receipt: bool | Unset = UNSET
    """true removes the attached receipt."""
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
        if (_v1 := this.project_id) is not UNSET:
            out["project_id"] = _v1
        if (_v2 := this.expense_category_id) is not UNSET:
            out["expense_category_id"] = _v2
        if (_v3 := this.spent_date) is not UNSET:
            out["spent_date"] = _dump_date(_v3)
        if (_v4 := this.units) is not UNSET:
            out["units"] = _v4
        if (_v5 := this.total_cost) is not UNSET:
            out["total_cost"] = _v5
        if (_v6 := this.notes) is not UNSET:
            out["notes"] = _v6
        if (_v7 := this.billable) is not UNSET:
            out["billable"] = _v7
        if (_v8 := this.delete_receipt) is not UNSET:
            out["delete_receipt"] = _v8
        out.update(self.additional_properties)
        return out


ExpenseUpdate._schema = _k.ModelSchema(
    "ExpenseUpdate",
    (
        _k.Field("project_id", "project_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("expense_category_id", "expense_category_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("spent_date", "spent_date", _k.DATE, required=False, nullable=False),
        _k.Field("units", "units", _k.INTEGER, required=False, nullable=False),
        _k.Field("total_cost", "total_cost", _k.DECIMAL, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=True),
        _k.Field("billable", "billable", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("delete_receipt", "delete_receipt", _k.BOOLEAN, required=False, nullable=False),
    ),
)
