"""ExpenseReportsResult: Expense totals for one subject and currency. Client and project reports fill client_* and project_*, the category report expense_category_*, the team report user_* and is_contractor."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "total_amount",
        "billable_amount",
        "currency",
        "client_id",
        "client_name",
        "project_id",
        "project_name",
        "expense_category_id",
        "expense_category_name",
        "user_id",
        "user_name",
        "is_contractor",
    }
)


@define
class ExpenseReportsResult:
    """Expense totals for one subject and currency. Client and project reports fill client_* and project_*, the category report expense_category_*, the team report user_* and is_contractor.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    total_amount: float
    """Sum of all expenses in the range."""
    billable_amount: float
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

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.total_amount = src["total_amount"]
        obj.billable_amount = src["billable_amount"]
        obj.currency = src["currency"]
        obj.client_id = src.get("client_id", UNSET)
        obj.client_name = src.get("client_name", UNSET)
        obj.project_id = src.get("project_id", UNSET)
        obj.project_name = src.get("project_name", UNSET)
        obj.expense_category_id = src.get("expense_category_id", UNSET)
        obj.expense_category_name = src.get("expense_category_name", UNSET)
        obj.user_id = src.get("user_id", UNSET)
        obj.user_name = src.get("user_name", UNSET)
        obj.is_contractor = src.get("is_contractor", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
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
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "total_amount": self.total_amount,
            "billable_amount": self.billable_amount,
            "currency": self.currency,
        }
        if not isinstance(self.client_id, Unset):
            out["client_id"] = self.client_id
        if not isinstance(self.client_name, Unset):
            out["client_name"] = self.client_name
        if not isinstance(self.project_id, Unset):
            out["project_id"] = self.project_id
        if not isinstance(self.project_name, Unset):
            out["project_name"] = self.project_name
        if not isinstance(self.expense_category_id, Unset):
            out["expense_category_id"] = self.expense_category_id
        if not isinstance(self.expense_category_name, Unset):
            out["expense_category_name"] = self.expense_category_name
        if not isinstance(self.user_id, Unset):
            out["user_id"] = self.user_id
        if not isinstance(self.user_name, Unset):
            out["user_name"] = self.user_name
        if not isinstance(self.is_contractor, Unset):
            out["is_contractor"] = self.is_contractor
        out.update(self.additional_properties)
        return out
