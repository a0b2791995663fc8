"""Project: A piece of work for a client that time and expenses are tracked against."""

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
from ..types import UNSET, Unset
from .client_reference import ClientReference
from .project_bill_by import ProjectBillBy
from .project_budget_by import ProjectBudgetBy


class Project(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A piece of work for a client that time and expenses are tracked against.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
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
    budget: Decimal | None
    """Budget in hours"""
    budget_by: ProjectBudgetBy | str
    """What a project's budget counts: hours for the whole project (project), fees for the whole project (project_cost), hours per task (task), fees per task (task_fees), hours per person (person), or no budget at all (none)."""
    budget_is_monthly: bool
    """True when the budget starts over each month."""
    notify_when_over_budget: bool
    """True when project managers get an email once the budget is exceeded."""
    over_budget_notification_percentage: Decimal
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
    hourly_rate: Decimal | Unset | None = UNSET
    """The rate applied when bill_by is Project; left out for users who may not see rates."""
    cost_budget: Decimal | Unset | None = UNSET
    """Budget in money, when the budget counts fees; left out for users who may not see amounts."""
    fee: Decimal | Unset | None = UNSET
    """The amount to invoice, fixed-fee projects only; left out for users who may not see amounts."""
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
        if (_v3 := this.name) is not UNSET:
            out["name"] = _v3
        if (_v4 := this.code) is not UNSET:
            out["code"] = _v4
        if (_v5 := this.is_active) is not UNSET:
            out["is_active"] = _v5
        if (_v6 := this.is_billable) is not UNSET:
            out["is_billable"] = _v6
        if (_v7 := this.is_fixed_fee) is not UNSET:
            out["is_fixed_fee"] = _v7
        if (_v8 := this.bill_by) is not UNSET:
            out["bill_by"] = _v8
        if (_v9 := this.budget) is not UNSET:
            out["budget"] = _v9
        if (_v10 := this.budget_by) is not UNSET:
            out["budget_by"] = _v10
        if (_v11 := this.budget_is_monthly) is not UNSET:
            out["budget_is_monthly"] = _v11
        if (_v12 := this.notify_when_over_budget) is not UNSET:
            out["notify_when_over_budget"] = _v12
        if (_v13 := this.over_budget_notification_percentage) is not UNSET:
            out["over_budget_notification_percentage"] = _v13
        if (_v14 := this.over_budget_notification_date) is not UNSET:
            out["over_budget_notification_date"] = _dump_date(_v14)
        if (_v15 := this.show_budget_to_all) is not UNSET:
            out["show_budget_to_all"] = _v15
        if (_v16 := this.cost_budget_include_expenses) is not UNSET:
            out["cost_budget_include_expenses"] = _v16
        if (_v17 := this.notes) is not UNSET:
            out["notes"] = _v17
        if (_v18 := this.starts_on) is not UNSET:
            out["starts_on"] = _dump_date(_v18)
        if (_v19 := this.ends_on) is not UNSET:
            out["ends_on"] = _dump_date(_v19)
        if (_v20 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v20)
        if (_v21 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v21)
        if (_v22 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v22
        if (_v23 := this.cost_budget) is not UNSET:
            out["cost_budget"] = _v23
        if (_v24 := this.fee) is not UNSET:
            out["fee"] = _v24
        out.update(self.additional_properties)
        return out


Project._schema = _k.ModelSchema(
    "Project",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client", "client", _k.Model(ClientReference), required=True, nullable=False),
        _k.Field("name", "name", _k.STRING, required=True, nullable=False),
        _k.Field("code", "code", _k.STRING, required=True, nullable=True),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_billable", "is_billable", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_fixed_fee", "is_fixed_fee", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("bill_by", "bill_by", _k.Enum(ProjectBillBy), required=True, nullable=False),
        _k.Field("budget", "budget", _k.DECIMAL, required=True, nullable=True),
        _k.Field("budget_by", "budget_by", _k.Enum(ProjectBudgetBy), required=True, nullable=False),
        _k.Field("budget_is_monthly", "budget_is_monthly", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("notify_when_over_budget", "notify_when_over_budget", _k.BOOLEAN, required=True, nullable=False),
        _k.Field(
            "over_budget_notification_percentage",
            "over_budget_notification_percentage",
            _k.DECIMAL,
            required=True,
            nullable=False,
        ),
        _k.Field(
            "over_budget_notification_date", "over_budget_notification_date", _k.DATE, required=True, nullable=True
        ),
        _k.Field("show_budget_to_all", "show_budget_to_all", _k.BOOLEAN, required=True, nullable=False),
        _k.Field(
            "cost_budget_include_expenses", "cost_budget_include_expenses", _k.BOOLEAN, required=True, nullable=False
        ),
        _k.Field("notes", "notes", _k.STRING, required=True, nullable=True),
        _k.Field("starts_on", "starts_on", _k.DATE, required=True, nullable=True),
        _k.Field("ends_on", "ends_on", _k.DATE, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=False, nullable=True),
        _k.Field("cost_budget", "cost_budget", _k.DECIMAL, required=False, nullable=True),
        _k.Field("fee", "fee", _k.DECIMAL, required=False, nullable=True),
    ),
)
