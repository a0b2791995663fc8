"""Project: A piece of work for a client that time and expenses are tracked against."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset
from .client_reference import ClientReference

if TYPE_CHECKING:
    from .project_bill_by import ProjectBillBy
    from .project_budget_by import ProjectBudgetBy

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "client",
        "name",
        "code",
        "is_active",
        "is_billable",
        "is_fixed_fee",
        "bill_by",
        "budget",
        "budget_by",
        "budget_is_monthly",
        "notify_when_over_budget",
        "over_budget_notification_percentage",
        "over_budget_notification_date",
        "show_budget_to_all",
        "cost_budget_include_expenses",
        "notes",
        "starts_on",
        "ends_on",
        "created_at",
        "updated_at",
        "hourly_rate",
        "cost_budget",
        "fee",
    }
)


@define
class Project:
    """A piece of work for a client that time and expenses are tracked against.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    client: ClientReference
    """The client a record belongs to."""
    name: str
    """Unique within the account."""
    code: str | None
    """Short label shown beside the name."""
    is_active: bool
    """False once the project is archived."""
    is_billable: bool
    is_fixed_fee: bool
    """True when the project is invoiced for a fixed fee instead of by the hour."""
    bill_by: ProjectBillBy | str
    """How a project's time is priced on invoices; none means it is not invoiced by the hour."""
    budget: float | None
    """Budget in hours"""
    budget_by: ProjectBudgetBy | str
    """What a project's budget counts: hours for the whole project (project), fees for the whole project (project_cost), hours per task (task), fees per task (task_fees), hours per person (person), or no budget at all (none)."""
    budget_is_monthly: bool
    """True when the budget starts over each month."""
    notify_when_over_budget: bool
    """True when project managers get an email once the budget is exceeded."""
    over_budget_notification_percentage: float
    """Share of the budget, in percent (80.0 is 80%), that triggers the budget email."""
    over_budget_notification_date: datetime.date | None
    """When the last budget email went out; null if none has."""
    show_budget_to_all: bool
    """True when every team member may see the budget (not for fee-budgeted projects)."""
    cost_budget_include_expenses: bool
    """True when expenses count against a fee budget."""
    notes: str | None
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    hourly_rate: float | Unset | None = UNSET
    """The rate applied when bill_by is Project; left out for users who may not see rates."""
    cost_budget: float | Unset | None = UNSET
    """Budget in money, when the budget counts fees; left out for users who may not see amounts."""
    fee: float | Unset | None = UNSET
    """The amount to invoice, fixed-fee projects only; left out for users who may not see amounts."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.client = ClientReference.from_dict(src["client"])
        obj.name = src["name"]
        obj.code = src["code"]
        obj.is_active = src["is_active"]
        obj.is_billable = src["is_billable"]
        obj.is_fixed_fee = src["is_fixed_fee"]
        obj.bill_by = src["bill_by"]
        obj.budget = src["budget"]
        obj.budget_by = src["budget_by"]
        obj.budget_is_monthly = src["budget_is_monthly"]
        obj.notify_when_over_budget = src["notify_when_over_budget"]
        obj.over_budget_notification_percentage = src["over_budget_notification_percentage"]
        obj.over_budget_notification_date = (
            None if (_v0 := src["over_budget_notification_date"]) is None else _parse_date(_v0)
        )
        obj.show_budget_to_all = src["show_budget_to_all"]
        obj.cost_budget_include_expenses = src["cost_budget_include_expenses"]
        obj.notes = src["notes"]
        obj.starts_on = None if (_v1 := src["starts_on"]) is None else _parse_date(_v1)
        obj.ends_on = None if (_v2 := src["ends_on"]) is None else _parse_date(_v2)
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.hourly_rate = src.get("hourly_rate", UNSET)
        obj.cost_budget = src.get("cost_budget", UNSET)
        obj.fee = src.get("fee", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src) - 21 - (obj.hourly_rate is not UNSET) - (obj.cost_budget is not UNSET) - (obj.fee is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "client": self.client.to_dict(),
            "name": self.name,
            "code": self.code,
            "is_active": self.is_active,
            "is_billable": self.is_billable,
            "is_fixed_fee": self.is_fixed_fee,
            "bill_by": self.bill_by,
            "budget": self.budget,
            "budget_by": self.budget_by,
            "budget_is_monthly": self.budget_is_monthly,
            "notify_when_over_budget": self.notify_when_over_budget,
            "over_budget_notification_percentage": self.over_budget_notification_percentage,
            "over_budget_notification_date": None
            if (_v3 := self.over_budget_notification_date) is None
            else _v3.isoformat(),
            "show_budget_to_all": self.show_budget_to_all,
            "cost_budget_include_expenses": self.cost_budget_include_expenses,
            "notes": self.notes,
            "starts_on": None if (_v4 := self.starts_on) is None else _v4.isoformat(),
            "ends_on": None if (_v5 := self.ends_on) is None else _v5.isoformat(),
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.hourly_rate, Unset):
            out["hourly_rate"] = self.hourly_rate
        if not isinstance(self.cost_budget, Unset):
            out["cost_budget"] = self.cost_budget
        if not isinstance(self.fee, Unset):
            out["fee"] = self.fee
        out.update(self.additional_properties)
        return out
