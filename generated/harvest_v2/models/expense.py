"""Expense: Money a user spent for a project, possibly billable to the client."""

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
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET
from .client_reference import ClientReference
from .expense_category_reference import ExpenseCategoryReference
from .expense_receipt import ExpenseReceipt
from .expense_user_assignment import ExpenseUserAssignment
from .invoice_reference import InvoiceReference
from .project_reference import ProjectReference
from .user_reference import UserReference

_new = object.__new__


@define
class Expense:
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
            obj.client = ClientReference.from_dict(src["client"])
            obj.project = ProjectReference.from_dict(src["project"])
            obj.expense_category = ExpenseCategoryReference.from_dict(src["expense_category"])
            obj.user = UserReference.from_dict(src["user"])
            obj.user_assignment = ExpenseUserAssignment.from_dict(src["user_assignment"])
            obj.receipt = _v6 if (_v6 := src["receipt"]) is None else ExpenseReceipt.from_dict(_v6)
            obj.invoice = _v7 if (_v7 := src["invoice"]) is None else InvoiceReference.from_dict(_v7)
            obj.notes = _v8 if (_v8 := src["notes"]) is None or _v8.__class__ is str else _drifted()
            obj.units = _v9 if (_v9 := src["units"]).__class__ is int else _drifted()
            obj.total_cost = _v10 if (_v10 := src["total_cost"]).__class__ is Decimal else _to_decimal(_v10)
            obj.billable = _v11 if (_v11 := src["billable"]).__class__ is bool else _drifted()
            obj.is_closed = _v12 if (_v12 := src["is_closed"]).__class__ is bool else _drifted()
            obj.is_locked = _v13 if (_v13 := src["is_locked"]).__class__ is bool else _drifted()
            obj.is_billed = _v14 if (_v14 := src["is_billed"]).__class__ is bool else _drifted()
            obj.locked_reason = _v15 if (_v15 := src["locked_reason"]) is None or _v15.__class__ is str else _drifted()
            obj.spent_date = _parse_date(src["spent_date"])
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 19 else {}
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
