"""ExpenseUpdateMultipart: Fields to change on an expense, sent as a multipart form, the way to attach a new receipt file; leave out what stays."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_date as _dump_date
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from ..types import UNSET, File, Unset

_new = object.__new__


@define
class ExpenseUpdateMultipart:
    """Fields to change on an expense, sent as a multipart form, the way to attach a new receipt file; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    project_id: int | Unset = UNSET
    expense_category_id: int | Unset = UNSET
    spent_date: datetime.date | Unset = UNSET
    units: int | Unset = UNSET
    total_cost: Decimal | Unset = UNSET
    notes: str | Unset = UNSET
    billable: bool | Unset = UNSET
    receipt: File | Unset = UNSET
    """The receipt file to attach in place of any current one."""
    delete_receipt: bool | Unset = UNSET
    """true removes the attached receipt."""
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
            obj.expense_category_id = (
                _v1 if (_v1 := src.get("expense_category_id", UNSET)) is UNSET or _v1.__class__ is int else _drifted()
            )
            obj.spent_date = _v2 if (_v2 := src.get("spent_date", UNSET)) is UNSET else _parse_date(_v2)
            obj.units = _v3 if (_v3 := src.get("units", UNSET)) is UNSET or _v3.__class__ is int else _drifted()
            obj.total_cost = (
                _v4 if (_v4 := src.get("total_cost", UNSET)) is UNSET or _v4.__class__ is Decimal else _to_decimal(_v4)
            )
            obj.notes = _v5 if (_v5 := src.get("notes", UNSET)) is UNSET or _v5.__class__ is str else _drifted()
            obj.billable = _v6 if (_v6 := src.get("billable", UNSET)) is UNSET or _v6.__class__ is bool else _drifted()
            obj.receipt = src.get("receipt", UNSET)
            obj.delete_receipt = (
                _v8 if (_v8 := src.get("delete_receipt", UNSET)) is UNSET or _v8.__class__ is bool else _drifted()
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 0
                - (obj.project_id is not UNSET)
                - (obj.expense_category_id is not UNSET)
                - (obj.spent_date is not UNSET)
                - (obj.units is not UNSET)
                - (obj.total_cost is not UNSET)
                - (obj.notes is not UNSET)
                - (obj.billable is not UNSET)
                - (obj.receipt is not UNSET)
                - (obj.delete_receipt is not UNSET)
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
        if (_v8 := this.receipt) is not UNSET:
            out["receipt"] = _v8
        if (_v9 := this.delete_receipt) is not UNSET:
            out["delete_receipt"] = _v9
        out.update(self.additional_properties)
        return out


ExpenseUpdateMultipart._schema = _k.ModelSchema(
    "ExpenseUpdateMultipart",
    (
        _k.Field("project_id", "project_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("expense_category_id", "expense_category_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("spent_date", "spent_date", _k.DATE, required=False, nullable=False),
        _k.Field("units", "units", _k.INTEGER, required=False, nullable=False),
        _k.Field("total_cost", "total_cost", _k.DECIMAL, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("receipt", "receipt", _k.ANY, required=False, nullable=False),
        _k.Field("delete_receipt", "delete_receipt", _k.BOOLEAN, required=False, nullable=False),
    ),
)
