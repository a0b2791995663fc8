"""ExpenseReportsResult: Expense totals for one subject and currency. Client and project reports fill client_* and project_*, the category report expense_category_*, the team report user_* and is_contractor."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class ExpenseReportsResult(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
