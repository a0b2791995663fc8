"""ProjectBudgetReportResult: Budget use of one project. For money budgets, budget, budget_spent and budget_remaining are left out for users who may not see billable amounts."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .project_budget_by import ProjectBudgetBy

_new = object.__new__
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
class ProjectBudgetReportResult:
    """Budget use of one project. For money budgets, budget, budget_spent and budget_remaining are left out for users who may not see billable amounts.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int
    client_name: str
    project_id: int
    project_name: str
    budget_is_monthly: bool
    """True when the budget starts over each month."""
    budget_by: ProjectBudgetBy | str
    """What a project's budget counts: hours for the whole project (project), fees for the whole project (project_cost), hours per task (task), fees per task (task_fees), hours per person (person), or no budget at all (none)."""
    is_active: bool
    """False once the project is archived."""
    budget: Decimal | Unset = UNSET
    """The budget"""
    budget_spent: Decimal | Unset = UNSET
    """Hours or money used so far"""
    budget_remaining: Decimal | Unset = UNSET
    """Hours or money still available."""
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
            obj.client_name = _v1 if (_v1 := src["client_name"]).__class__ is str else _drifted()
            obj.project_id = _v2 if (_v2 := src["project_id"]).__class__ is int else _drifted()
            obj.project_name = _v3 if (_v3 := src["project_name"]).__class__ is str else _drifted()
            obj.budget_is_monthly = _v4 if (_v4 := src["budget_is_monthly"]).__class__ is bool else _drifted()
            obj.budget_by = _v5 if (_v5 := src["budget_by"]) in _BUDGET_BY_VALUES else _drifted()
            obj.is_active = _v6 if (_v6 := src["is_active"]).__class__ is bool else _drifted()
            obj.budget = (
                _v7 if (_v7 := src.get("budget", UNSET)) is UNSET or _v7.__class__ is Decimal else _to_decimal(_v7)
            )
            obj.budget_spent = (
                _v8
                if (_v8 := src.get("budget_spent", UNSET)) is UNSET or _v8.__class__ is Decimal
                else _to_decimal(_v8)
            )
            obj.budget_remaining = (
                _v9
                if (_v9 := src.get("budget_remaining", UNSET)) is UNSET or _v9.__class__ is Decimal
                else _to_decimal(_v9)
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 7
                - (obj.budget is not UNSET)
                - (obj.budget_spent is not UNSET)
                - (obj.budget_remaining is not UNSET)
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
        if (_v2 := this.client_name) is not UNSET:
            out["client_name"] = _v2
        if (_v3 := this.project_id) is not UNSET:
            out["project_id"] = _v3
        if (_v4 := this.project_name) is not UNSET:
            out["project_name"] = _v4
        if (_v5 := this.budget_is_monthly) is not UNSET:
            out["budget_is_monthly"] = _v5
        if (_v6 := this.budget_by) is not UNSET:
            out["budget_by"] = _v6
        if (_v7 := this.is_active) is not UNSET:
            out["is_active"] = _v7
        if (_v8 := this.budget) is not UNSET:
            out["budget"] = _v8
        if (_v9 := this.budget_spent) is not UNSET:
            out["budget_spent"] = _v9
        if (_v10 := this.budget_remaining) is not UNSET:
            out["budget_remaining"] = _v10
        out.update(self.additional_properties)
        return out


ProjectBudgetReportResult._schema = _k.ModelSchema(
    "ProjectBudgetReportResult",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client_name", "client_name", _k.STRING, required=True, nullable=False),
        _k.Field("project_id", "project_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("project_name", "project_name", _k.STRING, required=True, nullable=False),
        _k.Field("budget_is_monthly", "budget_is_monthly", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("budget_by", "budget_by", _k.Enum(sorted(_BUDGET_BY_VALUES)), required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=False),
        _k.Field("budget_spent", "budget_spent", _k.DECIMAL, required=False, nullable=False),
        _k.Field("budget_remaining", "budget_remaining", _k.DECIMAL, required=False, nullable=False),
    ),
)
