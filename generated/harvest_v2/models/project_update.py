"""ProjectUpdate: Fields to change on a project; leave out what stays."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .project_bill_by import ProjectBillBy
    from .project_budget_by import ProjectBudgetBy

_new = object.__new__
_FIELDS = frozenset(
    {
        "client_id",
        "name",
        "code",
        "is_active",
        "is_billable",
        "is_fixed_fee",
        "bill_by",
        "hourly_rate",
        "budget",
        "budget_by",
        "budget_is_monthly",
        "notify_when_over_budget",
        "over_budget_notification_percentage",
        "show_budget_to_all",
        "cost_budget",
        "cost_budget_include_expenses",
        "fee",
        "notes",
        "starts_on",
        "ends_on",
    }
)


@define
class ProjectUpdate:
    """Fields to change on a project; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    client_id: int | Unset = UNSET
    name: str | Unset = UNSET
    code: str | Unset | None = UNSET
    is_active: bool | Unset = UNSET
    is_billable: bool | Unset = UNSET
    is_fixed_fee: bool | Unset = UNSET
    bill_by: ProjectBillBy | str | Unset = UNSET
    """How a project's time is priced on invoices; none means it is not invoiced by the hour."""
    hourly_rate: float | Unset | None = UNSET
    budget: float | Unset | None = UNSET
    budget_by: ProjectBudgetBy | str | Unset = UNSET
    """What a project's budget counts: hours for the whole project (project), fees for the whole project (project_cost), hours per task (task), fees per task (task_fees), hours per person (person), or no budget at all (none)."""
    budget_is_monthly: bool | Unset = UNSET
    notify_when_over_budget: bool | Unset = UNSET
    over_budget_notification_percentage: float | Unset = UNSET
    show_budget_to_all: bool | Unset = UNSET
    cost_budget: float | Unset | None = UNSET
    cost_budget_include_expenses: bool | Unset = UNSET
    fee: float | Unset | None = UNSET
    notes: str | Unset | None = UNSET
    starts_on: datetime.date | Unset | None = UNSET
    ends_on: datetime.date | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.client_id = src.get("client_id", UNSET)
        obj.name = src.get("name", UNSET)
        obj.code = src.get("code", UNSET)
        obj.is_active = src.get("is_active", UNSET)
        obj.is_billable = src.get("is_billable", UNSET)
        obj.is_fixed_fee = src.get("is_fixed_fee", UNSET)
        obj.bill_by = src.get("bill_by", UNSET)
        obj.hourly_rate = src.get("hourly_rate", UNSET)
        obj.budget = src.get("budget", UNSET)
        obj.budget_by = src.get("budget_by", UNSET)
        obj.budget_is_monthly = src.get("budget_is_monthly", UNSET)
        obj.notify_when_over_budget = src.get("notify_when_over_budget", UNSET)
        obj.over_budget_notification_percentage = src.get("over_budget_notification_percentage", UNSET)
        obj.show_budget_to_all = src.get("show_budget_to_all", UNSET)
        obj.cost_budget = src.get("cost_budget", UNSET)
        obj.cost_budget_include_expenses = src.get("cost_budget_include_expenses", UNSET)
        obj.fee = src.get("fee", UNSET)
        obj.notes = src.get("notes", UNSET)
        obj.starts_on = (
            UNSET
            if (_u19 := src.get("starts_on", UNSET)) is UNSET
            else None
            if (_v1 := _u19) is None
            else _parse_date(_v1)
        )
        obj.ends_on = (
            UNSET
            if (_u20 := src.get("ends_on", UNSET)) is UNSET
            else None
            if (_v3 := _u20) is None
            else _parse_date(_v3)
        )
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.client_id is not UNSET)
            - (obj.name is not UNSET)
            - (obj.code is not UNSET)
            - (obj.is_active is not UNSET)
            - (obj.is_billable is not UNSET)
            - (obj.is_fixed_fee is not UNSET)
            - (obj.bill_by is not UNSET)
            - (obj.hourly_rate is not UNSET)
            - (obj.budget is not UNSET)
            - (obj.budget_by is not UNSET)
            - (obj.budget_is_monthly is not UNSET)
            - (obj.notify_when_over_budget is not UNSET)
            - (obj.over_budget_notification_percentage is not UNSET)
            - (obj.show_budget_to_all is not UNSET)
            - (obj.cost_budget is not UNSET)
            - (obj.cost_budget_include_expenses is not UNSET)
            - (obj.fee is not UNSET)
            - (obj.notes is not UNSET)
            - (obj.starts_on is not UNSET)
            - (obj.ends_on is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.client_id, Unset):
            out["client_id"] = self.client_id
        if not isinstance(self.name, Unset):
            out["name"] = self.name
        if not isinstance(self.code, Unset):
            out["code"] = self.code
        if not isinstance(self.is_active, Unset):
            out["is_active"] = self.is_active
        if not isinstance(self.is_billable, Unset):
            out["is_billable"] = self.is_billable
        if not isinstance(self.is_fixed_fee, Unset):
            out["is_fixed_fee"] = self.is_fixed_fee
        if not isinstance(self.bill_by, Unset):
            out["bill_by"] = self.bill_by
        if not isinstance(self.hourly_rate, Unset):
            out["hourly_rate"] = self.hourly_rate
        if not isinstance(self.budget, Unset):
            out["budget"] = self.budget
        if not isinstance(self.budget_by, Unset):
            out["budget_by"] = self.budget_by
        if not isinstance(self.budget_is_monthly, Unset):
            out["budget_is_monthly"] = self.budget_is_monthly
        if not isinstance(self.notify_when_over_budget, Unset):
            out["notify_when_over_budget"] = self.notify_when_over_budget
        if not isinstance(self.over_budget_notification_percentage, Unset):
            out["over_budget_notification_percentage"] = self.over_budget_notification_percentage
        if not isinstance(self.show_budget_to_all, Unset):
            out["show_budget_to_all"] = self.show_budget_to_all
        if not isinstance(self.cost_budget, Unset):
            out["cost_budget"] = self.cost_budget
        if not isinstance(self.cost_budget_include_expenses, Unset):
            out["cost_budget_include_expenses"] = self.cost_budget_include_expenses
        if not isinstance(self.fee, Unset):
            out["fee"] = self.fee
        if not isinstance(self.notes, Unset):
            out["notes"] = self.notes
        if not isinstance(self.starts_on, Unset):
            out["starts_on"] = None if (_v4 := self.starts_on) is None else _v4.isoformat()
        if not isinstance(self.ends_on, Unset):
            out["ends_on"] = None if (_v5 := self.ends_on) is None else _v5.isoformat()
        out.update(self.additional_properties)
        return out
