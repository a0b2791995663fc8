"""ExpenseCreate: Fields of a new expense, sent as JSON (no receipt). Give units for a category priced per unit, total_cost otherwise."""

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
from ..types import UNSET, Unset

_new = object.__new__


@define
class ExpenseCreate:
    """Fields of a new expense, sent as JSON (no receipt). Give units for a category priced per unit, total_cost otherwise.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    project_id: int
    expense_category_id: int
    spent_date: datetime.date
    user_id: int | Unset = UNSET
    """Who spent the money; the authenticated user when left out."""
    units: int | Unset = UNSET
    """Quantity"""
    total_cost: Decimal | Unset = UNSET
    """Amount"""
    notes: str | Unset = UNSET
    billable: bool | Unset = UNSET
    """Defaults to true."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.project_id = _v0 if (_v0 := src["project_id"]).__class__ is int else _drifted()
            obj.expense_category_id = _v1 if (_v1 := src["expense_category_id"]).__class__ is int else _drifted()
            obj.spent_date = _parse_date(src["spent_date"])
            obj.user_id = _v3 if (_v3 := src.get("user_id", UNSET)) is UNSET or _v3.__class__ is int else _drifted()
            obj.units = _v4 if (_v4 := src.get("units", UNSET)) is UNSET or _v4.__class__ is int else _drifted()
            obj.total_cost = (
                _v5 if (_v5 := src.get("total_cost", UNSET)) is UNSET or _v5.__class__ is Decimal else _to_decimal(_v5)
            )
            obj.notes = _v6 if (_v6 := src.get("notes", UNSET)) is UNSET or _v6.__class__ is str else _drifted()
            obj.billable = _v7 if (_v7 := src.get("billable", UNSET)) is UNSET or _v7.__class__ is bool else _drifted()
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 3
                - (obj.user_id is not UNSET)
                - (obj.units is not UNSET)
                - (obj.total_cost is not UNSET)
                - (obj.notes is not UNSET)
                - (obj.billable is not UNSET)
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
        if (_v4 := this.user_id) is not UNSET:
            out["user_id"] = _v4
        if (_v5 := this.units) is not UNSET:
            out["units"] = _v5
        if (_v6 := this.total_cost) is not UNSET:
            out["total_cost"] = _v6
        if (_v7 := this.notes) is not UNSET:
            out["notes"] = _v7
        if (_v8 := this.billable) is not UNSET:
            out["billable"] = _v8
        out.update(self.additional_properties)
        return out


ExpenseCreate._schema = _k.ModelSchema(
    "ExpenseCreate",
    (
        _k.Field("project_id", "project_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("expense_category_id", "expense_category_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("spent_date", "spent_date", _k.DATE, required=True, nullable=False),
        _k.Field("user_id", "user_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("units", "units", _k.INTEGER, required=False, nullable=False),
        _k.Field("total_cost", "total_cost", _k.DECIMAL, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=False, nullable=False),
    ),
)
