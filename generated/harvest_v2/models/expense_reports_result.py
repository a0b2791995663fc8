"""ExpenseReportsResult: Expense totals for one subject and currency. Client and project reports fill client_* and project_*, the category report expense_category_*, the team report user_* and is_contractor."""

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
class ExpenseReportsResult:
    """Expense totals for one subject and currency. Client and project reports fill client_* and project_*, the category report expense_category_*, the team report user_* and is_contractor.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    total_amount: Decimal
    """Sum of all expenses in the range."""
    billable_amount: Decimal
    """Sum of the billable expenses in the range."""
    currency: str
    """ISO 4217 code the amounts are in."""
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    expense_category_id: int | Unset = UNSET
    expense_category_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    is_contractor: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.total_amount = _v0 if (_v0 := src["total_amount"]).__class__ is Decimal else _to_decimal(_v0)
            obj.billable_amount = _v1 if (_v1 := src["billable_amount"]).__class__ is Decimal else _to_decimal(_v1)
            obj.currency = _v2 if (_v2 := src["currency"]).__class__ is str else _drifted()
            obj.client_id = _v3 if (_v3 := src.get("client_id", UNSET)) is UNSET or _v3.__class__ is int else _drifted()
            obj.client_name = (
                _v4 if (_v4 := src.get("client_name", UNSET)) is UNSET or _v4.__class__ is str else _drifted()
            )
            obj.project_id = (
                _v5 if (_v5 := src.get("project_id", UNSET)) is UNSET or _v5.__class__ is int else _drifted()
            )
            obj.project_name = (
                _v6 if (_v6 := src.get("project_name", UNSET)) is UNSET or _v6.__class__ is str else _drifted()
            )
            obj.expense_category_id = (
                _v7 if (_v7 := src.get("expense_category_id", UNSET)) is UNSET or _v7.__class__ is int else _drifted()
            )
            obj.expense_category_name = (
                _v8 if (_v8 := src.get("expense_category_name", UNSET)) is UNSET or _v8.__class__ is str else _drifted()
            )
            obj.user_id = _v9 if (_v9 := src.get("user_id", UNSET)) is UNSET or _v9.__class__ is int else _drifted()
            obj.user_name = (
                _v10 if (_v10 := src.get("user_name", UNSET)) is UNSET or _v10.__class__ is str else _drifted()
            )
            obj.is_contractor = (
                _v11 if (_v11 := src.get("is_contractor", UNSET)) is UNSET or _v11.__class__ is bool else _drifted()
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 3
                - (obj.client_id is not UNSET)
                - (obj.client_name is not UNSET)
                - (obj.project_id is not UNSET)
                - (obj.project_name is not UNSET)
                - (obj.expense_category_id is not UNSET)
                - (obj.expense_category_name is not UNSET)
                - (obj.user_id is not UNSET)
                - (obj.user_name is not UNSET)
                - (obj.is_contractor is not UNSET)
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
        if (_v1 := this.total_amount) is not UNSET:
            out["total_amount"] = _v1
        if (_v2 := this.billable_amount) is not UNSET:
            out["billable_amount"] = _v2
        if (_v3 := this.currency) is not UNSET:
            out["currency"] = _v3
        if (_v4 := this.client_id) is not UNSET:
            out["client_id"] = _v4
        if (_v5 := this.client_name) is not UNSET:
            out["client_name"] = _v5
        if (_v6 := this.project_id) is not UNSET:
            out["project_id"] = _v6
        if (_v7 := this.project_name) is not UNSET:
            out["project_name"] = _v7
        if (_v8 := this.expense_category_id) is not UNSET:
            out["expense_category_id"] = _v8
        if (_v9 := this.expense_category_name) is not UNSET:
            out["expense_category_name"] = _v9
        if (_v10 := this.user_id) is not UNSET:
            out["user_id"] = _v10
        if (_v11 := this.user_name) is not UNSET:
            out["user_name"] = _v11
        if (_v12 := this.is_contractor) is not UNSET:
            out["is_contractor"] = _v12
        out.update(self.additional_properties)
        return out


ExpenseReportsResult._schema = _k.ModelSchema(
    "ExpenseReportsResult",
    (
        _k.Field("total_amount", "total_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("billable_amount", "billable_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("currency", "currency", _k.STRING, required=True, nullable=False),
        _k.Field("client_id", "client_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("client_name", "client_name", _k.STRING, required=False, nullable=False),
        _k.Field("project_id", "project_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("project_name", "project_name", _k.STRING, required=False, nullable=False),
        _k.Field("expense_category_id", "expense_category_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("expense_category_name", "expense_category_name", _k.STRING, required=False, nullable=False),
        _k.Field("user_id", "user_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("user_name", "user_name", _k.STRING, required=False, nullable=False),
        _k.Field("is_contractor", "is_contractor", _k.BOOLEAN, required=False, nullable=False),
    ),
)
