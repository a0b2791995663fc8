"""Expense: Money a user spent for a project, possibly billable to the client."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from ..types import UNSET
from .client_reference import ClientReference
from .expense_category_reference import ExpenseCategoryReference
from .expense_receipt import ExpenseReceipt
from .expense_user_assignment import ExpenseUserAssignment
from .invoice_reference import InvoiceReference
from .project_reference import ProjectReference
from .user_reference import UserReference


class Expense(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Money a user spent for a project, possibly billable to the client.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    client: ClientReference
    """The client a record belongs to."""
    project: ProjectReference
    """The project a record belongs to."""
    expense_category: ExpenseCategoryReference
    """The category of an expense, with its unit pricing when it has one."""
    user: UserReference
    """The user (person) a record belongs to or was made by."""
    user_assignment: ExpenseUserAssignment
    """The membership of the expense's user in the expense's project, as embedded in an expense."""
    receipt: ExpenseReceipt | None
    """The attached receipt; null when none is attached."""
    invoice: InvoiceReference | None
    """The invoice the expense was billed on; null until it is invoiced."""
    notes: str | None
    units: int
    """Quantity of the category's unit; total_cost is units times the unit price."""
    total_cost: Decimal
    """The amount spent."""
    billable: bool
    is_closed: bool
    """True once the expense has been approved."""
    is_locked: bool
    """True when the expense can no longer be edited (invoiced"""
    is_billed: bool
    """True once the expense is invoiced or marked as invoiced."""
    locked_reason: str | None
    """Human-readable explanation of the lock; null when unlocked."""
    spent_date: datetime.date
    """The day the money was spent."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
        if (_v2 := this.client) is not UNSET:
            out["client"] = _dump_model(_v2)
        if (_v3 := this.project) is not UNSET:
            out["project"] = _dump_model(_v3)
        if (_v4 := this.expense_category) is not UNSET:
            out["expense_category"] = _dump_model(_v4)
        if (_v5 := this.user) is not UNSET:
            out["user"] = _dump_model(_v5)
        if (_v6 := this.user_assignment) is not UNSET:
            out["user_assignment"] = _dump_model(_v6)
        if (_v7 := this.receipt) is not UNSET:
            out["receipt"] = _dump_model(_v7)
        if (_v8 := this.invoice) is not UNSET:
            out["invoice"] = _dump_model(_v8)
        if (_v9 := this.notes) is not UNSET:
            out["notes"] = _v9
        if (_v10 := this.units) is not UNSET:
            out["units"] = _v10
        if (_v11 := this.total_cost) is not UNSET:
            out["total_cost"] = _v11
        if (_v12 := this.billable) is not UNSET:
            out["billable"] = _v12
        if (_v13 := this.is_closed) is not UNSET:
            out["is_closed"] = _v13
        if (_v14 := this.is_locked) is not UNSET:
            out["is_locked"] = _v14
        if (_v15 := this.is_billed) is not UNSET:
            out["is_billed"] = _v15
        if (_v16 := this.locked_reason) is not UNSET:
            out["locked_reason"] = _v16
        if (_v17 := this.spent_date) is not UNSET:
            out["spent_date"] = _dump_date(_v17)
        if (_v18 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v18)
        if (_v19 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v19)
        out.update(self.additional_properties)
        return out


Expense._schema = _k.ModelSchema(
    "Expense",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client", "client", _k.Model(ClientReference), required=True, nullable=False),
        _k.Field("project", "project", _k.Model(ProjectReference), required=True, nullable=False),
        _k.Field(
            "expense_category", "expense_category", _k.Model(ExpenseCategoryReference), required=True, nullable=False
        ),
        _k.Field("user", "user", _k.Model(UserReference), required=True, nullable=False),
        _k.Field("user_assignment", "user_assignment", _k.Model(ExpenseUserAssignment), required=True, nullable=False),
        _k.Field("receipt", "receipt", _k.Model(ExpenseReceipt), required=True, nullable=True),
        _k.Field("invoice", "invoice", _k.Model(InvoiceReference), required=True, nullable=True),
        _k.Field("notes", "notes", _k.STRING, required=True, nullable=True),
        _k.Field("units", "units", _k.INTEGER, required=True, nullable=False),
        _k.Field("total_cost", "total_cost", _k.DECIMAL, required=True, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_closed", "is_closed", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_locked", "is_locked", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_billed", "is_billed", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("locked_reason", "locked_reason", _k.STRING, required=True, nullable=True),
        _k.Field("spent_date", "spent_date", _k.DATE, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
