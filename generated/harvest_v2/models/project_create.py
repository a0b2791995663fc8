"""ProjectCreate: Fields of a new project."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Self

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

if TYPE_CHECKING:
    from .project_bill_by import ProjectBillBy
    from .project_budget_by import ProjectBudgetBy

_new = object.__new__
_BILL_BY_VALUES = frozenset(
    (
        "People",
        "Project",
        "Tasks",
        "none",
    )
)
_BUDGET_BY_VALUES = frozenset(
    (
        "none",
        "person",
        "project",
        "project_cost",
        "task",
        "task_fees",
    )
)


@define
class ProjectCreate:
    """Fields of a new project.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int
    name: str
    is_billable: bool
    bill_by: ProjectBillBy | str
    """How a project's time is priced on invoices; none means it is not invoiced by the hour."""
    budget_by: ProjectBudgetBy | str
    """What a project's budget counts: hours for the whole project (project), fees for the whole project (project_cost), hours per task (task), fees per task (task_fees), hours per person (person), or no budget at all (none)."""
    code: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    """Defaults to true."""
    is_fixed_fee: bool | Unset = UNSET
    hourly_rate: Decimal | Unset = UNSET
    budget: Decimal | Unset = UNSET
    """Hours."""
    budget_is_monthly: bool | Unset = UNSET
    """Defaults to false."""
    notify_when_over_budget: bool | Unset = UNSET
    """Defaults to false."""
    over_budget_notification_percentage: Decimal | Unset = UNSET
    """In percent; 10.0 means 10%."""
    show_budget_to_all: bool | Unset = UNSET
    """Defaults to false."""
    cost_budget: Decimal | Unset = UNSET
    """Money."""
    cost_budget_include_expenses: bool | Unset = UNSET
    """Defaults to false."""
    fee: Decimal | Unset = UNSET
    notes: str | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    ends_on: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.client_id = _v0 if (_v0 := src["client_id"]).__class__ is int else _drifted()
            obj.name = _v1 if (_v1 := src["name"]).__class__ is str else _drifted()
            obj.is_billable = _v2 if (_v2 := src["is_billable"]).__class__ is bool else _drifted()
            obj.bill_by = _v3 if (_v3 := src["bill_by"]) in _BILL_BY_VALUES else _drifted()
            obj.budget_by = _v4 if (_v4 := src["budget_by"]) in _BUDGET_BY_VALUES else _drifted()
            obj.code = _v5 if (_v5 := src.get("code", UNSET)) is UNSET or _v5.__class__ is str else _drifted()
            obj.is_active = (
                _v6 if (_v6 := src.get("is_active", UNSET)) is UNSET or _v6.__class__ is bool else _drifted()
            )
            obj.is_fixed_fee = (
                _v7 if (_v7 := src.get("is_fixed_fee", UNSET)) is UNSET or _v7.__class__ is bool else _drifted()
            )
            obj.hourly_rate = (
                _v8 if (_v8 := src.get("hourly_rate", UNSET)) is UNSET or _v8.__class__ is Decimal else _to_decimal(_v8)
            )
            obj.budget = (
                _v9 if (_v9 := src.get("budget", UNSET)) is UNSET or _v9.__class__ is Decimal else _to_decimal(_v9)
            )
            obj.budget_is_monthly = (
                _v10 if (_v10 := src.get("budget_is_monthly", UNSET)) is UNSET or _v10.__class__ is bool else _drifted()
            )
            obj.notify_when_over_budget = (
                _v11
                if (_v11 := src.get("notify_when_over_budget", UNSET)) is UNSET or _v11.__class__ is bool
                else _drifted()
            )
            obj.over_budget_notification_percentage = (
                _v12
                if (_v12 := src.get("over_budget_notification_percentage", UNSET)) is UNSET or _v12.__class__ is Decimal
                else _to_decimal(_v12)
            )
            obj.show_budget_to_all = (
                _v13
                if (_v13 := src.get("show_budget_to_all", UNSET)) is UNSET or _v13.__class__ is bool
                else _drifted()
            )
            obj.cost_budget = (
                _v14
                if (_v14 := src.get("cost_budget", UNSET)) is UNSET or _v14.__class__ is Decimal
                else _to_decimal(_v14)
            )
            obj.cost_budget_include_expenses = (
                _v15
                if (_v15 := src.get("cost_budget_include_expenses", UNSET)) is UNSET or _v15.__class__ is bool
                else _drifted()
            )
            obj.fee = (
                _v16 if (_v16 := src.get("fee", UNSET)) is UNSET or _v16.__class__ is Decimal else _to_decimal(_v16)
            )
            obj.notes = _v17 if (_v17 := src.get("notes", UNSET)) is UNSET or _v17.__class__ is str else _drifted()
            obj.starts_on = _v18 if (_v18 := src.get("starts_on", UNSET)) is UNSET else _parse_date(_v18)
            obj.ends_on = _v19 if (_v19 := src.get("ends_on", UNSET)) is UNSET else _parse_date(_v19)
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 5
                - (obj.code is not UNSET)
                - (obj.is_active is not UNSET)
                - (obj.is_fixed_fee is not UNSET)
                - (obj.hourly_rate is not UNSET)
                - (obj.budget is not UNSET)
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
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.name) is not UNSET:
            out["name"] = _v2
        if (_v3 := this.is_billable) is not UNSET:
            out["is_billable"] = _v3
        if (_v4 := this.bill_by) is not UNSET:
            out["bill_by"] = _v4
        if (_v5 := this.budget_by) is not UNSET:
            out["budget_by"] = _v5
        if (_v6 := this.code) is not UNSET:
            out["code"] = _v6
        if (_v7 := this.is_active) is not UNSET:
            out["is_active"] = _v7
        if (_v8 := this.is_fixed_fee) is not UNSET:
            out["is_fixed_fee"] = _v8
        if (_v9 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v9
        if (_v10 := this.budget) is not UNSET:
            out["budget"] = _v10
        if (_v11 := this.budget_is_monthly) is not UNSET:
            out["budget_is_monthly"] = _v11
        if (_v12 := this.notify_when_over_budget) is not UNSET:
            out["notify_when_over_budget"] = _v12
        if (_v13 := this.over_budget_notification_percentage) is not UNSET:
            out["over_budget_notification_percentage"] = _v13
        if (_v14 := this.show_budget_to_all) is not UNSET:
            out["show_budget_to_all"] = _v14
        if (_v15 := this.cost_budget) is not UNSET:
            out["cost_budget"] = _v15
        if (_v16 := this.cost_budget_include_expenses) is not UNSET:
            out["cost_budget_include_expenses"] = _v16
        if (_v17 := this.fee) is not UNSET:
            out["fee"] = _v17
        if (_v18 := this.notes) is not UNSET:
            out["notes"] = _v18
        if (_v19 := this.starts_on) is not UNSET:
            out["starts_on"] = _dump_date(_v19)
        if (_v20 := this.ends_on) is not UNSET:
            out["ends_on"] = _dump_date(_v20)
        out.update(self.additional_properties)
        return out


ProjectCreate._schema = _k.ModelSchema(
    "ProjectCreate",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("name", "name", _k.STRING, required=True, nullable=False),
        _k.Field("is_billable", "is_billable", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("bill_by", "bill_by", _k.Enum(sorted(_BILL_BY_VALUES)), required=True, nullable=False),
        _k.Field("budget_by", "budget_by", _k.Enum(sorted(_BUDGET_BY_VALUES)), required=True, nullable=False),
        _k.Field("code", "code", _k.STRING, required=False, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("is_fixed_fee", "is_fixed_fee", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=False, nullable=False),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=False),
        _k.Field("budget_is_monthly", "budget_is_monthly", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("notify_when_over_budget", "notify_when_over_budget", _k.BOOLEAN, required=False, nullable=False),
        _k.Field(
            "over_budget_notification_percentage",
            "over_budget_notification_percentage",
            _k.DECIMAL,
            required=False,
            nullable=False,
        ),
        _k.Field("show_budget_to_all", "show_budget_to_all", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("cost_budget", "cost_budget", _k.DECIMAL, required=False, nullable=False),
        _k.Field(
            "cost_budget_include_expenses", "cost_budget_include_expenses", _k.BOOLEAN, required=False, nullable=False
        ),
        _k.Field("fee", "fee", _k.DECIMAL, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=False),
        _k.Field("starts_on", "starts_on", _k.DATE, required=False, nullable=False),
        _k.Field("ends_on", "ends_on", _k.DATE, required=False, nullable=False),
    ),
)
