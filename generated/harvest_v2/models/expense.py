"""Expense: Money a user spent for a project, possibly billable to the client."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from .client_reference import ClientReference
from .expense_category_reference import ExpenseCategoryReference
from .expense_receipt import ExpenseReceipt
from .expense_user_assignment import ExpenseUserAssignment
from .invoice_reference import InvoiceReference
from .project_reference import ProjectReference
from .user_reference import UserReference

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "client",
        "project",
        "expense_category",
        "user",
        "user_assignment",
        "receipt",
        "invoice",
        "notes",
        "units",
        "total_cost",
        "billable",
        "is_closed",
        "is_locked",
        "is_billed",
        "locked_reason",
        "spent_date",
        "created_at",
        "updated_at",
    }
)


@define
class Expense:
    """Money a user spent for a project, possibly billable to the client.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
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
    total_cost: float
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

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.client = ClientReference.from_dict(src["client"])
        obj.project = ProjectReference.from_dict(src["project"])
        obj.expense_category = ExpenseCategoryReference.from_dict(src["expense_category"])
        obj.user = UserReference.from_dict(src["user"])
        obj.user_assignment = ExpenseUserAssignment.from_dict(src["user_assignment"])
        obj.receipt = None if (_v0 := src["receipt"]) is None else ExpenseReceipt.from_dict(_v0)
        obj.invoice = None if (_v1 := src["invoice"]) is None else InvoiceReference.from_dict(_v1)
        obj.notes = src["notes"]
        obj.units = src["units"]
        obj.total_cost = src["total_cost"]
        obj.billable = src["billable"]
        obj.is_closed = src["is_closed"]
        obj.is_locked = src["is_locked"]
        obj.is_billed = src["is_billed"]
        obj.locked_reason = src["locked_reason"]
        obj.spent_date = _parse_date(src["spent_date"])
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 19
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "client": self.client.to_dict(),
            "project": self.project.to_dict(),
            "expense_category": self.expense_category.to_dict(),
            "user": self.user.to_dict(),
            "user_assignment": self.user_assignment.to_dict(),
            "receipt": None if (_v2 := self.receipt) is None else _v2.to_dict(),
            "invoice": None if (_v3 := self.invoice) is None else _v3.to_dict(),
            "notes": self.notes,
            "units": self.units,
            "total_cost": self.total_cost,
            "billable": self.billable,
            "is_closed": self.is_closed,
            "is_locked": self.is_locked,
            "is_billed": self.is_billed,
            "locked_reason": self.locked_reason,
            "spent_date": self.spent_date.isoformat(),
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        out.update(self.additional_properties)
        return out
